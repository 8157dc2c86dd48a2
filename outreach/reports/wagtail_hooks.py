from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from outreach.accounts.admin_menu import PermissionMenuItem

from .views import key_figures_view


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("reports/key-figures/", key_figures_view, name="reports_key_figures")]


@hooks.register("register_admin_menu_item")
def register_key_figures_menu_item():
    return PermissionMenuItem(
        _("Key figures"),
        reverse("reports_key_figures"),
        icon_name="table",
        order=300,
        permission="reports.view_report",
    )
