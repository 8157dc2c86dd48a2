"""No published number may point to fewer than five people, directly or by subtraction."""

import pytest
from django.test import override_settings
from django.utils import translation

from outreach.reports.suppression import Table, suppress


def shown(table):
    published = suppress(table, 5)
    cells = [cell.shown for cell in published.cells]
    total = published.total.shown if published.total else None
    return cells, total, [cell.shown for cell in published.figures]


def test_counts_from_one_to_four_are_hidden_but_zero_and_five_are_not():
    table = Table("t", [("a", 0), ("b", 1), ("c", 4), ("d", 5), ("e", 30)])
    assert shown(table)[0] == ["0", "<5", "<5", "5", "30"]


def test_one_hidden_cell_would_be_revealed_by_the_total_so_another_is_hidden():
    table = Table("t", [("a", 3), ("b", 7), ("c", 20)], total=30)
    cells, total, _ = shown(table)
    # 30 - 7 - 20 = 3 would give the hidden cell back: the smallest other cell goes too.
    assert cells == ["<5", "..", "20"]
    assert total == "30"


def test_a_protecting_cell_must_leave_the_small_one_the_whole_range():
    # Hiding 5 next to 1 is not enough: 6 - 5 (its least possible value) = 1 exactly.
    table = Table("t", [("a", 1), ("b", 5), ("c", 9), ("d", 40)], total=55)
    assert shown(table)[0] == ["<5", "..", "..", "40"]


def test_two_small_cells_cannot_protect_each_other_when_their_sum_pins_them():
    # 48 - 40 = 8 and each is at most 4: both would be 4.
    table = Table("t", [("a", 4), ("b", 4), ("c", 40)], total=48)
    assert shown(table)[0] == ["<5", "<5", ".."]


def test_small_cells_whose_sum_would_pin_them_down_get_a_protector():
    # Hiding 6 leaves a + b <= 3: still too narrow, so 40 goes as well.
    table = Table("t", [("a", 1), ("b", 1), ("c", 6), ("d", 40)], total=48)
    assert shown(table)[0] == ["<5", "<5", "..", ".."]


def test_a_small_total_is_hidden_itself():
    table = Table("t", [("a", 3), ("b", 0)], total=3)
    assert shown(table)[:2] == (["<5", "0"], "<5")


def test_when_no_cell_can_protect_a_hidden_one_the_total_is_hidden():
    table = Table("t", [("a", 2), ("b", 0)], total=9)  # multiple choice: rows need not add up
    assert shown(table)[:2] == (["<5", "0"], "..")


def test_figures_are_shown_only_when_nothing_is_hidden():
    assert shown(Table("t", [("answered", 12)], total=20, figures=[("sum", 31)]))[2] == ["31"]
    assert shown(Table("t", [("answered", 2)], total=20, figures=[("sum", 3)]))[2] == []


def test_a_hidden_count_is_not_kept_anywhere():
    published = suppress(Table("t", [("a", 3), ("b", 9)], total=12), 5)
    assert [cell.count for cell in published.cells] == [None, None]


@override_settings(REPORT_SMALL_CELL_THRESHOLD=3)
def test_the_threshold_is_a_setting():
    published = suppress(Table("t", [("a", 2), ("b", 3), ("c", 4)]))
    assert [cell.shown for cell in published.cells] == ["<3", "3", "4"]


@pytest.mark.parametrize("count", range(1, 5))
def test_large_numbers_use_finnish_grouping(count):
    with translation.override("fi"):
        published = suppress(Table("t", [("a", count), ("b", 12345)], total=12345 + count), 5)
    assert [cell.shown for cell in published.cells] == ["<5", ".."]
    assert published.total.shown == f"12\xa0{345 + count}"
