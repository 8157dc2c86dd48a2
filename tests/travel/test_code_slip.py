"""A visit code handed out as a QR code, a short address and a printed slip; the short address
fills the code in on the resident's form without checking it."""

import pytest
import segno
from django.contrib.staticfiles import finders
from django.utils import formats

from outreach.travel.models import VisitCode

from .helpers import details

pytestmark = pytest.mark.django_db


@pytest.fixture
def issued(worker_client, venue_in_loviisa):
    response = worker_client.post("/fi/travel/visit-code/", {"venue": venue_in_loviisa.pk})
    return response.content.decode(), VisitCode.objects.get()


def test_the_page_shows_a_qr_code_of_the_short_address(issued):
    page, code = issued
    link = f"http://testserver/fi/travel/c/{code.code}/"
    assert f'<a href="{link}">{link}</a>' in page
    # Drawn again here with segno: the QR on the page encodes exactly the short address.
    assert segno.make(link, error="m").svg_inline(omitsize=True, light="#fff") in page
    assert 'role="img" aria-label="QR-koodi, jossa on matkatukihakemuksen osoite' in page
    assert f'<p class="code" lang="en">{code.display}</p>' in page
    assert "Tulosta lappu" in page


def test_the_slip_explains_the_code_in_every_language(issued):
    page, code = issued
    until = formats.date_format(code.expires_at, "SHORT_DATE_FORMAT")
    assert until.count(".") == 2  # 22.11.2026
    for line in [
        f"Matkatuki: skannaa QR-koodi tai avaa osoite, niin koodi on valmiiksi täytetty. "
        f"Käytettävissä kerran, {until} asti.",
        f"Resestöd: skanna QR-koden eller öppna adressen, så är koden redan ifylld. "
        f"Gäller en gång, till och med {until}.",
        f"Travel support: scan the QR code or open the address, and the code is filled in. "
        f"Valid once, until {until}.",
    ]:
        assert line in page


def test_printing_prints_only_the_slip(issued):
    page, _code = issued
    assert 'href="/static/travel/slip-print.css" media="print"' in page
    assert 'src="/static/travel/print-slip.js"' in page
    with open(finders.find("travel/slip-print.css")) as sheet:
        assert "main > :not(.visit-slip)" in sheet.read()


def test_the_short_address_fills_in_the_code(client, visit_code):
    response = client.get(f"/fi/travel/c/{visit_code.code.lower()}/", follow=True)
    assert response.redirect_chain == [(f"/fi/travel/request/?code={visit_code.display}", 302)]
    assert response.status_code == 200
    assert response.context["form"]["visit_code"].value() == visit_code.display
    assert f'value="{visit_code.display}"' in response.content.decode()


def test_the_short_address_does_not_tell_whether_a_code_exists(client, visit_code):
    real = client.get(f"/fi/travel/c/{visit_code.code}/", follow=True)
    made_up = client.get("/fi/travel/c/AAAAAAAA/", follow=True)
    assert (real.status_code, made_up.status_code) == (200, 200)
    assert not real.context["form"].errors and not made_up.context["form"].errors
    assert made_up.context["form"]["visit_code"].value() == "AAAA-AAAA"


def test_a_malformed_short_address_opens_an_empty_form(client):
    response = client.get("/fi/travel/c/%3Cb%3E1/")
    assert response["Location"] == "/fi/travel/request/"


def test_opening_short_addresses_is_not_a_wrong_code_attempt(client, visit_code, settings):
    settings.TRAVEL_CODE_ATTEMPTS_PER_CLIENT = 1
    settings.TRAVEL_CODE_ATTEMPTS_PER_CODE = 1
    for code in ["AAAAAAAA", "BBBBBBBB", visit_code.code, visit_code.code]:
        assert client.get(f"/fi/travel/c/{code}/", follow=True).status_code == 200
    assert client.post("/fi/travel/request/", details(visit_code)).status_code == 200
    # Sending a wrong code still counts.
    wrong = details(visit_code, visit_code="AAAA-AAAA")
    assert client.post("/fi/travel/request/", wrong).status_code == 400
    assert client.post("/fi/travel/request/", wrong).status_code == 429
