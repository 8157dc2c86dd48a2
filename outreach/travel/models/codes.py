"""One-time visit codes: a worker hands one to a resident at a pop-up point. The code proves a
real visit to a venue on a day without linking the travel claim to any (anonymous) encounter."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

# No 0/O, 1/I/L, 5/S, 2/Z: the code is read aloud and typed on a phone.
CODE_ALPHABET = "346789ABCDEFGHJKMNPQRTUVWXY"
CODE_LENGTH = 8


def new_code():
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text):
    return "".join(ch for ch in (text or "").upper() if ch.isalnum())


def displayed(code):
    """The code as printed and typed: 7KDM-4XPA."""
    return f"{code[:4]}-{code[4:]}"


def code_in_link(text):
    """The code to fill in from an address, if it is shaped like one ("" if not). Whether it was
    ever issued is not looked up: that is checked, and throttled, when the form is sent."""
    code = normalise_code(text)
    well_formed = len(code) == CODE_LENGTH and set(code) <= set(CODE_ALPHABET)
    return displayed(code) if well_formed else ""


class VisitCode(models.Model):
    """Bound to a venue and a day when handed out. A code reserved to a worker's device for
    handing out offline has neither until the device syncs (outreach/travel/reservations.py)."""

    code = models.CharField(
        pgettext_lazy("visit code", "code"), max_length=CODE_LENGTH, unique=True, default=new_code
    )
    venue = models.ForeignKey(
        "places.Venue",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("venue"),
    )
    session = models.ForeignKey(
        "encounters.PopupSession",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("pop-up session"),
    )
    visit_date = models.DateField(_("visit date"), null=True, blank=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("issued by"),
    )
    issued_at = models.DateTimeField(_("issued at"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires at"))
    used_at = models.DateTimeField(_("used at"), null=True, blank=True)
    reserved_for = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reserved for"),
    )
    reserved_device = models.CharField(_("reserved to device"), max_length=64, blank=True)
    # The day only (midnight, Helsinki): a time of day would match the code, and the claim with
    # its payee, to an encounter logged in the same quarter hour.
    handed_out_at = models.DateTimeField(_("handed out on"), null=True, blank=True)

    class Meta:
        ordering = ["-issued_at"]
        verbose_name = _("visit code")
        verbose_name_plural = _("visit codes")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(venue__isnull=True, visit_date__isnull=True)
                | models.Q(venue__isnull=False, visit_date__isnull=False),
                name="visit_code_venue_and_date_together",
            )
        ]

    def __str__(self):
        return self.code

    def save(self, *args, **kwargs):
        if self.expires_at is None:
            self.expires_at = timezone.now() + timedelta(days=settings.TRAVEL_VISIT_CODE_DAYS)
        super().save(*args, **kwargs)

    @property
    def display(self):
        return displayed(self.code)

    @property
    def is_bound(self):
        """Whether the code belongs to a visit yet (a reserved code gets one at sync)."""
        return self.venue_id is not None

    @property
    def is_expired(self):
        return self.expires_at <= timezone.now()
