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


def code_link(request, code):
    """The short address on a visit code's QR code and slip: the request form with it filled in."""
    return request.build_absolute_uri(reverse("travel:code-link", args=[code.code]))


class LinkExpired(Exception):
    """The address is genuine but older than TRAVEL_CLAIM_LINK_MAX_AGE."""


def reference_from(signed):
    """The reference in a signed status address, or None if it was tampered with.

    Every e-mail signs the address anew, so the lifetime counts from the latest message.
    """
    try:
        return signing.loads(signed, salt=STATUS_SALT, max_age=settings.TRAVEL_CLAIM_LINK_MAX_AGE)
    except signing.SignatureExpired as expired:
        raise LinkExpired from expired
    except signing.BadSignature:
        return None
