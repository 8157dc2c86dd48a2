"""The county's look that a visitor notices outside the page body: the tab's icon and title, the
installed app's icons, and error pages in the visitor's language."""

import io

import pytest
from django.test import Client
from django.urls import path
from PIL import Image

from outreach import urls as project_urls

pytestmark = pytest.mark.django_db


@pytest.fixture
def static_client(settings):
    """A client whose WhiteNoise serves static files from the apps' folders, as `runserver` does."""
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True
    return Client()


def test_the_installed_app_has_192_512_and_maskable_icons_that_are_served(static_client):
    manifest = static_client.get("/manifest.json").json()
    sizes = {}
    for icon in manifest["icons"]:
        response = static_client.get(icon["src"])
        assert response.status_code == 200, icon["src"]
        image = Image.open(io.BytesIO(b"".join(response.streaming_content)))
        assert f"{image.width}x{image.height}" == icon["sizes"] and image.format == "PNG"
        sizes.setdefault(icon.get("purpose", "any"), set()).add(icon["sizes"])
    assert sizes == {"any": {"192x192", "512x512"}, "maskable": {"512x512"}}
    assert manifest["theme_color"] == "#00357a"  # the Suomi.fi brand colour of the header
    # The install prompt reads the description: Finnish and Swedish, not English.
    assert manifest["description"].startswith("Jalkautuvan työn sovellus")
    assert "uppsökande" in manifest["description"]


@pytest.mark.parametrize("url", ["/fi/worker/", "/sv/travel/request/", "/en/map/"])
def test_every_surface_links_a_favicon_that_is_served(static_client, url):
    html = static_client.get(url, follow=True).content.decode()
    for href, kind in [("/static/img/favicon.svg", "svg"), ("/static/img/favicon-32.png", "png")]:
        assert f'<link rel="icon" href="{href}"' in html
        response = static_client.get(href)
        assert response.status_code == 200 and kind in response["Content-Type"]


def boom(request):
    raise RuntimeError("a failure the visitor must not see")


urlpatterns = [path("<str:lang>/boom/", boom), *project_urls.urlpatterns]
handler500 = project_urls.handler500

ERRORS = {
    "fi": ("Jokin meni vikaan", "Sivua ei löytynyt", "Itä-Uudenmaan hyvinvointialue"),
    "sv": ("Något gick fel", "Sidan hittades inte", "Östra Nylands välfärdsområde"),
    "en": ("Something went wrong", "Page not found", "Eastern Uusimaa wellbeing services county"),
}


@pytest.mark.urls(__name__)
@pytest.mark.parametrize("language", ERRORS)
def test_a_server_error_is_a_page_in_the_visitors_language(settings, language):
    settings.DEBUG = False
    response = Client(raise_request_exception=False).get(f"/{language}/boom/")
    html = response.content.decode()
    heading, _not_found, county = ERRORS[language]
    assert response.status_code == 500
    assert f'<html lang="{language}"' in html and f"<h1>{heading}</h1>" in html
    assert county in html and "a failure the visitor" not in html
    assert f'href="/{language}/search/"' in html


@pytest.mark.parametrize("language", ERRORS)
def test_a_missing_page_is_a_page_in_the_visitors_language(client, language):
    response = client.get(f"/{language}/no-such-page/")
    _heading, heading, county = ERRORS[language]
    assert response.status_code == 404
    html = response.content.decode()
    assert f"<h1>{heading}</h1>" in html and county in html
