"""Distances by road, estimated: geopy's geodesic (straight-line) distance × a road factor.

Postcode centroids are not available to Tuuli, so a resident's trip starts from the centre of
their municipality (outreach/places data). Venues not yet verified sit at their municipality's
centre too. Both make the estimate rough, which is why every claim may correct it with a reason.
"""

from decimal import ROUND_HALF_UP, Decimal

from geopy.distance import geodesic

TENTH = Decimal("0.1")


def _point(place):
    return (place.latitude, place.longitude)


def road_km(points, road_factor):
    """Estimated road distance along ``points`` (objects with latitude/longitude), in km."""
    straight = sum(
        geodesic(_point(a), _point(b)).km for a, b in zip(points, points[1:], strict=False)
    )
    return (Decimal(str(straight)) * road_factor).quantize(TENTH, ROUND_HALF_UP)


def round_trip_km(base, venues, road_factor):
    """Base → each venue in turn → back to base."""
    return road_km([base, *venues, base], road_factor)
