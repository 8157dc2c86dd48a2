"""Time the payment export: build the CSV and the SEPA pain.001 file for N approved claims.

usage: .venv/bin/python bench/travel_export.py [N ...]      (default: 100 1000 5000)

Runs in a throwaway test database (SQLite in memory unless DATABASE_URL says otherwise), so it
never touches real data.
"""

import os
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "outreach.settings.test")
os.environ.setdefault("TRAVEL_DEBTOR_IBAN", "FI2112345600000785")
os.environ.setdefault("TRAVEL_DEBTOR_BIC", "NDEAFIHH")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402


def make_batch(count):
    from outreach.places.models import Municipality
    from outreach.travel.models import Claim, Payee, PaymentBatch

    municipality = Municipality.objects.order_by("pk").first()
    batch = PaymentBatch.objects.create(message_id=f"BENCH-{count}-{time.time_ns() % 10**9}")
    claims = Claim.objects.bulk_create(
        Claim(
            kind="resident",
            status="approved",
            travel_date=timezone.localdate(),
            municipality=municipality,
            mode="public",
            distance_estimate_km=Decimal("42.0"),
            amount=Decimal("14.20") + Decimal(i % 100) / 10,
            idempotency_token=f"bench-{batch.pk}-{i}",
            payee_key=f"key-{i}",
            batch=batch,
        )
        for i in range(count)
    )
    Payee.objects.bulk_create(
        Payee(claim=claim, name=f"Maksunsaaja {i}", iban="FI2112345600000785", bic="NDEAFIHH")
        for i, claim in enumerate(claims)
    )
    return batch


def timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - start, result


def main(sizes):
    from outreach.travel.export import build_csv, build_pain001

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        print(f"{'claims':>8} {'csv s':>8} {'pain.001 s':>11} {'xml bytes':>11}")
        for count in sizes:
            batch = make_batch(count)
            csv_seconds, _csv = timed(build_csv, batch)
            xml_seconds, xml = timed(build_pain001, batch)
            print(f"{count:>8} {csv_seconds:>8.3f} {xml_seconds:>11.3f} {len(xml):>11}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [100, 1000, 5000])
