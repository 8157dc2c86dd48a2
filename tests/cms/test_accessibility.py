"""axe-core in Chromium over every page type in every language, plus keyboard and small screens.

The demo site is built once for the module inside a transaction that is rolled back at the end;
the server thread shares the test's database connection (as Django's live server does for
in-memory SQLite), so no data is committed and no database flush wipes other tests' data.
"""

from unittest import mock
from urllib.parse import quote

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.db import connections
from django.test.testcases import LiveServerThread
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from cms import models
from tests.cms.page_types import PAGE_TYPES
from tests.cms.sessions import session

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

LANGUAGES = ["fi", "sv", "en"]


@pytest.fixture(scope="module")
def server(demo_site):
    for days in (1, 3, 6):
        session(days)
    # One connection shared by both threads: closing it would end the rolled-back transaction.
    connection = connections["default"]
    with mock.patch.object(connection, "close", lambda: None):
        connection.inc_thread_sharing()
        thread = LiveServerThread(
            "127.0.0.1", StaticFilesHandler, connections_override={"default": connection}
        )
        thread.daemon = True
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
        yield f"http://127.0.0.1:{thread.port}"
        thread.terminate()
        connection.dec_thread_sharing()


@pytest.fixture(scope="module")
def browser_page(chromium, server):
    context = chromium.new_context(locale="fi-FI", timezone_id="Europe/Helsinki")
    page = context.new_page()
    page.foreign_requests = []

    def block_foreign(route):
        # Map tiles are the one allowed third party; they are not fetched in tests.
        page.foreign_requests.append(route.request.url)
        route.abort()

    page.route(lambda url: not url.startswith(server), block_foreign)
    page.csp_violations = []
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text
            and page.csp_violations.append(f"{page.url}: {message.text}")
        ),
    )
    yield page
    context.close()


def urls(language):
    return [
        (model.__name__, model.objects.live().filter(locale__language_code=language).first().url)
        for model in PAGE_TYPES
    ]


def public_views(language):
    """Every public view with the status it answers: each live CMS page of the demo site (every
    page type and every theme, the violence page with its quick exit among them) and the views
    outside the CMS."""
    pages = Page.objects.live().public().filter(locale__language_code=language, depth__gt=1)
    views = [(page.url, 200) for page in pages.specific()]
    theme = models.ThemePage.objects.live().filter(locale__language_code=language).first()
    with translation.override(language):
        search = reverse("search")
        views += [
            (reverse("venue-map"), 200),
            (f"{search}?q={quote(theme.title)}", 200),
            (f"{search}?q=zqxjvw", 200),
            (reverse("travel:request"), 200),
            (reverse("accounts:login"), 200),
            (f"/{language}/no-such-page/", 404),
        ]
    # The offline page is the same in every language: it carries all three itself.
    return views + [("/offline/", 200)]


def every_axe_rule(browser_page):
    """axe leaves its experimental rules out unless told: enable every rule it has,
    best practices and experimental ones included."""
    browser_page.evaluate(Axe().axe_script)
    rules = browser_page.evaluate("axe.getRules().map(rule => rule.ruleId)")
    return {"resultTypes": ["violations"], "rules": {rule: {"enabled": True} for rule in rules}}


def violations(results):
    return [
        f"{violation['id']} ({violation['impact']}): "
        + ", ".join(str(node["target"]) for node in violation["nodes"])
        for violation in results.response["violations"]
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_with_every_rule_finds_nothing_on_any_public_view(server, browser_page, language):
    """...and the strict Content Security Policy blocks nothing the pages need."""
    axe = Axe()
    browser_page.csp_violations.clear()
    browser_page.set_viewport_size({"width": 1280, "height": 900})
    options = None
    problems, wrong_status = {}, {}
    for url, status in public_views(language):
        response = browser_page.goto(server + url)
        if response.status != status:
            wrong_status[url] = response.status
        options = options or every_axe_rule(browser_page)
        found = violations(axe.run(browser_page, options=options))
        if found:
            problems[url] = found
    assert not wrong_status
    assert not problems, "\n".join(f"{url}: {found}" for url, found in problems.items())
    assert not browser_page.csp_violations


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_fits_a_320_pixel_screen(server, browser_page, language):
    browser_page.set_viewport_size({"width": 320, "height": 640})
    too_wide = {}
    for name, url in urls(language):
        browser_page.goto(server + url)
        width = browser_page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            too_wide[name] = width
    assert not too_wide


def test_skip_link_is_the_first_stop_shows_focus_and_moves_it_to_the_content(server, browser_page):
    browser_page.set_viewport_size({"width": 1280, "height": 900})
    browser_page.goto(server + "/fi/")
    browser_page.keyboard.press("Tab")
    skip = browser_page.locator(":focus")
    assert skip.get_attribute("href") == "#main"
    assert skip.is_visible()
    assert browser_page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    browser_page.keyboard.press("Enter")
    assert browser_page.evaluate("document.activeElement.id") == "main"


def test_calendar_map_draws_a_marker_per_point_without_third_parties(server, browser_page):
    calendar = models.PopupCalendarPage.objects.get(locale__language_code="en")
    browser_page.foreign_requests.clear()
    browser_page.goto(server + calendar.url)
    browser_page.wait_for_selector(".leaflet-interactive")
    markers = browser_page.locator(".leaflet-interactive").count()
    # One marker per point the listed pop-ups stand at (venues share their municipality's centre
    # until their location is verified).
    points = browser_page.evaluate(
        "new Set(JSON.parse(document.getElementById('session-features').textContent)"
        ".features.map(f => f.geometry.coordinates.join(','))).size"
    )
    assert browser_page.locator(".session-list > li.session").count() == 3
    assert markers == points >= 1
    assert all("tile.openstreetmap.org" in url for url in browser_page.foreign_requests)


def test_escape_leaves_a_violence_page_for_the_neutral_site(server, browser_page, settings):
    violence = models.ThemePage.objects.get(theme="violence", locale__language_code="sv")
    browser_page.goto(server + violence.url)
    assert browser_page.locator("[data-quick-exit] a").is_visible()
    with browser_page.expect_request(lambda r: r.url == settings.THEME_QUICK_EXIT_URL):
        browser_page.keyboard.press("Escape")


def violence_page_url(language="fi"):
    return models.ThemePage.objects.get(theme="violence", locale__language_code=language).url


def test_the_quick_exit_stays_in_view_without_covering_the_text(server, browser_page):
    browser_page.set_viewport_size({"width": 390, "height": 700})
    browser_page.goto(server + violence_page_url())
    browser_page.evaluate("window.scrollTo(0, 600)")
    assert browser_page.evaluate("window.scrollY") == 600
    bar = browser_page.locator("[data-quick-exit]").bounding_box()
    assert bar["y"] == 0 and bar["width"] == 390
    # Across the whole width the reader sees the bar, not page text scrolled beside the button.
    shows_the_bar = browser_page.evaluate(
        """(y) => Array.from({length: 39}, (_, i) => document.elementFromPoint(i * 10 + 5, y))
            .every((element) => element.closest("[data-quick-exit]"))""",
        bar["height"] / 2,
    )
    background = browser_page.locator("[data-quick-exit]").evaluate(
        "(bar) => getComputedStyle(bar).backgroundColor"
    )
    assert shows_the_bar and background.startswith("rgb(")  # opaque: rgba() has an alpha
    hint = browser_page.locator(".quick-exit-hint").bounding_box()
    assert hint["x"] + hint["width"] <= 390


def test_the_esc_hint_shows_only_where_a_keyboard_is_used(server, chromium, browser_page):
    browser_page.set_viewport_size({"width": 1280, "height": 900})
    browser_page.goto(server + violence_page_url("sv"))
    assert browser_page.get_by_text("eller tryck på Esc").is_visible()

    phone = chromium.new_context(
        locale="sv-FI", viewport={"width": 390, "height": 700}, is_mobile=True, has_touch=True
    )
    page = phone.new_page()
    page.goto(server + violence_page_url("sv"))
    hint = page.get_by_text("eller tryck på Esc")
    assert not hint.is_visible()
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")  # the quick exit: a keyboard is attached after all
    assert hint.is_visible()
    phone.close()


def home_url(language="fi"):
    return models.HomePage.objects.get(locale__language_code=language).url


def test_on_a_360_pixel_phone_the_navigation_waits_behind_a_menu_button(server, browser_page):
    browser_page.set_viewport_size({"width": 360, "height": 740})
    browser_page.goto(server + home_url())
    assert browser_page.evaluate("document.documentElement.scrollWidth") <= 360
    button = browser_page.get_by_role("button", name="Valikko")
    nav = browser_page.get_by_role("navigation", name="Päävalikko")
    search = browser_page.get_by_role("searchbox", name="Hae sivustolta")
    assert button.is_visible() and button.get_attribute("aria-expanded") == "false"
    assert not nav.is_visible() and not search.is_visible()
    # The county's name and the first heading are on the first screen, not pushed down by links.
    assert browser_page.get_by_text("Itä-Uudenmaan hyvinvointialue").first.is_visible()
    assert browser_page.locator("h1").bounding_box()["y"] < 300

    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    assert nav.is_visible() and search.is_visible()
    assert browser_page.evaluate("document.documentElement.scrollWidth") <= 360
    browser_page.keyboard.press("Tab")  # from the button into the menu: search comes next
    assert browser_page.evaluate("document.activeElement.type") == "search"
    browser_page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false" and not nav.is_visible()
    assert browser_page.evaluate("document.activeElement.dataset.menuToggle") == ""


def test_without_javascript_the_phone_menu_is_simply_open(server, chromium):
    context = chromium.new_context(
        viewport={"width": 360, "height": 740}, java_script_enabled=False
    )
    page = context.new_page()
    page.goto(server + home_url("sv"))
    assert page.get_by_role("navigation", name="Huvudmeny").is_visible()
    assert page.locator("[data-menu-toggle]").is_hidden()
    context.close()


def test_on_a_wide_screen_search_shares_the_row_with_the_county_name(server, browser_page):
    browser_page.set_viewport_size({"width": 1280, "height": 900})
    browser_page.goto(server + home_url("en"))
    brand = browser_page.locator(".brand").bounding_box()
    search = browser_page.get_by_role("search", name="Search the site").bounding_box()
    nav = browser_page.get_by_role("navigation", name="Main").bounding_box()
    assert browser_page.locator("[data-menu-toggle]").is_hidden()
    assert search["y"] < brand["y"] + brand["height"] and search["x"] > brand["x"] + brand["width"]
    assert nav["y"] >= brand["y"] + brand["height"]
    # Every main link on one row.
    tops = browser_page.locator(".main-nav a").evaluate_all(
        "(links) => links.map((link) => link.getBoundingClientRect().top)"
    )
    assert len(set(tops)) == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_tab_names_tuuli_once(server, browser_page, language):
    browser_page.goto(server + home_url(language))
    assert browser_page.title().count("Tuuli") == 1
    browser_page.goto(
        server + models.ThemePage.objects.filter(locale__language_code=language).first().url
    )
    assert browser_page.title().endswith(" – Tuuli")
