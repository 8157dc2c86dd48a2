from django.utils.translation import gettext_lazy as _

from outreach.themes.fields import MultipleChoice
from outreach.themes.guidance import GuidanceRule

SCHEMA_VERSION = 1

FIELDS = [
    MultipleChoice(
        "topic",
        _("Topics"),
        [
            ("loneliness", _("Loneliness")),
            ("anxiety", _("Anxiety or low mood")),
            ("crisis", _("Crisis")),
            ("suicidal_thoughts", _("Suicidal thoughts")),
            ("other", _("Other")),
        ],
    ),
]

CRISIS_LINES = ("mieli-crisis-fi", "mieli-crisis-sv", "mieli-crisis-en")

GUIDANCE = [
    GuidanceRule(
        id="mental-health-suicidal",
        field="topic",
        value="suicidal_thoughts",
        title=_("Suicidal thoughts: act now"),
        text=_(
            "Ask directly whether the person is thinking of ending their life; asking does not "
            "increase the risk. Stay with them and call the MIELI Crisis Helpline together, in "
            "the person's own language. If they are in immediate danger or have already harmed "
            "themselves, call 112."
        ),
        referrals=(*CRISIS_LINES, "emergency"),
        urgent=True,
    ),
    GuidanceRule(
        id="mental-health-crisis",
        field="topic",
        value="crisis",
        title=_("A life crisis"),
        text=_(
            "Listen first. The MIELI Crisis Helpline answers in Finnish, Swedish and English; "
            "offer to call it together or write the number down for later."
        ),
        referrals=CRISIS_LINES,
    ),
]
