"""Reading the clean rows of a long-layout sheet column by column.

A row is clean when every cell says plainly what it should: a known measure code, a year, a
known region, a sex, a value within its unit's range and no numerator or denominator, and no
formula without a value, error value or percentage format. Such a row gives exactly the
observation the row-by-row reader would give, with no problem to report, so it is read here
many rows at a time; every other row is left to the row-by-row reader, which reports problems
at their cells. Each distinct cell value is judged once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import compress
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from kla.sources import source_kind
from loaders.cell_values import sex_value, text_or_none, year_value
from loaders.column_sheets import ColumnGrid
from loaders.headers import Header
from loaders.numbers import NotANumber, clean_text, is_missing, parse_number
from loaders.report import cell_name
from loaders.workbook import Sheet

if TYPE_CHECKING:
    from loaders.rows import RowReader

UNUSUAL = object()  # a cell the row-by-row reader must look at


@dataclass
class CleanRows:
    """Observation columns of the clean rows, and the data rows left to read one by one."""

    columns: dict[str, list] = field(default_factory=dict)
    others: list[int] = field(default_factory=list)


def _judged(values: list, judge: Callable[[object], object]) -> list:
    """``judge(value)`` for every value, calling it once per distinct value; a value's type
    counts (``1``, ``1.0`` and ``True`` are different cells)."""
    if len(set(map(type, values))) == 1:  # one type: equal values are the same cell
        verdicts = {value: judge(value) for value in set(values)}
        return list(map(verdicts.__getitem__, values))
    keys = list(zip(map(type, values), values))
    verdicts = {key: judge(key[1]) for key in set(keys)}
    return list(map(verdicts.__getitem__, keys))


def _judged_together(columns: list[list | None], count: int, judge: Callable[..., object]) -> list:
    """``judge(*cells)`` for the cells of each of ``count`` rows of ``columns`` (None: a column
    the sheet lacks, whose cells are ""), once per distinct row."""
    given = [index for index, column in enumerate(columns) if column is not None]
    if not given:
        return [judge(*[""] * len(columns))] * count
    if len(given) == 1:
        return _judged(columns[given[0]], _alone(judge, len(columns), given[0]))
    full = [[""] * count if column is None else column for column in columns]
    keys = list(zip(*(zip(map(type, column), column) for column in full)))
    verdicts = {key: judge(*(value for _, value in key)) for key in set(keys)}
    return list(map(verdicts.__getitem__, keys))


def _alone(judge: Callable[..., object], width: int, place: int) -> Callable[[object], object]:
    """``judge`` of ``width`` cells as a judge of the one at ``place``, the others being ""."""
    cells = [""] * width

    def alone(value: object) -> object:
        cells[place] = value
        return judge(*cells)

    return alone


def _number(raw: object) -> object:
    try:
        number = parse_number(raw)
    except NotANumber:
        return UNUSUAL
    return UNUSUAL if number is None else number


def _value(raw: object) -> object:
    if raw.__class__ is float or raw.__class__ is int:
        return float(raw) if raw == raw else UNUSUAL  # NaN: an empty value
    return _number(raw)


def _values(cells: list) -> list:
    """The numbers of the value column; numbers stored as numbers need no judging."""
    if set(map(type, cells)) <= {float, int}:
        return [float(cell) if cell == cell else UNUSUAL for cell in cells]
    return [_value(cell) for cell in cells]  # each cell apart: 0.0 and -0.0 are equal keys


def _texts(cells: list) -> list:
    """The cleaned text of each cell (None when empty); numbers each apart, as in ``_values``."""
    if set(map(type, cells)) <= {str}:
        return _judged(cells, text_or_none)
    return [text_or_none(cell) for cell in cells]


class _Columns:
    """The cells of the data rows below a header, column by column. A sheet read into typed
    columns (:class:`loaders.column_sheets.ColumnGrid`) has its distinct values judged without
    a Python object per cell."""

    def __init__(self, sheet: Sheet, header: Header):
        self.header = header
        self.first = header.row + 1
        self.count = max(len(sheet.rows) - self.first, 0)
        self._grid = sheet.rows if isinstance(sheet.rows, ColumnGrid) else None
        self._rows = sheet.rows[self.first :] if self._grid is None else []
        even = len(set(map(len, self._rows))) == 1  # calamine's grids are; then transpose at once
        self._by_column = list(zip(*self._rows)) if even else None

    def cells(self, name: str) -> list:
        """The raw cells of column ``name`` ("" for each row when the sheet lacks it)."""
        return self.given(name) or [""] * self.count

    def given(self, name: str) -> list | None:
        """The raw cells of column ``name``, None when the sheet lacks it."""
        column = self.header.columns.get(name)
        if column is None:
            return None
        if self._grid is not None:
            return self._grid.column(column, self.first)
        if self._by_column is not None and column < len(self._by_column):
            return list(self._by_column[column])
        return [row[column] if column < len(row) else "" for row in self._rows]

    def judged(self, name: str, judge: Callable[[object], object]) -> list:
        """``judge(cell)`` for each cell of column ``name`` (see :func:`_judged`)."""
        column = self.header.columns.get(name)
        if self._grid is not None and column is not None:
            verdicts = self._grid.judged(column, self.first, judge)
            if verdicts is not None:
                return verdicts
        return _judged(self.cells(name), judge)

    def judged_together(self, names: tuple[str, ...], judge: Callable[..., object]) -> list:
        """``judge(*cells)`` for the cells of each row in columns ``names`` (see
        :func:`_judged_together`); a single column the sheet has is judged by :meth:`judged`."""
        given = [name for name in names if name in self.header.columns]
        if len(given) == 1 and self._grid is not None:
            return self.judged(given[0], _alone(judge, len(names), names.index(given[0])))
        return _judged_together([self.given(name) for name in names], self.count, judge)

    def texts(self, name: str) -> list:
        """The cleaned text of each cell of column ``name`` (see :func:`_texts`)."""
        if self._grid is not None and self._grid.holds_texts(self.header.columns.get(name)):
            return self.judged(name, text_or_none)
        return _texts(self.cells(name))

    def values(self, name: str) -> list:
        """The numbers of the value column ``name`` (see :func:`_values`)."""
        column = self.header.columns.get(name)
        numbers = self._grid.numbers(column, self.first) if self._grid is not None else None
        return numbers if numbers is not None else _values(self.cells(name))


def _flagged_rows(sheet: Sheet, header: Header) -> set[int]:
    """Data rows with a formula without a value or an error value in a read column, or a
    percentage-formatted value."""
    read = set(header.columns.values())
    flagged = sheet.cells.formulas_without_value | sheet.cells.error_values
    rows = {row for row, column in flagged if column in read}
    value_column = header.columns.get("nilai")
    return rows | {row for row, column in sheet.cells.percent_formatted if column == value_column}


def read_clean_rows(reader: RowReader, sheet: Sheet, header: Header) -> CleanRows:
    """The observations of the clean rows of ``sheet`` below ``header`` (a long layout), and
    the indexes of all other data rows."""
    first = header.row + 1
    everything = CleanRows(others=list(range(first, len(sheet.rows))))
    if "nilai" not in header.columns or not everything.others:
        return everything
    table = _Columns(sheet, header)
    if header.sheet_code:
        codes = [reader.code_for(header.sheet_code) or UNUSUAL] * table.count
    else:
        codes = table.judged("kode_indikator", lambda raw: reader.code_for(clean_text(raw)) or UNUSUAL)
    years = table.judged("tahun", lambda raw: year_value(raw, reader.max_year) or UNUSUAL)
    regions = table.judged_together(
        ("desa", "kecamatan", "wilayah"), lambda *cells: reader.region_of(*cells)[0] or UNUSUAL
    )
    sexes = table.judged("jenis_kelamin", lambda raw: sex_value(raw) or UNUSUAL)
    values = table.values("nilai")
    parts = [
        table.judged(name, lambda raw: None if is_missing(raw) else UNUSUAL)
        for name in ("pembilang", "penyebut")
        if name in header.columns
    ]
    clean = _clean(codes, values, [years, regions, sexes, *parts], reader)
    for row in _flagged_rows(sheet, header):
        if first <= row < first + len(clean):
            clean[row - first] = False
    others = (np.flatnonzero(~clean) + first).tolist()
    clean = clean.tolist()
    if len(others) == len(clean):
        return everything
    return CleanRows(_observations(sheet, header, table, clean, codes, years, regions, sexes, values), others)


def _clean(codes: list, values: list, others: list[list], reader: RowReader) -> np.ndarray:
    """Which rows are clean: a known code, a value of none of the other columns UNUSUAL, and
    a value at least 0 and within its unit's range (percentages up to 100, yes/no 0 or 1).
    Judged on whole columns at once: the ranges per distinct code, the values as one array."""
    code_ids, distinct_codes = pd.factorize(np.asarray(codes, dtype=object))
    units = [UNUSUAL if code is UNUSUAL else reader.measures[code].unit for code in distinct_codes]
    known = np.array([unit is not UNUSUAL for unit in units], dtype=bool)
    ceiling = np.array([100.0 if unit == "persen" else np.inf for unit in units])
    binary = np.array([unit == "biner" for unit in units], dtype=bool)
    if UNUSUAL in values:
        values = [np.nan if value is UNUSUAL else value for value in values]
    number = np.array(values, dtype=float)
    clean = known[code_ids] & (number >= 0) & (number <= ceiling[code_ids])
    clean &= ~binary[code_ids] | (number == 0) | (number == 1)
    for column in others:
        if UNUSUAL in column:
            clean &= np.array([cell is not UNUSUAL for cell in column], dtype=bool)
    return clean


def _cell_names(sheet: Sheet, rows: list[int], column: int) -> list[str]:
    """The names of one column's cells in ``rows``."""
    if sheet.origin is not None:  # a mapped export: the cells it came from
        return [sheet.cell_name(row, column) for row in rows]
    where = cell_name(sheet.name, 0, column)[:-1]  # "Data!E"
    return [f"{where}{row + 1}" for row in rows]


def _observations(sheet: Sheet, header: Header, table: _Columns, clean: list[bool], *columns: list) -> dict[str, list]:
    """The observation columns of the clean rows (see :mod:`loaders.observation_table`)."""
    every = all(clean)

    def kept(column: list | range) -> list:
        return list(column) if every else list(compress(column, clean))

    codes, years, regions, sexes, values = (kept(column) for column in columns)
    sources = kept(table.texts("sumber"))
    rows = kept(range(header.row + 1, len(sheet.rows)))
    count = len(rows)
    return {
        "indicator_code": codes,
        "year": years,
        "region_code": regions,
        "sex": sexes,
        "source_kind": _judged(sources, source_kind),
        "value": values,
        "numerator": [None] * count,
        "denominator": [None] * count,
        "source": sources,
        "note": kept(table.texts("keterangan")),
        "_sheet": [sheet.name] * count,
        "_cell": _cell_names(sheet, rows, header.columns["nilai"]),
        "_row": rows,
    }
