"""Status changes of a claim. Every change goes through :func:`change_status`, which enforces the
allowed moves and the four-eyes rule and writes the audit trail."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import ClaimEvent, CostRecord
from .models.claims import ClaimStatus as S

ALLOWED = {
    S.SUBMITTED: {S.APPROVED, S.REJECTED, S.RETURNED},
    S.RETURNED: {S.SUBMITTED, S.APPROVED, S.REJECTED},
    S.APPROVED: {S.PAID},
    S.REJECTED: set(),
    S.PAID: set(),
}
#: Decisions the claimant must be told the reason of.
REASON_REQUIRED = {S.REJECTED, S.RETURNED}
#: Decisions: the claimant hears about them by e-mail, and nobody makes them on their own claim.
NOTIFIED = {S.APPROVED, S.REJECTED, S.RETURNED}


def change_status(claim, to_status, actor, reason="", paid_on=None):
    """``paid_on`` is the day the money went out (moving to paid); today if not given."""
    reason = (reason or "").strip()
    if to_status not in ALLOWED[claim.status]:
        raise ValidationError(
            _("A claim that is “%(status)s” cannot be moved to “%(to)s”.")
            % {"status": claim.get_status_display(), "to": S(to_status).label},
            code="transition",
        )
    if to_status in NOTIFIED and actor is not None and claim.claimant_id == actor.pk:
        raise PermissionDenied(_("Nobody may decide on their own claim."))
    if to_status in REASON_REQUIRED and not reason:
        raise ValidationError(_("Give a reason: the claimant will see it."), code="reason")

    with transaction.atomic():
        previous = claim.status
        claim.status = to_status
        update = ["status"]
        if to_status in REASON_REQUIRED:
            claim.decision_reason = reason
            update.append("decision_reason")
        if to_status == S.PAID:
            claim.paid_at = timezone.now()
            claim.paid_on = paid_on or timezone.localdate()
            update += ["paid_at", "paid_on"]
            _record_cost(claim)
        claim.save(update_fields=update)
        ClaimEvent.objects.create(
            claim=claim, actor=actor, from_status=previous, to_status=to_status, reason=reason
        )
        if to_status in NOTIFIED:
            from .notifications import notify_claimant

            transaction.on_commit(lambda: notify_claimant(claim.pk), robust=True)


def _record_cost(claim):
    CostRecord.objects.create(
        kind=claim.kind,
        mode=claim.mode,
        municipality_id=claim.municipality_id,
        month=claim.travel_date.replace(day=1),
        amount=claim.amount,
    )
