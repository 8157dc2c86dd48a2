from django.utils.translation import gettext_lazy as _

from outreach.themes.shared_blocks import ReferralListBlock, SelfTestBlock

YES_NO = [(0, _("No")), (1, _("Yes"))]


class LieBetBlock(SelfTestBlock):
    """The Lie/Bet questionnaire: two yes/no questions; one "yes" suggests a closer look."""

    questions = [
        ("bet_more", _("Have you ever felt the need to bet more and more money?"), YES_NO),
        (
            "lie",
            _("Have you ever had to lie to people important to you about how much you gambled?"),
            YES_NO,
        ),
    ]
    max_score = 2

    def thresholds(self, value):
        return [("everyone", "", 1)]

    class Meta:
        label = _("Gambling self-test (Lie/Bet)")
        template = "gambling/blocks/lie_bet.html"


BLOCKS = [
    ("lie_bet", LieBetBlock(theme="gambling")),
    ("referrals", ReferralListBlock(theme="gambling")),
]
