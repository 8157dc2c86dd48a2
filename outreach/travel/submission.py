"""Saving claims: all or nothing, once per idempotency token.

The public request carries its first step to the second as a signed value, so no server-side
state is needed between the steps and a tampered step cannot be smuggled in.
"""

import secrets
import uuid

from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .distance import round_trip_km
from .forms import ResidentDetailsForm
from .models import Claim, ClaimEvent, Payee, Receipt, VisitCode
from .models.claims import ClaimKind, ClaimStatus, TravelMode
from .notifications import notify_finance
from .payees import bic_for, payee_key
from .pricing import mileage, paid_this_year, resident_support

STATE_SALT = "outreach.travel.request"
STATE_MAX_AGE = 24 * 60 * 60


def dump_details(form):
    data = form.cleaned_data
    return signing.dumps(
        {
            "visit_code": data["visit_code"].code,
            "municipality": data["municipality"].pk,
            "mode": data["mode"],
            "trips": data["trips"],
            "ticket_cost": str(data["ticket_cost"] or ""),
            "car_km": str(data["car_km"] or ""),
            "distance_reason": data["distance_reason"],
            "token": secrets.token_hex(16),
        },
        salt=STATE_SALT,
        compress=True,
    )


def load_details(state):
    """The step-one form rebuilt (unvalidated) and the idempotency token, or BadSignature."""
    data = signing.loads(state, salt=STATE_SALT, max_age=STATE_MAX_AGE)
    token = data.pop("token")
    return ResidentDetailsForm(data), token


def existing_claim(token):
    return Claim.objects.filter(idempotency_token=token).first()


def estimate_for(details, paid_so_far=None):
    data = details.cleaned_data
    extra = {} if paid_so_far is None else {"paid_so_far": paid_so_far}
    return resident_support(
        details.rules,
        one_way_km=details.one_way_km,
        trips=data["trips"],
        mode=data["mode"],
        ticket_cost=data["ticket_cost"],
        car_km=data["car_km"],
        **extra,
    )


def create_resident_claim(details, confirm, token, language):
    """Save the claim, its payee and receipt and use up the visit code; or save nothing.

    Returns ``(claim, created)``: a repeated submit of the same form returns the first claim.
    """
    data, payee = details.cleaned_data, confirm.cleaned_data
    with transaction.atomic():
        code = VisitCode.objects.select_for_update().get(pk=data["visit_code"].pk)
        if claim := existing_claim(token):
            return claim, False
        if code.used_at is not None:
            raise ValidationError(_("This visit code has already been used."), code="used")
        key = payee_key(payee["iban"])
        estimate = estimate_for(details, paid_this_year(key, data["travel_date"].year))
        claim = Claim.objects.create(
            kind=ClaimKind.RESIDENT,
            travel_date=data["travel_date"],
            municipality=data["municipality"],
            mode=data["mode"],
            trips=data["trips"],
            distance_estimate_km=details.one_way_km,
            distance_km=data["car_km"],
            distance_reason=data["distance_reason"],
            receipt_amount=data["ticket_cost"],
            amount=estimate.payable,
            pricing={
                **details.rules.as_snapshot(),
                "cost": str(estimate.cost),
                "self_liability": str(estimate.self_liability),
                "capped": estimate.capped,
            },
            visit_code=code,
            language=language,
            idempotency_token=token,
            payee_key=key,
        )
        _save_payee(claim, payee, email=payee.get("email", ""))
        code.used_at = timezone.now()
        code.save(update_fields=["used_at"])
        _start_trail(claim, actor=None)
        if payee.get("receipt"):
            save_receipt(claim, payee["receipt"])
    return claim, True


def create_mileage_claim(form, worker, token, language):
    data = form.cleaned_data
    sessions = list(data["sessions"].select_related("venue__municipality").order_by("starts_at"))
    estimate_km = round_trip_km(data["base"], [s.venue for s in sessions], form.rate.road_factor)
    km = data["distance_km"] if data["distance_km"] is not None else estimate_km
    with transaction.atomic():
        if claim := existing_claim(token):
            return claim, False
        claim = Claim.objects.create(
            kind=ClaimKind.MILEAGE,
            travel_date=data["travel_date"],
            municipality=sessions[0].venue.municipality,
            base_municipality=data["base"],
            mode=TravelMode.CAR,
            trips=1,
            passengers=data["passengers"],
            distance_estimate_km=estimate_km,
            distance_km=km,
            distance_reason=data["distance_reason"],
            amount=mileage(form.rate, km=km, passengers=data["passengers"]),
            pricing=form.rate.as_snapshot(),
            claimant=worker,
            language=language,
            idempotency_token=token,
            payee_key=payee_key(data["iban"]),
        )
        claim.sessions.set(sessions)
        _save_payee(claim, data, email=worker.email)
        _start_trail(claim, actor=worker)
    return claim, True


def _save_payee(claim, data, email):
    Payee.objects.create(
        claim=claim,
        name=data["payee_name"].strip(),
        iban=data["iban"].compact,
        bic=bic_for(data["iban"]),
        email=email,
    )


def _start_trail(claim, actor):
    ClaimEvent.objects.create(claim=claim, actor=actor, to_status=ClaimStatus.SUBMITTED)
    transaction.on_commit(lambda: notify_finance(claim.pk), robust=True)


def save_receipt(claim, clean):
    """The last write of the transaction; the file goes if the transaction does not commit."""
    receipt = Receipt(claim=claim, content_type=clean.content_type, size=len(clean.content))
    receipt.file.save(
        f"{uuid.uuid4().hex}.{clean.extension}", ContentFile(clean.content), save=False
    )
    try:
        receipt.save()
    except Exception:
        receipt.file.delete(save=False)
        raise
