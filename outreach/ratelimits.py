"""Attempt counters in the shared cache (Redis in production): a fixed window per scope and key
that starts with its first attempt.

``hit`` counts an attempt, ``check`` only asks; both say whether more attempts are allowed and,
if not, how many seconds until the window ends.
"""

import hashlib
import time
from dataclasses import dataclass

from django.core.cache import cache


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
