"""The worker's day without a network, in a real Chromium against a live server."""

import pytest

from .app_driver import (
    go_offline,
    go_online,
    log_encounter,
    log_in,
    pending,
    start_session,
    stored_encounters,
    wait_for_pending,
    wait_until_offline_ready,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_three_encounters_logged_offline_survive_a_reload_and_arrive_once(
    live_server, page, worker
):
    log_in(page, live_server, worker)
    wait_until_offline_ready(page)
    start_session(page)
    wait_for_pending(page, 0)

    go_offline(page.context)
    for age in ["under18", "18-29", "65+"]:
        log_encounter(page, age=age)
    wait_for_pending(page, 3)

    page.reload()  # still offline: the service worker serves the app
    page.wait_for_selector("body[data-ready=true]")
    assert pending(page) == "3"
    assert page.locator("#session-view").is_visible()
    assert stored_encounters() == 0

    go_online(page.context)  # no reload: the online event drains the outbox
    wait_for_pending(page, 0)
    assert stored_encounters() == 3
    assert page.locator("#record-list [data-state=synced]").count() == 4  # and the session
