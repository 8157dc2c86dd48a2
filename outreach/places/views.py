"""The public map of venues, with a list beside it for keyboard and screen-reader users."""

from django.conf import settings
from django.shortcuts import render

from .geojson import ATTRIBUTION, venues_collection
from .models import Municipality, Venue


def venue_map(request):
    municipalities = list(Municipality.objects.in_name_order())
    codes = {m.code for m in municipalities}
    selected_municipality = request.GET.get("municipality", "")
    if selected_municipality not in codes:
        selected_municipality = ""
    kinds = [value for value, _label in Venue.Kind.choices]
    selected_kinds = [k for k in request.GET.getlist("kind") if k in kinds] or kinds

    # Every known venue is shown; one that is not in use says so instead of vanishing.
    venues = Venue.objects.filter(kind__in=selected_kinds)
    if selected_municipality:
        venues = venues.filter(municipality__code=selected_municipality)
    venues = venues.select_related("municipality")

    return render(
        request,
        "places/map.html",
        {
            "municipalities": municipalities,
            "venues": venues,
            "kind_choices": Venue.Kind.choices,
            "selected_municipality": selected_municipality,
            "selected_kinds": selected_kinds,
            "venue_features": venues_collection(venues),
            "map_options": {
                "tilesUrl": settings.MAP_TILES_URL,
                "tilesAttribution": settings.MAP_TILES_ATTRIBUTION,
                "boundaryAttribution": ATTRIBUTION,
                "municipality": selected_municipality,
            },
        },
    )
