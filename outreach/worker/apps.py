from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkerConfig(AppConfig):
    name = "outreach.worker"
    verbose_name = _("Worker app and sync")
    role_permissions = {
        "coordinator": [
            "worker.view_ingestlog",
            "worker.view_syncconflict",
            # Resolving a conflict: keep the stored record, or use the received content.
            "worker.change_syncconflict",
        ],
    }
