from django.apps import AppConfig
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
