"""Finance's queue in the Wagtail admin: search, filter, open, decide; and the monthly cost
totals for the coordinator. Payment batches are in admin_batches."""

import re
from datetime import date
from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q, Sum
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_POST
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic.base import BaseListingView

from outreach.language import reader_language

from .admin_forms import ALL_STATUSES, ClaimFilterSet, DecisionForm
from .models import Claim, CostRecord, MileageRate, TravelRules
from .models.claims import ClaimKind, ClaimStatus
from .models.codes import normalise_code
from .pricing import euro, per_km
from .workflow import change_status

#: Labels of the pricing snapshot's own keys; the rest are fields of the rules and rates.
PRICING_LABELS = {
    "cost": gettext_lazy("Travel cost"),
    "self_liability": gettext_lazy("Copayment"),
    "capped": gettext_lazy("Limited by the maximum or the yearly ceiling"),
    "rate_valid_from": gettext_lazy("valid from"),
}


#: Snapshot keys shown as a rate per km or as euros; other numbers keep their own decimals.
PER_KM_KEYS = {"car_rate_per_km", "rate_per_km", "passenger_rate_per_km"}
EURO_KEYS = {"cost", "self_liability", "self_liability_per_trip", "annual_ceiling", "max_per_claim"}
#: The unit in a field's label, "(€)" or "(km)", moves to the value ("25,00 €").
UNIT_IN_LABEL = re.compile(r"\s*\((€|km)\)$")


def pricing_value(key, value):
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    try:
        if key == "rate_valid_from":
            return date_format(date.fromisoformat(value), "SHORT_DATE_FORMAT")
        number = Decimal(str(value))
    except (ValueError, TypeError, ArithmeticError):
        return value  # not a number: shown as stored
    if key in PER_KM_KEYS:
        return per_km(number)
    if key in EURO_KEYS:
        return euro(number)
    if key == "year":
        return value
    places = max(0, -number.as_tuple().exponent)
    formatted = number_format(number, places)
    return f"{formatted}\xa0km" if key.endswith("_km") else formatted


def pricing_rows(pricing):
    """The rules a claim was priced with, as (label, value) rows finance can read."""
    rows = []
    for key, value in pricing.items():
        label = PRICING_LABELS.get(key)
        for model in (TravelRules, MileageRate):
            if label is None and any(f.name == key for f in model._meta.fields):
                label = model._meta.get_field(key).verbose_name
        label = UNIT_IN_LABEL.sub("", str(label)) if label else key
        rows.append((label, pricing_value(key, value)))
    return rows


class SelectColumn(Column):
    """A checkbox for bulk approval, only on claims waiting for a decision."""

    cell_template_name = "travel/admin/select_cell.html"


class EuroColumn(Column):
    def get_value(self, instance):
        return euro(instance.amount)


@method_decorator(permission_required("travel.view_claim", raise_exception=True), "dispatch")
class ClaimQueueView(BaseListingView):
    """Finance's queue: search by reference, payee name or visit code; filters in Wagtail's
    drawer; waiting claims first by default."""

    template_name = "travel/admin/queue.html"
    page_title = gettext_lazy("Travel claims")
    header_icon = "tasks"
    index_url_name = "travel_claims"
    index_results_url_name = "travel_claims_results"
    filterset_class = ClaimFilterSet
    is_searchable = True
    paginate_by = 50
    verbose_name_plural = gettext_lazy("travel claims")
    columns = [
        SelectColumn("select", label=gettext_lazy("Select")),
        TitleColumn(
            "reference",
            label=gettext_lazy("Reference"),
            get_url=lambda claim: reverse("travel_claim", args=[claim.pk]),
        ),
        Column("kind", label=gettext_lazy("Type"), accessor="get_kind_display"),
        DateColumn("travel_date", label=gettext_lazy("Travel date")),
        Column("municipality", label=gettext_lazy("Municipality"), accessor="municipality.name"),
        EuroColumn("amount", label=gettext_lazy("Amount")),
        Column("status", label=gettext_lazy("Status"), accessor="get_status_display"),
    ]

    def get_base_queryset(self):
        return Claim.objects.select_related("municipality", "claimant")

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        data = kwargs["data"].copy()
        if "status" not in data:
            data["status"] = ALL_STATUSES if data.get("q") else ClaimStatus.SUBMITTED
        return {**kwargs, "data": data}

    def search_queryset(self, queryset):
        query = self.search_query.strip()
        if not query:
            return queryset
        match = Q(reference__icontains=query)
        if self.request.user.has_perm("travel.view_payee"):
            match |= Q(payee__name__icontains=query)
        if code := normalise_code(query):
            match |= Q(visit_code__code=code)
        return queryset.filter(match)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["payments_url"] = reverse("travel_batches")
        return context


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


@xframe_options_sameorigin
@permission_required("travel.view_payee", raise_exception=True)
def claim_receipt(request, pk, receipt_pk):
    """Receipts are served only here, never from public media; never sniffed, never cached."""
    claim = get_object_or_404(Claim, pk=pk)
    receipt = get_object_or_404(claim.receipts, pk=receipt_pk)
    is_image = receipt.content_type.startswith("image/")
    # A PDF is downloaded unless the claim page frames it beside the claim (?inline=1): the
    # browser's PDF viewer does not run in a sandboxed page. The stored PDF was checked to hold
    # no JavaScript, actions, forms or attachments (pdf_safety), so it is shown unsandboxed, and
    # only inside our own admin pages (frame-ancestors).
    inline_pdf = not is_image and request.GET.get("inline") == "1"
    response = FileResponse(
        receipt.file.open("rb"),
        content_type=receipt.content_type,
        as_attachment=not (is_image or inline_pdf),
        filename=f"{claim.reference}.{receipt.file.name.rsplit('.', 1)[-1]}",
    )
    response["Content-Security-Policy"] = (
        "default-src 'none'; object-src 'self'; frame-ancestors 'self'"
        if inline_pdf
        else "sandbox; default-src 'none'; img-src 'self'; frame-ancestors 'self'"
    )
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


@permission_required("travel.view_costrecord", raise_exception=True)
def cost_totals(request):
    """Paid travel costs per month, municipality and type: anonymous, outlives the purge."""
    rows = (
        CostRecord.objects.values("month", "municipality__name_fi", "municipality__name_sv", "kind")
        .annotate(total=Sum("amount"))
        .order_by("-month", "municipality__name_fi", "kind")
    )
    # Finance staff read the municipality in their own language (Lovisa, not Loviisa).
    name = "municipality__name_sv" if reader_language() == "sv" else "municipality__name_fi"
    rows = [
        {**row, "municipality": row[name], "kind_label": ClaimKind(row["kind"]).label}
        for row in rows
    ]
    rows.sort(key=lambda row: (-row["month"].toordinal(), row["municipality"], row["kind"]))
    return render(request, "travel/admin/totals.html", {"rows": rows})
