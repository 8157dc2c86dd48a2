from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReferralsConfig(AppConfig):
    name = "outreach.referrals"
    verbose_name = _("Referral targets")
    role_permissions = {
        "outreach_worker": ["referrals.view_referraltarget"],
        "coordinator": [
            "referrals.add_referraltarget",
            "referrals.change_referraltarget",
            "referrals.delete_referraltarget",
            "referrals.view_referraltarget",
        ],
        "editor": [
            "referrals.add_referraltarget",
            "referrals.change_referraltarget",
            "referrals.view_referraltarget",
        ],
    }
