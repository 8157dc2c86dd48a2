import pytest

from cms.models import PopupCalendarPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site")]


def policy(response):
    return dict(
        directive.strip().split(" ", 1)
        for directive in response["Content-Security-Policy"].split(";")
    )


@pytest.mark.parametrize("path", ["/fi/", "/sv/search/?q=tuuli"])
def test_public_pages_forbid_inline_code_and_foreign_sources(client, path, settings):
    directives = policy(client.get(path))
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["img-src"] == f"'self' data: {settings.MAP_TILES_ORIGIN}"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe" not in " ".join(directives.values())


def test_cached_calendar_keeps_its_policy(client):
    url = PopupCalendarPage.objects.get(locale__language_code="en").url
    first, second = client.get(url), client.get(url)
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert "nonce" not in second["Content-Security-Policy"]


def test_only_the_wagtail_admin_allows_inline_code(client_as):
    directives = policy(client_as("editor").get("/admin/"))
    assert directives["script-src"] == "'self' 'unsafe-inline'"
    assert directives["frame-ancestors"] == "'self'"
