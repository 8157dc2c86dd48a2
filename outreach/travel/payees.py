"""Payee accounts: IBAN validation with schwifty and a keyed fingerprint of the account, so the
annual ceiling can count one person's claims without reading their payee rows."""

from django.core.exceptions import ValidationError
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException


def clean_iban(value):
    """The IBAN in compact form, or a ValidationError the claimant understands."""
    try:
        iban = IBAN(value or "")
    except SchwiftyException as error:
        raise ValidationError(
            _("Check the account number: it is not a valid IBAN (e.g. FI21 1234 5600 0007 85)."),
            code="invalid_iban",
        ) from error
    if not iban.in_sepa_zone:
        raise ValidationError(
            _("Payments go only to accounts in the SEPA area."), code="iban_outside_sepa"
        )
    return iban


def bic_for(iban):
    bic = iban.bic
    return str(bic) if bic else ""


def payee_key(iban):
    return salted_hmac("tuuli.travel.payee", str(iban.compact), algorithm="sha256").hexdigest()
