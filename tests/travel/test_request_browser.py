"""The resident's request on a phone, in a real browser, with an accessibility check."""

from datetime import timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone

from outreach.places.models import Venue
from outreach.travel.models import Claim, VisitCode
from tests.worker.app_driver import log_in

from .conftest import VALID_IBAN, jpeg_bytes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


def assert_accessible(page):
    results = Axe().run(page, options={"runOnly": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]})
    assert results.violations_count == 0, results.generate_report()


def test_resident_requests_support_on_a_phone(live_server, page):
    venue = Venue.objects.filter(municipality__name_fi="Loviisa").order_by("pk").first()
    code = VisitCode.objects.create(
        venue=venue, visit_date=timezone.localdate() - timedelta(days=1)
    )
    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}/fi/travel/request/")
    assert_accessible(page)

    page.get_by_label("Käyntikoodi").fill(code.display.lower())
    page.get_by_label("Kunta, josta matka alkoi").select_option(label="Porvoo")
    page.get_by_role("radio", name="Oma auto").check()
    assert page.locator("#field-ticket_cost").is_hidden()  # only the chosen mode's fields
    page.get_by_role("radio", name="Julkinen liikenne").check()
    assert page.locator("#field-car_km").is_hidden()
    page.get_by_label("Lippujen hinta (€), julkinen liikenne").fill("64,20")
    # The estimate follows the choices before any personal data is asked.
    page.wait_for_function(
        "document.querySelector('[data-travel-estimate]')?.innerText.includes('14,20')"
    )
    page.get_by_role("button", name="Jatka").click()

    page.wait_for_selector("text=Arvio tuen määrästä")
    assert "14,20\xa0€" in page.locator(".travel-estimate").inner_text()
    assert_accessible(page)
    page.get_by_label("Valokuva tai PDF lipusta tai kuitista").set_input_files(
        {"name": "lippu.jpg", "mimeType": "image/jpeg", "buffer": jpeg_bytes(with_gps=True)}
    )
    page.get_by_label("Tilinomistajan nimi").fill("Maija Meikäläinen")
    page.get_by_label("Tilinumero (IBAN)").fill(VALID_IBAN)
    page.get_by_label("Olen lukenut tietosuojaselosteen").check()
    page.get_by_role("button", name="Lähetä hakemus").click()

    page.wait_for_selector("text=Matkatukihakemuksesi")
    claim = Claim.objects.get()
    assert claim.reference in page.locator(".reference").inner_text()
    assert_accessible(page)


def test_worker_shows_and_prints_a_visit_code_slip(live_server, page, role_user):
    log_in(page, live_server, role_user("outreach_worker"))
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{live_server.url}/fi/travel/visit-code/")
    page.get_by_label("Paikka, jos sinulla ei ole tapahtumaa Tuulessa").select_option(
        label="Loviisan pääkirjasto"
    )
    page.get_by_role("button", name="Luo koodi").click()
    qr = page.get_by_role("img", name="QR-koodi, jossa on matkatukihakemuksen osoite ja tämä koodi")
    assert qr.bounding_box()["width"] >= 200  # about seven pixels a module
    assert_accessible(page)

    page.evaluate("window.print = () => { document.body.dataset.printed = 'yes'; }")
    page.get_by_role("button", name="Tulosta lappu").click()
    assert page.locator("body[data-printed=yes]").count() == 1
    page.emulate_media(media="print")
    assert page.get_by_role("heading", level=1).is_hidden()
    assert page.locator("form.travel-form").is_hidden()
    assert page.get_by_role("button", name="Tulosta lappu").is_hidden()
    assert qr.is_visible()
    assert page.locator(".slip-explanation li[lang=sv]").is_visible()

    page.emulate_media(media="screen")
    page.goto(page.locator(".short-link a").get_attribute("href"))
    assert page.get_by_label("Käyntikoodi").input_value() == VisitCode.objects.get().display
