"""axe-core finds no WCAG 2.1 AA violations in the worker app's views."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from .app_driver import log_in, start_session, wait_for_pending, wait_until_offline_ready

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def assert_accessible(page):
    results = Axe().run(page, options=WCAG_AA)
    assert results.violations_count == 0, results.generate_report()


def test_the_worker_app_has_no_accessibility_violations(live_server, page, role_user):
    page.route("**/tile.openstreetmap.org/**", lambda route: route.abort())
    log_in(page, live_server, role_user("outreach_worker"), language="sv")
    wait_until_offline_ready(page)
    assert_accessible(page)  # starting a session

    page.click("#venues-map")
    page.wait_for_selector("#venue-map .leaflet-interactive")
    assert_accessible(page)  # with the map open

    start_session(page)
    wait_for_pending(page, 0)
    page.click("#more-details summary")
    page.locator("#encounter-themes input").first.locator("xpath=..").click()
    assert_accessible(page)  # logging an encounter, every field showing
