from django.utils.translation import gettext_lazy as _

from outreach.themes.fields import MultipleChoice

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
