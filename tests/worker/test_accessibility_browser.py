"""axe-core finds no WCAG 2.1 AA violations in the worker app, and the app runs under the site's
Content Security Policy (no inline code) without a single violation."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from .app_driver import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.fixture
def strict_page(chromium):
    """A page that keeps the Content Security Policy (the shared ``page`` bypasses it)."""
    context = chromium.new_context(locale="sv-FI", timezone_id="Europe/Helsinki")
    page = context.new_page()
    yield page
    context.close()


def assert_accessible(page):
    results = Axe().run(page, options=WCAG_AA)
    assert results.violations_count == 0, results.generate_report()


def test_the_worker_app_is_accessible_and_obeys_the_csp(live_server, strict_page, role_user):
    page = strict_page
    refused = []
    page.on("console", lambda m: refused.append(m.text) if "Content Security" in m.text else None)
    page.route("**/tile.openstreetmap.org/**", lambda route: route.abort())
    log_in(page, live_server, role_user("outreach_worker"), language="sv")
    page.wait_for_selector("body[data-ready=true][data-service-worker=ready]")
    assert_accessible(page)  # starting a session

    page.click("#venues-map")
    page.wait_for_selector("#venue-map .leaflet-interactive")
    assert_accessible(page)  # with the map open

    page.locator("#venue-list label").first.click()
    page.locator("#session-themes input[value=violence]").check()
    page.click("#start-form button[type=submit]")
    expect(page.locator("#pending-count")).to_have_text("0")
    page.click("#more-details summary")
    assert_accessible(page)  # logging an encounter, every field showing

    # A travel-support visit code: the server's QR SVG, put in by script, is allowed by the CSP.
    expect(page.locator("#visit-code-left")).not_to_be_empty(timeout=20_000)  # fetched after a sync
    page.click("#give-visit-code")
    expect(page.locator("#visit-code-dialog .visit-code-qr svg")).to_be_visible()
    expect(page.locator("#visit-code-dialog [data-print-slip]")).to_be_visible()
    assert_accessible(page)
    assert refused == []
