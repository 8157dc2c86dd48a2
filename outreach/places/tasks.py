"""Background tasks for places, run by django-q2 (``manage.py qcluster``)."""

import logging

from django.utils import timezone

from .geocoding import get_geocoder, venue_query
from .models import Venue

logger = logging.getLogger(__name__)


def geocode_venue(venue_id):
    """Look up the venue's address and store the point. The location stays unverified until a
    coordinator has checked it on the map."""
    venue = Venue.objects.select_related("municipality").get(pk=venue_id)
    query = venue_query(venue)
    result = get_geocoder().geocode(query)
    venue.geocoded_at = timezone.now()
    if result is None:
        venue.geocode_result = f"not found: {query}"[:500]
        venue.save(update_fields=["geocoded_at", "geocode_result"])
        logger.info("Geocoding found nothing for venue %s (%s)", venue_id, query)
        return None
    venue.latitude, venue.longitude = result.latitude, result.longitude
    venue.geocode_result = result.label[:500]
    venue.location_verified = False
    venue.save(
        update_fields=[
            "latitude",
            "longitude",
            "geocoded_at",
            "geocode_result",
            "location_verified",
        ]
    )
    return result.latitude, result.longitude
