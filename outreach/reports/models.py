from django.db import models
from django.utils.translation import gettext_lazy as _


class Report(models.Model):
    """No table: only carries the ``reports.view_report`` permission for roles to hold."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("view_report", _("Can view anonymous key figures"))]
        verbose_name = _("report")
        verbose_name_plural = _("reports")

    def __str__(self):
        return str(self._meta.verbose_name)
