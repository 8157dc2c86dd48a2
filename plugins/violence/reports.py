from outreach.reports.sections import FieldCountsSection

SECTIONS = [FieldCountsSection]
