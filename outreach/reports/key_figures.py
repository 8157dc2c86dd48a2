"""The key figures: every section computed over the reportable encounters of a period, with small
cells suppressed. Sections of disabled themes stay: their stored data still counts."""

import logging
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from outreach.encounters.models import Encounter
from outreach.themes.registry import all_themes

from .sections import OverviewSection, theme_sections
from .suppression import suppress

logger = logging.getLogger(__name__)

BROKEN_SECTION = _("These figures could not be computed. The administrator sees why in the log.")


@dataclass
class PublishedSection:
    title: str
    tables: list = field(default_factory=list)
    error: str = ""


def reportable_encounters(start, end, municipality=None):
    """Encounters of the Helsinki dates ``start``..``end``, optionally in one municipality."""
    encounters = Encounter.objects.reportable().filter(
        occurred_at__date__gte=start, occurred_at__date__lte=end
    )
    if municipality is not None:
        encounters = encounters.filter(session__venue__municipality=municipality)
    return list(encounters.values("themes", "answers", "age_band", "contact_type"))


def key_figures(encounters):
    """Published sections (titles in the active language) for ``encounters`` as dicts."""
    themes = all_themes()
    overview = OverviewSection(themes)
    sections = [_publish(overview.title, overview.encounter_tables(encounters))]
    for theme in themes:
        answers = [
            theme.current_answers(e["answers"].get(theme.slug))
            for e in encounters
            if theme.slug in e["themes"]
        ]
        try:
            theme_section_list = theme_sections(theme)
        except Exception:  # a broken plugin must not take the whole report down
            logger.exception("Report sections of theme %s cannot be loaded", theme.name)
            sections.append(PublishedSection(str(theme.theme.name), error=str(BROKEN_SECTION)))
            continue
        for section in theme_section_list:
            try:
                sections.append(_publish(section.title, section.tables(answers)))
            except Exception:
                logger.exception("Report section %r of theme %s failed", section, theme.name)
                sections.append(PublishedSection(str(section.title), error=str(BROKEN_SECTION)))
    return sections


def _publish(title, tables):
    return PublishedSection(str(title), [suppress(table) for table in tables])
