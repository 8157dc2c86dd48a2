"""Idle timeout: after 30 minutes without activity a logged-in user is logged out and told why.
Requests the software makes by itself (the worker app's automatic syncs, Wagtail's pings) never
keep a session alive."""

import json
from unittest import mock

import pytest

pytestmark = pytest.mark.django_db

MESSAGES = {
    "fi": "Sinut kirjattiin ulos, koska palvelua ei käytetty 30 minuuttiin. "
    "Kirjaudu sisään uudelleen.",
    "sv": "Du loggades ut efter 30 minuter utan aktivitet. Logga in igen.",
    "en": "You were logged out after 30 minutes without activity. Log in again.",
}
BACKGROUND = {"X-Tuuli-Background": "1"}


class Clock:
    """Stands in for the middleware's time source; ``advance`` moves it on."""

    def __init__(self):
        self.seconds = 1_800_000_000.0

    def __call__(self):
        return self.seconds

    def advance(self, minutes):
        self.seconds += minutes * 60


@pytest.fixture
def clock():
    with mock.patch("outreach.accounts.idle.now", Clock()) as fake:
        yield fake


@pytest.fixture
def worker(client_as):
    return client_as("outreach_worker")


def logged_in(client):
    return "_auth_user_id" in client.session


def sync(client, headers=None):
    """An empty sync batch, in the worker's language as the app sends it."""
    return client.post(
        "/api/worker/sync",
        json.dumps({"records": []}),
        content_type="application/json",
        headers={"Accept-Language": "en", **(headers or {})},
    )


def test_a_page_29_minutes_after_the_last_stays_logged_in_and_restarts_the_clock(worker, clock):
    assert worker.get("/fi/worker/").status_code == 200
    clock.advance(29)
    assert worker.get("/fi/worker/").status_code == 200
    assert logged_in(worker)

    clock.advance(31)
    assert worker.get("/fi/worker/").status_code == 302


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_after_31_minutes_the_login_page_says_why_and_leads_back(worker, clock, language):
    worker.get(f"/{language}/worker/")
    clock.advance(31)

    response = worker.get(f"/{language}/worker/?tab=records")

    assert response.status_code == 302
    assert response.url == f"/{language}/accounts/login/?next=/{language}/worker/%3Ftab%3Drecords"
    assert not logged_in(worker)
    login_page = worker.get(response.url).content.decode()
    assert MESSAGES[language] in login_page
    assert f'<html lang="{language}"' in login_page


def test_the_worker_apps_automatic_checks_do_not_keep_the_session_alive(worker, clock):
    worker.get("/fi/worker/")
    answers = []
    for _ in range(8):  # a phone on a table checking in every 5 minutes for 40 minutes
        clock.advance(5)
        answers.append(worker.get("/api/worker/me", headers=BACKGROUND).status_code)

    assert answers == [200] * 6 + [401, 401]
    assert not logged_in(worker)


def test_a_sync_the_worker_started_counts_as_activity(worker, clock):
    worker.get("/fi/worker/")
    clock.advance(20)
    assert sync(worker).status_code == 200
    clock.advance(25)
    assert worker.get("/api/worker/me", headers=BACKGROUND).status_code == 200

    clock.advance(31)
    assert worker.get("/api/worker/me", headers=BACKGROUND).status_code == 401


def test_a_sync_after_the_timeout_gets_401_json_and_the_login_page_says_why(worker, clock):
    worker.get("/en/worker/")
    clock.advance(31)

    response = sync(worker, headers=BACKGROUND)

    assert response.status_code == 401
    assert response["Content-Type"].startswith("application/json")
    assert not logged_in(worker)
    # The app's "Log in again" link: the reason waits there.
    assert MESSAGES["en"] in worker.get("/en/accounts/login/").content.decode()


def test_the_admin_goes_to_the_wagtail_login_with_the_message(client_as, clock):
    editor = client_as("editor")
    assert editor.get("/admin/pages/").status_code == 200
    clock.advance(31)

    response = editor.get("/admin/pages/")

    assert response.status_code == 302
    assert response.url == "/admin/login/?next=/admin/pages/"
    assert MESSAGES["fi"] in editor.get(response.url).content.decode()


def test_wagtails_editing_session_pings_do_not_keep_the_session_alive(client_as, clock):
    editor = client_as("editor")
    editor.get("/admin/pages/")
    for _ in range(7):  # an edit page left open pings every 10 seconds; 35 minutes of pings
        clock.advance(5)
        editor.post(
            "/admin/editing-sessions/ping/wagtailcore/page/1/1/",
            headers={"X-Requested-With": "XMLHttpRequest"},
        )

    assert not logged_in(editor)
    assert editor.get("/admin/pages/").status_code == 302


def test_logging_out_after_the_timeout_just_logs_out(worker, clock):
    worker.get("/fi/worker/")
    clock.advance(31)

    response = worker.post("/fi/accounts/logout/")

    assert response.status_code == 302
    assert response.url == "/"
    assert not logged_in(worker)
