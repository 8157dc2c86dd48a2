"""Report sections: the numbers a theme (or the core) contributes to the key figures.

A theme lists section classes as ``SECTIONS`` in its ``reports.py``; without one it gets
:class:`FieldCountsSection`. A section sees only the answers of its own theme, already upgraded to
the current schema, and returns :class:`~outreach.reports.suppression.Table` objects of plain
numbers: the core suppresses small cells before anything is shown or exported.
"""

from importlib import import_module
from importlib.util import find_spec

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from outreach.encounters.models import Encounter
from outreach.themes.fields import SmallNumber

from .suppression import Table

NOT_ANSWERED = _("Not answered")


class ReportSection:
    """Subclass and implement :meth:`tables`. ``theme`` is the plugin (None for core sections)."""

    def __init__(self, theme=None):
        self.theme = theme

    @property
    def title(self):
        return self.theme.theme.name

    def tables(self, answers):
        """``answers``: one dict per encounter that chose the theme (empty when none given)."""
        raise NotImplementedError


class FieldCountsSection(ReportSection):
    """Per reportable field: how many encounters gave each answer, out of all with the theme."""

    def tables(self, answers):
        return [
            self.field_table(spec, answers)
            for spec in self.theme.fields
            if spec.reportable and (spec.report_buckets() or isinstance(spec, SmallNumber))
        ]

    def field_table(self, spec, answers):
        given = [a[spec.key] for a in answers if a.get(spec.key) is not None]
        total_label = format_lazy(_("Encounters on {theme}"), theme=self.theme.theme.name)
        if isinstance(spec, SmallNumber):
            return Table(
                spec.label,
                rows=[(_("Answered"), len(given))],
                total=len(answers),
                total_label=total_label,
                figures=[(_("Sum"), sum(given))],
            )
        rows = [
            (label, sum(1 for v in given if _matches(v, value)))
            for value, label in spec.report_buckets()
        ]
        rows.append((NOT_ANSWERED, len(answers) - len(given)))
        return Table(spec.label, rows=rows, total=len(answers), total_label=total_label)


def _matches(answer, value):
    if isinstance(answer, list):
        return value in answer
    return answer is value if isinstance(value, bool) else answer == value


class OverviewSection(ReportSection):
    """The core's own figures: encounters by theme, age band and contact type."""

    title = _("All encounters")

    def __init__(self, themes):
        super().__init__()
        self.themes = themes

    def encounter_tables(self, encounters):
        total_label = _("Encounters")
        total = len(encounters)
        by_theme = [
            (theme.theme.name, sum(1 for e in encounters if theme.slug in e["themes"]))
            for theme in self.themes
        ]
        return [
            Table(_("Encounters by theme"), by_theme, total, total_label),
            self._choice_table(
                _("Age band"), Encounter.AgeBand.choices, encounters, "age_band", total_label
            ),
            self._choice_table(
                _("Contact type"),
                Encounter.ContactType.choices,
                encounters,
                "contact_type",
                total_label,
            ),
        ]

    def _choice_table(self, title, choices, encounters, key, total_label):
        rows = [(label, sum(1 for e in encounters if e[key] == v)) for v, label in choices]
        return Table(title, rows, len(encounters), total_label)


def theme_sections(theme):
    """The theme's section instances; the default when it has no ``reports.py``.

    Raises whatever a broken ``reports.py`` raises (the system check reports it as themes.E011).
    """
    module_name = f"{theme.name}.reports"
    try:
        has_module = find_spec(module_name) is not None
    except ModuleNotFoundError:
        has_module = False
    classes = import_module(module_name).SECTIONS if has_module else [FieldCountsSection]
    sections = [cls(theme) for cls in classes]
    if not all(isinstance(section, ReportSection) for section in sections):
        raise TypeError("SECTIONS must list ReportSection subclasses")
    return sections
