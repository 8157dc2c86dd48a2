"""Ending a session and the device's storage, as the worker sees them in a real Chromium."""

import pytest
from playwright.sync_api import expect

from outreach.encounters.models import PopupSession

from .app_driver import end_session, log_in, pending, wait_for_pending

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize(
    "typed, named",
    [("0401234567", "puhelinnumero"), ("131052-308T", "henkilötunnus")],
)
def test_an_identifier_typed_as_passers_by_is_refused_on_the_device(app, typed, named):
    page = app
    page.fill("#passers-by", typed)
    page.click("#end-form button[type=submit]")
    expect(page.locator("#end-error")).to_contain_text(named)
    expect(page.locator("#passers-by")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#session-view")).to_be_visible()  # the session is still open
    expect(page.locator("#end-dialog")).to_be_hidden()
    assert pending(page) == "0"  # nothing queued, so nothing sent

    page.fill("#passers-by", "12")
    end_session(page)
    wait_for_pending(page, 0)
    assert PopupSession.objects.get().passers_by == 12


def test_a_count_out_of_range_is_refused_with_the_range(app):
    page = app
    page.fill("#passers-by", "-3")
    page.click("#end-form button[type=submit]")
    expect(page.locator("#end-error")).to_have_text(
        "Ohikulkijat: anna kokonaisluku väliltä 0–100000."
    )
    expect(page.locator("#session-view")).to_be_visible()
    expect(page.locator("#end-dialog")).to_be_hidden()  # nothing to confirm yet


def test_storage_that_may_be_cleared_says_how_to_keep_records_safe(live_server, page, worker):
    page.add_init_script(
        "navigator.storage.persisted = async () => false;"
        " navigator.storage.persist = async () => false;"
    )
    log_in(page, live_server, worker)
    status = page.locator("#storage-status")
    expect(status).to_contain_text("lisää sovellus aloitusnäytölle")
    expect(status).to_contain_text("synkronoi ennen kuin lähdet")
