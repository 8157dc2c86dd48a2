"""Hostile values through the real forms: a form error in the user's language, never a 5xx, and
nothing saved; a payee name stored before input was checked still exports."""

import xml.etree.ElementTree as ET

import pytest

from outreach.travel.models import Claim, PaymentBatch
from outreach.travel.text import sepa_text

from .helpers import confirm_data, create_batch, details, step_one
from .test_export import NS, approved
from .test_worker import mileage_data, session_for

pytestmark = pytest.mark.django_db

HUGE = "9" * 40
CONTROL_NAMES = ["Maija\vMeikäläinen", "Maija\x00M", "Maija\x1bM", "Maija\x7fM", "Maija\ue000M"]


@pytest.mark.parametrize(
    "field, value",
    [
        ("sessions", HUGE),
        ("sessions", "-1"),
        ("base", HUGE),
        ("passengers", HUGE),
        ("distance_km", HUGE),
        ("payee_name", CONTROL_NAMES[0]),
        ("payee_name", CONTROL_NAMES[2]),
    ],
)
def test_mileage_form_refuses_out_of_range_values(
    worker_client, venue_in_loviisa, porvoo, field, value
):
    session = session_for(worker_client.user, venue_in_loviisa)
    data = mileage_data([session], porvoo, distance_reason="kiertotie")
    data[field] = value
    response = worker_client.post("/fi/travel/mileage/", data)
    assert response.status_code == 400
    assert response.context["form"].errors[field]
    assert not Claim.objects.exists()


@pytest.mark.parametrize("field, value", [("municipality", HUGE), ("ticket_cost", HUGE)])
def test_request_step_one_refuses_out_of_range_values(client, visit_code, field, value):
    response = client.post("/fi/travel/request/", details(visit_code, **{field: value}))
    assert response.status_code < 500
    assert response.context["form"].errors[field]


@pytest.mark.parametrize("name", CONTROL_NAMES)
def test_request_refuses_a_payee_name_with_control_characters(client, visit_code, name):
    _, state = step_one(client, visit_code)
    response = client.post("/fi/travel/request/confirm/", confirm_data(state, payee_name=name))
    assert response.status_code < 500
    assert "Poista näkymättömät tai erikoismerkit tästä kentästä." in response.content.decode()
    assert not Claim.objects.exists()


def test_finance_filter_refuses_a_huge_municipality(client, role_user):
    client.force_login(role_user("finance"))
    response = client.get("/admin/travel/claims/", {"municipality": HUGE})
    assert response.status_code == 200


def test_a_stored_name_with_control_characters_still_exports(client, role_user, debtor, make_claim):
    # A vertical tab and ESC got in before input was checked (PostgreSQL cannot store NUL at all).
    approved(make_claim, "14.20", name="Åsa\vÖberg\x1b Café\x7f")
    client.force_login(role_user("finance"))
    create_batch(client)
    response = client.get(f"/admin/travel/batches/{PaymentBatch.objects.get().pk}/xml/")
    assert response.status_code == 200
    name = ET.fromstring(response.content).findtext(".//p:CdtTrfTxInf/p:Cdtr/p:Nm", namespaces=NS)
    assert name == "Asa Oberg Cafe"


def test_sepa_text_transliterates_to_the_sepa_latin_set():
    assert sepa_text("Märtha Öhman-Ståhl") == "Martha Ohman-Stahl"
    assert sepa_text("Zoë Łukasz 山田 O'Neil") == "Zoe ukasz O'Neil"
