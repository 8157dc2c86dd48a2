"""CSV files for spreadsheet programs, with formula injection neutralised (OWASP)."""

import csv

# A cell starting with one of these is run as a formula by Excel and LibreOffice.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """A text cell that would start a formula gets a leading quote; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class _SafeWriter:
    def __init__(self, writer):
        self._writer = writer

    def writerow(self, row):
        return self._writer.writerow([neutralise(value) for value in row])


def spreadsheet_writer(file, **options):
    """``csv.writer`` whose every cell has gone through ``neutralise``."""
    return _SafeWriter(csv.writer(file, **options))
