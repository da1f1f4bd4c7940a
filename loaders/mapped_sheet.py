"""Reading an OPD's own export through its layout profile into a sheet of the upload contract.

Each data row's region (or finer unit, through the profile's lookup), year and measure
expressions are read here, with every problem at its cell of the export. Rows of finer units
are summed per region, numerators and denominators apart, before any rate is computed. What
comes out is a sheet in the canonical layout whose cells remember where they came from, so
the contract's row reader checks it (units, ranges, numerator above denominator, duplicates)
and names the export's cells in its messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kla.expression import Expression, label_key
from kla.layout_profile import Profile
from kla.sheet_layout import cell_position, column_letter, year_in_text
from kla.text import t
from loaders.cell_values import year_value
from loaders.headers import CANONICAL_COLUMNS
from loaders.numbers import NotANumber, clean_text, is_missing, parse_number
from loaders.report import Problem, cell_name
from loaders.rows import RowReader
from loaders.sheet_result import SheetResult
from loaders.workbook import Sheet, SheetOrigin

COLUMNS = CANONICAL_COLUMNS[:8]  # kode_indikator … sumber
PARTS = ("nilai", "pembilang", "penyebut")
CELLS_SHOWN = 3
_FAILED = object()  # a cell whose problem was reported
_SUBTOTAL = re.compile(r"^(jumlah|total|sub\s*total|subtotal)\b", re.IGNORECASE)


@dataclass
class _Value:
    """One measure's value in one region (and year and sex): sums of the rows that give it."""

    row: int  # the first row, 0-based
    sums: dict[str, float | None] = field(default_factory=lambda: dict.fromkeys(PARTS))
    cells: dict[str, list[str]] = field(default_factory=lambda: {name: [] for name in ("wilayah", "tahun", *PARTS)})


@dataclass(frozen=True)
class _Place:
    """A data row's region and year, and the cells they came from."""

    region: str
    year: int
    region_cell: str
    year_cell: str | None


class ProfileReader:
    """Reads sheets laid out as one profile describes; ``year`` is the year chosen at upload
    for a profile that takes it so."""

    def __init__(self, profile: Profile, reader: RowReader, year: int | None = None):
        self.profile, self.reader, self.lang = profile, reader, reader.lang
        self.year = year or profile.chosen_year or None
        self.measures = [(mapping, profile.expressions(mapping)) for mapping in profile.measures]
        self.lookup = {label_key(unit): target for unit, target in profile.lookup.items()}
        self.text_numbers = {label_key(text): number for text, number in profile.text_numbers.items()}
        self._subtotals: list[str] = []  # cells of subtotal rows skipped on the sheet being read

    def read(self, sheet: Sheet, header_row: int) -> tuple[Sheet, SheetResult]:
        """The sheet's values as a canonical sheet, and the problems found on the way."""
        result = SheetResult()
        # The header reads as the profile's (case and spacing aside): its columns are where the profile's are.
        at = {label: index for index, label in enumerate(self.profile.columns) if label}
        fixed_year = self._fixed_year(sheet, header_row, result)
        if fixed_year is _FAILED:
            return Sheet(sheet.name, [list(COLUMNS)]), result
        values: dict[tuple, _Value] = {}
        self._subtotals = []
        for row in range(header_row + 1, len(sheet.rows)):
            self._read_row(sheet, row, at, fixed_year, values, result)
        if self._subtotals:
            shown = ", ".join(cell.split("!")[-1] for cell in self._subtotals)
            result.warnings.append(Problem(sheet.name, None, None, t("mapped_subtotals", self.lang, cells=shown)))
        return self._canonical(sheet, values), result

    def _fixed_year(self, sheet: Sheet, header_row: int, result: SheetResult) -> int | None | object:
        """The year of every row when it does not come from a column, or _FAILED."""
        profile = self.profile
        if profile.year_from == "pilih":
            if self.year is None:
                result.errors.append(Problem(sheet.name, None, None, t("mapped_year_needed", self.lang)))
                return _FAILED
            return self.year
        if profile.year_from != "sel":
            return None
        row, column = cell_position(profile.year_cell)
        row += header_row - (profile.header_row - 1)  # the title moves with the header
        cell = sheet.rows[row][column] if 0 <= row < len(sheet.rows) and column < len(sheet.rows[row]) else ""
        year = year_in_text(cell)
        if year is None or year_value(year, self.reader.max_year) is None:
            where = cell_name(sheet.name, max(row, 0), column)
            shown = clean_text(cell) or t("empty_cell", self.lang)
            result.errors.append(Problem(sheet.name, where, row + 1, t("mapped_no_year", self.lang, text=shown)))
            return _FAILED
        return year

    def _read_row(
        self, sheet: Sheet, row: int, at: dict[str, int], fixed_year: object, values: dict, result: SheetResult
    ) -> None:
        cells = sheet.rows[row]
        region_column = at[self.profile.region_column]
        given = any(index < len(cells) and self._holds_number(cells[index]) for index in self._read_columns(at))
        region_raw = cells[region_column] if region_column < len(cells) else ""
        if is_missing(region_raw) or not given:
            if given:  # a total row without a region name, a note with numbers: said, not read
                where = cell_name(sheet.name, row, region_column)
                result.warnings.append(Problem(sheet.name, where, row + 1, t("mapped_no_region", self.lang)))
            return  # else a blank row, a footnote, a signature, a region name alone: not data
        read = [self._row_numbers(sheet, row, at, parsed, result) for _, parsed in self.measures]
        place = self._place(sheet, row, at, fixed_year, result)
        if place is None:
            return
        for (mapping, _), found in zip(self.measures, read):
            if found is _FAILED:
                continue
            numbers, where, missing = found
            if missing:
                result.missing_cells.append(missing)
            elif numbers:
                key = (mapping.code, place.year, place.region, mapping.sex or "L+P")
                self._add(values, key, row, numbers, where, place)

    def _holds_number(self, raw: object) -> bool:
        """Whether a cell holds a number (or a text the profile counts as one)."""
        if isinstance(raw, str) and label_key(raw) in self.text_numbers:
            return True
        try:
            return parse_number(raw) is not None
        except NotANumber:
            return False

    def _read_columns(self, at: dict[str, int]) -> list[int]:
        """The indexes of every column a measure's expression reads."""
        return [
            at[column] for _, parsed in self.measures for part in parsed.values() if part for column in part.columns
        ]

    def _row_numbers(
        self, sheet: Sheet, row: int, at: dict[str, int], parsed: dict[str, Expression | None], result: SheetResult
    ) -> tuple[dict[str, float], dict[str, str], str] | object:
        """Per part (nilai, pembilang, penyebut): the number in this row and the cells it was
        computed from (``F14+G14``); and the first missing cell, "" when none. _FAILED after
        reporting a cell that is not a number."""
        numbers: dict[str, float] = {}
        where: dict[str, str] = {}
        missing = ""
        for part, expression in parsed.items():
            if expression is None:
                continue
            found = {}
            for column in expression.columns:
                number = self._number(sheet, row, at[column], result)
                if number is _FAILED:
                    return _FAILED
                if number is None:
                    missing = missing or cell_name(sheet.name, row, at[column])
                found[column] = number
            if missing:
                continue
            where[part] = "+".join(f"{column_letter(at[column])}{row + 1}" for column in expression.columns)
            try:
                numbers[part] = expression.evaluate(found)
            except ZeroDivisionError:
                missing = cell_name(sheet.name, row, at[expression.columns[-1]])
        return ({}, {}, missing) if missing else (numbers, where, "")

    def _number(self, sheet: Sheet, row: int, column: int, result: SheetResult) -> float | None | object:
        cells = sheet.rows[row]
        raw = cells[column] if column < len(cells) else ""
        where = cell_name(sheet.name, row, column)
        for flagged, key in (
            (sheet.cells.formulas_without_value, "err_formula_no_value"),
            (sheet.cells.error_values, "err_error_value"),
        ):
            if (row, column) in flagged:
                result.errors.append(Problem(sheet.name, where, row + 1, t(key, self.lang)))
                return _FAILED
        if isinstance(raw, str) and label_key(raw) in self.text_numbers:
            return self.text_numbers[label_key(raw)]
        if is_missing(raw):
            return None
        try:
            number = parse_number(raw)
        except NotANumber:
            message = t("err_not_number", self.lang, value=clean_text(raw))
            result.errors.append(Problem(sheet.name, where, row + 1, message))
            return _FAILED
        if (row, column) in sheet.cells.percent_formatted:
            number *= 100  # 0.968 shown as 96,8% is 96.8 in a sheet that speaks in per cent
        return number

    def _place(
        self, sheet: Sheet, row: int, at: dict[str, int], fixed_year: object, result: SheetResult
    ) -> _Place | None:
        """The row's region and year, or None after reporting why not."""
        profile, cells = self.profile, sheet.rows[row]
        region_column = at[profile.region_column]
        region_cell = cell_name(sheet.name, row, region_column)
        raw = clean_text(cells[region_column])
        parent_column = at.get(profile.parent_column) if profile.parent_column else None
        parent = cells[parent_column] if parent_column is not None and parent_column < len(cells) else ""
        total = self.reader.region_of("", "", raw)[0] == self.reader.resolver.root.code  # JUMLAH, Kota Batu
        if not total and _SUBTOTAL.match(raw):  # "Jumlah Kec. Batu": a sum of rows that are read anyway
            self._subtotals.append(region_cell)
            return None
        if self.lookup and not total:
            target = self.lookup.get(label_key(raw))
            if target is None:
                message = t("mapped_unknown_unit", self.lang, unit=raw, profile=profile.name)
                result.errors.append(Problem(sheet.name, region_cell, row + 1, message))
                return None
            raw, parent = target, ""
        by_level = ("", "", raw) if total else (raw, parent, "") if profile.region_level == "desa" else ("", raw, "")
        region, error = self.reader.region_of(*by_level)
        if error is not None:
            _, key, values = error
            result.errors.append(Problem(sheet.name, region_cell, row + 1, t(key, self.lang, **values)))
            return None
        if fixed_year is not None:
            return _Place(region, fixed_year, region_cell, None)
        year_column = at[profile.year_column]
        raw_year = cells[year_column] if year_column < len(cells) else ""
        year_cell = cell_name(sheet.name, row, year_column)
        year = year_value(raw_year, self.reader.max_year)
        if year is None:
            shown = clean_text(raw_year) or t("empty_cell", self.lang)
            message = t("err_year", self.lang, value=shown, max_year=self.reader.max_year)
            result.errors.append(Problem(sheet.name, year_cell, row + 1, message))
            return None
        return _Place(region, year, region_cell, year_cell)

    def _add(
        self, values: dict, key: tuple, row: int, numbers: dict[str, float], where: dict[str, str], place: _Place
    ) -> None:
        """Count one row's numbers in the value they belong to (a new one unless rows are summed)."""
        if not self.profile.sum_rows:
            key = (*key, row)
        value = values.get(key)
        if value is None:
            value = values[key] = _Value(row)
        for part, number in numbers.items():
            value.sums[part] = (value.sums[part] or 0.0) + number
            value.cells[part].append(where[part])
        value.cells["wilayah"].append(place.region_cell)
        if place.year_cell:
            value.cells["tahun"].append(place.year_cell)

    def _canonical(self, sheet: Sheet, values: dict[tuple, _Value]) -> Sheet:
        """The values as a canonical-layout sheet whose cells name the export's cells."""
        rows: list[list[object]] = [list(COLUMNS)]
        origin = SheetOrigin()
        sources = {(m.code, m.sex or "L+P"): m.source for m, _ in self.measures}
        for key, value in values.items():
            code, year, region, sex = key[:4]
            index = len(rows)
            sums = value.sums
            rows.append([code, year, region, sex, *(_blank(sums[part]) for part in PARTS), sources[(code, sex)]])
            origin.rows[index] = value.row + 1
            first_value_cell = next((value.cells[part] for part in PARTS if value.cells[part]), [])
            for column, name in enumerate(COLUMNS):
                cells = value.cells.get(name) or (first_value_cell if name != "tahun" else [])
                if cells:
                    origin.cells[(index, column)] = _named(sheet.name, cells)
            origin.cells[(index, -1)] = _named(sheet.name, first_value_cell)
        return Sheet(sheet.name, rows, origin=origin)


def _blank(number: float | None) -> object:
    return "" if number is None else number


def _named(sheet: str, cells: list[str]) -> str:
    """``Rekap!F14`` for one cell; ``Rekap!F14, F15, F16 (+9)`` for summed rows."""
    distinct = list(dict.fromkeys(cell.split("!")[-1] for cell in cells))
    shown = ", ".join(distinct[:CELLS_SHOWN])
    more = f" (+{len(distinct) - CELLS_SHOWN})" if len(distinct) > CELLS_SHOWN else ""
    return f"{sheet}!{shown}{more}"
