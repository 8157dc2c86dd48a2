"""The public travel-support request: details → confirmation with distance and estimate →
reference number. No account; works on a phone."""

from django.core import signing
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from ..forms import ResidentConfirmForm, ResidentDetailsForm
from ..links import LinkExpired, reference_from, status_path
from ..models import Claim
from ..models.claims import TravelMode
from ..models.codes import code_in_link
from ..submission import (
    create_resident_claim,
    dump_details,
    estimate_for,
    existing_claim,
    load_details,
)
from ..throttle import count_wrong_code, limit_form_posts, refusal
from .status import claim_status_page


@require_GET
def code_link(request, code):
    """The short address on the worker's QR code and slip: the request form with the code filled
    in. Not looked up here, which would let anyone test codes past the wrong-code throttle."""
    code = code_in_link(code)
    query = "?" + urlencode({"code": code}) if code else ""
    return redirect(reverse("travel:request") + query)


def _checked_details(request):
    """Step one as sent, its visit code checked behind the wrong-code throttle: the estimate
    looks the code up too, so it counts like a submit."""
    typed = request.POST.get("visit_code", "")
    refused = refusal(request, typed) if request.method == "POST" else None
    form = ResidentDetailsForm(
        request.POST or None,
        initial={"visit_code": code_in_link(request.GET.get("code"))},
        throttled=refused and refused[0],
    )
    return form, typed, refused


def _answer(request, template, context, checked, status):
    form, typed, refused = checked
    if form.is_bound and form.has_wrong_code:
        count_wrong_code(request, typed)
    response = render(request, template, context, status=429 if refused else status)
    if refused:
        response["Retry-After"] = str(refused[1])
    return response


@require_http_methods(["GET", "POST"])
@limit_form_posts
def request_details(request):
    checked = _checked_details(request)
    form = checked[0]
    if request.method == "POST" and "estimate" in request.POST:  # without JavaScript
        form.estimate_only()
        status = 400 if form.errors else 200
        return _answer(request, "travel/request_details.html", {"form": form}, checked, status)
    if request.method == "POST" and form.is_valid():
        return _confirmation(request, form, state=dump_details(form), confirm=ResidentConfirmForm())
    status = 400 if form.is_bound else 200
    return _answer(request, "travel/request_details.html", {"form": form}, checked, status)


@require_POST
@limit_form_posts
def request_estimate(request):
    """The estimate box alone, for the form's script to show as the resident chooses."""
    checked = _checked_details(request)
    form = checked[0]
    form.estimate_only()
    status = 400 if form.errors else 200
    context = {"form": form, "fragment": True}
    return _answer(request, "travel/_estimate.html", context, checked, status)


@require_http_methods(["GET", "POST"])
@limit_form_posts
def request_confirm(request):
    if request.method == "GET":
        return redirect("travel:request")
    state = request.POST.get("state", "")
    try:
        details, token = load_details(state)
    except signing.BadSignature:
        return redirect("travel:request")
    if claim := existing_claim(token):  # the same form sent twice
        return _done_redirect(claim)
    if not details.is_valid():
        return render(request, "travel/request_details.html", {"form": details}, status=400)

    needs_receipt = details.cleaned_data["mode"] == TravelMode.PUBLIC
    code = details.cleaned_data["visit_code"]
    confirm = ResidentConfirmForm(
        request.POST, request.FILES, needs_receipt=needs_receipt, visit_code=code
    )
    if confirm.is_valid():
        try:
            claim, _created = create_resident_claim(details, confirm, token, get_language())
        except ValidationError as error:
            confirm.add_error(None, error)
        else:
            return _done_redirect(claim)
    return _confirmation(request, details, state=state, confirm=confirm, status=400)


@require_http_methods(["GET", "POST"])
@limit_form_posts
def request_done(request, signed):
    """The resident's claim: reference, status, finance's reason; a correction form if returned."""
    try:
        reference = reference_from(signed)
    except LinkExpired:
        return render(request, "travel/link_expired.html", status=410)
    claim = Claim.objects.filter(reference=reference or "").first()
    if claim is None:  # tampered with, or purged long ago
        return redirect("travel:request")
    return claim_status_page(request, claim, "travel/request_done.html")


def _confirmation(request, details, *, state, confirm, status=200):
    context = {
        "details": details.cleaned_data,
        "venue": details.cleaned_data["visit_code"].venue,
        "rules": details.rules,
        "one_way_km": details.one_way_km,
        "trips": details.cleaned_data["trips"],
        "estimate": estimate_for(details),
        "state": state,
        "form": confirm,
        "needs_receipt": details.cleaned_data["mode"] == TravelMode.PUBLIC,
    }
    return render(request, "travel/request_confirm.html", context, status=status)


def _done_redirect(claim):
    return redirect(status_path(claim))
