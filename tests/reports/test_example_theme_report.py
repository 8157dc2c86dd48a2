"""The pip-installed example theme (loneliness) reports like a first-party one, including the
records made with its previous form version."""

from datetime import date

import pytest
from django.utils import translation

from outreach.reports.key_figures import key_figures, reportable_encounters


@pytest.mark.django_db
def test_its_report_counts_old_records_upgraded_to_the_current_form(log_encounter):
    for _ in range(5):
        log_encounter({"loneliness": (1, {"has_someone": False})})
    for _ in range(5):
        log_encounter(
            {"loneliness": (2, {"someone_to_talk_to": "nobody", "situation": ["lives_alone"]})}
        )
    with translation.override("en"):
        sections = key_figures(reportable_encounters(date(2026, 1, 1), date(2026, 12, 31)))
        tables = {
            table.title: {cell.label: cell.shown for cell in table.cells}
            for section in sections
            for table in section.tables
        }
    assert tables["People to talk to"]["Nobody"] == "10"
    assert tables["Living alone with nobody to talk to"] == {"Both": "5", "Not both": "5"}
