"""Municipalities of the county and the venues where pop-up points are held.

Coordinates are plain latitude/longitude (WGS84); distances come from geopy. No GeoDjango.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from outreach.language import in_reader_language, reader_language

LATITUDE_VALIDATORS = [MinValueValidator(-90), MaxValueValidator(90)]
LONGITUDE_VALIDATORS = [MinValueValidator(-180), MaxValueValidator(180)]


class LocalisedNameMixin:
    """``name`` in the active language: Swedish or English when given, else Finnish."""

    @property
    def name(self):
        return in_reader_language(self, "name")

    def __str__(self):
        return self.name


class MunicipalityQuerySet(models.QuerySet):
    def in_name_order(self):
        """Alphabetical in the reader's language: a Swedish reader looks for Borgå under B."""
        return self.order_by("name_sv" if reader_language() == "sv" else "name_fi")


class Municipality(LocalisedNameMixin, models.Model):
    code = models.CharField(
        _("code"),
        max_length=3,
        unique=True,
        help_text=_("Statistics Finland municipality code, e.g. 638."),
    )
    name_fi = models.CharField(_("name in Finnish"), max_length=100)
    name_sv = models.CharField(_("name in Swedish"), max_length=100)
    population = models.PositiveIntegerField(_("population"))
    population_year = models.PositiveSmallIntegerField(_("population year"))
    latitude = models.FloatField(_("centre latitude"), validators=LATITUDE_VALIDATORS)
    longitude = models.FloatField(_("centre longitude"), validators=LONGITUDE_VALIDATORS)
    boundary = models.JSONField(_("boundary"), help_text=_("GeoJSON geometry, WGS84."))

    objects = MunicipalityQuerySet.as_manager()

    class Meta:
        ordering = ["name_fi"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    @property
    def name_en(self):
        return self.name_fi


class Venue(LocalisedNameMixin, index.Indexed, models.Model):
    class Kind(models.TextChoices):
        LIBRARY = "library", _("Library")
        SPORTS = "sports", _("Sports venue")
        OTHER = "other", _("Other")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        UNCERTAIN = "uncertain", _("Uncertain")
        INACTIVE = "inactive", _("Inactive")

    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="venues",
        verbose_name=_("municipality"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    name_fi = models.CharField(_("name in Finnish"), max_length=200)
    name_sv = models.CharField(_("name in Swedish"), max_length=200, blank=True)
    name_en = models.CharField(_("name in English"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    address_sv = models.CharField(
        _("address in Swedish"),
        max_length=300,
        blank=True,
        help_text=_("Only where the street has a Swedish name; else the address above is shown."),
    )
    latitude = models.FloatField(_("latitude"), validators=LATITUDE_VALIDATORS)
    longitude = models.FloatField(_("longitude"), validators=LONGITUDE_VALIDATORS)
    location_verified = models.BooleanField(
        _("location verified"),
        default=False,
        help_text=_("Off while the point is only the municipality centre or an unchecked geocode."),
    )
    accessibility_note = models.TextField(_("accessibility note"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE
    )
    notes = models.TextField(_("notes"), blank=True)
    source = models.CharField(_("source"), max_length=500, blank=True)
    geocoded_at = models.DateTimeField(_("geocoded at"), null=True, blank=True, editable=False)
    geocode_result = models.CharField(
        _("geocoder result"), max_length=500, blank=True, editable=False
    )

    class Meta:
        ordering = ["municipality__name_fi", "name_fi"]
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "name_fi"], name="unique_venue_name_per_municipality"
            ),
        ]

    @property
    def local_address(self):
        """The address in the active language: Swedish where the street has a Swedish name."""
        if reader_language() == "sv" and self.address_sv:
            return self.address_sv
        return self.address

    # Public site search (cms/venue_search.py). A venue has no locale: its words in every language
    # are indexed as written and as Finnish, Swedish and English stems, which a query's stems
    # match as prefixes ("Loviisassa" finds "Loviisan", "library" the stem "librari").
    search_fields = [
        index.SearchField("search_text"),
        index.FilterField("status"),
    ]

    def search_text(self):
        from cms.search_stems import stemmed

        text = self._words()
        return " ".join([text, *(stemmed(text, c) for c in ("finnish", "swedish", "english"))])

    def _words(self):
        words = [self.name_fi, self.name_sv, self.name_en, self.address, self.address_sv]
        words += [self.municipality.name_fi, self.municipality.name_sv]
        for language in ("fi", "sv", "en"):
            with translation.override(language):
                words.append(str(self.get_kind_display()))
        return " ".join(filter(None, words))

    def to_feature(self):
        """The venue as a GeoJSON feature, names in every language for the offline app."""
        return {
            "type": "Feature",
            "id": self.pk,
            "geometry": {"type": "Point", "coordinates": [self.longitude, self.latitude]},
            "properties": {
                "id": self.pk,
                "name": self.name,
                "names": {
                    "fi": self.name_fi,
                    "sv": self.name_sv or self.name_fi,
                    "en": self.name_en or self.name_fi,
                },
                "kind": self.kind,
                "kind_label": str(self.get_kind_display()),
                "municipality": self.municipality.code,
                "address": self.local_address,
                "addresses": {"fi": self.address, "sv": self.address_sv or self.address},
                "verified": self.location_verified,
                "status": self.status,
                "accessibility_note": self.accessibility_note,
            },
        }
