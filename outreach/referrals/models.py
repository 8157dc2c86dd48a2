"""Helplines and organisations a worker can guide a person to. Editable data, never code:
numbers change, so every entry carries the date it was last verified."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from outreach.language import in_reader_language, reader_language


class ReferralTarget(models.Model):
    class Kind(models.TextChoices):
        HELPLINE = "helpline", _("Helpline")
        ORGANISATION = "organisation", _("Organisation")
        SERVICE = "service", _("Public service")

    key = models.SlugField(
        _("key"), unique=True, help_text=_("Stable identifier stored with encounters.")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    name_fi = models.CharField(_("name in Finnish"), max_length=200)
    name_sv = models.CharField(_("name in Swedish"), max_length=200, blank=True)
    name_en = models.CharField(_("name in English"), max_length=200, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    languages = models.JSONField(_("languages served"), default=list, blank=True)
    web_address = models.URLField(_("web address"), blank=True)
    themes = models.JSONField(
        _("themes"), default=list, blank=True, help_text=_("Theme slugs; empty means every theme.")
    )
    municipalities = models.ManyToManyField(
        "places.Municipality",
        blank=True,
        verbose_name=_("municipalities served"),
        help_text=_("Leave empty when the whole county is served."),
    )
    verified_on = models.DateField(_("verified on"), null=True, blank=True)
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["name_fi"]
        verbose_name = _("referral target")
        verbose_name_plural = _("referral targets")

    def __str__(self):
        return self.name

    @property
    def name(self):
        return in_reader_language(self, "name")

    def to_json(self):
        """What the worker app caches; names in every language so it works offline."""
        return {
            "key": self.key,
            "kind": self.kind,
            "name": self.name,
            "names": {"fi": self.name_fi, "sv": self.name_sv, "en": self.name_en},
            "phone": self.phone,
            "hours": self.hours,
            "languages": self.languages,
            "web_address": self.web_address,
            "themes": self.themes,
            "municipalities": [m.code for m in self.municipalities.all()],
            "verified_on": self.verified_on.isoformat() if self.verified_on else None,
        }


def in_reader_language_order(targets, language=None):
    """The lines answering in the reader's language first, then by name in that language.

    A line serving several languages counts for each; one with no languages listed comes after,
    because nobody has checked what it answers in."""
    language = language or reader_language()
    return sorted(targets, key=lambda t: (language not in t.languages, t.name.casefold()))


# Facts from nollalinja.fi/om-nollinjen and mentalhealth.fi/where-to-go-in-an-emergency: the
# Finnish MIELI line and Nollinjen answer around the clock; the Swedish and English MIELI lines
# keep shorter, changing hours, so a reader of those languages is told who answers at night.
AROUND_THE_CLOCK = _(
    "If the line in your language does not answer, the MIELI Crisis Helpline in Finnish "
    "(09 2525 0111) answers around the clock. Nollinjen (080 005 005) answers around the "
    "clock in Finnish, Swedish and English if you have experienced violence in a close "
    "relationship."
)


def around_the_clock_note(targets, language=None):
    """The night-time note, for readers whose own MIELI line is among ``targets`` but is not
    open around the clock (every language but Finnish)."""
    language = language or reader_language()
    keys = {t.key for t in targets}
    return AROUND_THE_CLOCK if language != "fi" and f"mieli-crisis-{language}" in keys else ""


def referral_targets_json():
    targets = ReferralTarget.objects.filter(active=True).prefetch_related("municipalities")
    return [target.to_json() for target in targets]
