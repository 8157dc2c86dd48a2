from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class TravelConfig(AppConfig):
    name = "outreach.travel"
    verbose_name = _("Travel costs")
    # Payee data (name, IBAN, e-mail) and receipts are finance's alone; coordinators see only
    # the anonymous cost records; workers issue visit codes and claim their own mileage.
    role_permissions = {
        "outreach_worker": ["travel.add_visitcode", "travel.add_claim"],
        "finance": [
            "travel.view_claim",
            "travel.change_claim",
            "travel.export_claims",
            "travel.view_payee",
            "travel.view_costrecord",
            "travel.add_travelrules",
            "travel.change_travelrules",
            "travel.view_travelrules",
            "travel.add_mileagerate",
            "travel.change_mileagerate",
            "travel.view_mileagerate",
        ],
        "coordinator": [
            "travel.view_costrecord",
            "travel.view_travelrules",
            "travel.view_mileagerate",
        ],
    }

    def ready(self):
        from .purge import ensure_purge_schedule

        post_migrate.connect(ensure_purge_schedule, sender=self, dispatch_uid="travel-purge")
