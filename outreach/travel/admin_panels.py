"""Finance's dashboard panel: what waits for a decision, and rules or rates that are missing."""

from datetime import date

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from .models import Claim, MileageRate, TravelRules
from .models.claims import ClaimStatus

#: From this month on, next year's rules and rate are expected to be in place.
WARN_FROM_MONTH = 11


def years_needing_rules(today):
    years = [today.year] + ([today.year + 1] if today.month >= WARN_FROM_MONTH else [])
    missing_rules = [year for year in years if not TravelRules.objects.filter(year=year).exists()]
    missing_rates = [
        year
        for year in years
        if not MileageRate.objects.filter(valid_from__lte=date(year, 1, 1))
        .filter(Q(valid_until__isnull=True) | Q(valid_until__gte=date(year, 12, 31)))
        .exists()
    ]
    return missing_rules, missing_rates


class TravelFinancePanel(Component):
    template_name = "travel/admin/finance_panel.html"
    order = 110

    def get_context_data(self, parent_context=None):
        missing_rules, missing_rates = years_needing_rules(timezone.localdate())
        return {
            "waiting": Claim.objects.filter(status=ClaimStatus.SUBMITTED).count(),
            "approved": Claim.objects.filter(
                status=ClaimStatus.APPROVED, batch__isnull=True
            ).count(),
            "missing_rules": missing_rules,
            "missing_rates": missing_rates,
            "queue_url": reverse("travel_claims"),
            "rules_url": reverse("wagtailsnippets_travel_travelrules:list"),
            "rates_url": reverse("wagtailsnippets_travel_mileagerate:list"),
        }
