from django.utils.translation import gettext_lazy as _

from outreach.themes.fields import MultipleChoice, SingleChoice, YesNo

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
            ("close_one", _("A close one is affected")),
        ],
    ),
    YesNo("children_in_household", _("Children in the household")),
    YesNo("safety_planning", _("Safety planning discussed")),
]
