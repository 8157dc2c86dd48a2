"""A whole-response cache for anonymous visitors of public pages.

Pages opt in through :func:`mark_cacheable` (``PublicPage.serve`` does). Every entry carries a
generation number; publishing, unpublishing, moving or deleting a page, and any change to pop-up
sessions or the snippets pages show, starts a new generation, so no visitor sees stale content
after an editor's change. A short lifetime bounds the rest (a pop-up that just ended).

The generation lives in the cache itself, so a change invalidates every process only when that
cache is shared between them (Redis or files): the local-memory cache is for one process only.
"""

from django.conf import settings
from django.core import checks
from django.core.cache import cache
from django.core.exceptions import MiddlewareNotUsed
from django.db import transaction
from django.utils.cache import patch_cache_control

GENERATION_KEY = "cms-page-cache-generation"


def mark_cacheable(request):
    request.cms_cacheable = True


def new_generation(**kwargs):
    """Invalidate every cached page in every process (signal receiver; bulk writers call it).

    Once now and once more when the change is committed: a visitor served between the two saw
    the data from before the change and cached it under the first new generation."""
    _increment()
    transaction.on_commit(_increment)


def _increment():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, None)


def generation():
    return cache.get_or_set(GENERATION_KEY, 1, None)


def _key(request):
    return f"cms-page:{generation()}:{request.get_host()}:{request.get_full_path()}"


@checks.register(checks.Tags.caches, deploy=True)
def check_shared_cache(**kwargs):
    backend = settings.CACHES["default"]["BACKEND"]
    if settings.DEBUG or not settings.CMS_PAGE_CACHE_SECONDS or not backend.endswith("LocMemCache"):
        return []
    return [
        checks.Warning(
            "The page cache is local memory: a published change reaches only one worker process.",
            hint="Set REDIS_URL, or use a cache shared between processes (docs/configuration.md).",
            id="cms.W001",
        )
    ]


def _is_anonymous(request):
    # Decided before sessions load: anyone with a session may be logged in or see messages.
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def _storable(request, response):
    return (
        getattr(request, "cms_cacheable", False)
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not getattr(request, "_csp_nonce", None)
    )


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        if not settings.CMS_PAGE_CACHE_SECONDS:
            raise MiddlewareNotUsed("CMS_PAGE_CACHE_SECONDS is 0: public pages are not cached")
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or not _is_anonymous(request):
            return self.get_response(request)
        key = _key(request)
        cached = cache.get(key)
        if cached is not None:
            return cached
        response = self.get_response(request)
        if _storable(request, response):
            patch_cache_control(response, public=True, max_age=60)
            cache.set(key, response, settings.CMS_PAGE_CACHE_SECONDS)
        return response
