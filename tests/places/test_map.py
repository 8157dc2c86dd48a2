import pytest
from django.test import override_settings

from outreach.places.models import Venue

pytestmark = pytest.mark.django_db


def test_map_lists_every_open_venue_beside_the_map(client):
    response = client.get("/fi/map/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="venue-map"' in html
    for venue in Venue.objects.all():
        assert venue.name_fi in html
    assert "Ei käytössä pop up -pisteille tällä hetkellä." in html  # the one inactive venue
    assert "municipality centre" not in html  # the Finnish page speaks Finnish
    assert "kunnan keskustassa" in html


def test_map_speaks_swedish_and_uses_swedish_names(client):
    html = client.get("/sv/map/").content.decode()
    assert 'lang="sv"' in html
    assert "Borgå huvudbibliotek" in html
    assert "Platser på kartan" in html


def test_filter_by_municipality_and_kind(client):
    html = client.get("/en/map/", {"municipality": "434", "kind": "sports"}).content.decode()
    assert "Loviisan liikuntahalli" in html
    assert "Loviisan jäähalli" in html
    assert "Loviisan pääkirjasto" not in html
    assert "Porvoon urheiluhalli" not in html


def test_unknown_filter_values_show_everything_instead_of_failing(client):
    response = client.get("/en/map/", {"municipality": "999", "kind": "<script>"})
    assert response.status_code == 200
    assert "Porvoon pääkirjasto" in response.content.decode()


@override_settings(
    MAP_TILES_URL="https://tiles.example.test/{z}/{x}/{y}.png",
    MAP_TILES_ATTRIBUTION="Example tiles",
)
def test_tile_url_and_attribution_come_from_settings(client):
    html = client.get("/en/map/").content.decode()
    assert "https://tiles.example.test/{z}/{x}/{y}.png" in html
    assert "Example tiles" in html


def test_geojson_feeds_for_the_offline_app(client):
    municipalities = client.get("/places/municipalities.geojson").json()
    assert len(municipalities["features"]) == 7
    assert "National Land Survey" in municipalities["attribution"]

    venues = client.get("/places/venues.geojson").json()
    names = {f["properties"]["names"]["fi"] for f in venues["features"]}
    assert "Porvoon pääkirjasto" in names
    inactive = Venue.objects.filter(status="inactive").values_list("name_fi", flat=True)
    assert not names & set(inactive)
    feature = venues["features"][0]
    assert feature["properties"]["verified"] is False
    lon, lat = feature["geometry"]["coordinates"]
    assert 59.5 < lat < 61.5 and 24.5 < lon < 27
