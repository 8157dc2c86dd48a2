import io
from datetime import timedelta

import pytest
from django.utils import timezone
from PIL import Image

from outreach.places.models import Municipality, Venue
from outreach.travel.models import VisitCode

VALID_IBAN = "FI21 1234 5600 0007 85"


@pytest.fixture(autouse=True)
def empty_cache():
    """Attempt counters and checked receipts live in the cache: each test starts without them."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def receipts_root(settings, tmp_path):
    settings.TRAVEL_RECEIPTS_ROOT = tmp_path / "receipts"
    return settings.TRAVEL_RECEIPTS_ROOT


@pytest.fixture
def porvoo():
    return Municipality.objects.get(name_fi="Porvoo")


@pytest.fixture
def worker_client(client, role_user):
    worker = role_user("outreach_worker", email="tyontekija@example.fi")
    client.force_login(worker)
    client.user = worker
    return client


@pytest.fixture
def venue_in_loviisa():
    return Venue.objects.filter(municipality__name_fi="Loviisa").order_by("pk").first()


@pytest.fixture
def visit_code(db, venue_in_loviisa):
    return VisitCode.objects.create(
        venue=venue_in_loviisa, visit_date=timezone.localdate() - timedelta(days=1)
    )


def jpeg_bytes(with_gps=False, size=(60, 40)):
    image = Image.new("RGB", size, "teal")
    out = io.BytesIO()
    options = {}
    if with_gps:
        exif = Image.Exif()
        exif[0x010F] = "PhoneMaker"
        exif[0x8825] = {1: "N", 2: (60.0, 23.0, 1.0), 3: "E", 4: (25.0, 40.0, 1.0)}
        options["exif"] = exif.tobytes()
    image.save(out, "JPEG", **options)
    return out.getvalue()


def png_bytes(size, mode="RGB"):
    out = io.BytesIO()
    Image.new(mode, size).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def make_claim(db, porvoo):
    """A submitted resident claim with its payee, made directly (the form has its own tests)."""
    from decimal import Decimal
    from secrets import token_hex

    from outreach.travel.models import Claim, ClaimEvent, Payee

    def make(amount="20.00", name="Maija Meikäläinen", iban="FI2112345600000785", **fields):
        claim = Claim.objects.create(
            kind=fields.pop("kind", "resident"),
            travel_date=fields.pop("travel_date", timezone.localdate() - timedelta(days=3)),
            municipality=fields.pop("municipality", porvoo),
            mode=fields.pop("mode", "public"),
            distance_estimate_km=Decimal("40.0"),
            amount=Decimal(amount),
            idempotency_token=token_hex(16),
            payee_key=token_hex(8),
            **fields,
        )
        Payee.objects.create(claim=claim, name=name, iban=iban, bic="NDEAFIHH")
        ClaimEvent.objects.create(claim=claim, to_status="submitted")
        return claim

    return make


@pytest.fixture
def debtor(settings):
    settings.TRAVEL_DEBTOR_NAME = "Itä-Uudenmaan hyvinvointialue"
    settings.TRAVEL_DEBTOR_IBAN = "FI2112345600000785"
    settings.TRAVEL_DEBTOR_BIC = "NDEAFIHH"


@pytest.fixture
def receipt_checks(monkeypatch):
    """The sizes of the receipt files whose content was checked (decoded or parsed)."""
    from outreach.travel import receipts

    calls = []
    clean = receipts._clean

    def counted(data):
        calls.append(len(data))
        return clean(data)

    monkeypatch.setattr(receipts, "_clean", counted)
    return calls
