"""The public and admin search take any text: query syntax, quotes, markup and control
characters are word breaks, never a server error, in every language."""

import pytest
from modelsearch.query import And, Phrase, PlainText

from cms.search_query import plain_query, plain_words

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site")]

HOSTILE = [
    '"',
    'a "b',
    '"unterminated',
    "'",
    "NEAR(a b) AND *",
    "a OR",
    "AND",
    "*",
    "kirjasto:*",
    "a & b | !c",
    "col:val ^ - + {a} ( )",
    "\\",
    "<script>alert(1)</script>",
    "kirja\x00sto",
    "\x1b[31m\x7f",
    "𝕜𝕚𝕣𝕛𝕒𝕤𝕥𝕠",
    "sana " * 500,
]


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize("query", HOSTILE)
def test_public_search_answers_any_text(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.parametrize(
    "language, query, expected",
    [
        ("fi", '"rahapelaaminen', "/fi/rahapelaaminen/"),
        ("sv", "spelande*", "/sv/penningspel/"),
        ("en", "gambling:", "/en/gambling/"),
    ],
)
def test_a_stray_quote_or_operator_still_finds_the_page(client, language, query, expected):
    html = client.get(f"/{language}/search/", {"q": query}).content.decode()
    assert expected in html


@pytest.mark.parametrize("query", ['"', "NEAR(a b) AND *", "kirja\x00sto"])
def test_admin_page_search_answers_any_text(admin_client, query):
    assert admin_client.get("/admin/pages/search/", {"q": query}).status_code == 200


def test_query_objects_keep_their_shape_with_plain_words():
    query = plain_query(And([PlainText('a "b'), Phrase("Itä-Uusimaa\x00")]))
    assert [sub.query_string for sub in query.subqueries] == ["a b", "Itä Uusimaa"]
    assert plain_words("ＡＢＣ 12,50 €") == "ABC 12 50"


def test_searches_past_the_limit_wait_and_keep_the_words(client, settings):
    settings.CMS_SEARCHES_PER_CLIENT = 2
    for _ in range(2):
        assert client.get("/sv/search/", {"q": "bibliotek"}).status_code == 200
    assert client.get("/sv/search/").status_code == 200  # the empty form runs no query

    response = client.get("/sv/search/", {"q": "bibliotek"})

    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= settings.CMS_SEARCH_WINDOW
    page = response.content.decode()
    assert 'role="alert">För många försök. Försök igen om 15 minuter.' in page
    assert 'value="bibliotek"' in page
    other = client.get("/sv/search/", {"q": "bibliotek"}, REMOTE_ADDR="10.9.9.9")
    assert other.status_code == 200


@pytest.mark.parametrize(
    "language, query, name",
    [
        ("fi", "kirjasto", "Loviisan pääkirjasto"),
        ("fi", "loviisa", "Loviisan pääkirjasto"),
        ("fi", "kirjastot Loviisassa", "Loviisan pääkirjasto"),
        ("sv", "Lovisa", "Lovisa huvudbibliotek"),
        ("sv", "bibliotek", "Lovisa huvudbibliotek"),
        ("en", "library loviisa", "Loviisan pääkirjasto"),
    ],
)
def test_search_finds_a_venue_in_the_visitors_language_and_links_to_its_map_entry(
    client, language, query, name
):
    from outreach.places.models import Venue

    venue = Venue.objects.get(name_fi="Loviisan pääkirjasto")
    html = client.get(f"/{language}/search/", {"q": query}).content.decode()
    assert f'href="/{language}/map/?municipality=434#venue-{venue.pk}"' in html
    assert f">{name}</a>" in html
    map_page = client.get(f"/{language}/map/", {"municipality": "434"}).content.decode()
    assert f'id="venue-{venue.pk}"' in map_page


def test_a_venue_result_links_to_its_next_pop_up_point_in_the_calendar(client):
    from outreach.places.models import Venue
    from tests.cms.sessions import session

    upcoming = session(3, venue=Venue.objects.get(name_fi="Loviisan pääkirjasto"))
    html = client.get("/sv/search/", {"q": "Lovisa bibliotek"}).content.decode()
    assert f"?municipality=434#session-{upcoming.uuid}" in html
    assert "Nästa pop up-punkt:" in html


def test_a_venue_no_longer_in_use_is_not_a_search_result(client):
    html = client.get("/fi/search/", {"q": "Monninkylä"}).content.decode()
    assert "Monninkylän kirjasto" not in html
