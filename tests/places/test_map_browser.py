import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_map_draws_boundaries_and_every_listed_venue(live_server, page):
    blocked = []
    # No tile server in tests: the map must still show boundaries and markers without tiles.
    page.route("**/tile.openstreetmap.org/**", lambda route: (blocked.append(1), route.abort()))
    page.goto(f"{live_server.url}/en/map/")

    page.wait_for_selector("#venue-map path.leaflet-interactive")
    boundaries = page.locator("#venue-map .leaflet-overlay-pane path").count()
    listed = page.locator(".venue-list li").count()
    assert listed == 20  # every known venue, the inactive one labelled
    assert boundaries == 7 + listed  # 7 municipalities and one circle marker per venue
    assert "OpenStreetMap" in page.locator(".leaflet-control-attribution").inner_text()

    page.select_option("#filter-municipality", "616")
    page.click("button[type=submit]")
    page.wait_for_url("**municipality=616**")
    assert page.locator(".venue-list li").all_inner_texts()[0].startswith("Pukkilan kirjasto")
