"""Reading a child-budget sheet (anggaran responsif anak): per year, OPD, cluster, program and
kegiatan, the allocation (pagu) and realisation (realisasi) in rupiah, exactly to the sen."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kla import fmt
from kla.text import t
from loaders.budget_names import ClusterResolver, OpdResolver, UnknownName
from loaders.headers import HEADER_SCAN_ROWS, map_header, normalise, synonym_lookup
from loaders.numbers import NotANumber, clean_text, is_missing, parse_rupiah
from loaders.report import Problem
from loaders.rows import SheetRow, year_of
from loaders.sheet_result import SheetResult
from loaders.workbook import Sheet

BUDGET_SYNONYMS: dict[str, tuple[str, ...]] = {
    "tahun": ("tahun", "thn", "tahunanggaran", "ta"),
    "opd": ("opd", "kodeopd", "namaopd", "perangkatdaerah", "skpd", "opdpengampu", "unitkerja"),
    "klaster": ("klaster", "cluster", "klasterkla", "komponen", "komponenkla"),
    "program": ("program", "namaprogram"),
    "kegiatan": ("kegiatan", "namakegiatan", "subkegiatan", "namasubkegiatan"),
    "pagu": ("pagu", "paguanggaran", "alokasi", "alokasianggaran", "anggaran", "nilaianggaran"),
    "realisasi": ("realisasi", "realisasianggaran", "nilairealisasi"),
    "keterangan": ("keterangan", "ket"),
    "no": ("no",),
}
BUDGET_LOOKUP = synonym_lookup(BUDGET_SYNONYMS)
# The columns the budget template and the sample budget workbooks write, in order.
BUDGET_COLUMNS = ("tahun", "opd", "klaster", "program", "kegiatan", "pagu", "realisasi", "keterangan")
REQUIRED = {"klaster", "program", "pagu"}
RUPIAH_FORMAT = '"Rp "#,##0'  # how the template and the sample workbooks show amounts
KEY_COLUMNS = ("program", "kegiatan", "pagu", "realisasi")
TOTAL_WORDS = {"jumlah", "total", "jumlahtotal", "grandtotal", "totalanggaran", "jumlahanggaran"}
_TITLE_YEAR = re.compile(r"(?:tahun\s+anggaran|\bta\.?)\s*:?\s*((?:19|20)\d\d)\b", re.IGNORECASE)


@dataclass(frozen=True)
class BudgetHeader:
    """Where a budget sheet's header is, its columns, and a year its title gives."""

    row: int
    columns: dict[str, int]
    title_year: int | None = None


def find_budget_header(rows: list[list[object]]) -> BudgetHeader | None:
    """The first row within the first rows of a sheet naming cluster, program and pagu columns;
    a title above it such as "Tahun Anggaran 2024" gives the year when there is no year column."""
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        columns = map_header(row, BUDGET_LOOKUP)
        if columns.keys() >= REQUIRED:
            return BudgetHeader(index, columns, _title_year(rows[:index]))
    return None


def _title_year(rows: list[list[object]]) -> int | None:
    for row in rows:
        for cell in row:
            found = _TITLE_YEAR.search(cell) if isinstance(cell, str) else None
            if found:
                return int(found.group(1))
    return None


class BudgetReader:
    """Validates the rows of budget sheets against the OPD list and the KLA clusters."""

    def __init__(self, opds: OpdResolver, lang: str = "id", opd: str | None = None):
        self.opds, self.clusters, self.lang, self.opd = opds, ClusterResolver(), lang, opd
        self.max_year = date.today().year + 1

    def read(self, sheet: Sheet, header: BudgetHeader) -> SheetResult:
        """Read every budget row below the header; totals and subtotals are left out."""
        result = SheetResult()
        fixed: dict[str, object] = {}
        if "tahun" not in header.columns and header.title_year:
            fixed["tahun"] = header.title_year
        if "opd" not in header.columns and self.opd:
            fixed["opd"] = self.opd
        for missing, key in (("tahun", "err_budget_no_year"), ("opd", "err_budget_no_opd")):
            if missing not in header.columns and missing not in fixed:
                result.errors.append(SheetRow(sheet, header.row, header.columns, result, self.lang).problem(key))
        if result.errors:
            return result
        totals: list[str] = []
        for index in range(header.row + 1, len(sheet.rows)):
            row = SheetRow(sheet, index, header.columns, result, self.lang, fixed)
            if normalise(clean_text(row.cell("program"))) in TOTAL_WORDS and is_missing(row.cell("kegiatan")):
                totals.append(row.where("program"))
                continue
            self._read_row(row)
        _drop_subtotals(result, self.lang)
        if totals:
            result.warnings.append(
                SheetRow(sheet, header.row, header.columns, result, self.lang).problem(
                    "warn_budget_totals", cells=", ".join(totals)
                )
            )
        return result

    def _read_row(self, row: SheetRow) -> None:
        if all(is_missing(row.cell(name)) for name in KEY_COLUMNS):
            return  # blank row, footnote or signature: not data
        errors_before = len(row.result.errors)
        year = year_of(row, self.max_year)
        opd = self._name(row, "opd", self.opds)
        component = self._name(row, "klaster", self.clusters)
        program = clean_text(row.cell("program"))
        if not program:
            row.error("program", "err_budget_program")
        allocation = self._amount(row, "pagu")
        realisation = self._amount(row, "realisasi")
        if allocation is None and len(row.result.errors) == errors_before:
            row.error("pagu", "err_budget_no_allocation")
        if len(row.result.errors) > errors_before:
            return
        if realisation is not None and realisation > allocation:
            shown = {"realisation": fmt.rupiah(realisation, self.lang), "allocation": fmt.rupiah(allocation, self.lang)}
            row.warning("realisasi", "warn_budget_over", **shown)
        row.result.observations.append(
            {
                "year": year,
                "opd_code": opd,
                "component": component,
                "program": program,
                "activity": clean_text(row.cell("kegiatan")),
                "allocation": allocation,
                "realisation": realisation,
                "note": clean_text(row.cell("keterangan")) or None,
                "_sheet": row.sheet.name,
                "_cell": row.where("pagu"),
            }
        )

    def _name(self, row: SheetRow, column: str, resolver: OpdResolver | ClusterResolver) -> str | None:
        raw = row.cell(column)
        if is_missing(raw):
            row.error(column, f"err_budget_empty_{column}")
            return None
        try:
            return resolver.resolve(raw)
        except UnknownName as unknown:
            hint = t("suggestion", self.lang, name=unknown.suggestion) if unknown.suggestion else ""
            row.error(column, f"err_budget_unknown_{column}", value=unknown.text, suggestion=hint)
            return None

    def _amount(self, row: SheetRow, column: str) -> Decimal | None:
        try:
            amount = parse_rupiah(row.cell(column))
        except NotANumber:
            row.error(column, "err_not_amount", value=clean_text(row.cell(column)))
            return None
        if amount is not None and amount < 0:
            row.error(column, "err_negative_amount", value=fmt.rupiah(amount, self.lang))
            return None
        return amount


def _drop_subtotals(result: SheetResult, lang: str) -> None:
    """Leave out a program row without kegiatan that sums the program's kegiatan rows (an
    export's subtotal), with a warning; such a row that does not add up is an error, since
    loading it would count the program twice."""
    groups: dict[tuple, list[dict]] = {}
    for row in result.observations:
        groups.setdefault((row["year"], row["opd_code"], row["component"], row["program"]), []).append(row)
    dropped = []
    for rows in groups.values():
        activities = [row for row in rows if row["activity"]]
        for row in rows:
            if row["activity"] or not activities:
                continue
            total = sum(item["allocation"] for item in activities)
            if row["allocation"] == total:
                dropped.append(row)
                result.warnings.append(Problem(row["_sheet"], row["_cell"], None, t("warn_budget_subtotal", lang)))
            else:
                shown = {"program": row["program"], "amount": fmt.rupiah(row["allocation"], lang)}
                message = t("err_budget_program_row", lang, total=fmt.rupiah(total, lang), **shown)
                result.errors.append(Problem(row["_sheet"], row["_cell"], None, message))
    result.observations = [row for row in result.observations if not any(row is gone for gone in dropped)]
