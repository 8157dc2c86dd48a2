"""The worker app on a 360 px phone: nothing scrolls sideways, nothing `hidden` shows, choices
and dialogs fit the screen, and acute-crisis guidance appears at once, above the fold."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from .app_driver import PHONE, assert_on_screen, log_in, wait_for_pending, wait_until_offline_ready

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def assert_fits_the_screen(page, screen):
    wide, width = page.evaluate("[document.documentElement.scrollWidth, innerWidth]")
    assert wide <= width, f"{screen}: the page is {wide} px wide on a {width} px screen"
    shown = page.evaluate(
        "[...document.querySelectorAll('[hidden]')].filter((el) => el.getClientRects().length)"
        ".map((el) => el.id || el.outerHTML.slice(0, 60))"
    )
    assert shown == [], f"{screen}: shown although hidden: {shown}"


def assert_choices_fit(page, group):
    """Every choice as wide as its group, its label unclipped, and one checkbox size."""
    report = page.evaluate(
        """(group) => {
          const fieldset = document.querySelector(`${group} fieldset`);
          const labels = [...fieldset.querySelectorAll("label.choice")];
          return {
            width: fieldset.getBoundingClientRect().width,
            widths: labels.map((l) => l.getBoundingClientRect().width),
            clipped: labels.filter((l) => l.scrollWidth > l.clientWidth).map((l) => l.textContent),
            boxes: [...new Set(labels.map((l) => l.querySelector("input").offsetWidth))],
          };
        }""",
        group,
    )
    assert all(width >= report["width"] - 1 for width in report["widths"]), report
    assert report["clipped"] == [], report
    assert len(report["boxes"]) == 1, report


def start_session_with_every_theme(page):
    page.locator("#venue-list label").first.click()
    for theme in page.locator("#session-themes input").all():
        theme.check()
    page.click("#start-form button[type=submit]")
    page.wait_for_selector("#session-view:not([hidden])")


def choose_the_main_library_on_the_stacked_loviisa_marker(page):
    """Unverified Loviisa venues share the municipality centre: one marker offers a chooser."""
    page.locator("#venue-map path[aria-label*='Loviisan pääkirjasto']").tap()
    chooser = page.locator("#venue-map .venue-chooser")
    expect(chooser.get_by_role("button", name="Tesjoen lähikirjasto")).to_be_visible()
    expect(chooser.get_by_role("button").first).to_be_focused()  # ready for the keyboard
    assert_fits_the_screen(page, "start, venue chooser open")
    chooser.get_by_role("button", name="Loviisan pääkirjasto").click()
    expect(page.locator("#venue-list input:checked + span")).to_have_text("Loviisan pääkirjasto")
    expect(page.locator("#venue-status")).to_have_text("Valittu: Loviisan pääkirjasto")
    expect(chooser).to_have_count(0)


def test_every_screen_fits_a_360_px_phone(live_server, phone, worker):
    page = phone
    log_in(page, live_server, worker)
    wait_until_offline_ready(page)
    assert_fits_the_screen(page, "start")
    assert_choices_fit(page, "#session-themes")
    status_bar = page.locator(".status-bar").bounding_box()
    assert status_bar["height"] <= PHONE["height"] * 0.15, "the sync panel takes too much room"

    page.click("#venues-map")
    page.wait_for_selector("#venue-map .leaflet-interactive")
    assert_fits_the_screen(page, "start, map open")
    choose_the_main_library_on_the_stacked_loviisa_marker(page)

    start_session_with_every_theme(page)
    for theme in page.locator("#encounter-themes input").all():
        theme.check()
    page.click("#more-details summary")
    expect(page.locator("#theme-fields .theme-fields").first).to_be_visible()
    assert_fits_the_screen(page, "encounter, every theme open")
    assert_choices_fit(page, "#encounter-themes")

    page.locator("#encounter-age input").first.check()
    page.click("#save-encounter")
    wait_for_pending(page, 0)
    assert_fits_the_screen(page, "records")

    page.locator("#record-list li[data-state=synced] button").first.click()
    expect(page.locator("#correct-dialog")).to_be_visible()
    assert_fits_the_screen(page, "correction dialog")
    assert_on_screen(page, "#correct-dialog")
    page.click("#correct-cancel")

    for screen in ("travel:visit-code", "travel:mileage"):
        assert page.goto(live_server.url + reverse(screen)).ok
        assert_fits_the_screen(page, screen)


def assert_in_sight(page, selector):
    """On the screen, below the sticky sync panel."""
    box = page.locator(selector).bounding_box()
    status_bar = page.locator(".status-bar").bounding_box()
    assert status_bar["y"] + status_bar["height"] <= box["y"] < PHONE["height"], box


def test_acute_crisis_shows_its_guidance_at_once_above_the_fold(live_server, phone, worker):
    page = phone
    log_in(page, live_server, worker)
    page.wait_for_selector("body[data-ready=true]")
    start_session_with_every_theme(page)

    page.select_option("[name=contact_type]", "crisis", timeout=5_000)

    guidance = page.locator("#guidance .guidance.urgent")
    expect(guidance).to_contain_text("112")
    expect(page.locator("#more-details")).not_to_have_attribute("open", "")
    assert_in_sight(page, "#guidance .guidance.urgent")


def test_an_urgent_answer_in_the_details_brings_its_guidance_into_sight(live_server, phone, worker):
    page = phone
    log_in(page, live_server, worker)
    page.wait_for_selector("body[data-ready=true]")
    start_session_with_every_theme(page)
    for theme in page.locator("#encounter-themes input").all():
        theme.check()
    page.click("#more-details summary")

    page.locator("input[name='mental-health.topic'][value=suicidal_thoughts]").check()

    expect(page.locator("#guidance .guidance.urgent")).to_contain_text("112")
    assert_in_sight(page, "#guidance .guidance.urgent")
