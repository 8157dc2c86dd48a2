"""The claimant's view of a claim, shared by residents and workers."""

from django.shortcuts import redirect, render

from ..corrections import CorrectionForm, apply_correction
from ..links import status_path
from ..models.claims import ClaimStatus


def claim_status_page(request, claim, template, extra=None):
    form = None
    if claim.status == ClaimStatus.RETURNED:
        form = CorrectionForm(request.POST or None, request.FILES or None, claim=claim)
        if request.method == "POST" and form.is_valid():
            apply_correction(claim, form)
            return redirect(status_path(claim))
    elif request.method == "POST":
        return redirect(status_path(claim))
    status = 400 if form is not None and form.errors else 200
    return render(request, template, {"claim": claim, "form": form, **(extra or {})}, status=status)
