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
    # 7 municipality boundaries (fetched after the page loads) and one circle marker per point:
    # unverified venues share their municipality's centre, so a marker can stand for several.
    points = page.evaluate(
        "new Set(JSON.parse(document.getElementById('venue-features').textContent)"
        ".features.map((f) => f.geometry.coordinates.join(','))).size"
    )
    expect(page.locator("#venue-map .leaflet-overlay-pane path")).to_have_count(7 + points)
    assert points < listed
    assert_the_loviisa_marker_lists_its_venues(page)
    assert "OpenStreetMap" in page.locator(".leaflet-control-attribution").inner_text()

    page.select_option("#filter-municipality", "616")
    page.click("main button[type=submit]")
    page.wait_for_url("**municipality=616**")
    assert page.locator(".venue-list li").all_inner_texts()[0].startswith("Pukkilan kirjasto")


def assert_the_loviisa_marker_lists_its_venues(page):
    """The shared Loviisa marker's popup names each venue there and links to its list entry."""
    library = page.locator(".venue-list li", has_text="Loviisan pääkirjasto")
    anchor = library.get_attribute("id")
    for marker in page.locator("#venue-map path.venue-marker").all():
        marker.click()
        popup = page.locator(".leaflet-popup-content")
        if popup.locator(f"a[href='#{anchor}']").count():
            break
    in_loviisa = page.locator(".venue-list li", has_text="Loviisa").count()
    expect(popup.get_by_role("link")).to_have_count(in_loviisa)
    popup.locator(f"a[href='#{anchor}']").click()
    page.wait_for_url(f"**#{anchor}")
    page.locator(".leaflet-popup-close-button").click()
