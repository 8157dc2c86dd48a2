"""What the browser gets before any JavaScript runs: the service worker, manifest and shell."""

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db


def test_the_service_worker_is_never_served_from_an_http_cache(client):
    response = client.get("/serviceworker.js")
    assert response["Content-Type"].startswith("application/javascript")
    assert "no-cache" in response["Cache-Control"]
    assert b'const VERSION = "' in b"".join(response)


def test_the_manifest_installs_the_worker_app_with_all_its_icons(client):
    manifest = client.get("/manifest.json").json()
    assert manifest["start_url"] == "/fi/worker/"
    assert {icon["sizes"] for icon in manifest["icons"]} == {"192x192", "512x512"}
    assert any(icon.get("purpose") == "maskable" for icon in manifest["icons"])
    for icon in manifest["icons"]:
        assert finders.find(icon["src"].removeprefix(settings.STATIC_URL)), icon["src"]


def test_every_file_of_the_app_shell_exists(client):
    for url in client.get("/api/worker/shell").json()["urls"]:
        if url.startswith(settings.STATIC_URL):
            assert finders.find(url.removeprefix(settings.STATIC_URL)), url
        else:
            assert client.get(url).status_code == 200, url


def test_the_app_page_has_what_runs_offline(client_as):
    response = client_as("outreach_worker").get("/sv/worker/")
    html = response.content.decode()
    assert '<html lang="sv"' in html
    assert 'id="app-options"' in html and "/api/worker/" in html
    assert "<script>" not in html and " style=" not in html  # nothing inline, for the CSP


def test_bootstrap_carries_themes_venues_and_referrals_in_the_language_asked(client_as):
    data = client_as("outreach_worker").get("/api/worker/bootstrap", HTTP_ACCEPT_LANGUAGE="sv")
    data = data.json()
    assert {theme["slug"] for theme in data["themes"]} >= {"violence", "gambling"}
    assert all("guidance" in theme and "fields" in theme for theme in data["themes"])
    assert data["venues"]["features"]
    assert "Akut kris" in [choice["label"] for choice in data["choices"]["contact_type"]]


@pytest.mark.parametrize("path", ["/sv/worker/", "/sv/travel/visit-code/", "/sv/travel/mileage/"])
def test_the_workers_pages_lead_to_each_other(client_as, path):
    html = client_as("outreach_worker").get(path).content.decode()
    for link in (
        'href="/sv/worker/"',
        'href="/sv/travel/visit-code/"',
        'href="/sv/travel/mileage/"',
    ):
        assert link in html
    assert html.count('aria-current="page"') == 1
