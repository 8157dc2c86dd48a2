"""The contract every registered theme keeps, first-party or pip-installed: a new theme package
is covered by these tests just by being installed."""

import json

import polib
import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from outreach.reports.sections import theme_sections
from outreach.reports.suppression import suppress
from outreach.themes.blocks import theme_blocks
from outreach.themes.registry import all_themes

THEMES = all_themes()
LANGUAGES = ("fi", "sv", "en")


def themes(test):
    return pytest.mark.parametrize("theme", THEMES, ids=[t.slug for t in THEMES])(test)


def good_answer(spec):
    return {
        "single": lambda: spec.values[0],
        "multiple": lambda: spec.values[-1:],
        "yesno": lambda: True,
        "number": lambda: spec.min_value,
        "text": lambda: "Kävi kirjastossa",
    }[spec.kind]()


def bad_answer(spec):
    return {
        "single": "not-a-choice",
        "multiple": ["not-a-choice"],
        "yesno": "maybe",
        "number": spec.max_value + 1 if spec.kind == "number" else None,
        "text": "soita 040 123 4567",
    }[spec.kind]


@themes
def test_metadata_is_complete(theme):
    assert theme.theme.problems() == []
    for language in LANGUAGES:
        with translation.override(language):
            assert theme.theme.name == theme.theme.names[language]


@themes
def test_schema_is_json_the_worker_app_can_render(theme):
    with translation.override("sv"):
        schema = json.loads(json.dumps(theme.schema_json()))
    assert schema["slug"] == theme.slug
    assert schema["schema_version"] == theme.schema_version
    assert schema["fields"], "a theme needs at least one field"
    for field in schema["fields"]:
        assert field["label"]
        assert all(choice["label"] for choice in field.get("choices", []))
    for rule in schema["guidance"]:
        assert set(rule) == {"id", "theme", "when", "title", "text", "referrals", "urgent"}


@themes
def test_good_answers_are_accepted(theme):
    answers = {spec.key: good_answer(spec) for spec in theme.fields}
    assert theme.clean_answers(answers, theme.schema_version) == answers
    assert theme.clean_answers({}, theme.schema_version) == {}


@themes
def test_bad_answers_are_refused_field_by_field_in_the_users_language(theme):
    answers = {spec.key: bad_answer(spec) for spec in theme.fields}
    with translation.override("fi"):
        with pytest.raises(ValidationError) as caught:
            theme.clean_answers({**answers, "no_such_field": 1}, theme.schema_version)
        messages = caught.value.messages
    assert len(messages) == len(theme.fields) + 1
    assert all(message.startswith(f"{theme.theme.names['fi']}: ") for message in messages[:1])


@themes
def test_guidance_rules_are_triggered_by_their_own_answer(theme):
    for rule in theme.guidance:
        spec = next(s for s in theme.fields if s.key == rule.field)
        answer = [rule.value] if spec.kind == "multiple" else rule.value
        assert rule.applies(theme.clean_answers({rule.field: answer}))


@themes
def test_translations_are_complete(theme):
    """Every string the theme wraps has a non-empty, non-fuzzy fi/sv/en translation."""
    from pathlib import Path

    folder = Path(theme.path) / "locale"
    for language in LANGUAGES:
        catalogue = polib.pofile(str(folder / language / "LC_MESSAGES" / "django.po"))
        assert catalogue.untranslated_entries() == []
        assert catalogue.fuzzy_entries() == []
    with translation.override("sv"):
        labels = [spec.to_json()["label"] for spec in theme.fields]
    with translation.override("en"):
        english = [spec.to_json()["label"] for spec in theme.fields]
    # Catalogues are compiled and loaded: Swedish labels are not the English msgids.
    assert labels != english


@themes
@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_blocks_render(theme, language):
    for name, block in theme_blocks(theme):
        assert name.startswith(theme.slug.replace("-", "_") + "_")
        with translation.override(language):
            html = block.render(block.get_default())
        assert html.strip(), name


@themes
@pytest.mark.parametrize("language", LANGUAGES)
def test_report_sections_on_empty_and_non_empty_data(theme, language):
    answers = {spec.key: good_answer(spec) for spec in theme.fields}
    for data in ([], [{}], [answers] * 7):
        with translation.override(language):
            published = [
                suppress(table)
                for section in theme_sections(theme)
                for table in section.tables(data)
            ]
            assert all(table.title for table in published)
        cells = [cell for table in published for cell in table.cells]
        assert all(cell.hidden or isinstance(cell.count, int) for cell in cells)
        if len(data) == 7:
            assert any(cell.count == 7 for cell in cells), "answers of 7 encounters are counted"
