from django.utils.translation import gettext_lazy as _

from outreach.themes.fields import MultipleChoice, SingleChoice, YesNo
from outreach.themes.guidance import GuidanceRule

SCHEMA_VERSION = 1

FIELDS = [
    MultipleChoice(
        "form",
        _("Form of violence"),
        [
            ("physical", _("Physical")),
            ("psychological", _("Psychological")),
            ("sexual", _("Sexual")),
            ("economic", _("Economic")),
            ("digital", _("Digital")),
        ],
    ),
    SingleChoice(
        "role",
        _("Role"),
        [
            ("experienced", _("Has experienced violence")),
            ("used", _("Has used violence")),
            ("witnessed", _("Has witnessed violence")),
            ("close_one", _("Someone close to them is affected")),
        ],
    ),
    YesNo("children_in_household", _("Children in the household")),
    YesNo("safety_planning", _("Safety planning discussed")),
]

GUIDANCE = [
    GuidanceRule(
        id="violence-children",
        field="children_in_household",
        value=True,
        title=_("Children in a home with violence"),
        text=_(
            "Children are always affected by violence at home, also when they only see or hear "
            "it. You are obliged to make a child welfare notification to the wellbeing services "
            "county's child welfare services without delay (Child Welfare Act, section 25). Tell "
            "the person that you will. If a child is in danger now, call 112."
        ),
        referrals=("nollalinja", "emergency"),
    ),
    GuidanceRule(
        id="violence-safety",
        field="role",
        value="experienced",
        title=_("Safety first"),
        text=_(
            "Talk about safety: where the person could go at once, who could help, and how to "
            "reach Nollalinja, the helpline for people who have experienced violence. In danger, "
            "call 112."
        ),
        referrals=("nollalinja", "emergency"),
    ),
]
