"""Correcting an encounter on the device: a new version on the server; a stale one is shown;
themes and theme answers can be corrected, and the list shows each record once, as it now is, in
the language of the app."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from outreach.encounters.models import Encounter

from .app_driver import (
    log_encounter,
    log_in,
    start_session,
    wait_for_pending,
    wait_until_offline_ready,
)
from .test_accessibility_browser import WCAG_AA

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def open_correction(page):
    page.locator("#record-list li[data-state=synced]").first.get_by_role("button").click()
    expect(page.locator("#correct-dialog")).to_be_visible()


def correct_age(page, age):
    open_correction(page)
    page.select_option("[name=correct-age_band]", age)
    page.click("#correct-form button[type=submit]")


def test_a_correction_reaches_the_server_and_a_stale_one_needs_attention(
    live_server, page, role_user
):
    log_in(page, live_server, role_user("outreach_worker"))
    wait_until_offline_ready(page)
    start_session(page)
    log_encounter(page, age="18-29")
    wait_for_pending(page, 0)

    correct_age(page, "65+")
    corrected = page.locator("#record-list li[data-corrected]")
    expect(corrected).to_have_attribute("data-state", "synced")
    encounter = Encounter.objects.get()
    assert (encounter.age_band, encounter.version) == ("65+", 2)

    Encounter.objects.update(version=3)  # corrected meanwhile on another device
    correct_age(page, "under18")
    flagged = page.locator("#record-list li[data-state=attention]")
    expect(flagged).to_contain_text("vanhempi versio")
    expect(flagged).to_contain_text("65 tai yli")  # what the server has, not the refused change
    assert Encounter.objects.get().age_band == "65+"


def start_session_with(page, themes):
    page.locator("#venue-list label").first.click()
    for theme in themes:
        page.locator(f"#session-themes input[value={theme}]").check()
    page.click("#start-form button[type=submit]")
    page.wait_for_selector("#session-view:not([hidden])")


def test_themes_and_answers_are_corrected_and_the_list_shows_the_record_once_in_swedish_too(
    live_server, page, role_user
):
    page.set_viewport_size({"width": 360, "height": 740})
    log_in(page, live_server, role_user("outreach_worker"))
    wait_until_offline_ready(page)
    start_session_with(page, ["violence", "gambling"])
    log_encounter(page, theme="violence", age="18-29")
    wait_for_pending(page, 0)

    open_correction(page)
    dialog = page.locator("#correct-dialog")
    assert dialog.locator("input[name=correct-theme][value=violence]").is_checked()
    dialog.locator("input[name=correct-theme][value=violence]").locator("xpath=..").click()
    page.click("#correct-form button[type=submit]")
    expect(page.locator("#correct-error")).to_have_text("Valitse vähintään yksi teema.")
    expect(dialog).to_be_visible()  # nothing queued: the worker fixes it in place
    dialog.locator("input[name=correct-theme][value=gambling]").locator("xpath=..").click()
    violence = dialog.locator(".theme-fields[data-theme=violence]")
    expect(violence).to_be_hidden()  # fields of a theme no longer chosen are not offered
    gambling = dialog.locator(".theme-fields[data-theme=gambling]")
    gambling.get_by_text("Nettikasino").click()
    page.select_option("[name=correct-age_band]", "65+")
    results = Axe().run(page, options=WCAG_AA)
    assert results.violations_count == 0, results.generate_report()
    page.click("#correct-form button[type=submit]")

    rows = page.locator("#record-list li[data-uuid]")
    row = page.locator(f"#record-list li[data-uuid='{Encounter.objects.get().uuid}']")
    # Marked from the moment the correction is queued; synced once the server has it.
    expect(row.locator(".marker")).to_have_text("korjattu")
    expect(row).to_have_attribute("data-state", "synced")
    expect(row).to_contain_text("Rahapelaaminen · 65 tai yli")
    expect(row).to_contain_text("Keskustelu · Pelimuoto: Nettikasino")
    expect(row).not_to_contain_text("Lähisuhdeväkivalta")
    expect(rows).to_have_count(2)  # the session and the encounter: no row for the correction
    encounter = Encounter.objects.get()
    assert (encounter.themes, encounter.age_band, encounter.version) == (["gambling"], "65+", 2)
    assert encounter.answers["gambling"]["answers"] == {"game_type": ["online_casino"]}

    page.goto(f"{live_server.url}/sv/worker/")
    page.wait_for_selector("body[data-ready=true]")
    expect(row).to_contain_text("Penningspel · 65 eller äldre")
    expect(row).to_contain_text("Samtal · Typ av spel: Nätkasino")
    expect(row.locator(".marker")).to_have_text("korrigerat")
    expect(rows).to_have_count(2)
    wide, width = page.evaluate("[document.documentElement.scrollWidth, innerWidth]")
    assert wide <= width, f"the list is {wide} px wide on a {width} px screen"


def test_a_correction_waiting_for_the_network_shows_as_pending_on_the_corrected_row(
    live_server, page, role_user
):
    log_in(page, live_server, role_user("outreach_worker"))
    wait_until_offline_ready(page)
    start_session(page)
    log_encounter(page, age="18-29")
    wait_for_pending(page, 0)
    page.context.route("**/api/worker/sync", lambda route: route.abort("internetdisconnected"))

    correct_age(page, "30-64")
    wait_for_pending(page, 1)
    row = page.locator("#record-list li[data-corrected]")
    expect(row).to_have_attribute("data-state", "queued")
    expect(row).to_contain_text("30–64")
    expect(row).not_to_contain_text("18–29")
    expect(page.locator("#record-list li[data-uuid]")).to_have_count(2)
    assert Encounter.objects.get().age_band == "18-29"
