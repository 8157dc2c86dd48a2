"""The coordinator reads the key figures in the admin and downloads them as CSV."""

import csv
import io

import pytest

pytestmark = pytest.mark.django_db

URL = "/admin/reports/key-figures/"


def test_coordinator_sees_key_figures_with_suppression(client_as, log_encounter):
    for _ in range(7):
        log_encounter({"violence": (1, {"children_in_household": True})})
    log_encounter({"violence": (1, {"children_in_household": False})})

    response = client_as("coordinator").get(URL, {"start": "2026-01-01", "end": "2026-12-31"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Avainluvut" in html
    assert "Lähisuhdeväkivalta" in html
    assert "&lt;5" in html


def test_csv_has_the_same_suppressed_numbers(client_as, log_encounter):
    for _ in range(20):
        log_encounter({"violence": (1, {"children_in_household": True})})
    for _ in range(7):
        log_encounter({"violence": (1, {"children_in_household": False})})
    log_encounter({"violence": (1, {"children_in_household": False, "role": "witnessed"})})

    response = client_as("coordinator").get(
        URL, {"start": "2026-01-01", "end": "2026-12-31", "format": "csv"}
    )

    assert response["Content-Type"].startswith("text/csv")
    assert "key-figures-2026-01-01-2026-12-31-all.csv" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    children = {row[2]: row[3] for row in rows if row[1] == "Lapsia taloudessa"}
    assert children == {
        "Kyllä": "20",
        "Ei": "8",
        "Ei vastattu": "0",
        "Kohtaamisia: Lähisuhdeväkivalta": "28",
    }
    roles = {row[2]: row[3] for row in rows if row[1] == "Rooli"}
    assert roles["On nähnyt väkivaltaa"] == "<5"
    assert "1" not in roles.values()


def test_a_period_that_ends_before_it_starts_is_refused_with_a_message(client_as):
    response = client_as("coordinator").get(URL, {"start": "2026-05-01", "end": "2026-04-01"})
    assert response.status_code == 400
    assert "Ajanjakson on alettava ennen kuin se päättyy." in response.content.decode()


def test_garbage_dates_are_refused_not_crashed(client_as):
    response = client_as("coordinator").get(URL, {"start": "yesterday", "end": "x"})
    assert response.status_code == 400


@pytest.mark.parametrize("role", ["finance", "editor", "outreach_worker", None])
def test_only_coordinators_see_key_figures(client_as, role):
    response = client_as(role).get(URL)
    # Wagtail turns a refusal into a redirect (to the dashboard, or to the login page).
    assert response.status_code == 302
    assert "/admin/" in response["Location"]


def test_the_date_fields_show_this_year_so_far_in_the_browsers_date_picker(client_as):
    from django.utils import timezone

    today = timezone.localdate()

    html = client_as("coordinator").get(URL).content.decode()

    # An input of type date shows nothing for "1.1.2026": its value must be ISO.
    assert f'type="date" name="start" value="{today.year}-01-01"' in html
    assert f'type="date" name="end" value="{today.isoformat()}"' in html
