"""Blocks any theme may put in its ``BLOCKS``: helplines, quick exit, safe browsing, self-tests."""

from uuid import uuid4

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from outreach.encounters.models import Language
from outreach.referrals.models import ReferralTarget, in_reader_language_order


def theme_referral_targets(slug):
    """Active referral targets of the theme ``slug``, the reader's language first, then those
    serving every theme (112)."""
    active = ReferralTarget.objects.filter(active=True).prefetch_related("municipalities")
    mine = [t for t in active if not t.themes or slug in t.themes]
    return sorted(in_reader_language_order(mine), key=lambda t: not t.themes)


class ReferralListBlock(blocks.StructBlock):
    """The active referral targets of one theme (and those serving every theme), from the admin."""

    heading = blocks.CharBlock(label=_("Heading"), required=False)

    def __init__(self, theme, local_blocks=None, **kwargs):
        self.theme_slug = theme
        super().__init__(local_blocks, **kwargs)

    class Meta:
        icon = "help"
        label = _("Where to get help")
        template = "themes/blocks/referral_list.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["targets"] = theme_referral_targets(self.theme_slug)
        context["language_names"] = dict(Language.choices)
        return context


class QuickExitBlock(blocks.StaticBlock):
    """A control that replaces the page and its history entry with a neutral site (or Esc)."""

    class Meta:
        icon = "logout"
        label = _("Quick exit")
        admin_text = _("Shows a button that leaves the site at once; the Esc key does the same.")
        template = "themes/blocks/quick_exit.html"


class SafeBrowsingBlock(blocks.StaticBlock):
    """Advice on visiting the site without leaving traces, for people at risk at home."""

    class Meta:
        icon = "warning"
        label = _("Browsing safely")
        admin_text = _("Advice on hiding visits to this site, in the reader's language.")
        template = "themes/blocks/safe_browsing.html"


class SelfTestBlock(blocks.StructBlock):
    """A self-test scored in the browser by ``themes/self-test.js``: nothing is sent or stored.

    Subclasses set ``questions``: ``[(key, question, [(score, answer), ...]), ...]`` and the
    thresholds (``thresholds()``) at or above which the result is "high".
    """

    intro = blocks.RichTextBlock(
        label=_("Introduction"), required=False, features=["bold", "italic", "link"]
    )
    help = blocks.RichTextBlock(
        label=_("Where to get help"),
        required=False,
        features=["bold", "italic", "link"],
        help_text=_("Shown with the result, above the theme's helplines."),
    )

    questions = []
    max_score = 0

    def __init__(self, theme, local_blocks=None, **kwargs):
        self.theme_slug = theme
        super().__init__(local_blocks, **kwargs)

    def thresholds(self, value):
        """[(key, label, threshold)]: one entry means no choice; several are asked first."""
        raise NotImplementedError

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        # Unique per rendering: a page may show the same test twice.
        context["test_id"] = f"self-test-{uuid4().hex[:8]}"
        context["questions"] = self.questions
        context["thresholds"] = self.thresholds(value)
        context["max_score"] = self.max_score
        # Only the theme's own lines: a risky score should lead to advice on the subject, and
        # 112 is on the page's own help list (the result once showed 112 alone, twice).
        context["referrals"] = [t for t in theme_referral_targets(self.theme_slug) if t.themes]
        context["language_names"] = dict(Language.choices)
        return context

    class Meta:
        icon = "tasks"
