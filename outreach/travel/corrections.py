"""A claim that finance returned for correction is corrected by its claimant and goes back to the
queue: a new receipt or amount, another account, and a note for finance."""

from hmac import compare_digest

from django import forms
from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from outreach import ratelimits

from .forms import euro_field, km_field
from .models import MileageRate, Payee, TravelRules
from .models.claims import ClaimKind, ClaimStatus, TravelMode
from .notifications import notify_finance
from .payees import bic_for, clean_iban, payee_key
from .pricing import mileage, paid_this_year, resident_support
from .receipts import clean_receipt
from .submission import save_receipt
from .text import refuse_control_characters
from .throttle import iban_end_limit
from .workflow import change_status


class CorrectionForm(forms.Form):
    note = forms.CharField(
        label=_("What did you correct?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The finance team reads this with your claim."),
    )
    receipt = forms.FileField(
        label=_("New photo or PDF of the ticket or receipt (optional)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,application/pdf"}),
    )
    ticket_cost = euro_field(_("Corrected ticket cost (€) (optional)"))
    km = km_field(_("Corrected kilometres (optional)"))
    payee_name = forms.CharField(
        label=_("Account holder's name (only if it changes)"),
        required=False,
        max_length=70,
        validators=[refuse_control_characters],
    )
    iban = forms.CharField(
        label=_("Account number (IBAN) (only if it changes)"), required=False, max_length=42
    )
    # A resident's link may have been forwarded: changing where the money goes also needs what
    # only the claimant knows. The visit code slip is often gone weeks later, their own account
    # number is not.
    iban_end = forms.CharField(
        label=_("Last four characters of the account number you gave (if the account changes)"),
        required=False,
        max_length=10,
    )

    def __init__(self, *args, claim, **kwargs):
        super().__init__(*args, **kwargs)
        self.claim = claim
        # Offer only what this kind of claim has.
        if claim.mode != TravelMode.PUBLIC:
            del self.fields["ticket_cost"], self.fields["receipt"]
        if claim.mode != TravelMode.CAR:
            del self.fields["km"]
        if claim.kind != ClaimKind.RESIDENT:
            del self.fields["iban_end"]  # a worker is logged in

    def clean_receipt(self):
        upload = self.cleaned_data.get("receipt")
        return clean_receipt(upload, self.claim.visit_code) if upload else None

    def clean_iban(self):
        value = self.cleaned_data["iban"]
        return clean_iban(value) if value.strip() else None

    def clean(self):
        data = super().clean()
        changes_payee = data.get("iban") or data.get("payee_name", "").strip()
        if changes_payee and "iban_end" in self.fields:
            typed = "".join(data.get("iban_end", "").split()).upper()
            if wait := ratelimits.check(iban_end_limit(), self.claim.pk).retry_after:
                self.add_error("iban_end", ratelimits.wait_message(wait))
            elif not compare_digest(typed, self.claim.payee.iban[-4:]):
                ratelimits.hit(iban_end_limit(), self.claim.pk)
                self.add_error(
                    "iban_end",
                    _(
                        "To change the account holder or account, give the last four characters "
                        "of the account number you gave before."
                    ),
                )
        return data


def apply_correction(claim, form):
    """Update the claim, price it again with the rules it was priced with, back to the queue."""
    data = form.cleaned_data
    with transaction.atomic():
        payee = Payee.objects.select_for_update().get(claim=claim)
        before = (payee.name, payee.iban)
        if data.get("iban"):
            payee.iban, payee.bic = data["iban"].compact, bic_for(data["iban"])
            claim.payee_key = payee_key(data["iban"])
        if data.get("payee_name", "").strip():
            payee.name = data["payee_name"].strip()
        payee.save()
        if data.get("ticket_cost") is not None:
            claim.receipt_amount = data["ticket_cost"]
        if data.get("km") is not None:
            claim.distance_km = data["km"]
        claim.amount = _price_again(claim)
        claim.save()
        if data.get("receipt"):
            save_receipt(claim, data["receipt"])
        reason = "\n".join(filter(None, [data["note"], _payee_change(before, payee)]))
        change_status(claim, ClaimStatus.SUBMITTED, actor=None, reason=reason)
        transaction.on_commit(lambda: notify_finance(claim.pk), robust=True)


def masked_iban(iban):
    return "*" * (len(iban) - 4) + iban[-4:]


def _payee_change(before, payee):
    """For finance's audit trail: what the claimant changed in the payee, the IBAN masked."""
    name, iban = before
    with translation.override(settings.LANGUAGE_CODE):
        parts = []
        if payee.name != name:
            parts.append(
                gettext("Account holder: %(old)s → %(new)s") % {"old": name, "new": payee.name}
            )
        if payee.iban != iban:
            parts.append(
                gettext("Account: %(old)s → %(new)s")
                % {"old": masked_iban(iban), "new": masked_iban(payee.iban)}
            )
        return "; ".join(parts)


def _price_again(claim):
    """With the rules or the rate the claim was first priced with (kept on it), not today's."""
    if claim.kind == ClaimKind.MILEAGE:
        rate = MileageRate.from_snapshot(claim.pricing)
        return mileage(rate, km=claim.distance_km, passengers=claim.passengers)
    estimate = resident_support(
        TravelRules.from_snapshot(claim.pricing),
        one_way_km=claim.distance_estimate_km,
        trips=claim.trips,
        mode=claim.mode,
        ticket_cost=claim.receipt_amount,
        car_km=claim.distance_km,
        # A returned claim is not counted in what the person has had this year.
        paid_so_far=paid_this_year(claim.payee_key, claim.travel_date.year),
    )
    return estimate.payable
