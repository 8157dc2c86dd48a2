from django.urls import reverse
from wagtail.admin.ui.components import Component

from .models import ReferralTarget


class UnverifiedReferralsPanel(Component):
    """Dashboard panel: helplines nobody has checked yet. Workers give these numbers to people in
    crisis, so the seeded ones must be verified before the service starts."""

    template_name = "referrals/admin/unverified_panel.html"
    order = 110

    def get_context_data(self, parent_context=None):
        return {
            "targets": ReferralTarget.objects.filter(active=True, verified_on__isnull=True),
            "list_url": reverse("wagtailsnippets_referrals_referraltarget:list"),
        }
