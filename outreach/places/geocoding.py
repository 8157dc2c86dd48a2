"""Geocode venue addresses with geopy.

The geocoder class is chosen by dotted path in ``settings.GEOCODER`` so tests swap in
:class:`FakeGeocoder` and never touch the network. Nominatim's usage policy: at most one request a
second, an identifying User-Agent, results stored (we store them on the venue).
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.utils.module_loading import import_string

THROTTLE_KEY = "geocoder:last-request"


@dataclass(frozen=True)
class GeocodeResult:
    latitude: float
    longitude: float
    label: str


class NominatimGeocoder:
    def __init__(self):
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import Nominatim

        client = Nominatim(user_agent=settings.GEOCODER_USER_AGENT, timeout=10)
        self._geocode = RateLimiter(
            client.geocode, min_delay_seconds=settings.GEOCODER_MIN_DELAY_SECONDS, max_retries=1
        )

    def geocode(self, query):
        _wait_for_turn()
        location = self._geocode(query, country_codes="fi", exactly_one=True)
        if location is None:
            return None
        return GeocodeResult(location.latitude, location.longitude, location.address)


class FakeGeocoder:
    """Answers from a table tests fill in; an unknown address is not found."""

    known = {}

    def geocode(self, query):
        return self.known.get(query)


def _wait_for_turn():
    """Keep one request a second across worker processes sharing the cache (Redis in production)."""
    import time

    while not cache.add(THROTTLE_KEY, 1, timeout=settings.GEOCODER_MIN_DELAY_SECONDS):
        time.sleep(0.2)


def get_geocoder():
    return import_string(settings.GEOCODER)()


def venue_query(venue):
    """The search string for a venue: its address, else its name, always within its municipality."""
    place = venue.address or venue.name_fi
    municipality = venue.municipality.name_fi
    return place if municipality in place else f"{place}, {municipality}"
