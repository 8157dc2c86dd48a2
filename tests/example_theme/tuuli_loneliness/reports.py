from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from outreach.reports.sections import FieldCountsSection, ReportSection
from outreach.reports.suppression import Table


class AloneWithNobodySection(ReportSection):
    """A figure no single field gives: living alone *and* having nobody to talk to."""

    title = _("Living alone with nobody to talk to")

    def tables(self, answers):
        both = sum(
            1
            for a in answers
            if "lives_alone" in a.get("situation", []) and a.get("someone_to_talk_to") == "nobody"
        )
        return [
            Table(
                self.title,
                rows=[(_("Both"), both), (_("Not both"), len(answers) - both)],
                total=len(answers),
                total_label=format_lazy(_("Encounters on {theme}"), theme=self.theme.theme.name),
            )
        ]


SECTIONS = [FieldCountsSection, AloneWithNobodySection]
