"""Two claims for the same new account at the same moment share one annual ceiling (PostgreSQL:
SQLite runs one writer at a time, so the race cannot happen there)."""

import threading
from decimal import Decimal

import pytest
from django.db import connection

from outreach.travel import submission
from outreach.travel.forms import ResidentConfirmForm, ResidentDetailsForm
from outreach.travel.models import Claim, TravelRules, VisitCode

from .conftest import VALID_IBAN
from .helpers import details

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="row locks need PostgreSQL's concurrent writers"
    ),
]


def test_simultaneous_claims_for_one_new_account_stay_within_the_ceiling(
    visit_code, venue_in_loviisa, monkeypatch
):
    codes = [
        visit_code,
        VisitCode.objects.create(venue=venue_in_loviisa, visit_date=visit_code.visit_date),
    ]
    ceiling = TravelRules.for_date(visit_code.visit_date).annual_ceiling
    # Both claims wait here after reading what the account got so far: without the lock both read
    # 0 € and both take the whole ceiling. With it the second cannot read before the first commits,
    # so the first waits in vain and goes on alone.
    barrier = threading.Barrier(2, timeout=3)
    original = submission.estimate_for

    def estimate_after_both_checked(*args, **kwargs):
        try:
            barrier.wait()
        except threading.BrokenBarrierError:
            pass
        return original(*args, **kwargs)

    monkeypatch.setattr(submission, "estimate_for", estimate_after_both_checked)

    def claim(code, token):
        try:
            trip = ResidentDetailsForm(details(code, ticket_cost="400,00"))
            payee = ResidentConfirmForm(
                {"payee_name": "Maija", "iban": VALID_IBAN, "consent": "on"}, visit_code=code
            )
            assert trip.is_valid() and payee.is_valid(), (trip.errors, payee.errors)
            submission.create_resident_claim(trip, payee, token, "fi")
        finally:
            connection.close()

    threads = [threading.Thread(target=claim, args=(c, f"{i}" * 32)) for i, c in enumerate(codes)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    amounts = sorted(Claim.objects.values_list("amount", flat=True))
    assert amounts == [Decimal("0.00"), ceiling]
    assert Claim.objects.get(amount=0).pricing["capped"] is True
