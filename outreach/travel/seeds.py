"""Default rules and rates with their sources. Finance edits them in the Wagtail admin; these only
give a fresh install something true to start from (see docs/travel.md)."""

from datetime import date
from decimal import Decimal

ROAD_FACTOR = Decimal("1.30")
ROAD_FACTOR_SOURCE = (
    "Road factor 1.30: an assumption, not a measured value; claimants correct the distance "
    "with a reason."
)
RESIDENT_SOURCE = (
    "County's own discretionary support; Kela's health-care travel rules as the reference "
    "(docs/travel.md): self-liability 25 € per one-way trip and 300 € a year (Kela's annual "
    "self-liability ceiling, used here as the most support per person a year). Own car 0.20 €/km "
    "is Kela's own-car rate for health-care travel: verify before use. Maximum per claim = the "
    "annual ceiling and no minimum distance until the county decides otherwise. "
) + ROAD_FACTOR_SOURCE
MILEAGE_SOURCE = (
    "Tax Administration's decision on tax-free travel allowances for {year}, as cited by "
    "accounting sources: {rate} €/km for own car, +0.04 €/km per passenger. "
) + ROAD_FACTOR_SOURCE

MILEAGE_RATES = [
    (date(2024, 1, 1), date(2024, 12, 31), "0.57"),
    (date(2025, 1, 1), date(2025, 12, 31), "0.59"),
    (date(2026, 1, 1), None, "0.55"),
]


def seed_rules_and_rates(TravelRules, MileageRate):  # noqa: N803 - model classes
    """Add the default rows that are missing; never overwrite what finance has edited."""
    for year in (2025, 2026):
        TravelRules.objects.get_or_create(
            year=year,
            defaults={
                "minimum_distance_km": Decimal("0"),
                "self_liability_per_trip": Decimal("25.00"),
                "annual_ceiling": Decimal("300.00"),
                "car_rate_per_km": Decimal("0.20"),
                "max_per_claim": Decimal("300.00"),
                "road_factor": ROAD_FACTOR,
                "source": RESIDENT_SOURCE,
            },
        )
    for valid_from, valid_until, rate in MILEAGE_RATES:
        MileageRate.objects.get_or_create(
            valid_from=valid_from,
            defaults={
                "valid_until": valid_until,
                "rate_per_km": Decimal(rate),
                "passenger_rate_per_km": Decimal("0.04"),
                "road_factor": ROAD_FACTOR,
                "source": MILEAGE_SOURCE.format(year=valid_from.year, rate=rate),
            },
        )
