"""Guessing visit codes is throttled per client address and per typed code; the public forms'
sending as a whole per client address."""

from django.conf import settings
from django.shortcuts import render

from outreach import ratelimits

from .models.codes import normalise_code


def _limits(request, typed):
    window = settings.TRAVEL_CODE_ATTEMPT_WINDOW
    return [
        (
            ratelimits.Limit(
                "travel-code-client", settings.TRAVEL_CODE_ATTEMPTS_PER_CLIENT, window
            ),
            ratelimits.client_address(request),
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
    return ratelimits.wait_message(max(waits)), max(waits)


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


def _form_limit():
    return ratelimits.Limit(
        "travel-form-client",
        settings.TRAVEL_FORM_POSTS_PER_CLIENT,
        settings.TRAVEL_FORM_POST_WINDOW,
    )


def _form_paused(request, message):
    # A GET of the same address shows the form again (step 2 leads back to step 1).
    context = {"message": message, "back_url": request.path}
    return render(request, "travel/form_paused.html", context)


# Every POST of a public travel form, whichever step, counts against one limit per client.
limit_form_posts = ratelimits.per_client(_form_limit, _form_paused)
