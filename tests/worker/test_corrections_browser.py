"""Correcting an encounter on the device: a new version on the server; a stale one is shown."""

import pytest
from playwright.sync_api import expect

from outreach.encounters.models import Encounter

from .app_driver import (
    log_encounter,
    log_in,
    start_session,
    wait_for_pending,
    wait_until_offline_ready,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def correct_age(page, age):
    page.locator("#record-list li[data-state=synced] button").first.click()
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
    correction = page.locator("#record-list li", has_text="Korjaus")
    expect(correction).to_have_attribute("data-state", "synced")
    encounter = Encounter.objects.get()
    assert (encounter.age_band, encounter.version) == ("65+", 2)

    Encounter.objects.update(version=3)  # corrected meanwhile on another device
    correct_age(page, "under18")
    flagged = page.locator("#record-list li[data-state=attention]")
    expect(flagged).to_contain_text("vanhempi versio")
    assert Encounter.objects.get().age_band == "65+"
