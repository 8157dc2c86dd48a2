from django.utils.translation import gettext_lazy as _

from outreach.themes.fields import MultipleChoice

SCHEMA_VERSION = 1

FIELDS = [
    MultipleChoice(
        "game_type",
        _("Type of gambling"),
        [
            ("online_casino", _("Online casino")),
            ("slot_machines", _("Slot machines")),
            ("sports_betting", _("Sports betting")),
            ("lotteries", _("Lotteries")),
            ("other", _("Other")),
        ],
    ),
]
