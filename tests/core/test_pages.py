import pytest

pytestmark = pytest.mark.django_db


def test_root_sends_a_visitor_to_their_language(client):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="sv-FI,sv;q=0.9").url == "/sv/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de").url == "/fi/"


@pytest.mark.parametrize(
    "language, title",
    [
        ("fi", "Jalkautuva työ Itä-Uudellamaalla"),
        ("sv", "Uppsökande arbete i Östra Nyland"),
        ("en", "Pop-up outreach in Itä-Uusimaa"),
    ],
)
def test_home_page_in_each_language(client, language, title):
    from cms.site_setup import ensure_site

    ensure_site()
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert title in html
    assert 'href="#main"' in html


def test_language_switcher_leads_to_the_same_page(client):
    html = client.get("/fi/map/").content.decode()
    assert 'href="/sv/map/"' in html
    assert 'href="/en/map/"' in html
