"""The worker API under /api/worker/: who am I, what the app caches, and the sync endpoint."""

import json
import logging
import math

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import JsonResponse
from django.middleware.csrf import get_token
from django.templatetags.static import static
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import Throttled
from ninja.security import SessionAuth
from ninja.throttling import AuthRateThrottle

from outreach.encounters.guidance import CORE_GUIDANCE
from outreach.encounters.models import Encounter, Language
from outreach.places.geojson import venues_collection
from outreach.referrals.models import referral_targets_json
from outreach.themes.registry import enabled_themes
from outreach.travel import reservations

from . import schemas
from .ingest import MAX_BATCH, BatchContended, ingest

logger = logging.getLogger(__name__)

api = NinjaAPI(
    title="Tuuli worker API",
    version="1",
    description="Offline worker app: identity, cached data and the idempotent sync endpoint.",
    urls_namespace="worker-api",
    docs_url="/docs",
    auth=SessionAuth(),  # Django's session cookie; unsafe methods also need the CSRF token
)

#: Static files the service worker precaches as the app shell.
SHELL_STATIC = [
    "vendor/suomifi/tokens.css",
    "vendor/suomifi/icons/menu.svg",
    "vendor/suomifi/icons/close.svg",
    "vendor/suomifi/icons/search.svg",
    "css/site.css",
    "js/menu.js",
    "img/favicon.svg",
    "worker/worker.css",
    "worker/identifiers.js",
    "worker/formats.js",
    "worker/outbox.js",
    "worker/sync.js",
    "worker/form.js",
    "worker/venues.js",
    "worker/recordlist.js",
    "worker/corrections.js",
    "worker/session-summary.js",
    "worker/visit-codes.js",
    "travel/travel.css",
    "travel/slip-print.css",
    "travel/print-slip.js",
    "worker/app.js",
    "leaflet/leaflet.js",
    "leaflet/leaflet.css",
    "worker/icons/icon-192.png",
]


@api.exception_handler(Throttled)
def throttled(request, error):
    # ninja adds the Retry-After header; the app shows this text and waits that long.
    seconds = math.ceil(error.wait or 60)
    detail = _("Too many requests. Try again in %(seconds)s seconds.") % {"seconds": seconds}
    return JsonResponse({"detail": detail, "code": "throttled", "retry_after": seconds}, status=429)


# Seconds a device waits before sending a contended batch again: the batches it met are done.
CONTENDED_RETRY_SECONDS = 5


@api.exception_handler(BatchContended)
def contended(request, error):
    logger.warning("Sync batch given up after repeated deadlocks or serialization failures")
    detail = _("The server is busy. Your records are safe on this device and are sent again soon.")
    response = JsonResponse(
        {"detail": detail, "code": "busy", "retry_after": CONTENDED_RETRY_SECONDS}, status=503
    )
    response["Retry-After"] = str(CONTENDED_RETRY_SECONDS)
    return response


def problem(status, code, detail):
    return JsonResponse({"detail": str(detail), "code": code}, status=status)


def not_a_worker(request):
    if request.user.has_perm("encounters.add_encounter"):
        return None
    return problem(403, "not_a_worker", _("Only outreach workers can use the worker app."))


@api.get(
    "/me",
    response={200: schemas.Me, 401: schemas.NotLoggedIn, 403: schemas.Problem},
    summary="Who is logged in",
)
def me(request):
    """Also the app's reachability check, and where it gets a fresh CSRF token."""
    return not_a_worker(request) or {
        "username": request.user.get_username(),
        "name": request.user.get_full_name() or request.user.get_username(),
        "csrf_token": get_token(request),
        "server_time": timezone.now(),
    }


def choice_list(choices):
    return [{"value": value, "label": str(label)} for value, label in choices]


@api.get(
    "/bootstrap",
    response={200: dict, 401: schemas.NotLoggedIn, 403: schemas.Problem},
    summary="Data to cache",
)
def bootstrap(request):
    """Themes with their field schemas and guidance, venues, referral targets, the choices of the
    core fields and their guidance, in the request's language: everything the app needs offline."""
    return not_a_worker(request) or {
        "themes": [theme.schema_json() for theme in enabled_themes()],
        "guidance": [rule.to_json() for rule in CORE_GUIDANCE],
        "venues": venues_collection(),
        "referrals": referral_targets_json(),
        "choices": {
            "age_band": choice_list(Encounter.AgeBand.choices),
            "concern_about": choice_list(Encounter.ConcernAbout.choices),
            "contact_type": choice_list(Encounter.ContactType.choices),
            "language": choice_list(Language.choices),
            "duration": choice_list(Encounter.Duration.choices),
        },
        "max_batch": MAX_BATCH,
        "generated_at": timezone.now(),
    }


@api.get("/shell", auth=None, response=dict, summary="App shell for the service worker")
def shell(request):
    """The URLs the service worker precaches (hashed names in production)."""
    return {
        "urls": [static(path) for path in SHELL_STATIC]
        + ["/offline/", "/manifest.json", "/places/municipalities.geojson"]
    }


def read_records(request):
    """The list of records in the request body, or an error response saying what is wrong."""
    try:
        body = json.loads(request.body)
    except RequestDataTooBig:
        size = settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 1024
        return None, problem(
            413, "too_large", _("The request is too large (at most %(size)s KB).") % {"size": size}
        )
    except (ValueError, RecursionError):
        return None, problem(400, "malformed", _("The request is not valid JSON."))
    records = body.get("records") if isinstance(body, dict) else None
    if not isinstance(records, list):
        return None, problem(400, "malformed", _('The request must be {"records": [...]}.'))
    if len(records) > MAX_BATCH:
        return None, problem(
            413,
            "too_many",
            _("At most %(count)s records per request.") % {"count": MAX_BATCH},
        )
    return records, None


@api.post(
    "/sync",
    response={
        200: schemas.SyncResponse,
        400: schemas.Problem,
        401: schemas.NotLoggedIn,
        403: schemas.Problem,
        413: schemas.Problem,
        429: schemas.Throttled,
        503: schemas.Throttled,
    },
    # Per worker account: a device syncs its whole outbox in a few batches, so a flood of
    # requests is a bug or an attack, not work.
    throttle=AuthRateThrottle(settings.WORKER_SYNC_RATE),
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": schemas.inline_schema(schemas.SyncRequest)}},
        }
    },
    summary="Store a batch of records",
)
def sync(request):
    """Up to 500 sessions, encounters and corrections. Every record gets its own receipt, in the
    order sent: ``stored`` (also for a retry of identical content), ``conflict`` (the identifier
    is known with other content; kept for review) or ``rejected`` (with a message to show)."""
    refused = not_a_worker(request)
    if refused:
        return refused
    records, error = read_records(request)
    if error:
        return error
    return JsonResponse({"receipts": ingest(records, request.user)})


class PoolThrottle(AuthRateThrottle):
    """Per worker account, counted apart from the sync's: the app asks after a sync."""

    scope = "visit-codes"


@api.post(
    "/visit-codes",
    response={
        200: schemas.VisitCodePool,
        400: schemas.Problem,
        401: schemas.NotLoggedIn,
        403: schemas.Problem,
        429: schemas.Throttled,
    },
    throttle=PoolThrottle(settings.WORKER_SYNC_RATE),
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": schemas.inline_schema(schemas.VisitCodePoolRequest)}
            },
        }
    },
    summary="Visit codes to hand out offline",
)
def visit_codes(request):
    """The device's pool of travel-support visit codes, topped up to 10. Asking again returns
    the same codes (less those handed out and synced): the pool is per device, not per call."""
    refused = not_a_worker(request)
    if refused:
        return refused
    if not request.user.has_perm("travel.add_visitcode"):
        return problem(403, "not_a_worker", _("You cannot hand out visit codes."))
    try:
        body = json.loads(request.body)
    except (ValueError, RecursionError):
        body = None
    device = body.get("device") if isinstance(body, dict) else None
    if not reservations.valid_device(device):
        return problem(400, "malformed", _('The request must be {"device": "..."}.'))
    codes = reservations.pool(request.user, device)
    return JsonResponse(reservations.pool_json(request, codes))
