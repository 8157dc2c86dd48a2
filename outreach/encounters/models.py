"""Pop-up sessions and the anonymous encounters logged in them.

An encounter never holds a name, birth date, address, phone number, e-mail or personal identity
code, nor an IP address or device fingerprint; its time is stored to the quarter hour.
"""

import uuid
from datetime import timedelta

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _

QUARTER_HOUR_MINUTES = 15


def to_quarter_hour(moment):
    """Round a datetime down to the quarter hour: the only precision an encounter keeps."""
    return moment.replace(
        minute=moment.minute - moment.minute % QUARTER_HOUR_MINUTES, second=0, microsecond=0
    )


class Language(models.TextChoices):
    FI = "fi", _("Finnish")
    SV = "sv", _("Swedish")
    EN = "en", _("English")
    OTHER = "other", _("Other language")


class PopupSession(models.Model):
    """A worker's pop-up point at a venue: planned ahead (for the public calendar) or started on
    the spot. Created on the device while offline, so its key is a client-generated UUID."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")
        CANCELLED = "cancelled", _("Cancelled")

    uuid = models.UUIDField(_("identifier"), default=uuid.uuid4, unique=True, editable=False)
    venue = models.ForeignKey(
        "places.Venue", on_delete=models.PROTECT, related_name="sessions", verbose_name=_("venue")
    )
    worker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="popup_sessions",
        verbose_name=_("worker"),
    )
    themes = models.JSONField(_("themes on offer"), default=list, help_text=_("Theme slugs."))
    languages = models.JSONField(_("languages spoken"), default=list)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PLANNED
    )
    passers_by = models.PositiveIntegerField(
        _("passers-by reached"),
        null=True,
        blank=True,
        help_text=_("Optional count, given at the end."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("pop-up session")
        verbose_name_plural = _("pop-up sessions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="popup_session_ends_after_start",
            )
        ]

    def __str__(self):
        return f"{self.venue} {self.starts_at:%d.%m.%Y %H.%M}"

    @property
    def duration(self):
        return self.ends_at - self.starts_at

    def default_end(self, hours=3):
        return self.starts_at + timedelta(hours=hours)


class EncounterQuerySet(models.QuerySet):
    def reportable(self):
        """Encounters that count in reports and statistics (withdrawn ones do not)."""
        return self.filter(deleted_at__isnull=True)


class Encounter(models.Model):
    """One anonymous encounter. ``uuid`` is generated on the device and makes sync idempotent."""

    class AgeBand(models.TextChoices):
        UNDER_18 = "under18", _("Under 18")
        FROM_18_TO_29 = "18-29", _("18–29")
        FROM_30_TO_64 = "30-64", _("30–64")
        OVER_64 = "65+", _("65 or over")

    class ConcernAbout(models.TextChoices):
        SELF = "self", _("The person themself")
        PARTNER = "partner", _("A partner")
        PARENT = "parent", _("A parent")
        CHILD = "child", _("A child")
        OTHER = "other", _("Someone else close to them")

    class ContactType(models.TextChoices):
        INFORMATION = "information", _("Advice / information")
        CONVERSATION = "conversation", _("Conversation")
        GUIDANCE = "guidance", _("Guidance to a service")
        ACUTE_CRISIS = "crisis", _("Acute crisis")

    class Duration(models.TextChoices):
        UNDER_5 = "under5", _("Under 5 minutes")
        FROM_5_TO_15 = "5-15", _("5–15 minutes")
        FROM_15_TO_30 = "15-30", _("15–30 minutes")
        OVER_30 = "over30", _("Over 30 minutes")

    uuid = models.UUIDField(_("identifier"), unique=True, editable=False)
    session = models.ForeignKey(
        PopupSession,
        on_delete=models.PROTECT,
        related_name="encounters",
        verbose_name=_("pop-up session"),
    )
    worker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="encounters",
        verbose_name=_("worker"),
    )
    occurred_at = models.DateTimeField(_("time (to the quarter hour)"))
    themes = models.JSONField(_("themes"), default=list)
    age_band = models.CharField(_("age band"), max_length=10, choices=AgeBand.choices)
    concern_about = models.CharField(
        _("concern is about"),
        max_length=10,
        choices=ConcernAbout.choices,
        default=ConcernAbout.SELF,
    )
    contact_type = models.CharField(
        _("contact type"),
        max_length=20,
        choices=ContactType.choices,
        default=ContactType.CONVERSATION,
    )
    language = models.CharField(
        _("language"), max_length=10, choices=Language.choices, default=Language.FI
    )
    guided_to = models.CharField(_("guided to"), max_length=100, blank=True)
    duration = models.CharField(_("duration"), max_length=10, choices=Duration.choices, blank=True)
    answers = models.JSONField(
        _("theme answers"),
        default=dict,
        help_text=_("Per theme slug: the schema version and the cleaned answers."),
    )
    received_at = models.DateTimeField(_("received (to the quarter hour)"))
    version = models.PositiveIntegerField(
        _("version"), default=1, help_text=_("Goes up by one with every correction.")
    )
    content_hash = models.CharField(
        _("content hash"),
        max_length=64,
        blank=True,
        editable=False,
        help_text=_("SHA-256 of the content as first received; tells a retry from a conflict."),
    )
    deleted_at = models.DateTimeField(
        _("withdrawn at"),
        null=True,
        blank=True,
        help_text=_("Set when the worker deletes the encounter; it no longer counts anywhere."),
    )

    objects = EncounterQuerySet.as_manager()

    class Meta:
        ordering = ["-occurred_at"]
        verbose_name = _("encounter")
        verbose_name_plural = _("encounters")

    def __str__(self):
        return str(self.uuid)

    def save(self, *args, **kwargs):
        self.occurred_at = to_quarter_hour(self.occurred_at)
        self.received_at = to_quarter_hour(self.received_at)
        super().save(*args, **kwargs)


class EncounterVersion(models.Model):
    """A version of an encounter that a correction replaced, kept so nothing is silently lost.

    ``correction_uuid`` is the device's identifier of the correction, which makes a resent
    correction idempotent just as an encounter's ``uuid`` does.
    """

    encounter = models.ForeignKey(
        Encounter, on_delete=models.CASCADE, related_name="versions", verbose_name=_("encounter")
    )
    version = models.PositiveIntegerField(_("version"))
    content = models.JSONField(_("content"), encoder=DjangoJSONEncoder)
    correction_uuid = models.UUIDField(_("correction identifier"), unique=True, editable=False)
    replaced_at = models.DateTimeField(_("replaced (to the quarter hour)"))

    class Meta:
        ordering = ["encounter", "version"]
        verbose_name = _("encounter version")
        verbose_name_plural = _("encounter versions")
        constraints = [
            models.UniqueConstraint(
                fields=["encounter", "version"], name="unique_encounter_version"
            )
        ]

    def __str__(self):
        return f"{self.encounter_id} v{self.version}"
