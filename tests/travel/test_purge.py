"""Personal data disappears on schedule; the anonymous cost record stays."""

from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from django_q.models import Schedule

from outreach.travel.models import CeilingAccount, Claim, CostRecord, Payee, Receipt
from outreach.travel.pricing import paid_this_year
from outreach.travel.purge import (
    PURGE_FUNC,
    ensure_purge_schedule,
    months_before,
    purge_settled_claims,
)
from outreach.travel.workflow import change_status

pytestmark = pytest.mark.django_db


def test_migrate_leaves_one_daily_purge_schedule():
    ensure_purge_schedule()  # idempotent: a second migrate adds nothing
    schedule = Schedule.objects.get(func=PURGE_FUNC)
    assert schedule.schedule_type == Schedule.DAILY and schedule.repeats == -1


def test_paid_claims_are_purged_after_the_set_months(make_claim, settings):
    settings.TRAVEL_PURGE_MONTHS = 6
    old, recent = make_claim(amount="30.00"), make_claim(amount="12.00")
    receipt = Receipt(claim=old, content_type="image/jpeg", size=3)
    receipt.file.save("old.jpg", ContentFile(b"abc"))
    for claim in (old, recent):
        change_status(claim, "approved", actor=None)
        change_status(claim, "paid", actor=None)
    Claim.objects.filter(pk=old.pk).update(paid_at=timezone.now() - timedelta(days=190))

    assert purge_settled_claims() == 1
    assert list(Claim.objects.all()) == [recent]
    assert Payee.objects.count() == 1
    assert not receipt.file.storage.exists(receipt.file.name)
    assert sorted(CostRecord.objects.values_list("amount", flat=True)) == [12, 30]


def test_the_ceiling_row_of_a_purged_account_goes_with_its_last_claim(make_claim):
    gone, kept = make_claim(), make_claim()
    for claim in (gone, kept):  # priced as the request form does
        paid_this_year(claim.payee_key, claim.travel_date.year)
    change_status(gone, "rejected", actor=None, reason="Ei käyntiä.")
    gone.events.update(at=timezone.now() - timedelta(days=400))

    purge_settled_claims()

    assert not CeilingAccount.objects.filter(payee_key=gone.payee_key).exists()
    assert CeilingAccount.objects.filter(payee_key=kept.payee_key).exists()


def test_rejected_claims_are_purged_too(make_claim, settings):
    claim = make_claim()
    change_status(claim, "rejected", actor=None, reason="Ei käyntiä.")
    claim.events.update(at=timezone.now() - timedelta(days=400))
    purge_settled_claims()
    assert not Claim.objects.exists() and not CostRecord.objects.exists()


def test_months_before_clamps_to_the_month_end():
    moment = timezone.now().replace(year=2026, month=8, day=31)
    assert months_before(moment, 6).date().isoformat() == "2026-02-28"
    assert months_before(moment, 8).date().isoformat() == "2025-12-31"
