from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from outreach.themes.shared_blocks import ReferralListBlock


class TipsBlock(blocks.StructBlock):
    """A short list of small things a lonely reader could try this week."""

    heading = blocks.CharBlock(label=_("Heading"), default="")
    tips = blocks.ListBlock(blocks.CharBlock(label=_("Tip")), label=_("Tips"))

    class Meta:
        icon = "list-ul"
        label = _("Tips against loneliness")
        template = "tuuli_loneliness/blocks/tips.html"


BLOCKS = [
    ("tips", TipsBlock()),
    ("referrals", ReferralListBlock(theme="loneliness")),
]
