"""Where a claimant sees their claim. A resident has no account, so their page is at a signed,
unguessable address (given after submitting and in every decision e-mail)."""

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

from .models.claims import ClaimKind

STATUS_SALT = "outreach.travel.status"


def status_path(claim):
    with translation.override(claim.language):
        if claim.kind == ClaimKind.MILEAGE:
            return reverse("travel:mileage-done", kwargs={"reference": claim.reference})
        signed = signing.dumps(claim.reference, salt=STATUS_SALT)
        return reverse("travel:request-done", kwargs={"signed": signed})


def status_url(claim):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + status_path(claim)


def reference_from(signed):
    """The reference in a signed status address, or None if it was tampered with."""
    try:
        return signing.loads(signed, salt=STATUS_SALT)
    except signing.BadSignature:
        return None
