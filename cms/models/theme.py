from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from cms.blocks import content_blocks
from outreach.themes.blocks import ThemeStreamField
from outreach.themes.registry import all_themes, enabled_themes, get_theme

from .base import PublicPage


def theme_choices():
    return [(theme.slug, theme.theme.name) for theme in all_themes()]


class ThemePageForm(WagtailAdminPageForm):
    """Offers only the themes enabled in this deployment; a page of a theme disabled since keeps
    its own theme, so it can still be edited or unpublished."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        offered = {theme.slug for theme in enabled_themes()} | {self.instance.theme}
        field = self.fields["theme"]
        field.choices = [choice for choice in field.choices if choice[0] in offered]


class ThemePage(PublicPage):
    """One of the Four Winds: information, self-tests and where to get help, built from the
    theme's own blocks. A theme that asks for it gets a quick-exit control."""

    theme = models.CharField(_("theme"), max_length=40, choices=theme_choices)
    intro = models.CharField(_("introduction"), max_length=300, blank=True)
    body = ThemeStreamField(content_blocks(), verbose_name=_("body"), blank=True)

    content_panels = PublicPage.content_panels + [
        FieldPanel("theme"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = PublicPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.ContentPage"]
    base_form_class = ThemePageForm

    class Meta:
        verbose_name = _("theme page")

    @property
    def theme_info(self):
        config = get_theme(self.theme)
        return config.theme if config else None

    @property
    def quick_exit(self):
        return bool(self.theme_info and self.theme_info.quick_exit)
