"""Insert many rows at once, converting values without building model instances.

``bulk_create`` instantiates a model per row and prepares every value through the field API;
for the sync endpoint's batches of 500 that costs more than the insert itself. This writes the
same SQL directly. Only for plain columns whose defaults the caller supplies.
"""

from django.db import connection


def _converter(field):
    kind = field.get_internal_type()
    ops = connection.ops
    if kind == "UUIDField" and not connection.features.has_native_uuid_field:
        return lambda value: value.hex if value is not None else None
    if kind == "DateTimeField":
        return ops.adapt_datetimefield_value
    if kind == "JSONField":
        return lambda value: ops.adapt_json_value(value, field.encoder)
    return None


def insert_rows(model, field_names, rows):
    """Insert ``rows`` (tuples in ``field_names`` order) into ``model``'s table."""
    if not rows:
        return
    fields = [model._meta.get_field(name) for name in field_names]
    converters = [(index, convert) for index, f in enumerate(fields) if (convert := _converter(f))]
    quote = connection.ops.quote_name
    columns = ", ".join(quote(f.column) for f in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    params = []
    for row in rows:
        row = list(row)
        for index, convert in converters:
            row[index] = convert(row[index])
        params.append(row)
    table = quote(model._meta.db_table)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # One array per column, unnested into rows: one short statement for any number of
            # rows (what Django's own bulk_create does on PostgreSQL).
            # Bound on the server: Django's client-side binding would quote every array element
            # into the SQL text, which costs more than the insert.
            from psycopg import Cursor

            arrays = ", ".join(f"%s::{f.db_type(connection)}[]" for f in fields)
            query = f"INSERT INTO {table} ({columns}) SELECT * FROM UNNEST({arrays})"
            with Cursor(connection.connection) as server_cursor:
                server_cursor.execute(query, [list(c) for c in zip(*params, strict=True)])
        else:
            # SQLite runs one short prepared statement for every row.
            query = f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"
            cursor.executemany(query, params)
