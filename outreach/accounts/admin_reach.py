"""Two Wagtail reports whose menu item and view disagree about who may use them, given one rule.

Wagtail shows "Site history" only to people who edit pages, though its view lets every admin user
read the changes to what they may see (finance: the mileage rates and travel rules).
wagtail-localize shows "Translations" to everyone in the admin and lets everyone open it, though
only the roles that translate pages use it. Here each report is shown, and opens, exactly for the
users its rule lets in; the permission matrix test checks every menu item against its view.
"""

from django.urls import reverse
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import reports_menu


def _uses_admin(user):
    return user.has_perm("wagtailadmin.access_admin")


def _translates(user):
    return user.has_perm("wagtail_localize.submit_translation")


#: URL name of the report -> who may see and open it. Its ``…_results`` URL (the listing a
#: filter reloads) follows the same rule.
REPORTS = {
    "wagtailadmin_reports:site_history": _uses_admin,
    "wagtail_localize:translations_report": _translates,
}


def reports_by_rule(request, menu_items):
    """``construct_reports_menu`` hook: the reports under a rule are in the menu iff it allows."""
    rules = {reverse(name): rule for name, rule in REPORTS.items()}
    kept = [item for item in menu_items if item.url not in rules or rules[item.url](request.user)]
    shown = {item.url for item in kept}
    kept += [
        item
        for item in reports_menu.registered_menu_items
        if item.url in rules and item.url not in shown and rules[item.url](request.user)
    ]
    menu_items[:] = sorted(kept, key=lambda item: item.order)


class ReportReachMiddleware:
    """Refuses a report under a rule as Wagtail refuses its own views: back to the dashboard."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        rule = REPORTS.get(request.resolver_match.view_name.removesuffix("_results"))
        if rule is not None and request.user.is_authenticated and not rule(request.user):
            return permission_denied(request)
        return None
