from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_panels import MapPointPanel, UnverifiedVenuesPanel
from .admin_views import geocode_venue
from .models import Municipality, Venue


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    menu_label = _("Venues")
    list_display = ["name_fi", "kind", "municipality", "location_verified", "status"]
    list_filter = ["location_verified", "kind", "status", "municipality"]
    search_fields = ["name_fi", "name_sv", "name_en", "address"]
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name_fi"),
                FieldPanel("name_sv"),
                FieldPanel("name_en"),
                FieldRowPanel([FieldPanel("kind"), FieldPanel("status")]),
                FieldPanel("municipality"),
            ],
            heading=_("Venue"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("address_sv"),
                MapPointPanel(),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("location_verified"),
            ],
            heading=_("Location"),
        ),
        FieldPanel("accessibility_note"),
        FieldPanel("notes"),
        FieldPanel("source"),
    ]


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "globe"
    menu_label = _("Municipalities")
    list_display = ["name_fi", "name_sv", "code", "population"]
    inspect_view_enabled = True
    panels = [
        FieldPanel("name_fi", read_only=True),
        FieldPanel("name_sv", read_only=True),
        FieldPanel("code", read_only=True),
        FieldPanel("population"),
        FieldPanel("population_year"),
    ]


class PlacesViewSetGroup(SnippetViewSetGroup):
    items = (VenueViewSet, MunicipalityViewSet)
    menu_icon = "site"
    menu_label = _("Places")
    menu_name = "places"


register_snippet(PlacesViewSetGroup)


@hooks.register("register_admin_urls")
def register_geocode_url():
    return [path("places/venues/<int:pk>/geocode/", geocode_venue, name="places_geocode_venue")]


@hooks.register("construct_homepage_panels")
def add_unverified_venues_panel(request, panels):
    if request.user.has_perm("places.change_venue"):
        panels.append(UnverifiedVenuesPanel())
