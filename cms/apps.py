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

    # Editors draft pages, coordinators also publish them (the workflow in migration 0003 asks
    # a coordinator to approve); both add and edit images and documents for them.
    role_page_permissions = {
        "editor": ["wagtailcore.add_page", "wagtailcore.change_page"],
        "coordinator": [
            "wagtailcore.add_page",
            "wagtailcore.change_page",
            "wagtailcore.publish_page",
            "wagtailcore.lock_page",
            "wagtailcore.unlock_page",
        ],
    }
    role_collection_permissions = {
        role: [
            f"{app}.{action}_{model}"
            for app, model in (("wagtailimages", "image"), ("wagtaildocs", "document"))
            for action in ("add", "change", "choose")
        ]
        for role in ("editor", "coordinator")
    }

    def ready(self):
        from . import signals  # noqa: F401
