"""Dated rules and rates. Every number that decides a payment lives in these tables, edited in the
Wagtail admin by finance, so a change of rate is data with a source, not a code change."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from ..pricing import per_km

ZERO = Decimal("0")


class RuleNotFound(LookupError):
    """No rule or rate covers the date: finance must add one before such claims can be priced."""


class PricedBy:
    """Rules or a rate as a claim was priced with them. A claim keeps ``as_snapshot()`` (text) so
    that later edits of the table never price it again differently; ``from_snapshot`` gives back
    an unsaved copy to price a corrected claim with."""

    SNAPSHOT_FIELDS = ()

    def as_snapshot(self):
        return {name: str(getattr(self, name)) for name in self.SNAPSHOT_FIELDS}

    @classmethod
    def from_snapshot(cls, snapshot):
        fields = {name: cls._meta.get_field(name) for name in cls.SNAPSHOT_FIELDS}
        return cls(**{name: field.to_python(snapshot[name]) for name, field in fields.items()})


class TravelRules(PricedBy, models.Model):
    """The rules of residents' travel support for one calendar year."""

    SNAPSHOT_FIELDS = (
        "year",
        "minimum_distance_km",
        "self_liability_per_trip",
        "annual_ceiling",
        "car_rate_per_km",
        "max_per_claim",
        "road_factor",
    )

    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    minimum_distance_km = models.DecimalField(
        _("minimum distance (km)"),
        max_digits=6,
        decimal_places=1,
        validators=[MinValueValidator(ZERO)],
        help_text=_("Trips shorter than this one way get no support."),
    )
    self_liability_per_trip = models.DecimalField(
        _("copayment per one-way trip (€)"),
        max_digits=7,
        decimal_places=2,
        validators=[MinValueValidator(ZERO)],
    )
    annual_ceiling = models.DecimalField(
        _("annual ceiling per person (€)"),
        max_digits=8,
        decimal_places=2,
        validators=[MinValueValidator(ZERO)],
        help_text=_("The most support one payee account receives in the year."),
    )
    car_rate_per_km = models.DecimalField(
        _("own car, rate per km (€)"),
        max_digits=5,
        decimal_places=3,
        validators=[MinValueValidator(ZERO)],
    )
    max_per_claim = models.DecimalField(
        _("maximum per claim (€)"),
        max_digits=8,
        decimal_places=2,
        validators=[MinValueValidator(ZERO)],
    )
    road_factor = models.DecimalField(
        _("road factor"),
        max_digits=4,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("1"))],
        help_text=_("Straight-line distance × this factor estimates the distance by road."),
    )
    source = models.TextField(_("source"), help_text=_("Decision or reference for these values."))

    class Meta:
        ordering = ["-year"]
        verbose_name = _("travel support rules")
        verbose_name_plural = _("travel support rules")

    def __str__(self):
        return str(self.year)

    @classmethod
    def for_date(cls, day):
        rules = cls.objects.filter(year=day.year).first()
        if rules is None:
            raise RuleNotFound(day)
        return rules


class MileageRate(PricedBy, models.Model):
    """Workers' tax-free own-car mileage allowance for a date range (the Tax Administration's
    yearly decision)."""

    SNAPSHOT_FIELDS = ("rate_per_km", "passenger_rate_per_km", "road_factor")

    valid_from = models.DateField(_("valid from"), unique=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    rate_per_km = models.DecimalField(
        _("rate per km (€)"), max_digits=5, decimal_places=3, validators=[MinValueValidator(ZERO)]
    )
    passenger_rate_per_km = models.DecimalField(
        _("extra per passenger per km (€)"),
        max_digits=5,
        decimal_places=3,
        validators=[MinValueValidator(ZERO)],
    )
    road_factor = models.DecimalField(
        _("road factor"),
        max_digits=4,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("1"))],
        help_text=_("Straight-line distance × this factor estimates the distance by road."),
    )
    source = models.TextField(_("source"))

    class Meta:
        ordering = ["-valid_from"]
        verbose_name = _("mileage rate")
        verbose_name_plural = _("mileage rates")

    def __str__(self):
        return f"{date_format(self.valid_from, 'SHORT_DATE_FORMAT')}: {per_km(self.rate_per_km)}"

    def clean(self):
        if self.valid_until and self.valid_until < self.valid_from:
            raise ValidationError({"valid_until": _("The end must not be before the start.")})

    @classmethod
    def for_date(cls, day):
        rate = (
            cls.objects.filter(valid_from__lte=day)
            .filter(models.Q(valid_until__isnull=True) | models.Q(valid_until__gte=day))
            .order_by("-valid_from")
            .first()
        )
        if rate is None:
            raise RuleNotFound(day)
        return rate

    def as_snapshot(self):
        # Also which decision the rate came from.
        return {**super().as_snapshot(), "rate_valid_from": self.valid_from.isoformat()}

    def per_km(self, passengers):
        return self.rate_per_km + self.passenger_rate_per_km * passengers
