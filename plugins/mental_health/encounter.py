from django.utils.translation import gettext_lazy as _

from outreach.themes.fields import SingleChoice

SCHEMA_VERSION = 1

FIELDS = [
    SingleChoice(
        "topic",
        _("Topic"),
        [
            ("loneliness", _("Loneliness")),
            ("anxiety", _("Anxiety or low mood")),
            ("crisis", _("Crisis")),
            ("suicidal", _("Suicidal thoughts")),
            ("other", _("Other")),
        ],
    ),
]
