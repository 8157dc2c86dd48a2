"""Who may open which view. Every view of the project must appear here: a new view without an
entry fails ``test_every_view_is_in_the_matrix``."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from outreach.places.models import Venue
from tests.conftest import ALL_ROLES

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
