"""Reusable pieces editors keep once per language: contact details and the footer."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, TranslatableMixin


class OpeningHoursBlock(blocks.StructBlock):
    days = blocks.CharBlock(label=_("days"), help_text=_("For example: Saturdays"))
    hours = blocks.CharBlock(label=_("hours"), help_text=_("For example: 10–14"))

    class Meta:
        icon = "time"
        label = _("Walk-in hours")


class ContactDetails(TranslatableMixin, models.Model):
    """How to reach the partnership house: phone, chat, remote appointment and walk-in hours."""

    name = models.CharField(_("name"), max_length=200)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    phone_hours = models.CharField(_("phone hours"), max_length=200, blank=True)
    chat_url = models.URLField(_("chat link"), blank=True)
    remote_appointment_url = models.URLField(_("remote appointment link"), blank=True)
    address = models.CharField(_("walk-in address"), max_length=300, blank=True)
    walk_in_hours = StreamField(
        [("hours", OpeningHoursBlock())],
        verbose_name=_("walk-in hours"),
        blank=True,
        help_text=_("Include the evening and weekend hours."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("phone"),
        FieldPanel("phone_hours"),
        FieldPanel("chat_url"),
        FieldPanel("remote_appointment_url"),
        FieldPanel("address"),
        FieldPanel("walk_in_hours"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact details")
        verbose_name_plural = _("contact details")

    def __str__(self):
        return self.name


class Footer(TranslatableMixin, models.Model):
    """The footer text of one language."""

    text = RichTextField(_("text"), features=["bold", "link"])

    panels = [FieldPanel("text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return str(_("Footer (%(language)s)") % {"language": self.locale.get_display_name()})

    @classmethod
    def for_locale(cls, locale_id):
        """The footer of the language, or the default language's when it has none yet."""
        footer = cls.objects.filter(locale_id=locale_id).first()
        return footer or cls.objects.filter(locale=Locale.get_default()).first()
