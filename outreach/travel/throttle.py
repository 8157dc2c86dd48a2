"""Guessing visit codes is throttled per client address and per typed code."""

import math

from django.conf import settings
from django.utils.translation import ngettext

from outreach import ratelimits

from .models.codes import normalise_code


def _limits(request, typed):
    window = settings.TRAVEL_CODE_ATTEMPT_WINDOW
    return [
        (
            ratelimits.Limit(
                "travel-code-client", settings.TRAVEL_CODE_ATTEMPTS_PER_CLIENT, window
            ),
            request.META.get("REMOTE_ADDR", ""),
        ),
        (
            ratelimits.Limit("travel-code", settings.TRAVEL_CODE_ATTEMPTS_PER_CODE, window),
            normalise_code(typed),
        ),
    ]


def refusal(request, typed):
    """``(message, seconds)`` to answer instead of trying the code, or None to try it."""
    waits = [ratelimits.check(limit, key).retry_after for limit, key in _limits(request, typed)]
    if not any(waits):
        return None
    return wait_message(max(waits)), max(waits)


def wait_message(seconds):
    minutes = math.ceil(seconds / 60)
    return ngettext(
        "Too many attempts. Try again in %(minutes)s minute.",
        "Too many attempts. Try again in %(minutes)s minutes.",
        minutes,
    ) % {"minutes": minutes}


def iban_end_limit():
    """Wrong account-number endings per claim: four characters must not be guessable."""
    return ratelimits.Limit(
        "travel-iban-end",
        settings.TRAVEL_CODE_ATTEMPTS_PER_CODE,
        settings.TRAVEL_CODE_ATTEMPT_WINDOW,
    )


def count_wrong_code(request, typed):
    """Called after a code was refused as unknown, used or expired."""
    for limit, key in _limits(request, typed):
        ratelimits.hit(limit, key)
