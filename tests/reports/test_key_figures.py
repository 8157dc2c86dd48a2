"""Each theme's report section counts its own answers; the core hides small cells."""

from datetime import date

import pytest
from django.test import override_settings
from django.utils import translation

from outreach.places.models import Municipality
from outreach.reports.key_figures import key_figures, reportable_encounters
from outreach.themes.registry import all_themes

pytestmark = pytest.mark.django_db

YEAR = (date(2026, 1, 1), date(2026, 12, 31))


def figures(language="en", municipality=None, period=YEAR):
    with translation.override(language):
        sections = key_figures(reportable_encounters(*period, municipality))
        return {
            section.title: {
                table.title: {cell.label: cell.shown for cell in table.cells}
                | ({table.total.label: table.total.shown} if table.total else {})
                for table in section.tables
            }
            for section in sections
        }


def test_every_theme_has_a_section_even_without_data():
    report = figures()
    for theme in all_themes():
        with translation.override("en"):
            assert theme.theme.name in report
    assert report["All encounters"]["Encounters by theme"]["Encounters"] == "0"


def test_violence_answers_are_counted_and_small_cells_hidden(log_encounter):
    for _ in range(6):
        log_encounter({"violence": (1, {"children_in_household": True, "form": ["physical"]})})
    for _ in range(2):
        log_encounter({"violence": (1, {"children_in_household": False})})
    log_encounter(themes=["violence"])  # the theme was discussed, nothing more recorded

    violence = figures()["Intimate-partner and domestic violence"]
    children = violence["Children in the household"]
    # 2 "no" and 1 "not answered" are small; 9 - 6 would tell their sum, so "yes" is hidden too,
    # and with nothing left to hide the total goes as well.
    assert children == {
        "Yes": "..",
        "No": "<5",
        "Not answered": "<5",
        "Encounters on Intimate-partner and domestic violence": "..",
    }
    assert violence["Form of violence"]["Sexual"] == "0"  # nobody: nothing to protect


def test_large_enough_counts_are_shown_as_they_are(log_encounter):
    for _ in range(6):
        log_encounter({"violence": (1, {"children_in_household": True, "form": ["physical"]})})
    for _ in range(5):
        log_encounter({"violence": (1, {"children_in_household": False})})
    children = figures()["Intimate-partner and domestic violence"]["Children in the household"]
    assert children == {
        "Yes": "6",
        "No": "5",
        "Not answered": "0",
        "Encounters on Intimate-partner and domestic violence": "11",
    }


def test_sections_follow_the_language(log_encounter):
    log_encounter({"gambling": (1, {"game_type": ["online_casino"]})})
    report = figures("sv")
    assert "Typ av spel" in report["Penningspel"]


def test_period_and_municipality_filter_the_encounters(log_encounter):
    for _ in range(5):
        log_encounter({"mental-health": (1, {"topic": ["anxiety"]})}, municipality="616")
    for _ in range(5):
        log_encounter({"mental-health": (1, {"topic": ["anxiety"]})}, day=(2025, 12, 31))

    pukkila = Municipality.objects.get(code="616")
    assert figures(municipality=pukkila)["Mental health"]["Topics"]["Anxiety or low mood"] == "5"
    other = Municipality.objects.exclude(code="616").first()
    assert figures(municipality=other)["Mental health"]["Topics"]["Anxiety or low mood"] == "0"
    last_year = (date(2025, 1, 1), date(2025, 12, 31))
    assert (
        figures(period=last_year)["All encounters"]["Encounters by theme"]["Mental health"] == "5"
    )


@override_settings(DISABLED_THEMES=["gambling"])
def test_a_disabled_theme_stays_in_the_reports(log_encounter):
    for _ in range(5):
        log_encounter({"gambling": (1, {"money_problems": True})})
    money = figures()["Gambling"]["Gambling has caused money problems"]
    assert money["Yes"] == "5"


def test_withdrawn_encounters_do_not_count(log_encounter, monkeypatch):
    from outreach.encounters.models import EncounterQuerySet

    for _ in range(5):
        log_encounter({"substance-use": (1, {"substance": ["alcohol"]})})
    monkeypatch.setattr(EncounterQuerySet, "reportable", lambda self: self.none())
    assert figures()["Substance use"]["Substance"]["Alcohol"] == "0"


def test_a_broken_section_is_shown_as_unavailable_not_an_error(log_encounter, monkeypatch):
    from outreach.reports.sections import FieldCountsSection

    def broken(self, answers):
        raise RuntimeError("plugin bug")

    monkeypatch.setattr(FieldCountsSection, "tables", broken)
    with translation.override("en"):
        sections = key_figures(reportable_encounters(*YEAR))
    assert sections[0].tables  # the core's own figures still come
    broken = [section for section in sections[1:] if section.error]
    assert len(broken) == len(all_themes())  # each theme's field counts, and nothing else
    assert all(section.tables for section in sections if not section.error)
