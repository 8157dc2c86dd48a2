"""Travel objects for tests outside this package (the permission matrix)."""

from decimal import Decimal
from secrets import token_hex

from django.core.files.base import ContentFile
from django.utils import timezone

from outreach.places.models import Municipality
from outreach.travel.models import Claim, Payee, PaymentBatch, Receipt


def claim(**fields):
    made = Claim.objects.create(
        kind="resident",
        travel_date=timezone.localdate(),
        municipality=Municipality.objects.order_by("pk").first(),
        mode="public",
        distance_estimate_km=Decimal("10"),
        amount=Decimal("10.00"),
        idempotency_token=token_hex(16),
        payee_key=token_hex(8),
        **fields,
    )
    Payee.objects.create(claim=made, name="Testi", iban="FI2112345600000785")
    return made


def receipt_path():
    made = claim()
    receipt = Receipt(claim=made, content_type="application/pdf", size=9)
    receipt.file.save("matrix.pdf", ContentFile(b"%PDF-1.4\n"))
    return f"/admin/travel/claims/{made.pk}/receipts/{receipt.pk}/"


def _batch():
    batch = PaymentBatch.objects.create(message_id=f"TEST-{token_hex(4)}")
    claim(status="approved", batch=batch)
    return batch


def batch_csv_path():
    return f"/admin/travel/batches/{_batch().pk}/csv/"


def new_batch_path():
    claim(status="approved")
    return "/admin/travel/batches/new/sepa/"


def batch_paid_path():
    return f"/admin/travel/batches/{_batch().pk}/paid/"
