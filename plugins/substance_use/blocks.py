from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from outreach.themes.shared_blocks import ReferralListBlock, SelfTestBlock

NEVER = _("Never")


class AuditCBlock(SelfTestBlock):
    """AUDIT-C: the three alcohol questions of the WHO AUDIT, scored 0-12 in the browser.

    The risk limit differs by sex; the defaults follow Finnish practice and editors can change
    them per page.
    """

    threshold_women = blocks.IntegerBlock(
        label=_("Risk limit for women"), default=5, min_value=1, max_value=12
    )
    threshold_men = blocks.IntegerBlock(
        label=_("Risk limit for men"), default=6, min_value=1, max_value=12
    )

    questions = [
        (
            "frequency",
            _("How often do you have a drink containing alcohol?"),
            [
                (0, NEVER),
                (1, _("Monthly or less")),
                (2, _("2–4 times a month")),
                (3, _("2–3 times a week")),
                (4, _("4 or more times a week")),
            ],
        ),
        (
            "typical",
            _("How many drinks containing alcohol do you have on a typical day when drinking?"),
            [(0, "1–2"), (1, "3–4"), (2, "5–6"), (3, "7–9"), (4, _("10 or more"))],
        ),
        (
            "heavy",
            _("How often do you have six or more drinks on one occasion?"),
            [
                (0, NEVER),
                (1, _("Less than monthly")),
                (2, _("Monthly")),
                (3, _("Weekly")),
                (4, _("Daily or almost daily")),
            ],
        ),
    ]
    max_score = 12

    def thresholds(self, value):
        women, men = value["threshold_women"], value["threshold_men"]
        return [
            ("woman", _("Woman"), women),
            ("man", _("Man"), men),
            # Without an answer the lower, more careful limit applies.
            ("other", _("Other, or I would rather not say"), min(women, men)),
        ]

    class Meta:
        label = _("Alcohol self-test (AUDIT-C)")
        template = "substance_use/blocks/audit_c.html"


BLOCKS = [
    ("audit_c", AuditCBlock(theme="substance-use")),
    ("referrals", ReferralListBlock(theme="substance-use")),
]
