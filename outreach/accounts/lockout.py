"""The answer to a login attempt while its username is locked out from its address (django-axes).

Axes calls ``lockout`` (``AXES_LOCKOUT_CALLABLE``) for the Tuuli login and the Wagtail admin login
alike. Every attempt during a lock-out starts the cool-off again (axes'
``AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT``, on by default), so the wait is always the whole
cool-off, counted from this attempt.
"""

import math

from axes.helpers import get_cool_off
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import ngettext


def wait_message(seconds):
    minutes = max(1, math.ceil(seconds / 60))
    return ngettext(
        "Too many failed login attempts. Try again in %(minutes)s minute.",
        "Too many failed login attempts. Try again in %(minutes)s minutes.",
        minutes,
    ) % {"minutes": minutes}


def _wants_json(request):
    if request.headers.get("x-requested-with") == "XMLHttpRequest":
        return True
    return request.get_preferred_type(["text/html", "application/json"]) == "application/json"


def lockout(request, original_response=None, credentials=None):
    seconds = round(get_cool_off(request).total_seconds())
    message = wait_message(seconds)
    if _wants_json(request):
        response = JsonResponse({"detail": message, "retry_after": seconds}, status=429)
    else:
        response = render(request, "accounts/lockout.html", {"message": message}, status=429)
    response["Retry-After"] = str(seconds)
    return response
