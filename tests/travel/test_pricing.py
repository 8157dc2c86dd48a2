"""What the dated rules pay."""

from datetime import date
from decimal import Decimal

import pytest

from outreach.travel.models import MileageRate, TravelRules
from outreach.travel.models.rules import RuleNotFound
from outreach.travel.pricing import mileage, resident_support

pytestmark = pytest.mark.django_db


def support(**kwargs):
    rules = TravelRules.for_date(date(2026, 3, 1))
    defaults = {"one_way_km": Decimal("40"), "trips": 2, "mode": "public"}
    return resident_support(rules, **{**defaults, **kwargs})


def test_self_liability_is_per_one_way_trip():
    assert support(ticket_cost=Decimal("80")).payable == Decimal("30.00")
    assert support(ticket_cost=Decimal("80"), trips=1).payable == Decimal("55.00")


def test_annual_ceiling_limits_what_is_left_this_year():
    estimate = support(ticket_cost=Decimal("150"), paid_so_far=Decimal("280"))
    assert (estimate.payable, estimate.capped) == (Decimal("20.00"), True)


def test_trip_below_the_minimum_distance_gets_nothing():
    TravelRules.objects.filter(year=2026).update(minimum_distance_km=Decimal("50"))
    estimate = support(ticket_cost=Decimal("150"))
    assert (estimate.payable, estimate.below_minimum) == (Decimal("0.00"), True)


@pytest.mark.parametrize(
    "day, passengers, expected",
    [
        (date(2025, 12, 31), 0, Decimal("59.00")),
        (date(2026, 1, 1), 0, Decimal("55.00")),
        (date(2026, 6, 1), 2, Decimal("63.00")),
        (date(2024, 5, 1), 1, Decimal("61.00")),
    ],
)
def test_mileage_uses_the_rate_of_the_travel_date(day, passengers, expected):
    rate = MileageRate.for_date(day)
    assert mileage(rate, km=Decimal("100"), passengers=passengers) == expected


def test_no_rate_before_the_table_starts():
    with pytest.raises(RuleNotFound):
        MileageRate.for_date(date(2023, 12, 31))
