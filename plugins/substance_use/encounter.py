from django.utils.translation import gettext_lazy as _

from outreach.themes.fields import MultipleChoice
from outreach.themes.guidance import GuidanceRule

SCHEMA_VERSION = 1

FIELDS = [
    MultipleChoice(
        "substance",
        _("Substance"),
        [
            ("alcohol", _("Alcohol")),
            ("cannabis", _("Cannabis")),
            ("other_drugs", _("Other drugs")),
            ("medicines", _("Medicines")),
            ("nicotine", _("Nicotine")),
        ],
    ),
]

GUIDANCE = [
    GuidanceRule(
        id="substance-use-overdose",
        field="substance",
        value="other_drugs",
        title=_("Overdose risk"),
        text=_(
            "Mixing drugs with each other, with alcohol or with medicines raises the risk of an "
            "overdose. If someone cannot be woken, breathes abnormally or has a seizure, call 112 "
            "and stay with them."
        ),
        referrals=("emergency",),
    ),
    GuidanceRule(
        id="substance-use-alcohol-test",
        field="substance",
        value="alcohol",
        title=_("Alcohol self-test"),
        text=_(
            "Suggest the AUDIT-C self-test on the substance use page: three questions, answered "
            "anonymously, nothing is stored. A high score is a good reason to talk about cutting "
            "down."
        ),
    ),
]
