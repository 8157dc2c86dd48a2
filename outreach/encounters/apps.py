from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EncountersConfig(AppConfig):
    name = "outreach.encounters"
    verbose_name = _("Encounters")
    role_permissions = {
        "outreach_worker": [
            "encounters.add_popupsession",
            "encounters.change_popupsession",
            "encounters.view_popupsession",
            "encounters.add_encounter",
            "encounters.view_encounter",
        ],
        "coordinator": [
            "encounters.add_popupsession",
            "encounters.change_popupsession",
            "encounters.delete_popupsession",
            "encounters.view_popupsession",
            "encounters.view_encounter",
        ],
    }
