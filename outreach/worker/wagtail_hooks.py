from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from outreach.accounts.admin_menu import PermissionMenuItem

from . import admin_views
from .models import SyncConflict


@hooks.register("register_admin_urls")
def register_sync_review_urls():
    return [
        path("worker/conflicts/", admin_views.conflict_list, name="worker_conflicts"),
        path("worker/conflicts/<int:pk>/", admin_views.conflict_detail, name="worker_conflict"),
        path(
            "worker/conflicts/<int:pk>/resolve/",
            admin_views.conflict_resolve,
            name="worker_conflict_resolve",
        ),
        path("worker/ingest-log/", admin_views.ingest_log, name="worker_ingest_log"),
    ]


@hooks.register("register_admin_menu_item")
def register_conflicts_menu_item():
    return PermissionMenuItem(
        _("Sync conflicts"),
        reverse("worker_conflicts"),
        icon_name="warning",
        order=330,
        permission="worker.view_syncconflict",
    )


@hooks.register("register_admin_menu_item")
def register_ingest_log_menu_item():
    return PermissionMenuItem(
        _("Ingest log"),
        reverse("worker_ingest_log"),
        icon_name="list-ul",
        order=340,
        permission="worker.view_ingestlog",
    )


class ConflictsPanel(Component):
    """The dashboard says how many conflicts wait, so nobody has to remember to look."""

    template_name = "worker/admin/conflicts_panel.html"
    order = 120

    def get_context_data(self, parent_context=None):
        return {
            "unresolved": SyncConflict.objects.filter(resolved_at__isnull=True).count(),
            "url": reverse("worker_conflicts"),
        }


@hooks.register("construct_homepage_panels")
def add_conflicts_panel(request, panels):
    if request.user.has_perm("worker.view_syncconflict"):
        panels.append(ConflictsPanel())
