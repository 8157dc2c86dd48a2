"""Text pages: generic content, FAQ, the accessibility statement, travel support, contact."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from cms.blocks import QuestionBlock, content_blocks

from .base import PublicPage


class ContentPage(PublicPage):
    """A generic page of headings, text and images."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)
    body = StreamField(content_blocks(), verbose_name=_("body"), blank=True)

    content_panels = PublicPage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = PublicPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("content page")


class FAQPage(PublicPage):
    intro = models.CharField(_("introduction"), max_length=300, blank=True)
    questions = StreamField(
        [("question", QuestionBlock())], verbose_name=_("questions"), blank=True
    )

    content_panels = PublicPage.content_panels + [FieldPanel("intro"), FieldPanel("questions")]
    search_fields = PublicPage.search_fields + [index.SearchField("questions")]
    parent_page_types = ["cms.HomePage", "cms.ContentPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("frequently asked questions")


class AccessibilityStatementPage(PublicPage):
    """The statement the Act on the Provision of Digital Services (306/2019) requires."""

    class Compliance(models.TextChoices):
        FULL = "full", _("Fully compliant")
        PARTIAL = "partial", _("Partially compliant")
        NONE = "none", _("Not compliant")

    compliance = models.CharField(
        _("compliance with WCAG 2.1 AA"), max_length=10, choices=Compliance.choices
    )
    prepared_on = models.DateField(_("statement prepared on"))
    reviewed_on = models.DateField(_("last reviewed on"))
    body = RichTextField(
        _("statement"), help_text=_("Content that is not accessible, and how it was assessed.")
    )
    feedback_email = models.EmailField(
        _("feedback e-mail"), help_text=_("Feedback is answered within 14 days.")
    )

    content_panels = PublicPage.content_panels + [
        FieldPanel("compliance"),
        MultiFieldPanel([FieldPanel("prepared_on"), FieldPanel("reviewed_on")], _("Dates")),
        FieldPanel("body"),
        FieldPanel("feedback_email"),
    ]
    parent_page_types = ["cms.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")


class TravelSupportPage(PublicPage):
    """Explains the travel support to the partnership house and links to the request form."""

    body = StreamField(content_blocks(), verbose_name=_("body"), blank=True)
    request_url = models.CharField(
        _("request form address"),
        max_length=300,
        blank=True,
        help_text=_("Leave empty to link to the site's own travel request form."),
    )

    content_panels = PublicPage.content_panels + [FieldPanel("body"), FieldPanel("request_url")]
    search_fields = PublicPage.search_fields + [index.SearchField("body")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("travel-support page")


class ContactPage(PublicPage):
    intro = RichTextField(_("introduction"), blank=True)
    contact = models.ForeignKey(
        "cms.ContactDetails",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("contact details"),
    )

    content_panels = PublicPage.content_panels + [FieldPanel("intro"), FieldPanel("contact")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")


class NewsIndexPage(PublicPage):
    intro = RichTextField(_("introduction"), blank=True)

    content_panels = PublicPage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.NewsArticlePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = NewsArticlePage.objects.child_of(self).live().order_by("-date", "-pk")
        return context


class NewsArticlePage(PublicPage):
    # Today in Helsinki unless the editor changes it: a new article needs no date typed.
    date = models.DateField(_("date"), default=timezone.localdate)
    intro = models.CharField(_("introduction"), max_length=300)
    body = StreamField(content_blocks(), verbose_name=_("body"), blank=True)

    content_panels = PublicPage.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = PublicPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["cms.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
