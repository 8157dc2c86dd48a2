"""Guessing passwords: after five wrong ones a username is paused from that address for the
cool-off, in the Tuuli login and in the Wagtail admin login alike (django-axes)."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import F

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"  # tests/factories.py
COOL_OFF = int(settings.AXES_COOLOFF_TIME.total_seconds())
MESSAGES = {
    "fi": "Liian monta epäonnistunutta kirjautumisyritystä. Yritä uudelleen 15 minuutin kuluttua.",
    "sv": "För många misslyckade inloggningsförsök. Försök igen om 15 minuter.",
    "en": "Too many failed login attempts. Try again in 15 minutes.",
}


def log_in(client, username, password, url="/fi/accounts/login/", **headers):
    return client.post(url, {"username": username, "password": password}, headers=headers)


def fail_five_times(client, username, url="/fi/accounts/login/"):
    answers = [log_in(client, username, "wrong", url).status_code for _ in range(5)]
    # The first four show the form again; the fifth failure is the one that locks.
    assert answers == [200, 200, 200, 200, 429]


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_sixth_attempt_is_refused_even_with_the_right_password(client, role_user, language):
    worker = role_user("outreach_worker")
    fail_five_times(client, worker.username)

    response = log_in(client, worker.username, PASSWORD, f"/{language}/accounts/login/")

    assert response.status_code == 429
    assert response["Retry-After"] == str(COOL_OFF) == "900"
    assert MESSAGES[language] in response.content.decode()
    assert f'<html lang="{language}"' in response.content.decode()  # the site's own page
    assert "_auth_user_id" not in client.session


def test_a_client_that_asks_for_json_gets_the_reason_and_the_wait_as_json(client, role_user):
    worker = role_user("outreach_worker")
    fail_five_times(client, worker.username)

    response = log_in(
        client, worker.username, PASSWORD, "/en/accounts/login/", accept="application/json"
    )

    assert response.status_code == 429
    assert response["Retry-After"] == "900"
    assert response.json() == {"detail": MESSAGES["en"], "retry_after": 900}


def test_after_the_cool_off_the_right_password_works_again(client, role_user):
    worker = role_user("outreach_worker")
    fail_five_times(client, worker.username)
    # The failures were made a cool-off and a minute ago.
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(seconds=COOL_OFF + 60))

    response = log_in(client, worker.username, PASSWORD)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(worker.pk)
    assert not AccessAttempt.objects.exists()  # a successful login forgets the failures


def test_just_before_the_cool_off_ends_the_login_is_still_paused(client, role_user):
    worker = role_user("outreach_worker")
    fail_five_times(client, worker.username)
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(seconds=COOL_OFF - 60))

    assert log_in(client, worker.username, PASSWORD).status_code == 429


def test_another_username_from_the_same_address_still_logs_in(client, role_user):
    guessed, colleague = role_user("outreach_worker"), role_user("outreach_worker")
    fail_five_times(client, guessed.username)

    response = log_in(client, colleague.username, PASSWORD)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(colleague.pk)


def test_the_wagtail_admin_login_is_locked_too(client, role_user):
    coordinator = role_user("coordinator")
    fail_five_times(client, coordinator.username, "/admin/login/")

    response = log_in(client, coordinator.username, PASSWORD, "/admin/login/", accept_language="sv")

    assert response.status_code == 429
    assert response["Retry-After"] == "900"
    assert MESSAGES["sv"] in response.content.decode()
    assert client.get("/admin/").status_code == 302  # still not logged in


def test_failures_in_one_login_count_in_the_other(client, role_user):
    coordinator = role_user("coordinator")
    fail_five_times(client, coordinator.username, "/admin/login/")

    assert log_in(client, coordinator.username, PASSWORD, "/fi/accounts/login/").status_code == 429


def test_a_right_password_before_the_limit_clears_the_count(client, role_user):
    worker = role_user("outreach_worker")
    for _ in range(4):
        log_in(client, worker.username, "wrong")
    assert log_in(client, worker.username, PASSWORD).status_code == 302
    client.logout()

    answers = [log_in(client, worker.username, "wrong").status_code for _ in range(4)]

    assert answers == [200] * 4


def test_behind_the_proxy_a_lockout_holds_the_address_the_proxy_saw(client, role_user, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    worker = role_user("outreach_worker")
    office = {"X-Forwarded-For": "198.51.100.7"}
    elsewhere = {"X-Forwarded-For": "203.0.113.20"}
    for _ in range(5):
        log_in(client, worker.username, "wrong", **office)

    assert log_in(client, worker.username, PASSWORD, **office).status_code == 429
    assert log_in(client, worker.username, PASSWORD, **elsewhere).status_code == 302
