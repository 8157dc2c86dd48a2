from django.utils.translation import gettext_lazy as _

from outreach.themes.fields import MultipleChoice, SingleChoice, YesNo
from outreach.themes.guidance import GuidanceRule

DURATION = SingleChoice(
    "duration",
    _("How long it has lasted"),
    [("weeks", _("Weeks")), ("months", _("Months")), ("years", _("Years"))],
)

# Version 2 asks how many people the person can talk to instead of a plain yes or no, and about
# their situation.
SCHEMA_VERSION = 2

FIELDS = [
    DURATION,
    SingleChoice(
        "someone_to_talk_to",
        _("People to talk to"),
        [("nobody", _("Nobody")), ("one", _("One person")), ("several", _("Several people"))],
    ),
    MultipleChoice(
        "situation",
        _("Situation"),
        [
            ("lives_alone", _("Lives alone")),
            ("moved", _("Has moved recently")),
            ("bereaved", _("Has lost someone close")),
            ("other", _("Other")),
        ],
    ),
]

# Devices that were offline during the update still send version 1 for a while.
PREVIOUS_SCHEMAS = {
    1: [DURATION, YesNo("has_someone", _("Has someone to talk to"))],
}


def _from_version_1(answers):
    upgraded = {key: value for key, value in answers.items() if key == "duration"}
    if "has_someone" in answers:
        # "Yes" in version 1 said nothing about how many; "one" is the careful reading.
        upgraded["someone_to_talk_to"] = "one" if answers["has_someone"] else "nobody"
    return upgraded


UPGRADES = {1: _from_version_1}

GUIDANCE = [
    GuidanceRule(
        id="loneliness-nobody",
        field="someone_to_talk_to",
        value="nobody",
        title=_("Nobody to talk to"),
        text=_(
            "Ask whether the person would like to meet others, and tell them about the group "
            "activities of the organisations nearby. If they feel very low, the MIELI Crisis "
            "Helpline answers in their language."
        ),
        referrals=("mieli-crisis-fi", "mieli-crisis-sv", "mieli-crisis-en"),
    ),
]
