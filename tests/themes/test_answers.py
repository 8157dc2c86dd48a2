from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.utils import timezone, translation

from outreach.themes.answers import clean_encounter_answers, describe_answers
from outreach.themes.fields import MultipleChoice, SingleChoice
from outreach.themes.registry import get_theme


def test_answers_of_a_chosen_theme_are_cleaned_with_their_schema_version():
    raw = {"violence": {"schema_version": 1, "answers": {"children_in_household": True}}}
    cleaned = clean_encounter_answers(raw, ["violence"])
    assert cleaned == {
        "violence": {"schema_version": 1, "answers": {"children_in_household": True}}
    }


@pytest.mark.parametrize(
    "raw, themes",
    [
        ({"nonexistent": {"schema_version": 1, "answers": {}}}, ["nonexistent"]),
        ({"violence": {"schema_version": 1, "answers": {}}}, ["gambling"]),
        ({"violence": {"schema_version": 1, "answers": {"role": "nobody"}}}, ["violence"]),
        ({"violence": {"schema_version": 99, "answers": {}}}, ["violence"]),
        (["not", "an", "object"], []),
    ],
)
def test_bad_answers_are_refused_with_a_reason(raw, themes):
    with pytest.raises(ValidationError) as caught:
        clean_encounter_answers(raw, themes)
    assert all(str(message) for message in caught.value.messages)


# --- Schema versions: a record made offline with the previous form -----------------------------

OLD_FIELDS = [
    SingleChoice("game", "Game", [("casino", "Casino"), ("other", "Other")]),
]
NEW_FIELDS = [
    MultipleChoice("game_type", "Type of gambling", [("online_casino", "Online casino")]),
]


@pytest.fixture
def gambling_v2():
    """Gambling as if its form had just changed from version 1 to 2."""
    plugin = get_theme("gambling")
    plugin.__dict__["encounter_module"] = SimpleNamespace(
        SCHEMA_VERSION=2, FIELDS=NEW_FIELDS, PREVIOUS_SCHEMAS={1: OLD_FIELDS}, GUIDANCE=[]
    )
    yield plugin
    plugin.__dict__.pop("encounter_module", None)


def old_record(answers):
    return {"gambling": {"schema_version": 1, "answers": answers}}


@override_settings(THEME_SCHEMA_GRACE_DAYS=14)
def test_previous_version_is_accepted_within_the_grace_period(gambling_v2):
    recent = timezone.now() - timedelta(days=13)
    cleaned = clean_encounter_answers(
        old_record({"game": "casino"}), ["gambling"], occurred_at=recent
    )
    # Stored with the version it was made with, so it is read with the right labels later.
    assert cleaned == {"gambling": {"schema_version": 1, "answers": {"game": "casino"}}}


@override_settings(THEME_SCHEMA_GRACE_DAYS=14)
def test_previous_version_is_refused_after_the_grace_period_with_a_reason(gambling_v2):
    too_old = timezone.now() - timedelta(days=15)
    with translation.override("fi"):
        with pytest.raises(ValidationError) as caught:
            clean_encounter_answers(
                old_record({"game": "casino"}), ["gambling"], occurred_at=too_old
            )
        message = caught.value.messages[0]
    assert caught.value.error_list[0].code == "schema_expired"
    assert message.startswith("Rahapelaaminen: kirjaus on tehty vanhalla lomakeversiolla 1")
    assert "enintään 14 päivää" in message


def test_previous_version_answers_are_checked_against_that_version(gambling_v2):
    with pytest.raises(ValidationError):
        clean_encounter_answers(old_record({"game_type": ["online_casino"]}), ["gambling"])


def test_unknown_version_is_refused(gambling_v2):
    with translation.override("sv"):
        with pytest.raises(ValidationError) as caught:
            clean_encounter_answers(
                {"gambling": {"schema_version": 3, "answers": {}}}, ["gambling"]
            )
        assert caught.value.messages[0] == (
            "Penningspel: formulärversion 3 är okänd; uppdatera appen och registrera mötet på nytt."
        )


def test_stored_answers_are_described_with_the_labels_of_their_own_version(gambling_v2):
    stored = {
        **old_record({"game": "casino"}),
        "violence": {"schema_version": 1, "answers": {"children_in_household": True}},
        "uninstalled": {"schema_version": 4, "answers": {"mood": "ok"}},
    }
    with translation.override("fi"):
        sections = describe_answers(stored)
    assert sections == [
        {
            "slug": "gambling",
            "theme": "Rahapelaaminen",
            "schema_version": 1,
            "answers": [{"key": "game", "label": "Game", "value": "Casino"}],
        },
        {
            "slug": "violence",
            "theme": "Lähisuhdeväkivalta",
            "schema_version": 1,
            "answers": [
                {"key": "children_in_household", "label": "Lapsia taloudessa", "value": "Kyllä"}
            ],
        },
        {
            "slug": "uninstalled",
            "theme": "uninstalled",
            "schema_version": 4,
            "answers": [{"key": "mood", "label": "mood", "value": "ok"}],
        },
    ]
