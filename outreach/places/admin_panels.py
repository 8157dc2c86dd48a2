"""Wagtail admin pieces for venues: a map to set the point, and the unverified-venues panel."""

from django.conf import settings
from django.urls import reverse
from wagtail.admin.panels import Panel
from wagtail.admin.ui.components import Component

from .models import Venue


class MapPointPanel(Panel):
    """A Leaflet map beside the latitude and longitude fields: click or drag the marker to set the
    point, or ask for the address to be geocoded."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "places/admin/map_point_panel.html"

        class Media:
            css = {"all": ["leaflet/leaflet.css"]}
            js = ["leaflet/leaflet.js", "places/admin-map-point.js"]

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            instance = self.instance
            context.update(
                {
                    "latitude_id": self.form["latitude"].id_for_label,
                    "longitude_id": self.form["longitude"].id_for_label,
                    "verified_id": self.form["location_verified"].id_for_label,
                    "tiles_url": settings.MAP_TILES_URL,
                    "tiles_attribution": settings.MAP_TILES_ATTRIBUTION,
                    "geocode_url": (
                        reverse("places_geocode_venue", args=[instance.pk]) if instance.pk else ""
                    ),
                    "geocode_result": instance.geocode_result,
                    "geocoded_at": instance.geocoded_at,
                }
            )
            return context


class UnverifiedVenuesPanel(Component):
    """Dashboard panel for coordinators: venues still shown at their municipality's centre."""

    template_name = "places/admin/unverified_venues_panel.html"
    order = 120

    def get_context_data(self, parent_context=None):
        return {
            "venues": Venue.objects.filter(location_verified=False)
            .exclude(status=Venue.Status.INACTIVE)
            .select_related("municipality"),
            "list_url": reverse("wagtailsnippets_places_venue:list") + "?location_verified=false",
        }
