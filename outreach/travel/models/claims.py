"""Travel claims. Payee data (name, IBAN, e-mail) and receipts sit in their own tables that only
finance may read, and are purged after payment; the cost record left behind is anonymous."""

import os
import secrets

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ..pricing import euro

REFERENCE_ALPHABET = "346789ACDEFHJKMNPRTUVWXY"


def new_reference():
    return "MT-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))


class ReceiptStorage(FileSystemStorage):
    """Receipts are never under MEDIA_ROOT and have no URL: only the permission-checked finance
    view reads them. The folder is read from settings on use, so tests can move it."""

    @property
    def base_location(self):
        return settings.TRAVEL_RECEIPTS_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Receipts have no public URL; finance opens them through the admin.")


def receipt_storage():
    return ReceiptStorage()


class ClaimKind(models.TextChoices):
    RESIDENT = "resident", _("Resident's travel support")
    MILEAGE = "mileage", _("Worker's mileage")


class TravelMode(models.TextChoices):
    PUBLIC = "public", _("Public transport")
    CAR = "car", _("Own car")


class ClaimStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Waiting for a decision")
    RETURNED = "returned", _("Returned for correction")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", pgettext_lazy("claim decision", "Rejected")
    PAID = "paid", _("Paid")


class Claim(models.Model):
    reference = models.CharField(
        _("reference"), max_length=12, unique=True, default=new_reference, editable=False
    )
    kind = models.CharField(_("type"), max_length=10, choices=ClaimKind.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=ClaimStatus.choices, default=ClaimStatus.SUBMITTED
    )
    travel_date = models.DateField(_("travel date"))
    municipality = models.ForeignKey(
        "places.Municipality",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("municipality"),
        help_text=_("Where a resident's trip started; where a worker's first venue is."),
    )
    start_postcode = models.CharField(
        _("postcode where the trip started"), max_length=5, blank=True
    )
    mode = models.CharField(_("mode"), max_length=10, choices=TravelMode.choices)
    trips = models.PositiveSmallIntegerField(_("one-way trips"), default=2)
    passengers = models.PositiveSmallIntegerField(_("passengers"), default=0)
    distance_estimate_km = models.DecimalField(
        _("estimated distance (km)"), max_digits=7, decimal_places=1
    )
    distance_km = models.DecimalField(
        _("claimed distance (km)"), max_digits=7, decimal_places=1, null=True, blank=True
    )
    distance_reason = models.TextField(_("why the distance differs"), blank=True)
    receipt_amount = models.DecimalField(
        _("ticket cost (€)"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    amount = models.DecimalField(_("amount payable (€)"), max_digits=8, decimal_places=2)
    pricing = models.JSONField(_("rules applied"), default=dict)
    visit_code = models.OneToOneField(
        "travel.VisitCode",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="claim",
        verbose_name=_("visit code"),
    )
    sessions = models.ManyToManyField(
        "encounters.PopupSession", blank=True, related_name="+", verbose_name=_("pop-up sessions")
    )
    base_municipality = models.ForeignKey(
        "places.Municipality",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("base"),
    )
    claimant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="travel_claims",
        verbose_name=_("worker"),
    )
    language = models.CharField(_("language"), max_length=5, default="fi")
    decision_reason = models.TextField(_("reason given to the claimant"), blank=True)
    idempotency_token = models.CharField(max_length=64, unique=True, editable=False)
    payee_key = models.CharField(max_length=64, db_index=True, editable=False)
    batch = models.ForeignKey(
        "travel.PaymentBatch",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="claims",
        verbose_name=_("payment batch"),
    )
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    paid_at = models.DateTimeField(_("paid at"), null=True, blank=True)
    paid_on = models.DateField(
        _("payment date"),
        null=True,
        blank=True,
        help_text=_("The day the bank or payroll paid the claim, as finance entered it."),
    )

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("travel claim")
        verbose_name_plural = _("travel claims")
        permissions = [("export_claims", _("Can export approved claims for payment"))]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(amount__gte=0), name="claim_amount_not_negative"
            )
        ]

    def __str__(self):
        return self.reference

    @property
    def priced_km(self):
        """The kilometres the claim is priced with: the claimant's own figure, else the estimate."""
        return self.distance_km if self.distance_km is not None else self.distance_estimate_km

    def get_status_display(self):
        """The status as the claimant and finance read it; a paid claim says when ("Paid
        3.12.2026"). Defined here, Django does not put its own get_status_display in place."""
        label = ClaimStatus(self.status).label
        if self.status == ClaimStatus.PAID and self.paid_on:
            return _("Paid %(date)s") % {"date": date_format(self.paid_on, "SHORT_DATE_FORMAT")}
        return label


class PaymentChannel(models.TextChoices):
    """How a batch is paid: residents by SEPA credit transfer, workers' mileage with the pay."""

    SEPA = "sepa", _("SEPA credit transfer")
    PAYROLL = "payroll", _("Payroll")


#: Which claims each channel pays.
CHANNEL_KIND = {PaymentChannel.SEPA: ClaimKind.RESIDENT, PaymentChannel.PAYROLL: ClaimKind.MILEAGE}


class Payee(models.Model):
    """Who is paid. Its own table so that only finance's permission reads it and the purge can
    remove it whole."""

    claim = models.OneToOneField(Claim, on_delete=models.CASCADE, related_name="payee")
    name = models.CharField(_("payee name"), max_length=70)
    iban = models.CharField(_("IBAN"), max_length=34)
    bic = models.CharField(_("BIC"), max_length=11, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    class Meta:
        verbose_name = _("payee")
        verbose_name_plural = _("payees")

    def __str__(self):
        return self.name


class Receipt(models.Model):
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="receipts")
    file = models.FileField(_("file"), storage=receipt_storage, upload_to="%Y/%m/")
    content_type = models.CharField(max_length=50)
    size = models.PositiveIntegerField()

    class Meta:
        verbose_name = _("receipt")
        verbose_name_plural = _("receipts")

    def __str__(self):
        return self.file.name


class ClaimEvent(models.Model):
    """Audit trail: every change of a claim's status, who made it, when and why."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)
    from_status = models.CharField(max_length=10, choices=ClaimStatus.choices, blank=True)
    to_status = models.CharField(max_length=10, choices=ClaimStatus.choices)
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("claim event")
        verbose_name_plural = _("claim events")

    def __str__(self):
        return f"{self.claim_id}: {self.from_status or '-'} → {self.to_status}"


class PaymentBatch(models.Model):
    """Approved claims exported together: the CSV and the pain.001 file are built from exactly
    this set, and marking the batch paid marks exactly these claims."""

    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    message_id = models.CharField(max_length=35, unique=True)
    channel = models.CharField(
        _("paid by"), max_length=10, choices=PaymentChannel.choices, default=PaymentChannel.SEPA
    )
    paid_at = models.DateTimeField(null=True, blank=True)
    paid_on = models.DateField(_("payment date"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("payment batch")
        verbose_name_plural = _("payment batches")

    def __str__(self):
        return self.message_id


class CostRecord(models.Model):
    """What a paid claim cost, with nothing that identifies anyone: outlives the purge."""

    kind = models.CharField(_("type"), max_length=10, choices=ClaimKind.choices)
    mode = models.CharField(_("mode"), max_length=10, choices=TravelMode.choices)
    municipality = models.ForeignKey(
        "places.Municipality", on_delete=models.PROTECT, related_name="+"
    )
    month = models.DateField(_("month"), help_text=_("First day of the travel month."))
    amount = models.DecimalField(_("amount (€)"), max_digits=8, decimal_places=2)

    class Meta:
        ordering = ["-month"]
        verbose_name = _("travel cost record")
        verbose_name_plural = _("travel cost records")

    def __str__(self):
        month = date_format(self.month, "YEAR_MONTH_FORMAT")
        return f"{month} {self.get_kind_display()} {euro(self.amount)}"


class CeilingAccount(models.Model):
    """One row per payee account and year, locked while a claim is priced against the annual
    ceiling, so two claims for the same new account cannot both take the whole ceiling."""

    payee_key = models.CharField(max_length=64)
    year = models.PositiveSmallIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["payee_key", "year"], name="travel_ceiling_once")
        ]

    def __str__(self):
        return f"{self.year} {self.payee_key[:8]}"
