from django.utils.translation import gettext_lazy as _

from outreach.themes.fields import MultipleChoice, YesNo
from outreach.themes.guidance import GuidanceRule

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
    YesNo("money_problems", _("Gambling has caused money problems")),
]

GUIDANCE = [
    GuidanceRule(
        id="gambling-money-problems",
        field="money_problems",
        value=True,
        title=_("Money problems from gambling"),
        text=_(
            "Tell the person about Peluuri, the helpline for gamblers and the people close to "
            "them. Debts are easier to deal with early: encourage them to seek financial and debt "
            "advice before taking new loans."
        ),
        referrals=("peluuri",),
    ),
    GuidanceRule(
        id="gambling-online-casino",
        field="game_type",
        value="online_casino",
        title=_("Online gambling"),
        text=_(
            "Online gambling sites are open around the clock, which makes it easy to lose "
            "control. Suggest the Lie/Bet self-test on the gambling page and tell the person "
            "about Peluuri."
        ),
        referrals=("peluuri",),
    ),
]
