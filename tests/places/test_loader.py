import json

import pytest
from django.core.management import call_command

from outreach.places.loader import PLACES_FILE
from outreach.places.models import Municipality, Venue

pytestmark = pytest.mark.django_db

SOURCE = json.loads(PLACES_FILE.read_text(encoding="utf-8"))


def test_the_seven_municipalities_are_loaded_with_boundaries():
    assert sorted(Municipality.objects.values_list("name_fi", flat=True)) == [
        "Askola",
        "Lapinjärvi",
        "Loviisa",
        "Myrskylä",
        "Porvoo",
        "Pukkila",
        "Sipoo",
    ]
    porvoo = Municipality.objects.get(code="638")
    assert porvoo.name_sv == "Borgå"
    assert porvoo.boundary["type"] in {"Polygon", "MultiPolygon"}
    assert not Municipality.objects.filter(name_fi="Pornainen").exists()


def test_every_listed_venue_is_loaded_unverified_at_its_municipality_centre():
    assert Venue.objects.count() == len(SOURCE["venues"])
    for venue in Venue.objects.select_related("municipality"):
        assert not venue.location_verified
        assert (venue.latitude, venue.longitude) == (
            venue.municipality.latitude,
            venue.municipality.longitude,
        )


def test_loading_again_changes_nothing_and_keeps_a_verified_location():
    venue = Venue.objects.get(name_fi="Porvoon pääkirjasto")
    venue.latitude, venue.longitude, venue.location_verified = 60.3940, 25.6650, True
    venue.save()

    call_command("load_places", stdout=open("/dev/null", "w"))

    assert Venue.objects.count() == len(SOURCE["venues"])
    assert Municipality.objects.count() == 7
    venue.refresh_from_db()
    assert (venue.latitude, venue.longitude, venue.location_verified) == (60.3940, 25.6650, True)
