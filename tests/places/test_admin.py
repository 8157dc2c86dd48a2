import re

import pytest

from outreach.places.models import Venue

pytestmark = pytest.mark.django_db


def test_coordinator_sets_a_venue_point_in_the_admin(client_as):
    client = client_as("coordinator")
    venue = Venue.objects.get(name_fi="Loviisan pääkirjasto")
    url = f"/admin/snippets/places/venue/edit/{venue.pk}/"

    page = client.get(url)
    assert page.status_code == 200
    assert "tuuli-map-point" in page.content.decode()

    response = client.post(
        url,
        {
            "name_fi": venue.name_fi,
            "name_sv": venue.name_sv,
            "name_en": "Loviisa main library",
            "kind": "library",
            "status": "active",
            "municipality": venue.municipality_id,
            "address": venue.address,
            "latitude": "60.4571",
            "longitude": "26.2280",
            "location_verified": "on",
            "accessibility_note": "Step-free entrance from the courtyard.",
            "notes": "",
            "source": venue.source,
        },
    )
    assert response.status_code == 302
    venue.refresh_from_db()
    assert (venue.latitude, venue.longitude, venue.location_verified) == (60.4571, 26.2280, True)


def test_dashboard_lists_unverified_venues_for_the_coordinator(client_as):
    html = client_as("coordinator").get("/admin/").content.decode()
    assert "unverified-venues" in html
    assert "19 toimipaikkaa näkyy kuntansa keskustassa" in html  # 20 listed, one inactive
    assert "Askolan pääkirjasto" in html


def test_venue_list_filters_unverified(client_as):
    Venue.objects.filter(name_fi="Porvoon pääkirjasto").update(location_verified=True)
    html = (
        client_as("coordinator")
        .get("/admin/snippets/places/venue/", {"location_verified": "false"})
        .content.decode()
    )
    assert "Porvoon pääkirjasto" not in html
    assert "Pukkilan kirjasto" in html


def test_venue_list_shows_verified_as_an_icon_not_a_raw_boolean(client_as):
    html = client_as("coordinator").get("/admin/snippets/places/venue/").content.decode()
    assert 'href="#icon-cross"' in html  # the demo venues are unverified
    assert not re.search(r">\s*(False|True)\s*<", html)
