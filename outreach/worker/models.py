"""What the sync endpoint keeps besides the records themselves: an append-only audit log of every
ingest, and the conflicting versions of records that nobody may silently drop."""

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _


class RecordType(models.TextChoices):
    SESSION = "session", _("Pop-up session")
    ENCOUNTER = "encounter", _("Encounter")
    CORRECTION = "correction", _("Correction")
    VISIT_CODE = "visit_code", _("Visit code handed out")


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise TypeError("The ingest log is append-only.")

    def delete(self):
        raise TypeError("The ingest log is append-only.")


class IngestLog(models.Model):
    """One row per record the sync endpoint received, whatever became of it. Never changed."""

    class Result(models.TextChoices):
        STORED = "stored", _("Stored")
        UPDATED = "updated", _("Updated")
        DUPLICATE = "duplicate", _("Already stored (retry)")
        CONFLICT = "conflict", _("Conflict kept for review")
        REJECTED = "rejected", _("Rejected")

    record_type = models.CharField(
        _("record type"), max_length=20, choices=RecordType.choices, blank=True
    )
    record_uuid = models.UUIDField(_("record identifier"), null=True, blank=True, db_index=True)
    worker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("worker"),
    )
    received_at = models.DateTimeField(_("received at"), db_index=True)
    result = models.CharField(_("result"), max_length=20, choices=Result.choices)
    message = models.CharField(_("message"), max_length=500, blank=True)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        ordering = ["-id"]
        verbose_name = _("ingest log entry")
        verbose_name_plural = _("ingest log")

    def __str__(self):
        return f"{self.received_at:%Y-%m-%d %H:%M} {self.record_uuid} {self.result}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise TypeError("The ingest log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise TypeError("The ingest log is append-only.")


class SyncConflict(models.Model):
    """A record that arrived under a known identifier with different content. The stored record
    is left as it was; this copy waits for a coordinator to decide."""

    class Resolution(models.TextChoices):
        KEPT = "kept", _("Kept the stored record")
        RECEIVED = "received", _("Used the received content")

    record_type = models.CharField(_("record type"), max_length=20, choices=RecordType.choices)
    record_uuid = models.UUIDField(_("record identifier"))
    worker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("worker"),
    )
    received_at = models.DateTimeField(_("received at"))
    content_hash = models.CharField(_("content hash"), max_length=64)
    payload = models.JSONField(_("content received"), encoder=DjangoJSONEncoder)
    reason = models.CharField(_("reason"), max_length=500)
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("resolved by"),
    )
    resolution = models.CharField(
        _("resolution"), max_length=20, choices=Resolution.choices, blank=True
    )

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("sync conflict")
        verbose_name_plural = _("sync conflicts")
        constraints = [
            # A retried conflicting record is one conflict, not one per retry.
            models.UniqueConstraint(
                fields=["record_uuid", "content_hash"], name="unique_conflict_per_content"
            )
        ]

    def __str__(self):
        return f"{self.record_type} {self.record_uuid}"
