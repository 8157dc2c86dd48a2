"""Load the county's municipalities, boundaries and known venues from the bundled data files.

Idempotent: running it again updates names, populations and boundaries, adds new venues and never
moves a venue whose location a coordinator has verified.
"""

import json
from pathlib import Path

from .addresses import clean_address, swedish_place_names

DATA_DIR = Path(__file__).resolve().parent / "data"
PLACES_FILE = DATA_DIR / "itauusimaa_places.json"
BOUNDARIES_FILE = DATA_DIR / "itauusimaa_municipalities.geojson"


def _read(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def load_places(municipality_model, venue_model):
    """Create or update every municipality and venue; return (municipalities, venues) counts.

    Takes the model classes so the initial data migration can pass its historical models.
    """
    places = _read(PLACES_FILE)
    boundaries = {
        feature["properties"]["code"]: feature["geometry"]
        for feature in _read(BOUNDARIES_FILE)["features"]
    }
    municipalities = {}
    for item in places["municipalities"]:
        municipality, _created = municipality_model.objects.update_or_create(
            code=item["code"],
            defaults={
                "name_fi": item["name_fi"],
                "name_sv": item["name_sv"],
                "population": item["population"],
                "population_year": item["population_year"],
                "latitude": item["lat"],
                "longitude": item["lon"],
                "boundary": boundaries[item["code"]],
            },
        )
        municipalities[item["code"]] = municipality

    place_names = swedish_place_names(places["municipalities"])
    for item in places["venues"]:
        municipality = municipalities[item["municipality_code"]]
        venue = venue_model.objects.filter(
            municipality=municipality, name_fi=item["name_fi"]
        ).first() or venue_model(municipality=municipality, name_fi=item["name_fi"])
        venue.kind = item["kind"]
        venue.name_sv = item.get("name_sv") or ""
        venue.status = item["status"]
        raw_address = item.get("address") or ""
        address = clean_address(raw_address, place_names)
        # Research notes in the address belong with the venue's (non-public) notes.
        venue.notes = "\n".join(filter(None, [item.get("notes"), *address.notes]))
        venue.source = item.get("source") or ""
        # A coordinator's own address is kept; a raw seed address is replaced by the clean one.
        if venue.address in ("", raw_address, address.fi):
            venue.address = address.fi
            # The initial migration's model has no Swedish address yet.
            venue.address_sv = getattr(venue, "address_sv", "") or address.sv
        if not venue.location_verified:
            known = item.get("lat") is not None and item.get("lon") is not None
            venue.latitude = item["lat"] if known else municipality.latitude
            venue.longitude = item["lon"] if known else municipality.longitude
        venue.save()
    return len(municipalities), len(places["venues"])
