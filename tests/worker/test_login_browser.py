"""Logins end: the queue pauses and waits for the worker; logging out never drops records
without the worker saying so."""

import time
from unittest import mock

import pytest
from django.contrib.sessions.models import Session
from playwright.sync_api import expect

from outreach.encounters.models import Encounter

from .app_driver import (
    PASSWORD,
    SyncSwitch,
    log_encounter,
    log_in,
    start_session,
    wait_for_pending,
    wait_until_offline_ready,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def queued(live_server, page, role_user):
    """Two encounters waiting on the device while the sync endpoint is unreachable."""
    worker = role_user("outreach_worker")
    log_in(page, live_server, worker)
    wait_until_offline_ready(page)
    start_session(page)
    wait_for_pending(page, 0)
    switch = SyncSwitch(page.context)
    log_encounter(page, age="18-29")
    log_encounter(page, age="65+")
    wait_for_pending(page, 2)
    return page, worker, switch


def test_an_expired_login_pauses_the_queue_until_the_worker_logs_in_again(queued):
    page, worker, switch = queued
    Session.objects.all().delete()  # the login expired while the device was offline
    switch.mode = "pass"

    page.click("#sync-now")
    expect(page.locator("#sync-message")).to_contain_text("kirjaudu uudelleen")
    expect(page.locator("#login-again")).to_be_visible()
    wait_for_pending(page, 2)
    assert Encounter.objects.count() == 0

    page.click("#login-again")
    page.fill("#id_username", worker.username)
    page.fill("#id_password", PASSWORD)
    page.click("main form button[type=submit]")
    page.wait_for_url("**/fi/worker/")
    wait_for_pending(page, 0)  # resumes by itself once logged in
    assert Encounter.objects.count() == 2


def test_logging_out_with_unsynced_records_asks_what_to_do(queued, live_server):
    page, worker, switch = queued
    page.click("#logout-form button")
    dialog = page.locator("#logout-dialog")
    expect(dialog).to_be_visible()
    expect(page.locator("#logout-count")).to_contain_text("2")
    page.click("#logout-dialog [data-choice=cancel]")
    expect(dialog).to_be_hidden()
    assert "/fi/worker/" in page.url

    page.click("#logout-form button")
    page.click("#logout-dialog [data-choice=keep]")
    page.wait_for_url(lambda url: "/worker/" not in url)
    assert not Session.objects.exists()

    switch.mode = "pass"
    log_in(page, live_server, worker)
    wait_for_pending(page, 0)  # kept on the device, sent after the next login
    assert Encounter.objects.count() == 2


def test_logging_out_after_the_idle_timeout_shows_the_login_page_with_the_reason(
    live_server, page, role_user
):
    log_in(page, live_server, role_user("outreach_worker"))
    wait_until_offline_ready(page)
    page.wait_for_selector("body[data-sync=done]")  # the first sync has its answer

    with mock.patch("outreach.accounts.idle.now", return_value=time.time() + 31 * 60):
        page.click("#logout-form button")
        page.wait_for_url("**/fi/accounts/login/?next=/fi/worker/")

    expect(page.locator("[role=status]")).to_contain_text("Sinut kirjattiin ulos")
    assert not Session.objects.exists()
