"""Ending a session on a 360 px phone: the app asks first with a summary of the session (venue,
start, duration, encounters, passers-by, records still to sync), can be told to keep the session
open, and says what was ended. Online and offline alike. The page's clock is fixed, so that the
duration shown does not depend on how fast the test runs."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from outreach.encounters.models import PopupSession

from .app_driver import (
    PHONE,
    assert_on_screen,
    go_offline,
    go_online,
    log_encounter,
    log_in,
    start_session,
    wait_for_pending,
    wait_until_offline_ready,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
HELSINKI = ZoneInfo("Europe/Helsinki")
END_BUTTON = "#end-form button[type=submit]"


@pytest.fixture
def started_at():
    """A whole minute a few hours ago: the server refuses times in the future."""
    return (datetime.now(UTC) - timedelta(hours=3)).replace(second=0, microsecond=0)


def open_a_session_with_two_encounters(page, live_server, worker, started_at, language):
    page.clock.set_fixed_time(started_at)
    log_in(page, live_server, worker, language=language)
    wait_until_offline_ready(page)
    start_session(page)
    wait_for_pending(page, 0)
    return page.locator("#venue-list input:checked + span").text_content()


def shown_start(started_at, now):
    """As the app shows it: Helsinki time, the date only when the session began another day."""
    start, today = started_at.astimezone(HELSINKI), now.astimezone(HELSINKI)
    clock = start.strftime("%H.%M")
    if start.date() == today.date():
        return clock
    return f"{start.day}.{start.month}.{start.year} {clock}"


def summary(page, name):
    return page.locator(f"#end-dialog [data-summary={name}]")


def assert_on_the_phone_screen(page, selector):
    assert_on_screen(page, selector)
    wide = page.evaluate("document.documentElement.scrollWidth")
    assert wide <= PHONE["width"], f"the page is {wide} px wide"


def focus_is_in(page, selector):
    return page.evaluate(f"document.querySelector({selector!r}).contains(document.activeElement)")


def test_ending_shows_the_session_first_and_keeping_it_open_changes_nothing(
    live_server, phone, worker, started_at
):
    page = phone
    venue = open_a_session_with_two_encounters(page, live_server, worker, started_at, "fi")
    log_encounter(page, age="18-29")
    log_encounter(page, age="65+")
    wait_for_pending(page, 0)
    now = started_at + timedelta(hours=1, minutes=25)
    page.clock.set_fixed_time(now)
    page.fill("#passers-by", "30")

    page.tap(END_BUTTON)
    dialog = page.locator("#end-dialog")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("heading")).to_have_text("Päätetäänkö tapahtuma?")
    expect(summary(page, "venue")).to_have_text(venue)
    expect(summary(page, "started")).to_have_text(shown_start(started_at, now))
    expect(summary(page, "duration")).to_have_text("1 h 25 min")
    expect(summary(page, "encounters")).to_have_text("2")
    expect(summary(page, "passersBy")).to_have_text("30")
    expect(summary(page, "pending")).to_have_text("0")
    assert focus_is_in(page, "#end-dialog")
    assert_on_the_phone_screen(page, "#end-dialog")
    results = Axe().run(page, options=WCAG_AA)
    assert results.violations_count == 0, results.generate_report()

    dialog.get_by_role("button", name="Jätä tapahtuma auki").tap()
    expect(dialog).to_be_hidden()
    expect(page.locator("#session-view")).to_be_visible()
    expect(page.locator(END_BUTTON)).to_be_focused()
    expect(page.locator("#pending-count")).to_have_text("0")  # nothing queued
    assert PopupSession.objects.get().status == "open"

    page.tap(END_BUTTON)
    expect(dialog).to_be_visible()
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(page.locator(END_BUTTON)).to_be_focused()
    expect(page.locator("#session-view")).to_be_visible()

    page.tap(END_BUTTON)
    dialog.get_by_role("button", name="Päätä tapahtuma").tap()
    ended = page.locator("#session-ended")
    expect(ended).to_have_text("Tapahtuma päätetty: 2 kohtaamista, 1 h 25 min")
    expect(ended).to_be_focused()
    expect(page.locator("#start-view")).to_be_visible()
    wait_for_pending(page, 0)
    stored = PopupSession.objects.get()
    assert (stored.status, stored.passers_by) == ("closed", 30)
    assert stored.ends_at == now

    start_session(page)  # the word about the last session goes with the next one
    expect(ended).to_be_hidden()


def test_a_session_ends_offline_after_the_same_summary(live_server, phone, worker, started_at):
    page = phone
    open_a_session_with_two_encounters(page, live_server, worker, started_at, "sv")
    go_offline(page.context)
    log_encounter(page, age="18-29")
    log_encounter(page, age="30-64")
    wait_for_pending(page, 2)
    page.clock.set_fixed_time(started_at + timedelta(hours=2, minutes=5))

    page.tap(END_BUTTON)
    dialog = page.locator("#end-dialog")
    expect(summary(page, "encounters")).to_have_text("2")
    expect(summary(page, "pending")).to_have_text("2")  # the encounters, still on the phone
    expect(summary(page, "duration")).to_have_text("2 h 5 min")
    expect(summary(page, "passersBy")).to_be_hidden()  # none were counted
    dialog.get_by_role("button", name="Låt tillfället vara öppet").tap()
    expect(page.locator("#session-view")).to_be_visible()
    expect(page.locator("#pending-count")).to_have_text("2")

    page.tap(END_BUTTON)
    dialog.get_by_role("button", name="Avsluta tillfället").tap()
    expect(page.locator("#session-ended")).to_have_text("Tillfället avslutat: 2 möten, 2 h 5 min")
    expect(page.locator("#start-view")).to_be_visible()
    wait_for_pending(page, 3)  # the end of the session waits with the encounters
    assert PopupSession.objects.get().status == "open"

    go_online(page.context)
    wait_for_pending(page, 0)
    assert PopupSession.objects.get().status == "closed"
