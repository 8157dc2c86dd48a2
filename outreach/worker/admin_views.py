"""The coordinator's screens over the sync: conflicts to review, and the ingest log."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from .models import IngestLog, SyncConflict
from .review import CannotResolve, comparison, resolve, stored_record

PER_PAGE = 50


class ConflictFilterForm(forms.Form):
    state = forms.ChoiceField(
        label=gettext_lazy("Show"),
        choices=[
            ("unresolved", gettext_lazy("Unresolved")),
            ("resolved", gettext_lazy("Resolved")),
            ("all", gettext_lazy("All")),
        ],
        required=False,
    )

    def filter(self, queryset):
        state = self.cleaned_data.get("state") if self.is_valid() else "unresolved"
        if state == "all":
            return queryset
        return queryset.filter(resolved_at__isnull=(state != "resolved"))


class LogFilterForm(forms.Form):
    result = forms.ChoiceField(
        label=gettext_lazy("Result"),
        choices=[("", gettext_lazy("All results")), *IngestLog.Result.choices],
        required=False,
    )

    def filter(self, queryset):
        result = self.cleaned_data.get("result") if self.is_valid() else ""
        return queryset.filter(result=result) if result else queryset


def _page(request, queryset):
    return Paginator(queryset, PER_PAGE).get_page(request.GET.get("page"))


@permission_required("worker.view_syncconflict", raise_exception=True)
def conflict_list(request):
    filters = ConflictFilterForm(request.GET or {"state": "unresolved"})
    conflicts = filters.filter(
        SyncConflict.objects.select_related("worker").order_by("-received_at", "-pk")
    )
    context = {"filters": filters, "page": _page(request, conflicts)}
    return render(request, "worker/admin/conflicts.html", context)


@permission_required("worker.view_syncconflict", raise_exception=True)
def conflict_detail(request, pk):
    conflict = get_object_or_404(SyncConflict.objects.select_related("worker"), pk=pk)
    stored = stored_record(conflict)
    context = {
        "conflict": conflict,
        "stored": stored,
        "rows": comparison(conflict, stored),
        "Resolution": SyncConflict.Resolution,
    }
    return render(request, "worker/admin/conflict.html", context)


@require_POST
@permission_required("worker.change_syncconflict", raise_exception=True)
def conflict_resolve(request, pk):
    conflict = get_object_or_404(SyncConflict, pk=pk)
    resolution = request.POST.get("resolution")
    if resolution not in SyncConflict.Resolution.values:
        messages.error(
            request, _("Choose whether to keep the stored record or use the received one.")
        )
        return redirect("worker_conflict", pk=pk)
    try:
        resolve(conflict, request.user, resolution)
    except CannotResolve as error:
        messages.error(request, error.message)
        return redirect("worker_conflict", pk=pk)
    messages.success(request, SyncConflict.Resolution(resolution).label)
    return redirect("worker_conflicts")


@permission_required("worker.view_ingestlog", raise_exception=True)
def ingest_log(request):
    filters = LogFilterForm(request.GET)
    entries = filters.filter(IngestLog.objects.select_related("worker"))
    context = {"filters": filters, "page": _page(request, entries)}
    return render(request, "worker/admin/ingest_log.html", context)
