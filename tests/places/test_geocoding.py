import pytest

from outreach.places.geocoding import FakeGeocoder, GeocodeResult
from outreach.places.models import Venue

pytestmark = pytest.mark.django_db


@pytest.fixture
def fake_geocoder():
    FakeGeocoder.known = {
        "Papinkatu 20, 06100 Porvoo": GeocodeResult(60.3951, 25.6626, "Papinkatu 20, Porvoo")
    }
    yield FakeGeocoder
    FakeGeocoder.known = {}


def test_coordinator_geocodes_a_venue_from_the_admin(client_as, fake_geocoder):
    client = client_as("coordinator")
    venue = Venue.objects.get(name_fi="Porvoon pääkirjasto")

    response = client.post(f"/admin/places/venues/{venue.pk}/geocode/", follow=True)

    assert response.status_code == 200
    venue.refresh_from_db()
    assert (venue.latitude, venue.longitude) == (60.3951, 25.6626)
    assert venue.geocode_result == "Papinkatu 20, Porvoo"
    assert venue.geocoded_at is not None
    assert venue.location_verified is False  # a person still has to check it


def test_an_address_typed_in_the_form_is_saved_and_used(client_as, fake_geocoder):
    venue = Venue.objects.get(name_fi="Kevätkummun kirjasto")
    fake_geocoder.known["Tuuliviirintie 1, Porvoo"] = GeocodeResult(60.40, 25.70, "Porvoo")

    client_as("coordinator").post(
        f"/admin/places/venues/{venue.pk}/geocode/", {"address": "Tuuliviirintie 1, Porvoo"}
    )

    venue.refresh_from_db()
    assert venue.address == "Tuuliviirintie 1, Porvoo"
    assert (venue.latitude, venue.longitude) == (60.40, 25.70)


def test_an_address_not_found_leaves_the_point_and_says_so(client_as, fake_geocoder):
    venue = Venue.objects.get(name_fi="Pukkilan kirjasto")
    before = (venue.latitude, venue.longitude)

    client_as("coordinator").post(f"/admin/places/venues/{venue.pk}/geocode/")

    venue.refresh_from_db()
    assert (venue.latitude, venue.longitude) == before
    assert venue.geocode_result.startswith("not found")


def test_only_people_who_may_change_venues_can_geocode(client_as, fake_geocoder):
    venue = Venue.objects.get(name_fi="Porvoon pääkirjasto")
    response = client_as("editor").post(f"/admin/places/venues/{venue.pk}/geocode/")
    assert response.status_code == 302
    assert "/edit/" not in response.url
    venue.refresh_from_db()
    assert venue.geocoded_at is None
