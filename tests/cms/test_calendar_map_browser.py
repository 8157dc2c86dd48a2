"""The pop-up calendar's map: pop-ups at venues that share a point are one marker whose popup
names each venue and links to each pop-up's entry in the list."""

import pytest
from playwright.sync_api import expect

from cms.demo.builder import build_site
from cms.models import PopupCalendarPage
from outreach.encounters.models import PopupSession
from outreach.places.models import Venue
from tests.cms.sessions import session

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_shared_marker_lists_each_venue_and_links_to_its_pop_ups(live_server, page):
    build_site()  # committed, so that the live server sees the calendar page
    PopupSession.objects.all().delete()
    library = session(2, venue=Venue.objects.get(name_fi="Loviisan pääkirjasto"))
    tesjoki = session(3, venue=Venue.objects.get(name_fi="Tesjoen lähikirjasto"))
    page.route("**/tile.openstreetmap.org/**", lambda route: route.abort())
    page.goto(live_server.url + PopupCalendarPage.objects.get(locale__language_code="fi").get_url())

    markers = page.locator("#session-map path.leaflet-interactive")
    expect(markers).to_have_count(1)  # both venues stand at Loviisa's centre
    markers.first.click()
    popup = page.locator(".leaflet-popup-content")
    expect(popup).to_contain_text("Loviisan pääkirjasto")
    expect(popup).to_contain_text("Tesjoen lähikirjasto")
    expect(popup.locator(f"a[href='#session-{tesjoki.uuid}']")).to_be_visible()
    popup.locator(f"a[href='#session-{library.uuid}']").click()
    page.wait_for_url(f"**#session-{library.uuid}")
