from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "outreach.accounts"
    verbose_name = _("Accounts and roles")

    # Every role uses the Wagtail admin at least for its own screens, except outreach workers.
    role_permissions = {
        role: ["wagtailadmin.access_admin"] for role in ("coordinator", "finance", "editor")
    }

    def ready(self):
        from .roles import sync_role_permissions

        post_migrate.connect(sync_role_permissions, dispatch_uid="tuuli-sync-roles")
