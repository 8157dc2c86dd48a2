"""Small-cell suppression of published counts (Tilastolaki 280/2004 §11).

Primary suppression shows a count from 1 to ``threshold - 1`` as ``"<5"`` (for the default
threshold of 5). Secondary suppression then hides further cells, shown as ``".."`` (the symbol of
Finnish official statistics for confidential data), so that a table's total cannot give a hidden
count back by subtraction: even someone who knows the total and assumes every other hidden cell is
as small as it can be must not narrow a small cell below the whole range 1..threshold-1. The
smallest visible cells are hidden first; if none is left, the total is hidden too. Zeros reveal
nothing about a person and stay visible.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.formats import number_format


@dataclass
class Table:
    """Numbers only: ``rows`` are (label, count); ``total`` the count the rows are part of;
    ``figures`` are further numbers (e.g. a sum) shown only if nothing in the table is hidden."""

    title: str
    rows: list
    total: int | None = None
    total_label: str = ""
    figures: list = field(default_factory=list)


@dataclass
class Cell:
    label: str
    count: int | None
    hidden: bool = False
    shown: str = ""
    #: hidden to protect another cell, not because it is small itself
    secondary: bool = False


@dataclass
class PublishedTable:
    """What may be published: a hidden cell keeps only its ``"<5"``, never its count."""

    title: str
    cells: list
    total: Cell | None
    figures: list


def threshold():
    return settings.REPORT_SMALL_CELL_THRESHOLD


def suppress(table, limit=None):
    """A :class:`PublishedTable` in which no count points to fewer than ``limit`` people."""
    limit = threshold() if limit is None else limit
    cells = [Cell(str(label), count, 0 < count < limit) for label, count in table.rows]
    total = None
    if table.total is not None:
        total = Cell(str(table.total_label), table.total, 0 < table.total < limit)
        if not total.hidden:
            _protect_by_total(cells, total, limit)
    hides_something = any(c.hidden for c in cells) or (total is not None and total.hidden)
    figures = [] if hides_something else [Cell(str(label), value) for label, value in table.figures]
    for cell in [*cells, *figures, *([total] if total else [])]:
        _publish(cell, limit)
    return PublishedTable(str(table.title), cells, total, figures)


def _publish(cell, limit):
    if cell.hidden:
        cell.count = None
        cell.shown = ".." if cell.secondary else f"<{limit}"
    else:
        cell.shown = number_format(cell.count, force_grouping=True)


def _protect_by_total(cells, total, limit):
    primary = [c for c in cells if c.hidden]
    secondary = []
    while primary and not _safe(primary, secondary, limit):
        candidates = [c for c in cells if not c.hidden and c.count > 0]
        if not candidates:
            total.hidden = total.secondary = True
            return
        smallest = min(candidates, key=lambda c: c.count)
        smallest.hidden = smallest.secondary = True
        secondary.append(smallest)


def _safe(primary, secondary, limit):
    """Knowing the hidden cells' sum, could each small cell still be anything from 1 to limit-1?

    Every other hidden cell is at least 1 (a small one) or ``limit`` (a secondary one); at most
    ``limit - 1`` (a small one) or unbounded (a secondary one).
    """
    hidden_sum = sum(c.count for c in primary + secondary)
    others = len(primary) - 1
    highest_possible = hidden_sum - others - len(secondary) * limit
    lowest_possible = 1 if secondary else hidden_sum - others * (limit - 1)
    return highest_possible >= limit - 1 and lowest_possible <= 1
