"""Reading the data rows of one sheet into observations, collecting every problem."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kla.fmt import number as format_number
from kla.regions import LEVEL_RANK
from kla.sources import source_kind
from kla.text import t
from loaders.numbers import NotANumber, clean_text, is_missing, parse_number
from loaders.region_names import RegionResolver, UnknownRegion
from loaders.report import Problem, cell_name
from loaders.workbook import Sheet

SEXES = {"l": "L", "laki-laki": "L", "lakilaki": "L", "p": "P", "perempuan": "P", "l+p": "L+P", "total": "L+P"}
SCALE = {"persen": 100.0, "per_1000_kh": 1000.0}
VALUE_TOLERANCE = 0.1


@dataclass(frozen=True)
class MeasureRule:
    """What the validator needs to know about a measure."""

    unit: str
    lead_opd: str
    finest_level: str


@dataclass
class SheetResult:
    """Observations read from a sheet, the cell each came from, and the problems found."""

    observations: list[dict] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    missing_cells: list[str] = field(default_factory=list)

    @property
    def missing(self) -> int:
        """How many rows had a code and a year but no value."""
        return len(self.missing_cells)


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

    def read(self, sheet: Sheet, header_index: int, columns: dict[str, int]) -> SheetResult:
        """Read every data row below ``header_index``."""
        result = SheetResult()
        for row_index in range(header_index + 1, len(sheet.rows)):
            self._read_row(sheet, row_index, columns, result)
        return result

    def _cell(self, sheet: Sheet, row_index: int, columns: dict[str, int], name: str) -> object:
        column = columns.get(name)
        row = sheet.rows[row_index]
        return row[column] if column is not None and column < len(row) else ""

    def _error(
        self, result: SheetResult, sheet: Sheet, row_index: int, column: int | None, key: str, **values: object
    ) -> None:
        cell = cell_name(sheet.name, row_index, column) if column is not None else None
        result.errors.append(Problem(sheet.name, cell, row_index + 1, t(key, self.lang, **values)))

    def _read_row(self, sheet: Sheet, row_index: int, columns: dict[str, int], result: SheetResult) -> None:
        def cell(name: str) -> object:
            return self._cell(sheet, row_index, columns, name)

        def error(name: str, key: str, **values: object) -> None:
            self._error(result, sheet, row_index, columns.get(name), key, **values)

        region_columns = ("wilayah", "kecamatan", "desa")
        key_cells = [cell("kode_indikator"), cell("tahun"), cell("nilai"), cell("pembilang"), cell("penyebut")]
        key_cells += [cell(name) for name in region_columns]
        if all(is_missing(value) for value in key_cells):
            return  # blank row, footnote or signature: not data
        errors_before = len(result.errors)

        code_text = clean_text(cell("kode_indikator"))
        code = self._codes.get(self._code_key(code_text))
        if not code_text:
            error("kode_indikator", "err_missing_code")
        elif code is None:
            error("kode_indikator", "err_unknown_code", code=code_text)

        year = self._year(cell("tahun"))
        if year is None:
            error("tahun", "err_year", value=clean_text(cell("tahun")), max_year=self.max_year)

        region = self._region(cell, error)
        sex = (
            SEXES.get(clean_text(cell("jenis_kelamin")).lower().replace(" ", ""))
            if not is_missing(cell("jenis_kelamin"))
            else "L+P"
        )
        if sex is None:
            error("jenis_kelamin", "err_sex", value=clean_text(cell("jenis_kelamin")))

        numbers = {}
        for name in ("nilai", "pembilang", "penyebut"):
            try:
                numbers[name] = parse_number(cell(name))
            except NotANumber:
                numbers[name] = None
                error(name, "err_not_number", value=clean_text(cell(name)))
        if len(result.errors) > errors_before or code is None:
            return

        rule = self.measures[code]
        value, numerator, denominator = numbers["nilai"], numbers["pembilang"], numbers["penyebut"]
        if value is None and (numerator is None or denominator is None):
            result.missing_cells.append(cell_name(sheet.name, row_index, columns.get("nilai", columns["tahun"])))
            return
        if not self._check_value(rule, value, numerator, denominator, error):
            return
        if value is None:
            value = numerator / denominator * SCALE[rule.unit] if rule.unit in SCALE else numerator
        source = clean_text(cell("sumber")) or None
        finest = LEVEL_RANK.get(rule.finest_level, 3)
        region_level = self.resolver.by_code[region].level
        if LEVEL_RANK[region_level] > finest:
            result.warnings.append(
                Problem(
                    sheet.name,
                    None,
                    row_index + 1,
                    t("warn_finer_region", self.lang, region=region, code=code, level=rule.finest_level),
                )
            )
        result.observations.append(
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
                "note": clean_text(cell("keterangan")) or None,
                "_origin": cell_name(sheet.name, row_index, columns.get("nilai", columns.get("pembilang", 0))),
            }
        )

    def _year(self, raw: object) -> int | None:
        try:
            number = parse_number(raw)
        except NotANumber:
            return None
        if number is None or not float(number).is_integer():
            return None
        year = int(number)
        return year if 2000 <= year <= self.max_year else None

    def _region(self, cell, error) -> str | None:
        for column in ("desa", "kecamatan", "wilayah"):
            raw = cell(column)
            if not is_missing(raw):
                try:
                    return self.resolver.resolve(raw, column)
                except UnknownRegion as unknown:
                    hint = t("suggestion", self.lang, name=unknown.suggestion) if unknown.suggestion else ""
                    error(column, "err_unknown_region", value=unknown.text, suggestion=hint)
                    return None
        return self.resolver.root.code

    def _check_value(self, rule: MeasureRule, value, numerator, denominator, error) -> bool:
        """Unit rules and numerator/denominator agreement; False when an error was recorded."""
        for name, number in (("nilai", value), ("pembilang", numerator), ("penyebut", denominator)):
            if number is not None and number < 0:
                error(name, "err_negative", value=_show(number, self.lang))
                return False
        if value is not None and rule.unit == "persen" and value > 100:
            error("nilai", "err_percent_range", value=_show(value, self.lang))
            return False
        if value is not None and rule.unit == "biner" and value not in (0, 1):
            error("nilai", "err_binary", value=_show(value, self.lang))
            return False
        if numerator is not None and denominator is not None:
            if value is None and denominator == 0:
                error("penyebut", "err_zero_denominator")
                return False
            if rule.unit == "persen" and numerator > denominator:
                error(
                    "pembilang",
                    "err_numerator_above",
                    numerator=_show(numerator, self.lang),
                    denominator=_show(denominator, self.lang),
                )
                return False
            if value is not None and rule.unit in SCALE and denominator > 0:
                expected = numerator / denominator * SCALE[rule.unit]
                if abs(expected - value) > VALUE_TOLERANCE:
                    error(
                        "nilai",
                        "err_value_mismatch",
                        value=_show(value, self.lang),
                        expected=_show(expected, self.lang),
                    )
                    return False
        return True


def _show(number: float, lang: str) -> str:
    return format_number(number, 0 if float(number).is_integer() else 2, lang)
