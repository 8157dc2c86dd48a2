import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_map_draws_boundaries_and_every_listed_venue(live_server, page):
    blocked = []
    # No tile server in tests: the map must still show boundaries and markers without tiles.
    page.route("**/tile.openstreetmap.org/**", lambda route: (blocked.append(1), route.abort()))
    page.goto(f"{live_server.url}/en/map/")

    listed = page.locator(".venue-list li").count()
    assert listed == 20  # every known venue, the inactive one labelled
    # 7 municipality boundaries (fetched after the page loads) and one circle marker per venue.
    expect(page.locator("#venue-map .leaflet-overlay-pane path")).to_have_count(7 + listed)
    assert "OpenStreetMap" in page.locator(".leaflet-control-attribution").inner_text()

    page.select_option("#filter-municipality", "616")
    page.click("button[type=submit]")
    page.wait_for_url("**municipality=616**")
    assert page.locator(".venue-list li").all_inner_texts()[0].startswith("Pukkilan kirjasto")
