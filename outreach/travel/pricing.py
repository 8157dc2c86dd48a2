"""What the rules pay. Pure functions of the dated rules, so the confirmation page, the saved
claim and the tests agree."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Sum
from django.utils.formats import number_format

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def money(value):
    return Decimal(value).quantize(CENT, ROUND_HALF_UP)


def euro(value):
    """An amount as every page and e-mail shows it, in every language: "1 234,50 €". Grouped here
    only (USE_THOUSAND_SEPARATOR stays off, or years and ids would be grouped too), with
    non-breaking spaces so neither a group nor the sign wraps to the next line."""
    if value is None or value == "":
        return ""
    return f"{number_format(money(value), 2, force_grouping=True)}\xa0€"


def per_km(value):
    """A rate per kilometre: "0,20 €/km", three decimals only where the rate has them (0,575)."""
    value = Decimal(value)
    places = 2 if value == value.quantize(CENT) else 3
    return f"{number_format(value, places)}\xa0€/km"


@dataclass(frozen=True)
class Estimate:
    cost: Decimal  # what the trip cost the claimant (ticket, or km × rate)
    self_liability: Decimal
    payable: Decimal
    below_minimum: bool
    capped: bool


def resident_support(
    rules, *, one_way_km, trips, mode, ticket_cost=None, car_km=None, paid_so_far=ZERO
):
    """Support for a resident's trip: cost minus self-liability per one-way trip, at most the
    per-claim maximum and what is left of the person's annual ceiling."""
    from .models.claims import TravelMode

    if mode == TravelMode.CAR:
        cost = money(Decimal(car_km or 0) * rules.car_rate_per_km)
    else:
        cost = money(ticket_cost or 0)
    self_liability = money(rules.self_liability_per_trip * trips)
    below_minimum = one_way_km < rules.minimum_distance_km
    payable = ZERO if below_minimum else max(ZERO, cost - self_liability)
    limit = max(ZERO, min(rules.max_per_claim, rules.annual_ceiling - paid_so_far))
    capped = payable > limit
    return Estimate(cost, self_liability, money(min(payable, limit)), below_minimum, capped)


def estimated_car_km(one_way_km, trips):
    """The kilometres a car trip is estimated at before the resident types their own."""
    return one_way_km * trips


def resident_preview(rules, *, one_way_km, trips, mode, ticket_cost=None, car_km=None):
    """What the rules would pay before the resident has typed everything: the same
    ``resident_support`` that prices the claim, with the estimated distance there and back for a
    car when no kilometres are typed yet. None for public transport without a ticket cost: the
    fare is the resident's to tell."""
    from .models.claims import TravelMode

    if mode == TravelMode.CAR and car_km is None:
        car_km = estimated_car_km(one_way_km, trips)
    if mode == TravelMode.PUBLIC and ticket_cost is None:
        return None
    return resident_support(
        rules, one_way_km=one_way_km, trips=trips, mode=mode, ticket_cost=ticket_cost, car_km=car_km
    )


def paid_this_year(payee_key, year):
    """Support already granted (waiting, approved or paid) to the same payee account this year.

    Call it inside the transaction that saves the claim: it locks the account's ceiling row until
    then, so a simultaneous claim for the same account waits and sees this one's amount.
    """
    from .models.claims import CeilingAccount, Claim, ClaimKind, ClaimStatus

    CeilingAccount.objects.get_or_create(payee_key=payee_key, year=year)
    CeilingAccount.objects.select_for_update().get(payee_key=payee_key, year=year)
    granted = Claim.objects.filter(
        kind=ClaimKind.RESIDENT,
        payee_key=payee_key,
        travel_date__year=year,
        status__in=[ClaimStatus.SUBMITTED, ClaimStatus.APPROVED, ClaimStatus.PAID],
    ).aggregate(total=Sum("amount"))["total"]
    return granted or ZERO


def mileage(rate, *, km, passengers):
    return money(Decimal(km) * rate.per_km(passengers))
