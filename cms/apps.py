from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Public site")

    # Editors keep the service directory and the shared snippets; coordinators too.
    role_permissions = {
        role: [
            f"cms.{action}_{model}"
            for model in ("service", "contactdetails", "footer")
            for action in ("add", "change", "delete", "view")
        ]
        + ["wagtail_localize.submit_translation"]
        for role in ("editor", "coordinator")
    }

    def ready(self):
        from . import signals  # noqa: F401
