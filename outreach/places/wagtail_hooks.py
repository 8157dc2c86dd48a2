from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_panels import MapPointPanel, UnverifiedVenuesPanel
from .admin_views import geocode_venue
from .models import Municipality, Venue


class _YesNo:
    """True or false, written "Kyllä"/"Ja"/"Yes" where the icon's accessible title shows it."""

    def __init__(self, value):
        self.value = value

    def __bool__(self):
        return self.value

    def __str__(self):
        return str(_("Yes") if self.value else _("No"))


class YesNoColumn(BooleanColumn):
    """A tick or a cross whose title is a translated yes/no, not a raw "True"/"False"."""

    def get_value(self, instance):
        value = super().get_value(instance)
        return None if value is None else _YesNo(value)


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    menu_label = _("Venues")
    list_display = [
        "name_fi",
        "kind",
        "municipality",
        YesNoColumn(
            "location_verified", label=Venue._meta.get_field("location_verified").verbose_name
        ),
        "status",
    ]
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
