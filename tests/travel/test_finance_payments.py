"""Paying approved claims: finance previews a batch and leaves claims out, marks it paid with
the payment date after confirming, and workers' mileage goes to payroll, never into SEPA."""

import csv
import io
from datetime import date

import pytest
from django.utils import translation

from outreach.travel.models import Claim, PaymentBatch

from .helpers import create_batch, mark_paid

pytestmark = pytest.mark.django_db


@pytest.fixture
def finance_client(client, role_user, debtor):
    client.force_login(role_user("finance"))
    return client


@pytest.fixture
def approved(make_claim):
    def make(amount="10.00", **fields):
        return make_claim(amount=amount, status="approved", **fields)

    return make


def test_batch_preview_lists_the_claims_and_leaves_out_the_unchecked(finance_client, approved):
    kept, left_out = approved("14.20"), approved("62.50")
    page = finance_client.get("/admin/travel/batches/new/sepa/").content.decode()
    assert kept.reference in page and left_out.reference in page
    assert "2 hyväksyttyä hakemusta, yhteensä 76,70\xa0€" in page
    assert page.count('name="claims"') == page.count("checked") == 2  # all in by default
    assert not PaymentBatch.objects.exists()  # looking creates nothing

    create_batch(finance_client, claims=[kept])
    batch = PaymentBatch.objects.get()
    assert list(batch.claims.all()) == [kept]
    assert Claim.objects.get(pk=left_out.pk).batch is None  # waits for the next batch


def test_a_batch_of_nothing_is_refused(finance_client, approved):
    approved()
    response = create_batch(finance_client, claims=[])
    assert response.status_code == 400
    assert not PaymentBatch.objects.exists()


def test_mark_paid_needs_the_date_and_the_confirmation(finance_client, approved):
    claim = approved()
    create_batch(finance_client)
    batch = PaymentBatch.objects.get()
    assert mark_paid(finance_client, batch, confirm="").status_code == 400
    assert mark_paid(finance_client, batch, paid_on="").status_code == 400
    assert finance_client.post(f"/admin/travel/batches/{batch.pk}/paid/").status_code == 400
    claim.refresh_from_db()
    assert claim.status == "approved" and claim.paid_on is None

    assert mark_paid(finance_client, batch, paid_on="2026-12-01").status_code == 302
    claim.refresh_from_db()
    batch.refresh_from_db()
    assert (claim.status, claim.paid_on, batch.paid_on) == (
        "paid",
        date(2026, 12, 1),
        date(2026, 12, 1),
    )
    with translation.override("fi"):
        assert claim.get_status_display() == "Maksettu 1.12.2026"  # the resident's status page
    history = finance_client.get(f"/admin/travel/claims/{claim.pk}/").content.decode()
    assert "Hyväksytty → Maksettu 1.12.2026" in history


def test_the_confirmation_page_asks_for_a_date_defaulting_to_today(finance_client, approved):
    approved()
    create_batch(finance_client)
    batch = PaymentBatch.objects.get()
    page = finance_client.get(f"/admin/travel/batches/{batch.pk}/paid/").content.decode()
    assert 'type="date"' in page and 'name="confirm"' in page


def test_worker_mileage_goes_to_payroll_not_into_the_sepa_file(finance_client, approved, role_user):
    worker = role_user(
        "outreach_worker", username="mvirtanen", first_name="Mikko", last_name="Virtanen"
    )
    resident = approved("14.20")
    mileage = approved("45.98", kind="mileage", claimant=worker, distance_km="83.6")

    create_batch(finance_client, "sepa")
    sepa = PaymentBatch.objects.get(channel="sepa")
    assert list(sepa.claims.all()) == [resident]
    xml = finance_client.get(f"/admin/travel/batches/{sepa.pk}/xml/").content.decode()
    assert resident.reference in xml and mileage.reference not in xml

    create_batch(finance_client, "payroll")
    payroll = PaymentBatch.objects.get(channel="payroll")
    no_sepa = finance_client.get(f"/admin/travel/batches/{payroll.pk}/xml/")
    assert no_sepa.status_code != 200 and mileage.reference.encode() not in no_sepa.content
    text = finance_client.get(f"/admin/travel/batches/{payroll.pk}/csv/").content.decode(
        "utf-8-sig"
    )
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert [
        (r["reference"], r["employee"], r["employee_name"], r["distance_km"], r["amount_eur"])
        for r in rows
    ] == [(mileage.reference, "mvirtanen", "Mikko Virtanen", "83,6", "45,98")]
    assert rows[0]["period"] == f"{mileage.travel_date:%Y-%m}"
    page = finance_client.get("/admin/travel/batches/").content.decode()
    assert "Merkitse maksetuksi palkanmaksussa" in page
