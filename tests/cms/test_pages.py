import pytest

from cms import models
from tests.cms.page_types import PAGE_TYPES
from tests.cms.sessions import session

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site")]


def page_of(model, language):
    return model.objects.live().filter(locale__language_code=language).first()


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_every_page_type_reads_in_every_language(client, model, language):
    page = page_of(model, language)
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}"' in html
    assert page.title in html
    for code in ("fi", "sv", "en"):
        assert f'hreflang="{code}" href="http://' in html, f"no {code} alternate"


def test_language_switcher_leads_to_the_same_page_in_swedish(client):
    finnish = page_of(models.FAQPage, "fi")
    swedish = page_of(models.FAQPage, "sv")
    html = client.get(finnish.url).content.decode()
    assert f'href="{swedish.url}" lang="sv"' in html


def test_menu_and_footer_are_in_the_page_language(client):
    html = client.get("/sv/").content.decode()
    assert page_of(models.ServiceDirectoryPage, "sv").title in html
    assert page_of(models.ServiceDirectoryPage, "fi").title not in html
    assert "Tillgänglighetsutlåtande" in html


def test_home_shows_themes_next_three_pop_ups_and_helplines(client):
    for days in (1, 2, 3, 4):
        session(days)
    html = client.get("/en/").content.decode()
    for theme_page in models.ThemePage.objects.filter(locale__language_code="en"):
        assert theme_page.title in html
    assert "Nollalinja" in html and "080 005 005" in html
    assert html.count('class="session"') == 3


def test_faq_answers_open_with_the_keyboard(client):
    html = client.get(page_of(models.FAQPage, "en").url).content.decode()
    assert "<summary>Do I have to give my name?</summary>" in html


def test_sitemap_lists_every_language_with_alternates(client, settings):
    xml = client.get("/sitemap.xml").content.decode()
    for language in ("fi", "sv", "en"):
        assert f"/{language}/</loc>" in xml
    assert f'hreflang="sv" href="{settings.WAGTAILADMIN_BASE_URL}/sv/psykisk-halsa/"' in xml


@pytest.mark.parametrize(
    "language, query, expected, other",
    [
        ("fi", "rahapelaaminen", "/fi/rahapelaaminen/", "/sv/"),
        ("sv", "spelande", "/sv/penningspel/", "/fi/"),
    ],
)
def test_search_finds_pages_in_the_visitors_language_only(client, language, query, expected, other):
    html = client.get(f"/{language}/search/", {"q": query}).content.decode()
    assert expected in html
    assert f'href="{other}' not in html.split("<main")[1].split("</main>")[0]


def test_travel_page_links_to_the_request_form_the_editor_gave(client):
    page = page_of(models.TravelSupportPage, "fi")
    page.request_url = "/fi/matkatuki/hae/"
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert 'href="/fi/matkatuki/hae/"' in html


@pytest.mark.parametrize(
    "language, words", [("fi", "Näin tuki lasketaan vuonna"), ("sv", "Så räknas stödet ut år")]
)
def test_travel_page_states_the_rules_of_the_rule_table(client, language, words):
    from outreach.travel.models import TravelRules

    TravelRules.objects.update(self_liability_per_trip="31.00")
    html = client.get(page_of(models.TravelSupportPage, language).url).content.decode()
    assert words in html and "31,00\xa0€" in html


@pytest.mark.parametrize("theme, has_exit", [("violence", True), ("gambling", False)])
def test_quick_exit_only_where_the_theme_asks_for_it(client, theme, has_exit):
    page = models.ThemePage.objects.get(theme=theme, locale__language_code="fi")
    html = client.get(page.url).content.decode()
    assert ("data-quick-exit" in html) is has_exit


def test_theme_pages_carry_the_themes_own_blocks(client):
    page = models.ThemePage.objects.get(theme="gambling", locale__language_code="en")
    assert "gambling_lie_bet" in [block.block_type for block in page.body]
    assert client.get(page.url).status_code == 200


def test_finnish_venue_names_on_other_pages_are_marked_finnish(client):
    from outreach.places.models import Venue

    venue = Venue.objects.filter(name_en="").first()
    session(2, venue=venue)
    calendar = models.PopupCalendarPage.objects.get(locale__language_code="en")
    html = client.get(calendar.url).content.decode()
    assert f'<h3 lang="fi">{venue.name_fi}</h3>' in html


@pytest.mark.parametrize(
    "language, query, expected",
    [
        ("fi", "päihde", "/fi/paihteet/"),  # päihteiden: the stem changes with consonant gradation
        ("fi", "kirjasto", "/fi/ajankohtaista/pop-up-pisteet-alkavat/"),  # kirjastoissa
        ("sv", "spel", "/sv/penningspel/"),  # spelandet, spelproblem
        ("sv", "spelandet", "/sv/penningspel/"),  # spelande
        ("en", "gamble", "/en/gambling/"),  # gambling
    ],
)
def test_search_understands_inflected_words(client, language, query, expected):
    html = client.get(f"/{language}/search/", {"q": query}).content.decode()
    assert f'href="{expected}"' in html
