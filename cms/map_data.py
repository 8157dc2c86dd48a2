"""What the calendar map script needs: session points as GeoJSON and the tile settings."""

from django.conf import settings
from django.utils import formats, timezone


def session_features(sessions):
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": [session.venue.longitude, session.venue.latitude],
                },
                "properties": {
                    "name": session.venue.name,
                    "when": formats.date_format(
                        timezone.localtime(session.starts_at), "SHORT_DATETIME_FORMAT"
                    ),
                    "anchor": f"session-{session.uuid}",
                    "verified": session.venue.location_verified,
                },
            }
            for session in sessions
        ],
    }


def map_options():
    return {
        "tilesUrl": settings.MAP_TILES_URL,
        "tilesAttribution": settings.MAP_TILES_ATTRIBUTION,
        "center": settings.LEAFLET_CONFIG["DEFAULT_CENTER"],
        "zoom": settings.LEAFLET_CONFIG["DEFAULT_ZOOM"],
    }
