"""Sending the public travel forms is limited per client address: past the limit nothing is
processed and the page says, in the resident's language, when to try again."""

import pytest

from outreach.travel.links import status_path
from outreach.travel.models import Claim
from outreach.travel.workflow import change_status

from .helpers import confirm_data, details, receipt, step_one

pytestmark = pytest.mark.django_db

WAIT = {
    "fi": ("Lähettäminen on hetken tauolla", "Yritä uudelleen 15 minuutin kuluttua."),
    "sv": ("Skickandet är pausat en stund", "Försök igen om 15 minuter."),
}


def assert_paused(response, language, back_to):
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 15 * 60
    page = response.content.decode()
    heading, when = WAIT[language]
    assert f"<h1>{heading}</h1>" in page
    assert 'role="alert"' in page and when in page
    assert f'href="{back_to}"' in page


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_a_receipt_sent_past_the_limit_is_not_processed(
    client, visit_code, settings, receipt_checks, language
):
    settings.TRAVEL_FORM_POSTS_PER_CLIENT = 2
    step_one(client, visit_code, language)
    _response, state = step_one(client, visit_code, language)

    response = client.post(f"/{language}/travel/request/confirm/", confirm_data(state))

    assert_paused(response, language, f"/{language}/travel/request/confirm/")
    assert not Claim.objects.exists()
    assert receipt_checks == []


def test_another_address_is_still_served(client, visit_code, settings):
    settings.TRAVEL_FORM_POSTS_PER_CLIENT = 1
    _response, state = step_one(client, visit_code)
    assert client.post("/fi/travel/request/", details(visit_code)).status_code == 429

    response = client.post(
        "/fi/travel/request/confirm/", confirm_data(state), REMOTE_ADDR="10.9.9.9"
    )

    assert response.status_code == 302
    assert Claim.objects.get().receipts.count() == 1


def test_behind_the_proxy_residents_are_told_apart_by_the_address_it_saw(
    client, visit_code, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.TRAVEL_FORM_POSTS_PER_CLIENT = 1
    library, home = "198.51.100.7", "203.0.113.20"
    client.post("/fi/travel/request/", details(visit_code), HTTP_X_FORWARDED_FOR=library)

    # The same library, whatever the browser claims before the proxy's entry.
    spoofed = client.post(
        "/fi/travel/request/", details(visit_code), HTTP_X_FORWARDED_FOR=f"10.1.1.1, {library}"
    )
    other = client.post("/fi/travel/request/", details(visit_code), HTTP_X_FORWARDED_FOR=home)

    assert spoofed.status_code == 429
    assert other.status_code == 200


def test_a_correction_past_the_limit_changes_nothing(client, make_claim, role_user, settings):
    claim = make_claim()
    change_status(claim, "returned", role_user("finance"), "Kuitin summa ei näy.")
    settings.TRAVEL_FORM_POSTS_PER_CLIENT = 1
    client.post(status_path(claim), {"note": "", "ticket_cost": "x"})

    response = client.post(
        status_path(claim), {"note": "Uusi kuva.", "ticket_cost": "80,00", "receipt": receipt()}
    )

    assert_paused(response, "fi", status_path(claim))
    claim.refresh_from_db()
    assert (claim.status, claim.receipts.count()) == ("returned", 0)


def test_looking_at_the_forms_is_not_counted(client, visit_code, make_claim, settings):
    settings.TRAVEL_FORM_POSTS_PER_CLIENT = 1
    claim = make_claim()
    for _ in range(3):
        assert client.get("/fi/travel/request/").status_code == 200
        assert client.get(status_path(claim)).status_code == 200
    step_one(client, visit_code)  # the one send allowed
    assert client.post("/fi/travel/request/", details(visit_code)).status_code == 429
