"""Worker pages: hand out a visit code at a pop-up point; claim mileage for a trip."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.decorators import login_required, permission_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods

from outreach.encounters.models import PopupSession

from ..forms import MileageForm, VisitCodeForm
from ..links import code_link
from ..models import Claim, VisitCode
from ..models.claims import ClaimStatus
from ..qr import qr_svg
from ..submission import create_mileage_claim, existing_claim
from .status import claim_status_page

#: How far back a worker can claim mileage for a session.
MILEAGE_DAYS_BACK = 90


def _own_sessions(user, since):
    return (
        PopupSession.objects.filter(worker=user, starts_at__date__gte=since)
        .exclude(status=PopupSession.Status.CANCELLED)
        .select_related("venue")
        .order_by("-starts_at")
    )


@login_required
@permission_required("travel.add_visitcode", raise_exception=True)
def issue_visit_code(request):
    today = timezone.localdate()
    sessions = _own_sessions(request.user, today - timedelta(days=1)).filter(
        starts_at__date__lte=today
    )
    form = VisitCodeForm(request.POST or None, sessions=sessions)
    slip = {}
    if request.method == "POST" and form.is_valid():
        code = VisitCode.objects.create(
            venue=form.cleaned_data["venue"],
            session=form.cleaned_data["session"],
            visit_date=form.cleaned_data["visit_date"],
            issued_by=request.user,
        )
        form = VisitCodeForm(sessions=sessions)
        slip = _code_slip(request, code)
    status = 400 if form.is_bound and form.errors else 200
    return render(request, "travel/visit_code.html", {"form": form, **slip}, status=status)


def _code_slip(request, code):
    """What the resident scans or types: the short address that fills the code in. The printed
    slip explains it in every site language: the worker's screen does not know the resident's
    language, and the venues are in bilingual municipalities."""
    link = code_link(request, code)
    languages = [lang for lang, _name in settings.LANGUAGES]
    return {"code": code, "link": link, "qr": qr_svg(link), "slip_languages": languages}


@login_required
@permission_required("travel.add_claim", raise_exception=True)
def mileage_claim(request):
    today = timezone.localdate()
    # A session already on a live claim can't be claimed again (a rejected one can).
    claimed = (
        Claim.objects.filter(claimant=request.user, sessions__isnull=False)
        .exclude(status=ClaimStatus.REJECTED)
        .values("sessions")
    )
    # Only sessions that have started: a trip not yet made cannot be claimed.
    sessions = (
        _own_sessions(request.user, today - timedelta(days=MILEAGE_DAYS_BACK))
        .filter(starts_at__lte=timezone.now())
        .exclude(pk__in=claimed)
    )
    token = request.POST.get("token") or secrets.token_hex(16)
    if (claim := existing_claim(token)) and claim.claimant_id == request.user.pk:
        return redirect("travel:mileage-done", reference=claim.reference)  # sent twice
    form = MileageForm(request.POST or None, sessions=sessions)
    if request.method == "POST" and form.is_valid():
        claim, _created = create_mileage_claim(form, request.user, token, get_language())
        return redirect("travel:mileage-done", reference=claim.reference)
    status = 400 if form.is_bound else 200
    context = {
        "form": form,
        "token": token,
        "has_sessions": sessions.exists(),
        "my_claims": Claim.objects.filter(claimant=request.user).order_by("-submitted_at")[:20],
    }
    return render(request, "travel/mileage.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def mileage_done(request, reference):
    claim = get_object_or_404(Claim, reference=reference, claimant=request.user)
    sessions = claim.sessions.select_related("venue").order_by("starts_at")
    venues, base = [s.venue for s in sessions], claim.base_municipality
    route = [base, *venues, base] if base else venues  # base → venues → base, as it was priced
    return claim_status_page(request, claim, "travel/mileage_done.html", {"route": route})
