"""Finance's queue in the Wagtail admin: filter, open, decide, export, mark paid; and the monthly
cost totals for the coordinator."""

import secrets

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ImproperlyConfigured, PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Sum
from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .admin_forms import ClaimFilterForm, DecisionForm
from .export import build_csv, build_pain001
from .models import Claim, CostRecord, MileageRate, PaymentBatch, TravelRules
from .models.claims import ClaimKind, ClaimStatus
from .workflow import change_status

QUEUE_LIMIT = 200
#: Labels of the pricing snapshot's own keys; the rest are fields of the rules and rates.
PRICING_LABELS = {
    "cost": gettext_lazy("Travel cost"),
    "self_liability": gettext_lazy("Copayment"),
    "capped": gettext_lazy("Limited by the maximum or the yearly ceiling"),
    "rate_valid_from": gettext_lazy("valid from"),
}


def pricing_rows(pricing):
    """The rules a claim was priced with, as (label, value) rows finance can read."""
    rows = []
    for key, value in pricing.items():
        label = PRICING_LABELS.get(key)
        for model in (TravelRules, MileageRate):
            if label is None and any(f.name == key for f in model._meta.fields):
                label = model._meta.get_field(key).verbose_name
        if isinstance(value, bool):
            value = _("yes") if value else _("no")
        rows.append((label or key, value))
    return rows


@permission_required("travel.view_claim", raise_exception=True)
def claim_queue(request):
    filters = ClaimFilterForm(request.GET or {"status": ClaimStatus.SUBMITTED})
    claims = filters.filter(Claim.objects.select_related("municipality", "claimant"))
    context = {
        "filters": filters,
        "claims": claims[:QUEUE_LIMIT],
        "total": claims.count(),
        "limit": QUEUE_LIMIT,
        "approved_unbatched": Claim.objects.filter(
            status=ClaimStatus.APPROVED, batch__isnull=True
        ).count(),
        "batches": PaymentBatch.objects.annotate(
            count=Count("claims"), total=Sum("claims__amount")
        )[:20],
    }
    return render(request, "travel/admin/queue.html", context)


@permission_required("travel.view_claim", raise_exception=True)
def claim_detail(request, pk):
    claim = get_object_or_404(Claim.objects.select_related("municipality", "claimant"), pk=pk)
    form = DecisionForm(request.POST or None)
    if request.method == "POST":
        if not request.user.has_perm("travel.change_claim"):
            raise PermissionDenied
        if form.is_valid():
            try:
                change_status(
                    claim, form.cleaned_data["to_status"], request.user, form.cleaned_data["reason"]
                )
            except (ValidationError, PermissionDenied) as error:
                form.add_error(None, error.messages if hasattr(error, "messages") else str(error))
            else:
                messages.success(
                    request,
                    _("Claim %(reference)s: %(status)s.")
                    % {"reference": claim.reference, "status": claim.get_status_display()},
                )
                return redirect("travel_claim", pk=claim.pk)
    context = {
        "claim": claim,
        "form": form,
        "payee": getattr(claim, "payee", None)
        if request.user.has_perm("travel.view_payee")
        else None,
        "receipts": claim.receipts.all() if request.user.has_perm("travel.view_payee") else [],
        "events": claim.events.select_related("actor"),
        "sessions": claim.sessions.select_related("venue"),
        "own_claim": claim.claimant_id == request.user.pk,
        "pricing": pricing_rows(claim.pricing),
    }
    return render(request, "travel/admin/claim.html", context, status=400 if form.errors else 200)


@permission_required("travel.view_payee", raise_exception=True)
def claim_receipt(request, pk, receipt_pk):
    """Receipts are served only here, never from public media; sandboxed, never sniffed."""
    claim = get_object_or_404(Claim, pk=pk)
    receipt = get_object_or_404(claim.receipts, pk=receipt_pk)
    # Images open in the browser; a PDF is downloaded, as a sandboxed page can't run the viewer.
    response = FileResponse(
        receipt.file.open("rb"),
        content_type=receipt.content_type,
        as_attachment=not receipt.content_type.startswith("image/"),
        filename=f"{claim.reference}.{receipt.file.name.rsplit('.', 1)[-1]}",
    )
    response["Content-Security-Policy"] = "sandbox; default-src 'none'; img-src 'self'"
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
@permission_required("travel.change_claim", raise_exception=True)
def bulk_approve(request):
    # Only claims waiting for a decision: a returned one waits for its claimant first.
    chosen = [value for value in request.POST.getlist("claim") if value.isdigit()]
    claims = Claim.objects.filter(pk__in=chosen, status=ClaimStatus.SUBMITTED)
    approved, refused = [], []
    for claim in claims:
        try:
            change_status(claim, ClaimStatus.APPROVED, request.user)
        except (ValidationError, PermissionDenied):
            refused.append(claim.reference)
        else:
            approved.append(claim.reference)
    if approved:
        messages.success(request, _("Approved: %(list)s") % {"list": ", ".join(approved)})
    if refused:
        messages.error(
            request,
            _("Not approved, because they are your own: %(list)s") % {"list": ", ".join(refused)},
        )
    return redirect("travel_claims")


@require_POST
@permission_required("travel.export_claims", raise_exception=True)
def create_batch(request):
    """Put every approved, not yet exported claim into a new payment batch."""
    with transaction.atomic():
        claims = Claim.objects.select_for_update().filter(
            status=ClaimStatus.APPROVED, batch__isnull=True
        )
        if not claims.exists():
            messages.error(request, _("There are no approved claims to export."))
            return redirect("travel_claims")
        batch = PaymentBatch.objects.create(
            created_by=request.user,
            message_id=f"TUULI-{timezone.now():%Y%m%d%H%M%S}-{secrets.token_hex(3).upper()}",
        )
        count = claims.update(batch=batch)
    messages.success(
        request,
        _("Payment batch %(batch)s with %(count)s claims is ready to download.")
        % {"batch": batch.message_id, "count": count},
    )
    return redirect("travel_claims")


@permission_required("travel.export_claims", raise_exception=True)
def batch_file(request, pk, fmt):
    batch = get_object_or_404(PaymentBatch, pk=pk)
    if fmt == "csv":
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
            return redirect("travel_claims")
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{batch.message_id}.{fmt}"'
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
@permission_required("travel.export_claims", raise_exception=True)
def batch_paid(request, pk):
    with transaction.atomic():
        batch = get_object_or_404(PaymentBatch.objects.select_for_update(), pk=pk)
        if batch.paid_at:
            messages.error(request, _("This batch is already marked paid."))
            return redirect("travel_claims")
        for claim in batch.claims.filter(status=ClaimStatus.APPROVED):
            change_status(claim, ClaimStatus.PAID, request.user)
        batch.paid_at = timezone.now()
        batch.save(update_fields=["paid_at"])
    messages.success(request, _("Batch %(batch)s marked paid.") % {"batch": batch.message_id})
    return redirect("travel_claims")


@permission_required("travel.view_costrecord", raise_exception=True)
def cost_totals(request):
    """Paid travel costs per month, municipality and type: anonymous, outlives the purge."""
    rows = (
        CostRecord.objects.values("month", "municipality__name_fi", "municipality__name_sv", "kind")
        .annotate(total=Sum("amount"))
        .order_by("-month", "municipality__name_fi", "kind")
    )
    # Finance staff read the municipality in their own language (Lovisa, not Loviisa).
    name = "municipality__name_sv" if get_language()[:2] == "sv" else "municipality__name_fi"
    rows = [
        {**row, "municipality": row[name], "kind_label": ClaimKind(row["kind"]).label}
        for row in rows
    ]
    rows.sort(key=lambda row: (-row["month"].toordinal(), row["municipality"], row["kind"]))
    return render(request, "travel/admin/totals.html", {"rows": rows})
