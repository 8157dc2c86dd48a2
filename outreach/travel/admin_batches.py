"""Payment batches: finance previews the approved claims a batch would take and leaves some out,
downloads its files, then marks it paid on the day the money went out. Residents are paid by SEPA
credit transfer; workers' mileage goes to payroll and never into the SEPA file."""

import secrets

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.db.models import Count, Sum
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from .admin_forms import BatchForm, MarkPaidForm
from .export import build_csv, build_pain001, build_payroll_csv
from .models import Claim, PaymentBatch
from .models.claims import CHANNEL_KIND, ClaimStatus, PaymentChannel
from .workflow import change_status

export_permission = permission_required("travel.export_claims", raise_exception=True)


def waiting_for(channel):
    """Approved claims not yet in a batch that this channel pays."""
    return Claim.objects.filter(
        status=ClaimStatus.APPROVED, batch__isnull=True, kind=CHANNEL_KIND[channel]
    ).select_related("municipality", "claimant")


def _channel(value):
    if value not in PaymentChannel.values:
        raise Http404
    return PaymentChannel(value)


@export_permission
def batch_list(request):
    channels = [
        {
            "channel": channel,
            "waiting": waiting_for(channel).aggregate(count=Count("pk"), total=Sum("amount")),
        }
        for channel in PaymentChannel
    ]
    batches = PaymentBatch.objects.annotate(count=Count("claims"), total=Sum("claims__amount"))
    context = {"channels": channels, "batches": batches[:30]}
    return render(request, "travel/admin/batches.html", context)


@export_permission
def create_batch(request, channel):
    """GET shows what the batch would hold, all chosen; POST makes it of the chosen ones only."""
    channel = _channel(channel)
    waiting = waiting_for(channel).order_by("travel_date", "pk")
    form = BatchForm(request.POST if request.method == "POST" else None, waiting=waiting)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            chosen = waiting.select_for_update().filter(
                pk__in=[claim.pk for claim in form.cleaned_data["claims"]]
            )
            batch = PaymentBatch.objects.create(
                created_by=request.user,
                channel=channel,
                message_id=f"TUULI-{timezone.now():%Y%m%d%H%M%S}-{secrets.token_hex(3).upper()}",
            )
            count = chosen.update(batch=batch)
        messages.success(
            request,
            _("Payment batch %(batch)s with %(count)s claims is ready to download.")
            % {"batch": batch.message_id, "count": count},
        )
        return redirect("travel_batches")
    chosen = {str(pk) for pk in form["claims"].value() or []}
    context = {
        "channel": channel,
        "form": form,
        "rows": [(claim, str(claim.pk) in chosen) for claim in waiting],
        "summary": waiting.aggregate(count=Count("pk"), total=Sum("amount")),
    }
    return render(
        request, "travel/admin/batch_new.html", context, status=400 if form.errors else 200
    )


@export_permission
def batch_file(request, pk, fmt):
    batch = get_object_or_404(PaymentBatch, pk=pk)
    if batch.channel == PaymentChannel.PAYROLL:
        if fmt != "csv":
            raise Http404  # payroll pays with the salary, never by SEPA
        content, content_type = build_payroll_csv(batch), "text/csv; charset=utf-8"
    elif fmt == "csv":
        content, content_type = build_csv(batch), "text/csv; charset=utf-8"
    else:
        try:
            content, content_type = build_pain001(batch), "application/xml"
        except ImproperlyConfigured:
            messages.error(
                request,
                _(
                    "The county's paying account is not configured "
                    "(TRAVEL_DEBTOR_IBAN, TRAVEL_DEBTOR_BIC)."
                ),
            )
            return redirect("travel_batches")
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{batch.message_id}.{fmt}"'
    response["Cache-Control"] = "private, no-store"
    return response


@export_permission
def batch_paid(request, pk):
    """Marking paid asks for the payment date and a confirmation; nothing changes without both."""
    batch = get_object_or_404(PaymentBatch, pk=pk)
    if batch.paid_at:
        messages.error(request, _("This batch is already marked paid."))
        return redirect("travel_batches")
    form = MarkPaidForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            batch = PaymentBatch.objects.select_for_update().get(pk=batch.pk)
            if batch.paid_at:  # someone else was quicker
                messages.error(request, _("This batch is already marked paid."))
                return redirect("travel_batches")
            paid_on = form.cleaned_data["paid_on"]
            for claim in batch.claims.filter(status=ClaimStatus.APPROVED):
                change_status(claim, ClaimStatus.PAID, request.user, paid_on=paid_on)
            batch.paid_at, batch.paid_on = timezone.now(), paid_on
            batch.save(update_fields=["paid_at", "paid_on"])
        messages.success(request, _("Batch %(batch)s marked paid.") % {"batch": batch.message_id})
        return redirect("travel_batches")
    context = {
        "batch": batch,
        "form": form,
        "claims": batch.claims.select_related("claimant").order_by("pk"),
        "summary": batch.claims.aggregate(count=Count("pk"), total=Sum("amount")),
    }
    return render(
        request, "travel/admin/batch_paid.html", context, status=400 if form.errors else 200
    )
