"""Each way a theme plugin can be broken is reported by `manage.py check`, never a crash."""

from types import SimpleNamespace

import pytest
from django.test import override_settings
from wagtail import blocks

from outreach.themes import blocks as theme_blocks_module
from outreach.themes import checks, discovery
from outreach.themes.fields import SingleChoice
from outreach.themes.guidance import GuidanceRule
from outreach.themes.info import ThemeInfo
from outreach.themes.registry import get_theme

TOPIC = SingleChoice("topic", "Topic", [("x", "X"), ("y", "Y")])


def rule(**changes):
    return GuidanceRule(
        **{"id": "topic-x", "field": "topic", "value": "x", "title": "T", "text": "Do.", **changes}
    )


def error_ids():
    return sorted({message.id for message in checks.check_theme_plugins()})


def test_installed_themes_pass_the_checks():
    assert error_ids() == []


@pytest.fixture
def gambling(monkeypatch):
    plugin = get_theme("gambling")
    plugin.__dict__.pop("encounter_module", None)
    yield plugin, monkeypatch
    plugin.__dict__.pop("encounter_module", None)


def test_missing_metadata(gambling):
    plugin, monkeypatch = gambling
    monkeypatch.setattr(plugin, "theme", "not metadata")
    assert error_ids() == ["themes.E001"]


def test_bad_metadata(gambling):
    plugin, monkeypatch = gambling
    bad = ThemeInfo(slug="Bad Slug", names={"fi": "Peli"}, colour="red", icon="", version="")
    monkeypatch.setattr(plugin, "theme", bad)
    messages = [m.msg for m in checks.check_theme_plugins()]
    assert any("slug" in m for m in messages)
    assert any("sv, en" in m for m in messages)
    assert any("colour" in m for m in messages)


def test_encounter_module_that_fails_to_import(gambling):
    plugin, monkeypatch = gambling
    monkeypatch.setattr(plugin, "name", "plugins.gambling_missing")
    assert error_ids() == ["themes.E003"]


@pytest.mark.parametrize(
    "module, expected",
    [
        (SimpleNamespace(SCHEMA_VERSION=0, FIELDS=[]), ["themes.E004"]),
        (SimpleNamespace(SCHEMA_VERSION="1", FIELDS=[]), ["themes.E004"]),
        (SimpleNamespace(SCHEMA_VERSION=1, FIELDS="topic"), ["themes.E005"]),
        (SimpleNamespace(SCHEMA_VERSION=1, FIELDS=[{"key": "topic"}]), ["themes.E005"]),
        (
            SimpleNamespace(
                SCHEMA_VERSION=1,
                FIELDS=[SingleChoice("a", "A", [("x", "X")]), SingleChoice("a", "A", [("y", "Y")])],
            ),
            ["themes.E005"],
        ),
        (
            SimpleNamespace(SCHEMA_VERSION=1, FIELDS=[SingleChoice("Bad Key", "A", [])]),
            ["themes.E005"],
        ),
        (SimpleNamespace(SCHEMA_VERSION=2, FIELDS=[], PREVIOUS_SCHEMAS=[]), ["themes.E008"]),
        (SimpleNamespace(SCHEMA_VERSION=2, FIELDS=[], PREVIOUS_SCHEMAS={2: []}), ["themes.E008"]),
        (
            SimpleNamespace(SCHEMA_VERSION=2, FIELDS=[], PREVIOUS_SCHEMAS={1: ["topic"]}),
            ["themes.E008"],
        ),
        (
            SimpleNamespace(SCHEMA_VERSION=2, FIELDS=[], PREVIOUS_SCHEMAS={}, UPGRADES={1: dict}),
            ["themes.E008"],
        ),
        (
            SimpleNamespace(
                SCHEMA_VERSION=2, FIELDS=[], PREVIOUS_SCHEMAS={1: []}, UPGRADES={1: "upgrade"}
            ),
            ["themes.E008"],
        ),
        (SimpleNamespace(SCHEMA_VERSION=1, FIELDS=[TOPIC], GUIDANCE=["help"]), ["themes.E009"]),
        (
            SimpleNamespace(SCHEMA_VERSION=1, FIELDS=[TOPIC], GUIDANCE=[rule(field="mood")]),
            ["themes.E009"],
        ),
        (
            SimpleNamespace(SCHEMA_VERSION=1, FIELDS=[TOPIC], GUIDANCE=[rule(value="z")]),
            ["themes.E009"],
        ),
        (
            SimpleNamespace(SCHEMA_VERSION=1, FIELDS=[TOPIC], GUIDANCE=[rule(), rule()]),
            ["themes.E009"],
        ),
        (
            SimpleNamespace(SCHEMA_VERSION=1, FIELDS=[TOPIC], GUIDANCE=[rule(referrals="112")]),
            ["themes.E009"],
        ),
    ],
)
def test_broken_schema(gambling, module, expected):
    plugin, _monkeypatch = gambling
    plugin.__dict__["encounter_module"] = module
    assert error_ids() == expected


def test_two_themes_with_one_slug(gambling):
    plugin, monkeypatch = gambling
    monkeypatch.setattr(plugin, "theme", get_theme("violence").theme)
    assert error_ids() == ["themes.E006"]


def test_an_entry_point_whose_package_is_gone(monkeypatch):
    monkeypatch.setattr(
        discovery, "unusable_entry_points", [("lost", "lost_theme", "module not found")]
    )
    monkeypatch.setattr(checks, "unusable_entry_points", discovery.unusable_entry_points)
    assert error_ids() == ["themes.E007"]


@override_settings(DISABLED_THEMES=["no-such-theme"])
def test_disabling_an_unknown_theme_warns():
    assert error_ids() == ["themes.W001"]


@pytest.mark.parametrize(
    "loaded",
    [
        ImportError("wagtail.blocks.NoSuchBlock"),
        SimpleNamespace(BLOCKS=[("audit", "not a block")]),
        SimpleNamespace(BLOCKS=[("not valid", blocks.CharBlock())]),
        SimpleNamespace(),
    ],
    ids=["import fails", "not a block", "bad name", "no BLOCKS"],
)
def test_broken_blocks_are_reported_and_left_out_of_pages(monkeypatch, loaded):
    def import_module(name):
        if isinstance(loaded, Exception):
            raise loaded
        return loaded

    monkeypatch.setattr(theme_blocks_module, "import_module", import_module)
    assert "themes.E010" in error_ids()
    assert theme_blocks_module.theme_block_choices() == []


@pytest.mark.parametrize(
    "loaded",
    [ImportError("no module"), SimpleNamespace(SECTIONS=[object]), SimpleNamespace()],
    ids=["import fails", "not a section", "no SECTIONS"],
)
def test_broken_report_sections_are_reported(monkeypatch, loaded):
    from outreach.reports import checks as report_checks
    from outreach.reports import sections

    def import_module(name):
        if isinstance(loaded, Exception):
            raise loaded
        return loaded

    monkeypatch.setattr(sections, "import_module", import_module)
    assert {m.id for m in report_checks.check_theme_report_sections()} == {"themes.E011"}


def test_a_theme_with_a_broken_encounter_module_is_left_out_not_crashed(gambling):
    from django.core.exceptions import ValidationError

    from outreach.themes.answers import clean_encounter_answers
    from outreach.themes.registry import enabled_themes

    plugin, monkeypatch = gambling
    monkeypatch.setattr(plugin, "name", "plugins.gambling_missing")
    assert "gambling" not in {theme.slug for theme in enabled_themes()}
    with pytest.raises(ValidationError) as caught:
        clean_encounter_answers({"gambling": {"schema_version": 1, "answers": {}}}, ["gambling"])
    assert caught.value.error_list[0].code == "theme_unavailable"
