"""Sync in a real Chromium: lost responses, two tabs, a browser restart, a new service worker,
and one record the server refuses. Nothing may be lost and nothing stored twice."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import expect
from pwa import app_settings as pwa_settings

from outreach.encounters.models import Encounter
from outreach.worker.models import IngestLog
from tests.conftest import CHROMIUM, CHROMIUM_ARGS

from .app_driver import (
    SyncSwitch,
    go_offline,
    log_encounter,
    log_in,
    start_session,
    wait_for_pending,
    wait_until_offline_ready,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_a_lost_response_is_retried_without_storing_anything_twice(app):
    switch = SyncSwitch(app.context)
    for age in ["under18", "30-64", "65+"]:
        log_encounter(app, age=age)
    wait_for_pending(app, 3)
    switch.mode = "lose"  # the server stores the batch, the device never hears back
    app.click("#sync-now")
    for _ in range(200):  # the route handler runs while Playwright waits
        if switch.lost:
            break
        app.wait_for_timeout(100)
    assert switch.lost, "the app never sent the batch"
    wait_for_pending(app, 3)  # the device still holds all three
    assert Encounter.objects.count() == 3  # committed although the device does not know it

    app.click("#sync-now")
    wait_for_pending(app, 0)
    assert Encounter.objects.count() == 3
    assert IngestLog.objects.filter(result="duplicate").count() == 3


def test_two_tabs_syncing_at_once_store_each_record_once(app):
    switch = SyncSwitch(app.context)
    for age in ["under18", "18-29", "30-64", "65+"]:
        log_encounter(app, age=age)
    wait_for_pending(app, 4)
    second = app.context.new_page()
    second.goto(app.url)
    wait_for_pending(second, 4)

    switch.mode = "pass"
    for tab in (app, second):  # both hear "online" at the same moment
        tab.evaluate("window.dispatchEvent(new Event('online'))")
    wait_for_pending(app, 0)
    wait_for_pending(second, 0)
    assert Encounter.objects.count() == 4
    assert not IngestLog.objects.filter(result="duplicate").exists()  # one tab sent them


def test_queued_records_survive_a_browser_restart(
    live_server, playwright_instance, worker, tmp_path
):
    def launch():
        return playwright_instance.chromium.launch_persistent_context(
            str(tmp_path / "profile"),
            executable_path=CHROMIUM,
            args=CHROMIUM_ARGS,
            locale="fi-FI",
            bypass_csp=True,  # wait_for_function() needs eval
        )

    browser = launch()
    page = browser.pages[0] if browser.pages else browser.new_page()
    log_in(page, live_server, worker)
    wait_until_offline_ready(page)
    start_session(page)
    wait_for_pending(page, 0)
    go_offline(browser)
    log_encounter(page, age="18-29")
    log_encounter(page, age="65+")
    wait_for_pending(page, 2)
    browser.close()
    assert Encounter.objects.count() == 0

    browser = launch()  # the same profile: same IndexedDB, same login cookie
    page = browser.pages[0] if browser.pages else browser.new_page()
    page.goto(f"{live_server.url}/fi/worker/")
    wait_for_pending(page, 0)
    browser.close()
    assert Encounter.objects.count() == 2


def test_a_new_service_worker_version_never_loses_queued_records(app, tmp_path, monkeypatch):
    switch = SyncSwitch(app.context)
    for age in ["under18", "18-29", "30-64"]:
        log_encounter(app, age=age)
    wait_for_pending(app, 3)

    # Deploy a new version: the same file with a new VERSION string.
    source = Path(settings.PWA_SERVICE_WORKER_PATH).read_text()
    deployed = tmp_path / "serviceworker.js"
    deployed.write_text(re.sub(r'const VERSION = "[^"]+"', 'const VERSION = "test-next"', source))
    monkeypatch.setattr(pwa_settings, "PWA_SERVICE_WORKER_PATH", str(deployed))
    app.evaluate("navigator.serviceWorker.getRegistration().then((r) => r.update())")
    app.wait_for_selector("#update-banner:not([hidden])")

    # The worker has started the next encounter: the update must wait.
    app.locator("#encounter-age input[value='18-29']").locator("xpath=..").click()
    assert app.locator("#update-now").is_disabled()
    assert app.locator("#update-wait").is_visible()
    app.click("#encounter-form button[type=reset]")
    app.wait_for_function("!document.getElementById('update-now').disabled")

    with app.expect_event("load"):
        app.click("#update-now")  # the new worker takes over and the app reloads
    app.wait_for_selector("body[data-ready=true]")
    assert app.evaluate("navigator.serviceWorker.controller.scriptURL").endswith("serviceworker.js")
    assert app.evaluate("caches.keys()").count("tuuli-shell-test-next") == 1
    wait_for_pending(app, 3)

    switch.mode = "pass"
    app.click("#sync-now")
    wait_for_pending(app, 0)
    assert Encounter.objects.count() == 3


def test_one_record_the_server_refuses_is_flagged_and_the_ten_others_stored(app):
    switch = SyncSwitch(app.context)
    for index in range(10):
        log_encounter(app, age=["under18", "18-29", "30-64", "65+"][index % 4])
        if index == 4:  # a record no server version will take, queued among the good ones
            app.evaluate(
                """async () => {
                    const session = await window.tuuli.outbox.getMeta(`session:${JSON.parse(
                        document.getElementById("app-options").textContent).username}`);
                    const bad = {type: "encounter", uuid: crypto.randomUUID(),
                        session: session.record.uuid, occurred_at: new Date().toISOString(),
                        themes: ["violence"], age_band: "unborn"};
                    await window.tuuli.outbox.add([bad], session.record && JSON.parse(
                        document.getElementById("app-options").textContent).username, ["bad"]);
                }"""
            )
    wait_for_pending(app, 11)

    switch.mode = "pass"
    app.click("#sync-now")
    wait_for_pending(app, 0)
    assert Encounter.objects.count() == 10
    flagged = app.locator("#record-list [data-state=attention]")
    assert flagged.count() == 1
    assert "Ikäryhmä" in flagged.inner_text()  # the reason, in the worker's language
    status = app.locator("#sync-message")
    expect(status).to_have_text(
        "1 kirjaus vaatii huomiota: katso luettelo alla. Muut ovat palvelimella."
    )

    app.once("dialog", lambda dialog: dialog.accept())
    flagged.get_by_role("button", name="Poista tältä laitteelta").click()
    expect(status).to_have_text("Kaikki kirjaukset ovat palvelimella.")


def test_a_busy_server_is_shown_as_busy_and_asked_again_when_it_said(app):
    switch = SyncSwitch(app.context, mode="busy")
    switch.busy_seconds = 3
    log_encounter(app)
    status = app.locator("#sync-message")
    expect(status).to_contain_text("Palvelin on ruuhkautunut.")
    expect(status).to_contain_text("uusi yritys 3 sekunnin kuluttua")
    assert Encounter.objects.count() == 0

    switch.mode = "pass"  # no click: the app comes back by itself after the 3 seconds
    wait_for_pending(app, 0, timeout=10_000)
    assert Encounter.objects.count() == 1
