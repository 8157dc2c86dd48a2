from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PlacesConfig(AppConfig):
    name = "outreach.places"
    verbose_name = _("Places")
    role_permissions = {
        "outreach_worker": ["places.view_venue", "places.view_municipality"],
        "coordinator": [
            "places.add_venue",
            "places.change_venue",
            "places.delete_venue",
            "places.view_venue",
            "places.view_municipality",
        ],
    }

    def ready(self):
        post_migrate.connect(index_venues, sender=self)


def index_venues(**kwargs):
    """The seed migration saves venues through historical models, which the search index does not
    follow: index every venue once the migrations have run."""
    from wagtail.search.index import insert_or_update_object

    from .models import Venue

    for venue in Venue.objects.select_related("municipality"):
        insert_or_update_object(venue)
