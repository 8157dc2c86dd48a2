"""Places as GeoJSON, for the public map and for the worker app's offline cache."""

from django.http import JsonResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .models import Municipality, Venue

ATTRIBUTION = "Contains data from the National Land Survey of Finland (MML), CC BY 4.0"


def municipalities_collection():
    return {
        "type": "FeatureCollection",
        "attribution": ATTRIBUTION,
        "features": [
            {
                "type": "Feature",
                "id": m.code,
                "geometry": m.boundary,
                "properties": {
                    "code": m.code,
                    "name": m.name,
                    "names": {"fi": m.name_fi, "sv": m.name_sv, "en": m.name_fi},
                    "centre": [m.longitude, m.latitude],
                    "population": m.population,
                },
            }
            for m in Municipality.objects.all()
        ],
    }


def venues_collection(venues=None):
    if venues is None:
        venues = Venue.objects.exclude(status=Venue.Status.INACTIVE)
    return {
        "type": "FeatureCollection",
        "features": [v.to_feature() for v in venues.select_related("municipality")],
    }


@require_GET
@cache_control(public=True, max_age=3600)
def municipalities_geojson(request):
    return JsonResponse(municipalities_collection())


@require_GET
@cache_control(public=True, max_age=600)
def venues_geojson(request):
    return JsonResponse(venues_collection())
