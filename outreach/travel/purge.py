"""Personal data of travel claims is removed a set number of months after payment (or after a
rejection). What stays is the anonymous CostRecord written when the claim was paid; the ceiling
rows that carried the payee's account key go with the account's last claim of that year."""

from datetime import date, datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, Max, OuterRef
from django.utils import timezone

from .models import Claim
from .models.claims import CeilingAccount, ClaimStatus

SCHEDULE_NAME = "travel: purge personal data of settled claims"
PURGE_FUNC = "outreach.travel.purge.purge_settled_claims"


def months_before(moment, months):
    """The same day-of-month ``months`` earlier (clamped to the month's end)."""
    year, month = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    month += 1
    next_month = date(year + month // 12, month % 12 + 1, 1)
    last_day = (next_month - date(year, month, 1)).days
    return moment.replace(year=year, month=month, day=min(moment.day, last_day))


def settled_claims(now=None):
    cutoff = months_before(now or timezone.now(), settings.TRAVEL_PURGE_MONTHS)
    paid = Claim.objects.filter(status=ClaimStatus.PAID, paid_at__lt=cutoff)
    rejected = (
        Claim.objects.filter(status=ClaimStatus.REJECTED)
        .annotate(decided_at=Max("events__at"))
        .filter(decided_at__lt=cutoff)
    )
    return list(paid) + list(rejected)


def purge_settled_claims():
    """Delete settled claims with their payee, receipts and audit trail; return how many."""
    purged = 0
    for claim in settled_claims():
        files = [receipt.file for receipt in claim.receipts.all()]
        with transaction.atomic():
            claim.delete()
        for file in files:
            file.delete(save=False)
        purged += 1
    _unused_ceiling_rows().delete()
    return purged


def _unused_ceiling_rows():
    """Rows no claim is priced against any more. One being priced now is not seen: it is made
    inside the claim's own transaction, which commits it with the claim."""
    claims = Claim.objects.filter(
        payee_key=OuterRef("payee_key"), travel_date__year=OuterRef("year")
    )
    return CeilingAccount.objects.exclude(Exists(claims))


def ensure_purge_schedule(**kwargs):
    """One daily schedule; created after migrate, so a fresh install purges without setup."""
    from django_q.models import Schedule

    first_run = timezone.make_aware(
        datetime.combine(timezone.localdate(), datetime.min.time()).replace(hour=3)
    )
    Schedule.objects.get_or_create(
        name=SCHEDULE_NAME,
        defaults={
            "func": PURGE_FUNC,
            "schedule_type": Schedule.DAILY,
            "repeats": -1,
            "next_run": first_run,
        },
    )
