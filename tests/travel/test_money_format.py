"""Amounts read "1 234,50 €" in every language: grouped, decimal comma, and non-breaking spaces so
the sign never wraps away from its number."""

from datetime import date
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import translation

from outreach.places.models import Municipality
from outreach.travel.models import CostRecord, MileageRate

pytestmark = pytest.mark.django_db

SHOWN = "1\xa0234,50\xa0€"


@pytest.fixture
def finance_client(client, role_user):
    client.force_login(role_user("finance"))
    return client


def test_finance_sees_grouped_amounts_in_the_queue_and_on_the_claim(finance_client, make_claim):
    claim = make_claim(amount="1234.50")
    assert SHOWN in finance_client.get("/admin/travel/claims/").content.decode()
    assert SHOWN in finance_client.get(f"/admin/travel/claims/{claim.pk}/").content.decode()


def test_the_decision_email_shows_the_amount_the_same_way(
    finance_client, make_claim, django_capture_on_commit_callbacks
):
    claim = make_claim(amount="1234.50", language="sv")
    claim.payee.email = "maija@example.fi"
    claim.payee.save()
    with django_capture_on_commit_callbacks(execute=True):
        finance_client.post(f"/admin/travel/claims/{claim.pk}/", {"to_status": "approved"})
    assert f"Belopp som betalas: {SHOWN}." in mail.outbox[0].body


def cost_record(amount):
    return CostRecord(
        kind="resident",
        mode="public",
        municipality=Municipality.objects.get(name_fi="Porvoo"),
        month=date(2026, 3, 1),
        amount=Decimal(amount),
    )


def test_cost_totals_are_grouped_and_months_read_as_elsewhere(finance_client):
    cost_record("1000.00").save()
    cost_record("234.50").save()
    page = finance_client.get("/admin/travel/costs/").content.decode()
    assert "<td>3/2026</td>" in page and f"<td>{SHOWN}</td>" in page


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fi", f"3/2026 Asukkaan matkatuki {SHOWN}"),
        ("sv", f"3/2026 Invånarens resestöd {SHOWN}"),
        ("en", f"3/2026 Resident's travel support {SHOWN}"),
    ],
)
def test_cost_records_in_admin_choosers_read_as_the_pages_do(language, expected):
    with translation.override(language):
        assert str(cost_record("1234.50")) == expected


@pytest.mark.parametrize(("stored", "shown"), [("0.550", "0,55"), ("0.575", "0,575")])
def test_mileage_rates_in_admin_choosers_have_a_decimal_comma(stored, shown):
    rate = MileageRate(valid_from=date(2026, 1, 1), rate_per_km=Decimal(stored))
    with translation.override("sv"):
        assert str(rate) == f"1.1.2026: {shown}\xa0€/km"
