"""Finance returns a claim; the claimant sees why and corrects it; it is back in the queue."""

import re
from decimal import Decimal

import pytest
from django.core import mail

from outreach.travel.links import status_path
from outreach.travel.models import Claim
from outreach.travel.workflow import change_status

from .helpers import confirm_data, receipt, step_one

pytestmark = pytest.mark.django_db


@pytest.fixture
def returned_claim(client, visit_code, role_user, django_capture_on_commit_callbacks):
    _response, state = step_one(client, visit_code)
    client.post("/fi/travel/request/confirm/", confirm_data(state))
    claim = Claim.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        change_status(claim, "returned", role_user("finance"), "Kuitin summa ei näy.")
    return claim


def test_the_decision_mail_links_to_the_claim_and_its_reason(client, returned_claim):
    link = re.search(r"http\S+", mail.outbox[-1].body).group(0)
    page = client.get(link.split("8000", 1)[-1])
    text = page.content.decode()
    assert "Palautettu korjattavaksi" in text and "Kuitin summa ei näy." in text
    assert "Korjaa hakemustasi" in text


def test_corrected_claim_is_priced_again_and_back_in_the_queue(
    client, returned_claim, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            status_path(returned_claim),
            {"note": "Uusi kuva kuitista.", "ticket_cost": "80,00", "receipt": receipt()},
        )
    assert response.status_code == 302
    claim = Claim.objects.get()
    assert claim.status == "submitted"
    assert claim.amount == Decimal("30.00")  # 80 € − 2 × 25 € self-liability
    assert claim.receipts.count() == 2
    assert claim.events.last().reason == "Uusi kuva kuitista."
    assert mail.outbox == []  # no finance user with an address in this test


def test_a_bad_correction_changes_nothing(client, returned_claim):
    response = client.post(
        status_path(returned_claim), {"note": "Tili vaihtui.", "iban": "FI00 0000"}
    )
    assert response.status_code == 400
    assert "Tarkista tilinumero" in response.content.decode()
    claim = Claim.objects.get()
    assert claim.status == "returned" and claim.payee.iban == "FI2112345600000785"


def test_a_claim_not_returned_cannot_be_changed(client, visit_code):
    _response, state = step_one(client, visit_code)
    client.post("/fi/travel/request/confirm/", confirm_data(state))
    claim = Claim.objects.get()
    response = client.post(status_path(claim), {"note": "x", "ticket_cost": "400"})
    assert response.status_code == 302
    assert Claim.objects.get().amount == claim.amount


def test_a_forged_status_address_shows_nothing(client):
    response = client.get("/fi/travel/request/done/MT-AAAAAAAA/")
    assert response.status_code == 302


def test_an_old_claim_link_shows_how_to_get_help(client, make_claim, settings):
    link = status_path(make_claim(language="fi"))
    settings.TRAVEL_CLAIM_LINK_MAX_AGE = -1  # every link is older than that
    response = client.get(link)
    assert response.status_code == 410
    assert "Linkki on vanhentunut" in response.content.decode()
    assert (
        client.post(link, {"note": "Tili vaihtui.", "iban": "FI5542345670000081"}).status_code
        == 410
    )


def test_changing_the_account_needs_the_end_of_the_old_one(client, returned_claim):
    new = {"note": "Tili vaihtui.", "iban": "FI55 4234 5670 0000 81", "iban_end": "9999"}
    response = client.post(status_path(returned_claim), new)
    assert response.status_code == 400
    assert "anna aiemmin antamasi tilinumeron neljä viimeistä merkkiä" in response.content.decode()
    assert Claim.objects.get().payee.iban == "FI2112345600000785"


def test_a_changed_account_is_logged_for_finance_masked(client, returned_claim, role_user):
    new = {"note": "Tili vaihtui.", "iban": "FI55 4234 5670 0000 81", "iban_end": "0785"}
    assert client.post(status_path(returned_claim), new).status_code == 302
    claim = Claim.objects.get()
    assert claim.payee.iban == "FI5542345670000081"
    client.force_login(role_user("finance"))
    page = client.get(f"/admin/travel/claims/{claim.pk}/").content.decode()
    assert "**************0785 → **************0081" in page
    assert "FI2112345600000785" not in page.split("Tili vaihtui.")[1]


def test_the_account_ending_cannot_be_guessed(client, returned_claim, settings):
    settings.TRAVEL_CODE_ATTEMPTS_PER_CODE = 2
    guess = {"note": "Tili vaihtui.", "iban": "FI55 4234 5670 0000 81", "iban_end": "0000"}
    for _ in range(2):
        client.post(status_path(returned_claim), guess)
    response = client.post(status_path(returned_claim), {**guess, "iban_end": "0785"})
    assert (
        "Liian monta yritystä. Yritä uudelleen 15 minuutin kuluttua." in response.content.decode()
    )
    assert Claim.objects.get().payee.iban == "FI2112345600000785"
