"""Who may open which view. Every view of the project must appear here: a new view without an
entry fails ``test_every_view_is_in_the_matrix``."""

import uuid

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from outreach.places.models import Venue
from outreach.worker.models import SyncConflict
from tests.conftest import ALL_ROLES
from tests.travel import objects as travel

pytestmark = pytest.mark.django_db

OWN_CODE = ("outreach.", "cms.", "plugins.", "pwa.")
OPEN = dict.fromkeys(ALL_ROLES, 200)
ADMIN = {
    None: 302,
    "outreach_worker": 302,
    "coordinator": 200,
    "finance": 200,
    "editor": 200,
    "superuser": 200,
}


ALWAYS_REDIRECT = dict.fromkeys(ALL_ROLES, 302)
WORKER_PAGE = {**dict.fromkeys(ALL_ROLES, 403), None: 302, "outreach_worker": 200, "superuser": 200}
FINANCE = {**dict.fromkeys(ALL_ROLES, 302), "finance": 200, "superuser": 200}
# The API answers JSON: 401 without a login (the app then asks to log in), 403 for other roles.
WORKER_API = {**WORKER_PAGE, None: 401}


COORDINATOR = {**dict.fromkeys(ALL_ROLES, 302), "coordinator": 200, "superuser": 200}


def sync_conflict():
    return SyncConflict.objects.create(
        record_type="encounter",
        record_uuid=uuid.uuid4(),
        received_at=timezone.now(),
        content_hash="0" * 64,
        payload={"content": {}},
        reason="test",
    )


def translation_source():
    from wagtail.models import Page
    from wagtail_localize.models import TranslationSource

    return TranslationSource.get_or_create_from_instance(Page.objects.get(depth=2))[0]


def venue_id():
    return Venue.objects.order_by("pk").first().pk


# url name -> (method, path or a function giving it, {role: expected status})
MATRIX = {
    "serviceworker": ("get", "/serviceworker.js", OPEN),
    "manifest": ("get", "/manifest.json", OPEN),
    "offline": ("get", "/offline/", OPEN),
    "places:municipalities-geojson": ("get", "/places/municipalities.geojson", OPEN),
    "places:venues-geojson": ("get", "/places/venues.geojson", OPEN),
    "venue-map": ("get", "/fi/map/", OPEN),
    "search": ("get", "/fi/search/?q=tuuli", OPEN),
    "accounts:login": ("get", "/fi/accounts/login/", {**OPEN, **{r: 302 for r in ALL_ROLES if r}}),
    "accounts:logout": ("post", "/fi/accounts/logout/", dict.fromkeys(ALL_ROLES, 302)),
    "places_geocode_venue": (
        "post",
        lambda: f"/admin/places/venues/{venue_id()}/geocode/",
        {
            None: 302,
            "outreach_worker": 302,
            "coordinator": 302,
            "finance": 302,
            "editor": 302,
            "superuser": 302,
        },
    ),
    "wagtail_admin_home": ("get", "/admin/", ADMIN),
    # wagtail-localize's update view, at its own address (cms/translation_workflow.py).
    "update_translations_for_editors": (
        "get",
        lambda: f"/admin/localize/update/{translation_source().pk}/",
        {**ADMIN, "finance": 302},
    ),
    # Travel: the request is public; workers' pages need the worker role; finance's admin
    # screens need finance (Wagtail redirects a denial); cost totals also for the coordinator.
    "travel:request": ("get", "/fi/travel/request/", OPEN),
    "travel:request-confirm": ("get", "/fi/travel/request/confirm/", ALWAYS_REDIRECT),
    "travel:request-done": ("get", "/fi/travel/request/done/forged/", ALWAYS_REDIRECT),
    "travel:request-estimate": ("post", "/fi/travel/request/estimate/", OPEN),
    "travel:code-link": ("get", "/fi/travel/c/7KDM4XPA/", ALWAYS_REDIRECT),
    "travel:visit-code": ("get", "/fi/travel/visit-code/", WORKER_PAGE),
    "travel:mileage": ("get", "/fi/travel/mileage/", WORKER_PAGE),
    "travel:mileage-done": (
        "get",
        lambda: f"/fi/travel/mileage/{travel.claim().reference}/",
        {**dict.fromkeys(ALL_ROLES, 404), None: 302},
    ),
    "travel_claims": ("get", "/admin/travel/claims/", FINANCE),
    "travel_claims_results": ("get", "/admin/travel/claims/results/?q=MT", FINANCE),
    "travel_claim": ("get", lambda: f"/admin/travel/claims/{travel.claim().pk}/", FINANCE),
    "travel_receipt": ("get", travel.receipt_path, FINANCE),
    "travel_bulk_approve": ("post", "/admin/travel/claims/approve/", ALWAYS_REDIRECT),
    "travel_batches": ("get", "/admin/travel/batches/", FINANCE),
    "travel_create_batch": ("get", travel.new_batch_path, FINANCE),
    "travel_batch_file": ("get", travel.batch_csv_path, FINANCE),
    "travel_batch_paid": ("get", travel.batch_paid_path, FINANCE),
    "travel_costs": ("get", "/admin/travel/costs/", {**FINANCE, "coordinator": 200}),
    "worker:app": ("get", "/fi/worker/", WORKER_PAGE),
    "worker:jsi18n": ("get", "/fi/worker/jsi18n/", OPEN),
    "worker-api:me": ("get", "/api/worker/me", WORKER_API),
    "worker-api:bootstrap": ("get", "/api/worker/bootstrap", WORKER_API),
    "worker-api:sync": (
        "post",
        "/api/worker/sync",
        {**WORKER_API, "outreach_worker": 400, "superuser": 400},
    ),
    "worker-api:shell": ("get", "/api/worker/shell", OPEN),
    # Without a device identifier in the body the pool is refused with 400, after the role check.
    "worker-api:visit_codes": (
        "post",
        "/api/worker/visit-codes",
        {**WORKER_API, "outreach_worker": 400, "superuser": 400},
    ),
    "reports_key_figures": (
        "get",
        "/admin/reports/key-figures/",
        {**dict.fromkeys(ALL_ROLES, 302), "coordinator": 200, "superuser": 200},
    ),
    # Sync review: coordinators only (Wagtail redirects a denial).
    "worker_conflicts": ("get", "/admin/worker/conflicts/", COORDINATOR),
    "worker_conflict": (
        "get",
        lambda: f"/admin/worker/conflicts/{sync_conflict().pk}/",
        COORDINATOR,
    ),
    "worker_conflict_resolve": (
        "post",
        lambda: f"/admin/worker/conflicts/{sync_conflict().pk}/resolve/",
        ALWAYS_REDIRECT,
    ),
    "worker_ingest_log": ("get", "/admin/worker/ingest-log/", COORDINATOR),
}


def own_url_names(patterns=None, namespace=""):
    names = set()
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            names |= own_url_names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.callback.__module__.startswith(OWN_CODE):
            names.add(f"{namespace}{pattern.name}")
    return names


def test_every_view_is_in_the_matrix():
    assert own_url_names() - set(MATRIX) == set()


@pytest.mark.parametrize("role", ALL_ROLES, ids=str)
@pytest.mark.parametrize("name", sorted(MATRIX))
def test_permission_matrix(client_as, name, role):
    method, path, expected = MATRIX[name]
    client = client_as(role)
    response = getattr(client, method)(path() if callable(path) else path)
    assert response.status_code == expected[role], f"{name} as {role}"
