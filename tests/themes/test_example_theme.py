"""The pip-installed example theme (tests/example_theme, `tuuli-loneliness`) joins every part of
Tuuli with no change to core code: settings, worker form, sync, CMS blocks and reports."""

from datetime import timedelta
from importlib.metadata import entry_points
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from outreach.encounters.models import Encounter
from outreach.themes.answers import clean_encounter_answers, describe_answers
from outreach.themes.blocks import theme_block_choices
from outreach.themes.registry import get_theme
from tests.worker.records import encounter_record, session_record


def test_it_is_an_installed_package_found_through_its_entry_point():
    announced = {ep.name: ep.value for ep in entry_points(group="tuuli.themes")}
    assert announced["loneliness"] == "tuuli_loneliness"
    assert "tuuli_loneliness" in settings.INSTALLED_APPS
    theme = get_theme("loneliness")
    # Imported from site-packages, not from the repository: pip installed it.
    assert "site-packages" in Path(theme.path).parts
    assert theme.schema_version == 2


@pytest.mark.django_db
def test_it_is_in_the_worker_apps_form_with_its_guidance(client_as):
    response = client_as("outreach_worker").get("/api/worker/bootstrap", HTTP_ACCEPT_LANGUAGE="sv")
    themes = {theme["slug"]: theme for theme in response.json()["themes"]}
    loneliness = themes["loneliness"]
    assert loneliness["name"] == "Ensamhet"
    assert [f["key"] for f in loneliness["fields"]] == [
        "duration",
        "someone_to_talk_to",
        "situation",
    ]
    assert loneliness["guidance"][0]["when"] == {"field": "someone_to_talk_to", "value": "nobody"}


@pytest.mark.django_db
def test_its_answers_sync_in_both_schema_versions(client_as):
    worker = client_as("outreach_worker")
    session = session_record(themes=["loneliness"])
    current = encounter_record(
        session,
        themes=["loneliness"],
        answers={"loneliness": {"schema_version": 2, "answers": {"someone_to_talk_to": "nobody"}}},
    )
    offline_since_update = encounter_record(
        session,
        themes=["loneliness"],
        answers={"loneliness": {"schema_version": 1, "answers": {"has_someone": False}}},
    )
    wrong = encounter_record(
        session,
        themes=["loneliness"],
        answers={"loneliness": {"schema_version": 2, "answers": {"has_someone": False}}},
    )
    response = worker.post(
        "/api/worker/sync",
        {"records": [session, current, offline_since_update, wrong]},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    receipts = response.json()["receipts"]
    assert [r["status"] for r in receipts] == ["stored", "stored", "stored", "rejected"]
    assert "has_someone" in receipts[3]["message"]
    stored = Encounter.objects.get(uuid=offline_since_update["uuid"])
    with translation.override("fi"):
        described = describe_answers(stored.answers)
    assert described[0]["answers"] == [
        {"key": "has_someone", "label": "Hänellä on joku, jolle puhua", "value": "Ei"}
    ]


def test_a_version_1_record_past_the_grace_period_is_refused():
    old = {"loneliness": {"schema_version": 1, "answers": {"has_someone": True}}}
    too_old = timezone.now() - timedelta(days=settings.THEME_SCHEMA_GRACE_DAYS + 1)
    with pytest.raises(ValidationError) as caught:
        clean_encounter_answers(old, ["loneliness"], occurred_at=too_old)
    assert caught.value.error_list[0].code == "schema_expired"


def test_its_blocks_are_offered_to_the_cms():
    from cms.models import ThemePage

    assert {"loneliness_tips", "loneliness_referrals"} <= dict(theme_block_choices()).keys()
    body = ThemePage._meta.get_field("body")
    assert "loneliness_tips" in body.stream_block.child_blocks
    assert "loneliness" in dict(ThemePage._meta.get_field("theme").choices)


@pytest.mark.django_db
def test_turned_off_it_leaves_the_form_and_the_block_choices_but_stays_known(client_as, settings):
    from cms.models import ThemePage

    settings.DISABLED_THEMES = ["loneliness"]
    bootstrap = client_as("outreach_worker").get("/api/worker/bootstrap").json()
    assert "loneliness" not in {theme["slug"] for theme in bootstrap["themes"]}
    assert "loneliness_tips" not in dict(theme_block_choices())
    # Pages built before still render its blocks.
    assert "loneliness_tips" in ThemePage._meta.get_field("body").stream_block.child_blocks
    assert get_theme("loneliness") is not None  # still known to reports and stored answers
