from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from cms.calendar import for_display, upcoming_sessions

from .base import PublicPage
from .calendar import PopupCalendarPage
from .theme import ThemePage

NEXT_SESSIONS = 3


class HomePage(PublicPage):
    """The front page of one language tree: who we are, the themes, the next pop-up points and
    how to get help now."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)
    body = RichTextField(_("who we are"), blank=True)
    help_now = RichTextField(
        _("get help now"),
        blank=True,
        help_text=_("Shown beside the helplines: what to do in an emergency or a crisis."),
    )

    content_panels = PublicPage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("help_now"),
    ]
    search_fields = PublicPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["theme_pages"] = ThemePage.objects.child_of(self).live()
        context["calendar_page"] = PopupCalendarPage.objects.child_of(self).live().first()
        context["next_sessions"] = for_display(upcoming_sessions()[:NEXT_SESSIONS])
        return context
