from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "outreach.reports"
    verbose_name = _("Reports")
    # Key figures are for the coordinator (product brief: "read anonymous key figures"). Finance
    # works on travel claims only and gets no access to encounter statistics.
    role_permissions = {"coordinator": ["reports.view_report"]}

    def ready(self):
        from . import checks  # noqa: F401 - registers the system check
