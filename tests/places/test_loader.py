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


NOTES_IN_ADDRESSES = [
    "temporary premises",
    "not captured",
    "re-verify",
    "entrance via",
    "UNCERTAIN",
    "(",
    " / ",
]


def test_public_addresses_hold_no_research_notes_and_the_notes_are_kept():
    for venue in Venue.objects.all():
        for note in NOTES_IN_ADDRESSES:
            assert note not in venue.address and note not in venue.address_sv, venue.address
    loviisa = Venue.objects.get(name_fi="Loviisan pääkirjasto")
    assert "temporary premises since 2018" in loviisa.notes
    assert "Temporary premises; new library" in loviisa.notes  # the data's own note stays
    assert "house number not captured" in Venue.objects.get(name_fi="Sipoon pääkirjasto").notes


def test_a_street_with_a_swedish_name_in_the_data_has_a_swedish_address():
    loviisa = Venue.objects.get(name_fi="Loviisan pääkirjasto")
    assert (loviisa.address, loviisa.address_sv) == (
        "Kuningattarenkatu 3, 07900 Loviisa",
        "Drottninggatan 3, 07900 Lovisa",
    )
    sipoo = Venue.objects.get(name_fi="Sipoon pääkirjasto")
    assert (sipoo.address, sipoo.address_sv) == ("Iso Kylätie, Nikkilä", "Stora Byvägen, Nickby")
    # No Swedish street name in the data: none is made up, the Finnish address is shown.
    porvoo = Venue.objects.get(name_fi="Porvoon pääkirjasto")
    assert (porvoo.address, porvoo.address_sv) == ("Papinkatu 20, 06100 Porvoo", "")


def test_loading_again_keeps_an_address_a_coordinator_wrote():
    venue = Venue.objects.get(name_fi="Porvoon urheiluhalli")
    venue.address = "Sparrenkatu 2, 06100 Porvoo, ovi B"
    venue.save()
    call_command("load_places")
    venue.refresh_from_db()
    assert venue.address == "Sparrenkatu 2, 06100 Porvoo, ovi B"
