"""Reading the data rows of one sheet into observations, collecting every problem."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kla.fmt import number as format_number
from kla.regions import LEVEL_RANK
from kla.sources import source_kind
from kla.text import t
from loaders.cell_values import sex_value, text_or_none, year_value
from loaders.fast_rows import read_clean_rows
from loaders.headers import Header
from loaders.numbers import NotANumber, clean_text, is_missing, parse_number
from loaders.observation_table import ordered_table, rows_by_first_where
from loaders.region_names import RegionResolver, UnknownRegion
from loaders.report import Problem
from loaders.sheet_result import SheetResult
from loaders.workbook import Sheet

SCALE = {"persen": 100.0, "per_1000_kh": 1000.0}
VALUE_TOLERANCE = 0.1
KEY_COLUMNS = ("kode_indikator", "tahun", "wilayah", "kecamatan", "desa", "nilai", "pembilang", "penyebut")
NUMBER_COLUMNS = ("nilai", "pembilang", "penyebut")
REGION_COLUMNS = ("desa", "kecamatan", "wilayah")  # the finest one given decides
RegionError = tuple[str, str, dict]  # column, text key, values


@dataclass(frozen=True)
class MeasureRule:
    """What the validator needs to know about a measure."""

    unit: str
    lead_opd: str
    finest_level: str


def _show(number: float, lang: str) -> str:
    return format_number(number, 0 if float(number).is_integer() else 2, lang)


class SheetRow:
    """One data row of a sheet: its cells by canonical column, and where to report problems.

    ``fixed`` holds values that come from outside the row: the year of a wide-layout column,
    the measure code of a sheet named after it.
    """

    def __init__(
        self,
        sheet: Sheet,
        index: int,
        columns: dict[str, int],
        result: SheetResult,
        lang: str,
        fixed: dict[str, object] | None = None,
    ):
        self.sheet, self.index, self.columns, self.result, self.lang = sheet, index, columns, result, lang
        self.fixed = fixed or {}

    def cell(self, name: str) -> object:
        """The raw value of column ``name`` in this row ("" when the sheet lacks it)."""
        if name in self.fixed:
            return self.fixed[name]
        column = self.columns.get(name)
        row = self.sheet.rows[self.index]
        return row[column] if column is not None and column < len(row) else ""

    def where(self, name: str) -> str:
        """The cell of column ``name`` in this row, like ``Data!E14``."""
        return self.sheet.cell_name(self.index, self.columns.get(name, 0))

    def has_flag(self, name: str, positions: set[tuple[int, int]]) -> bool:
        """True when the cell of column ``name`` is one of ``positions``."""
        column = self.columns.get(name)
        return column is not None and (self.index, column) in positions

    def error(self, name: str | None, key: str, **values: object) -> None:
        """Record the error ``key`` at the cell of column ``name`` (or at the row)."""
        self.result.errors.append(self.problem(key, name, **values))

    def warning(self, name: str | None, key: str, **values: object) -> None:
        """Record the warning ``key`` at the cell of column ``name`` (or at the row)."""
        self.result.warnings.append(self.problem(key, name, **values))

    def problem(self, key: str, name: str | None = None, **values: object) -> Problem:
        """The problem ``key`` located at the cell of column ``name``, or at the row."""
        cell = self.where(name) if name in self.columns else None
        return Problem(self.sheet.name, cell, self.sheet.row_number(self.index), t(key, self.lang, **values))


def year_of(row: SheetRow, max_year: int) -> int | None:
    """The year in the row's ``tahun`` cell (``2024``, ``2024.0``, ``"2024"``), or None after
    recording an error."""
    raw = row.cell("tahun")
    year = year_value(raw, max_year)
    if year is not None:
        return year
    try:
        number = parse_number(raw)
    except NotANumber:
        number = None
    if number is not None and float(number).is_integer():
        shown = str(int(number))
    else:
        shown = clean_text(raw) or t("empty_cell", row.lang)
    row.error("tahun", "err_year", value=shown, max_year=max_year)
    return None


class RowReader:
    """Validates rows of canonical-layout sheets against the catalog and the region tree."""

    def __init__(self, measures: dict[str, MeasureRule], resolver: RegionResolver, lang: str = "id"):
        self.measures = measures
        self.resolver = resolver
        self.lang = lang
        self.max_year = date.today().year + 1
        self._codes = {self._code_key(code): code for code in measures}

    @staticmethod
    def _code_key(text: str) -> str:
        return "".join(str(text).split()).upper()

    def code_for(self, text: str) -> str | None:
        """The measure code ``text`` names (``i - 4a`` → ``I-4A``), or None."""
        return self._codes.get(self._code_key(text))

    def read(self, sheet: Sheet, header: Header) -> SheetResult:
        """Read every data row below the header; in a wide layout, every year cell of a row.

        Clean rows of a long layout are read column by column; every other row one by one,
        reporting its problems. The observations come out in ``table``, in the sheet's order."""
        result = SheetResult()
        fixed = {"kode_indikator": header.sheet_code} if header.sheet_code else {}
        if header.wide:
            self._read_wide(sheet, header, result, fixed)
            clean = None
        else:
            clean = read_clean_rows(self, sheet, header)
            for row_index in clean.others:
                self._read_row(SheetRow(sheet, row_index, header.columns, result, self.lang, fixed))
        result.table = ordered_table(clean.columns if clean else {}, result.observations)
        result.observations = []
        self._note_finer_regions(sheet, header, result)
        return result

    def _read_wide(self, sheet: Sheet, header: Header, result: SheetResult, fixed: dict[str, object]) -> None:
        for row_index in range(header.row + 1, len(sheet.rows)):
            for year, column in header.year_columns.items():
                row = SheetRow(
                    sheet, row_index, {**header.columns, "nilai": column}, result, self.lang, {**fixed, "tahun": year}
                )
                flagged = sheet.cells.formulas_without_value | sheet.cells.error_values
                if not is_missing(row.cell("nilai")) or row.has_flag("nilai", flagged):
                    self._read_row(row)

    def _note_finer_regions(self, sheet: Sheet, header: Header, result: SheetResult) -> None:
        """Per measure, the cells of values for regions finer than the measure is kept for."""
        table = result.table
        if not table:
            return
        rank = {code: LEVEL_RANK[region.level] for code, region in self.resolver.by_code.items()}
        finest = {code: LEVEL_RANK.get(rule.finest_level, 3) for code, rule in self.measures.items()}
        finer = rows_by_first_where(
            table["indicator_code"], table["region_code"], lambda code, region: rank[region] > finest[code]
        )
        by_value_cell = header.wide or "nilai" in header.columns  # else the row's first cell, as ever
        for code, indexes in finer.items():
            if by_value_cell:
                places = [table["_cell"][index] for index in indexes]
            else:
                places = [sheet.cell_name(table["_row"][index], 0) for index in indexes]
            result.finer_regions.setdefault(code, []).extend(places)

    def _read_row(self, row: SheetRow) -> None:
        unstored = [name for name in row.columns if row.has_flag(name, row.sheet.cells.formulas_without_value)]
        broken = [name for name in row.columns if row.has_flag(name, row.sheet.cells.error_values)]
        in_sheet = [name for name in KEY_COLUMNS if name not in row.fixed]  # a sheet-name code is no cell
        if all(is_missing(row.cell(name)) for name in in_sheet) and not unstored and not broken:
            return  # blank row, footnote or signature: not data
        errors_before = len(row.result.errors)
        for name in unstored:
            row.error(name, "err_formula_no_value")
        for name in broken:
            row.error(name, "err_error_value")
        if len(row.result.errors) > errors_before:
            return

        code_text = clean_text(row.cell("kode_indikator"))
        code = self.code_for(code_text)
        if not code_text:
            row.error("kode_indikator", "err_missing_code")
        elif code is None:
            row.error("kode_indikator", "err_unknown_code", code=code_text)
        year = year_of(row, self.max_year)
        region = self._region(row)
        sex = self._sex(row)
        numbers = self._numbers(row, code)
        if len(row.result.errors) > errors_before:
            return

        rule = self.measures[code]
        value, numerator, denominator = numbers
        if value is None and (numerator is None or denominator is None):
            row.result.missing_cells.append(row.where("nilai" if "nilai" in row.columns else "tahun"))
            return
        value = self._checked_value(row, rule, value, numerator, denominator)
        if value is None:
            return
        source = text_or_none(row.cell("sumber"))
        row.result.observations.append(
            {
                "indicator_code": code,
                "year": year,
                "region_code": region,
                "sex": sex,
                "source_kind": source_kind(source),
                "value": float(value),
                "numerator": numerator,
                "denominator": denominator,
                "source": source,
                "note": text_or_none(row.cell("keterangan")),
                "_sheet": row.sheet.name,
                "_cell": row.where("nilai" if "nilai" in row.columns else "pembilang"),
                "_row": row.index,
            }
        )

    def _sex(self, row: SheetRow) -> str | None:
        raw = row.cell("jenis_kelamin")
        sex = sex_value(raw)
        if sex is None:
            row.error("jenis_kelamin", "err_sex", value=clean_text(raw))
        return sex

    def _numbers(self, row: SheetRow, code: str | None) -> tuple[float | None, float | None, float | None]:
        numbers = []
        for name in NUMBER_COLUMNS:
            try:
                number = parse_number(row.cell(name))
            except NotANumber:
                number = None
                row.error(name, "err_not_number", value=clean_text(row.cell(name)))
            numbers.append(number)
        value = numbers[0]
        percent_cell = row.has_flag("nilai", row.sheet.cells.percent_formatted)
        if value is not None and percent_cell and code and self.measures[code].unit == "persen":
            numbers[0] = value * 100  # 0.968 shown as 96,8% is 96.8
        return numbers[0], numbers[1], numbers[2]

    def _region(self, row: SheetRow) -> str | None:
        region, error = self.region_of(*(row.cell(column) for column in REGION_COLUMNS))
        if error is not None:
            column, key, values = error
            row.error(column, key, **values)
        return region

    def region_of(self, desa: object, kecamatan: object, wilayah: object) -> tuple[str | None, RegionError | None]:
        """The region code the region cells of a row name, or None and the error to report."""
        region, error = self._region_cell(desa, kecamatan, wilayah)
        if region and not is_missing(desa) and not is_missing(kecamatan):
            try:
                parent = self.resolver.resolve(kecamatan, "kecamatan")
            except UnknownRegion:
                parent = None  # an unknown kecamatan beside a known desa: the desa decides
            place = self.resolver.by_code[region]
            if parent and place.parent_code != parent:
                values = {"desa": place.label, "kecamatan": self.resolver.by_code[parent].label}
                return None, ("desa", "err_region_parent", values)
        return region, error

    def _region_cell(self, *cells: object) -> tuple[str | None, RegionError | None]:
        for column, raw in zip(REGION_COLUMNS, cells):
            if not is_missing(raw):
                try:
                    return self.resolver.resolve(raw, column), None
                except UnknownRegion as unknown:
                    hint = t("suggestion", self.lang, name=unknown.suggestion) if unknown.suggestion else ""
                    return None, (column, "err_unknown_region", {"value": unknown.text, "suggestion": hint})
        return self.resolver.root.code, None

    def _checked_value(self, row: SheetRow, rule: MeasureRule, value, numerator, denominator) -> float | None:
        """The row's value (computed from numerator and denominator when absent), or None
        after recording an error."""
        show = self.lang
        for name, number in zip(NUMBER_COLUMNS, (value, numerator, denominator)):
            if number is not None and number < 0:
                row.error(name, "err_negative", value=_show(number, show))
                return None
        scale = SCALE.get(rule.unit)
        expected = None
        if numerator is not None and denominator is not None:
            if rule.unit == "persen" and numerator > denominator:
                shown = {"numerator": _show(numerator, show), "denominator": _show(denominator, show)}
                row.error("pembilang", "err_numerator_above", **shown)
                return None
            if scale and denominator == 0 and value is None:
                row.error("penyebut", "err_zero_denominator")
                return None
            if not (scale and denominator == 0):
                expected = numerator / denominator * scale if scale else numerator
        elif rule.unit == "jumlah" and numerator is not None:
            expected = numerator
        if expected is not None and value is not None and abs(expected - value) > VALUE_TOLERANCE:
            row.error("nilai", "err_value_mismatch", value=_show(value, show), expected=_show(expected, show))
            return None
        value = expected if value is None else value
        column = "nilai" if "nilai" in row.columns and not is_missing(row.cell("nilai")) else "pembilang"
        if rule.unit == "persen" and value > 100:
            row.error(column, "err_percent_range", value=_show(value, show))
            return None
        if rule.unit == "biner" and value not in (0, 1):
            row.error(column, "err_binary", value=_show(value, show))
            return None
        return value
