"""A resident sees what the rules would pay before giving personal data, and is asked only for
what the claim uses; a rejection says how to request a rectification; each status says where the
request stands."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone

from outreach.places.models import Municipality
from outreach.travel.links import status_path
from outreach.travel.models import Claim, TravelRules
from outreach.travel.tasks import email_claimant_decision

from .helpers import confirm_data, details, step_one

pytestmark = pytest.mark.django_db


def lapinjarvi():
    return Municipality.objects.get(name_fi="Lapinjärvi").pk


def estimate_by_car(client, code, language="fi", url="request/", **overrides):
    data = details(code, municipality=lapinjarvi(), mode="car", ticket_cost="", **overrides)
    return client.post(f"/{language}/travel/{url}", {**data, "estimate": "1"})


@pytest.mark.parametrize(
    "language, words",
    [
        (
            "fi",
            ["Näin tuki lasketaan vuonna", "Maksat omavastuun 31,00\xa0€", "0,20 € kilometriltä"],
        ),
        ("sv", ["Så räknas stödet ut år", "självrisk på 31,00\xa0€", "0,20 € per kilometer"]),
    ],
)
def test_step_one_states_the_rules_from_the_rule_table(client, language, words):
    TravelRules.objects.filter(year=timezone.localdate().year).update(
        self_liability_per_trip=Decimal("31.00")
    )
    html = client.get(f"/{language}/travel/request/").content.decode()
    for word in words:
        assert word in html


def test_a_car_trip_that_pays_nothing_says_so_before_any_personal_data(client, visit_code):
    response = estimate_by_car(client, visit_code, car_km="")
    html = response.content.decode()
    assert response.status_code == 200
    # Lapinjärvi → Loviisa: the estimate there and back, × 0,20 €/km, is less than 2 × 25 €.
    assert "Arvio tuen määrästä: 0,00\xa0€" in html
    assert "Tästä matkasta ei makseta tukea" in html
    assert "suuntaansa" in html and "edestakaisin" in html
    one_way = response.context["form"].one_way_km
    cost = (one_way * 2 * Decimal("0.20")).quantize(Decimal("0.01"))
    assert f"Oma auto: {one_way * 2:.1f} km × 0,20 € = {cost}\xa0€".replace(".", ",") in html
    assert "Omavastuu: 2 × 25,00\xa0€ = 50,00\xa0€" in html
    assert 'name="iban"' not in html and "Anna ajamasi kilometrit" not in html
    assert not Claim.objects.exists()


def test_the_estimate_is_what_the_claim_is_priced_at(client, visit_code):
    response = estimate_by_car(client, visit_code, car_km="400", distance_reason="Kiertotie")
    shown = response.context["form"].preview.payable
    assert shown == Decimal("30.00")  # 400 km × 0,20 € − 2 × 25 €
    assert "Arvio tuen määrästä: 30,00\xa0€" in response.content.decode()
    data = {"municipality": lapinjarvi(), "mode": "car", "ticket_cost": ""}
    _response, state = step_one(
        client, visit_code, car_km="400", distance_reason="Kiertotie", **data
    )
    client.post("/fi/travel/request/confirm/", confirm_data(state, receipt=None))
    assert Claim.objects.get().amount == shown


def test_the_script_gets_the_estimate_box_in_swedish(client, visit_code):
    response = estimate_by_car(client, visit_code, language="sv", url="request/estimate/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith("<section") and "<html" not in html
    assert "Uppskattat stöd: 0,00\xa0€" in html and "tur och retur" in html


def test_public_transport_without_a_price_explains_the_rule(client, visit_code):
    data = details(visit_code, ticket_cost="")
    html = client.post("/fi/travel/request/", {**data, "estimate": "1"}).content.decode()
    assert "lippujen hinta vähennettynä omavastuulla 2 × 25,00\xa0€" in html
    assert "Anna lippujen hinta" not in html  # not an error yet


def test_a_wrong_code_in_the_estimate_counts_against_guessing(client, visit_code, settings):
    settings.TRAVEL_CODE_ATTEMPTS_PER_CLIENT = 2
    for _ in range(2):
        response = estimate_by_car(
            client, visit_code, url="request/estimate/", visit_code="XXXX-XXXX"
        )
        assert response.status_code == 400
        assert "Tällaista käyntikoodia ei ole." in response.content.decode()
    response = estimate_by_car(client, visit_code, url="request/estimate/")
    assert response.status_code == 429


def test_neither_the_date_nor_the_postcode_is_asked(client, visit_code):
    html = client.get("/fi/travel/request/").content.decode()
    assert 'name="travel_date"' not in html and 'name="postcode"' not in html
    _response, state = step_one(client, visit_code)
    client.post("/fi/travel/request/confirm/", confirm_data(state))
    claim = Claim.objects.get()
    assert claim.travel_date == visit_code.visit_date  # the date the code was given for
    assert claim.start_postcode == ""


def test_step_two_shows_the_estimate_one_way_and_there_and_back(client, visit_code):
    response, _state = step_one(client, visit_code)
    one_way = response.context["one_way_km"]
    both = f"arviolta {one_way:.1f}\xa0km suuntaansa, {one_way * 2:.1f}\xa0km edestakaisin"
    assert both.replace(".", ",") in response.content.decode()


@pytest.mark.parametrize(
    "status, language, says, not_says",
    [
        ("paid", "fi", "Tuki maksettiin tilillesi", "ei ole vielä päättänyt"),
        ("paid", "sv", "Stödet betalades till ditt konto", "har ännu inte beslutat"),
        ("approved", "fi", "Hakemuksesi on hyväksytty", "ei ole vielä päättänyt"),
        ("submitted", "sv", "har ännu inte beslutat", "Stödet betalades"),
    ],
)
def test_each_status_has_its_own_words(client, make_claim, status, language, says, not_says):
    claim = make_claim(
        status=status, language=language, paid_at=timezone.now(), paid_on=timezone.localdate()
    )
    html = client.get(status_path(claim)).content.decode()
    assert says in html and not_says not in html
    assert "Näin haet oikaisua" not in html and "Så begär du omprövning" not in html


@pytest.mark.parametrize(
    "language, words",
    [
        ("fi", ["Näin haet oikaisua", "14 päivän kuluessa", "hyvinvointialueen kirjaamoon"]),
        ("sv", ["Så begär du omprövning", "inom 14 dagar", "välfärdsområdets registratur"]),
    ],
)
def test_a_rejection_says_how_to_request_a_rectification(
    client, make_claim, settings, language, words
):
    claim = make_claim(status="rejected", language=language, decision_reason="Ei käyntiä.")
    html = client.get(status_path(claim)).content.decode()
    for word in words:
        assert word in html
    assert claim.reference in html.split("appeal-heading")[-1]
    claim.payee.email = "maija@example.fi"
    claim.payee.save()
    settings.TRAVEL_APPEAL_ADDRESS = "PL 999, 00000 Esimerkki"
    email_claimant_decision(claim.pk)
    body = mail.outbox[-1].body
    for word in words:
        assert word in body
    assert "PL 999, 00000 Esimerkki" in body


def test_the_appeal_address_shows_only_when_set(client, make_claim, settings):
    claim = make_claim(status="rejected", language="fi")
    settings.TRAVEL_APPEAL_ADDRESS = ""
    assert "kirjaamoon." in client.get(status_path(claim)).content.decode()
    settings.TRAVEL_APPEAL_ADDRESS = "kirjaamo@example.fi"
    assert "kirjaamoon: kirjaamo@example.fi" in client.get(status_path(claim)).content.decode()


def test_approval_e_mail_has_no_appeal_text(make_claim):
    claim = make_claim(status="approved", language="fi")
    claim.payee.email = "maija@example.fi"
    claim.payee.save()
    email_claimant_decision(claim.pk)
    assert "oikaisu" not in mail.outbox[-1].body


def test_yesterday_code_prices_with_its_own_year(client, visit_code):
    visit_code.visit_date = timezone.localdate() - timedelta(days=1)
    visit_code.save()
    response, _state = step_one(client, visit_code)
    assert response.context["details"]["travel_date"] == visit_code.visit_date
