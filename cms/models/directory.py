from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField

from outreach.encounters.models import Language
from outreach.language import in_reader_language
from outreach.places.models import Municipality
from outreach.themes.registry import all_themes

from .base import PublicPage
from .theme import theme_choices


class ServiceForm(WagtailAdminModelForm):
    """Themes and languages are JSON lists in the database and tick boxes for the editor."""

    themes = forms.MultipleChoiceField(
        label=_("themes"),
        choices=theme_choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Leave empty when the service helps with every theme."),
    )
    languages = forms.MultipleChoiceField(
        label=_("languages served"),
        choices=Language.choices,
        widget=forms.CheckboxSelectMultiple,
    )


class Service(models.Model):
    """An organisation's service in the region's "wellbeing tray", kept by editors."""

    organisation = models.CharField(_("organisation"), max_length=200)
    # Official names differ by language (MIELI Psykisk Hälsa Finland rf, Östra Nylands
    # välfärdsområde); empty shows the Finnish one.
    organisation_sv = models.CharField(_("organisation in Swedish"), max_length=200, blank=True)
    organisation_en = models.CharField(_("organisation in English"), max_length=200, blank=True)
    name_fi = models.CharField(_("name in Finnish"), max_length=200)
    name_sv = models.CharField(_("name in Swedish"), max_length=200)
    name_en = models.CharField(_("name in English"), max_length=200)
    description_fi = RichTextField(_("description in Finnish"), features=["bold", "link"])
    description_sv = RichTextField(_("description in Swedish"), features=["bold", "link"])
    description_en = RichTextField(_("description in English"), features=["bold", "link"])
    themes = models.JSONField(_("themes"), default=list, blank=True)
    languages = models.JSONField(_("languages served"), default=list)
    municipalities = models.ManyToManyField(
        Municipality,
        blank=True,
        verbose_name=_("municipalities"),
        help_text=_("Leave empty when the whole county is served."),
    )
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    web_address = models.URLField(_("web address"), blank=True)

    base_form_class = ServiceForm
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("organisation_sv"),
                FieldPanel("organisation_en"),
            ],
            _("organisation"),
        ),
        MultiFieldPanel(
            [FieldPanel("name_fi"), FieldPanel("name_sv"), FieldPanel("name_en")], _("Name")
        ),
        FieldPanel("description_fi"),
        FieldPanel("description_sv"),
        FieldPanel("description_en"),
        FieldPanel("themes"),
        FieldPanel("languages"),
        FieldPanel("municipalities", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("web_address")]),
    ]

    class Meta:
        ordering = ["organisation", "name_fi"]
        verbose_name = _("service")
        verbose_name_plural = _("services")

    def __str__(self):
        return f"{self.organisation}: {self.name}"

    def _localised(self, field, finnish=None):
        return in_reader_language(self, field, finnish)

    @property
    def organisation_name(self):
        return self._localised("organisation", finnish="organisation")

    @property
    def name(self):
        return self._localised("name")

    @property
    def description(self):
        return self._localised("description")

    @property
    def theme_names(self):
        names = {theme.slug: theme.theme.name for theme in all_themes()}
        return [names[slug] for slug in self.themes if slug in names]

    @property
    def language_names(self):
        labels = dict(Language.choices)
        return [labels[code] for code in self.languages if code in labels]


class ServiceDirectoryPage(PublicPage):
    """Organisations and their services, filtered by theme, municipality and language."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = PublicPage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("service directory")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        municipalities = list(Municipality.objects.in_name_order())
        theme = request.GET.get("theme", "")
        municipality = request.GET.get("municipality", "")
        language = request.GET.get("language", "")
        services = Service.objects.prefetch_related("municipalities")
        if municipality in {m.code for m in municipalities}:
            services = services.filter(
                models.Q(municipalities__code=municipality) | models.Q(municipalities=None)
            ).distinct()
        else:
            municipality = ""
        # JSON lists: filtered in Python so SQLite and PostgreSQL behave alike.
        if theme not in {t.slug for t in all_themes()}:
            theme = ""
        if language not in Language.values:
            language = ""
        context.update(
            services=[
                s
                for s in services
                if (not theme or not s.themes or theme in s.themes)
                and (not language or language in s.languages)
            ],
            municipalities=municipalities,
            themes=all_themes(),
            languages=Language.choices,
            chosen={"theme": theme, "municipality": municipality, "language": language},
        )
        return context
