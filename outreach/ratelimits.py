"""Attempt counters in the shared cache (Redis in production): a fixed window per scope and key
that starts with its first attempt.

``hit`` counts an attempt, ``check`` only asks; both say whether more attempts are allowed and,
if not, how many seconds until the window ends. ``per_client`` is a view decorator that counts
requests per client address and answers 429 without running the view once they are too many.
"""

import hashlib
import math
import time
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import ngettext


@dataclass(frozen=True)
class Limit:
    scope: str
    attempts: int
    window: int  # seconds


@dataclass(frozen=True)
class Decision:
    allowed: bool
    retry_after: int  # seconds; 0 when allowed


def _cache_key(limit, key):
    digest = hashlib.sha256(str(key).encode()).hexdigest()[:32]  # no raw codes or IPs in the cache
    return f"ratelimit:{limit.scope}:{digest}"


def _decide(limit, cache_key, count):
    if count < limit.attempts:
        return Decision(True, 0)
    started = cache.get(f"{cache_key}:start", time.time())
    return Decision(False, max(1, round(started + limit.window - time.time())))


def check(limit, key):
    cache_key = _cache_key(limit, key)
    return _decide(limit, cache_key, cache.get(cache_key, 0))


def hit(limit, key):
    cache_key = _cache_key(limit, key)
    if cache.add(cache_key, 0, timeout=limit.window):
        cache.set(f"{cache_key}:start", time.time(), timeout=limit.window)
    return _decide(limit, cache_key, cache.incr(cache_key))


def client_address(request):
    """The visitor's address, for every limit and for django-axes (AXES_CLIENT_IP_CALLABLE).

    Behind TRUSTED_PROXY_COUNT reverse proxies, each adding the address it saw to
    X-Forwarded-For, it is the entry the outermost proxy wrote: the ones left of it come from the
    client and could say anything. (django-ipware counts the proxies named inside the header
    instead, and finds no address when a client sends a header of its own.)"""
    count = settings.TRUSTED_PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if count and len(forwarded) >= count and forwarded[-count]:
        return forwarded[-count]
    return request.META.get("REMOTE_ADDR", "")


def wait_message(seconds):
    minutes = math.ceil(seconds / 60)
    return ngettext(
        "Too many attempts. Try again in %(minutes)s minute.",
        "Too many attempts. Try again in %(minutes)s minutes.",
        minutes,
    ) % {"minutes": minutes}


def _is_post(request):
    return request.method == "POST"


def per_client(limit, refusal, counts=_is_post):
    """Decorate a view: requests that ``counts`` count per client address against ``limit()``
    (called per request, so settings apply at once). Past the limit the view does not run: no
    form is validated, no file decoded; ``refusal(request, message)`` gives the page, sent with
    429 and Retry-After."""

    def decorate(view):
        @wraps(view)
        def limited(request, *args, **kwargs):
            if counts(request):
                current, client = limit(), client_address(request)
                # Asked before counting, so ``attempts`` requests run and the next one waits.
                decision = check(current, client)
                if not decision.allowed:
                    response = refusal(request, wait_message(decision.retry_after))
                    response.status_code = 429
                    response["Retry-After"] = str(decision.retry_after)
                    return response
                hit(current, client)
            return view(request, *args, **kwargs)

        return limited

    return decorate
