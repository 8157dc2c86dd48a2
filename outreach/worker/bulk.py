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


def insert_rows(model, field_names, rows, unique=None):
    """Insert ``rows`` (tuples in ``field_names`` order) into ``model``'s table.

    With ``unique`` (a unique field among ``field_names``) a row whose value is already stored,
    also by a concurrent transaction, is skipped instead of failing the statement, and the set
    of values actually inserted is returned. Rows go in that field's order, so that concurrent
    batches wait on each other's rows in one order and cannot deadlock.
    """
    if not rows:
        return set()
    fields = [model._meta.get_field(name) for name in field_names]
    converters = [(index, convert) for index, f in enumerate(fields) if (convert := _converter(f))]
    key = field_names.index(unique) if unique else None
    if key is not None:
        rows = sorted(rows, key=lambda row: row[key])
    params = []
    for row in rows:
        row = list(row)
        for index, convert in converters:
            row[index] = convert(row[index])
        params.append(row)
    quote = connection.ops.quote_name
    head = (
        f"INSERT INTO {quote(model._meta.db_table)} ({', '.join(quote(f.column) for f in fields)})"
    )
    tail = ""
    if key is not None:
        column = quote(fields[key].column)
        tail = f" ON CONFLICT ({column}) DO NOTHING RETURNING {column}"
    if connection.vendor == "postgresql":
        returned = _insert_postgresql(head, tail, fields, params)
    else:
        returned = _insert_sqlite(head, tail, fields, params)
    return {fields[key].to_python(value) for value in returned} if key is not None else set()


def _insert_postgresql(head, tail, fields, params):
    # One array per column, unnested into rows: one short statement for any number of rows
    # (what Django's own bulk_create does on PostgreSQL). Bound on the server: Django's
    # client-side binding would quote every array element into the SQL text, which costs more
    # than the insert.
    from psycopg import Cursor

    arrays = ", ".join(f"%s::{f.db_type(connection)}[]" for f in fields)
    query = f"{head} SELECT * FROM UNNEST({arrays}){tail}"
    # A raw psycopg cursor: without the wrapper its errors would pass Django's IntegrityError and
    # OperationalError by.
    with connection.wrap_database_errors, Cursor(connection.connection) as cursor:
        cursor.execute(query, [list(column) for column in zip(*params, strict=True)])
        return [row[0] for row in cursor.fetchall()] if tail else []


def _insert_sqlite(head, tail, fields, params):
    with connection.cursor() as cursor:
        if not tail:
            # One short prepared statement run for every row.
            cursor.executemany(f"{head} VALUES ({', '.join(['%s'] * len(fields))})", params)
            return []
        # executemany cannot return rows: as many rows a statement as its parameter limit allows.
        per_statement = connection.features.max_query_params // len(fields)
        row_sql = f"({', '.join(['%s'] * len(fields))})"
        returned = []
        for start in range(0, len(params), per_statement):
            chunk = params[start : start + per_statement]
            values = ", ".join([row_sql] * len(chunk))
            cursor.execute(f"{head} VALUES {values}{tail}", [v for row in chunk for v in row])
            returned += [row[0] for row in cursor.fetchall()]
        return returned
