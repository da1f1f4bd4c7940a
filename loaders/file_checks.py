"""Checks across all the rows a file gives: the same identity twice, measures or budget rows
of another OPD, and the warnings about missing values and finer regions."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from kla import uploads
from kla.text import t
from loaders.report import Problem
from loaders.rows import RowReader
from loaders.sheet_result import SheetResult

MISSING_CELLS_SHOWN = 10


def report_missing_and_finer(combined: SheetResult, reader: RowReader) -> None:
    """Warnings for rows without a value and for values of regions finer than their measure's level."""
    if combined.missing:
        message = t(
            "warn_missing", reader.lang, count=combined.missing, cells=_some(combined.missing_cells, reader.lang)
        )
        combined.warnings.append(Problem(None, None, None, message))
    for code, cells in combined.finer_regions.items():
        level = t(
            "level_" + ("desa" if reader.measures[code].finest_level == "desa" else reader.measures[code].finest_level),
            reader.lang,
        )
        message = t(
            "warn_finer_region", reader.lang, code=code, level=level, count=len(cells), cells=_some(cells, reader.lang)
        )
        combined.warnings.append(Problem(None, None, None, message))


def _some(cells: list[str], lang: str) -> str:
    """The first few cell names, and how many more there are."""
    shown = ", ".join(cells[:MISSING_CELLS_SHOWN])
    rest = len(cells) - MISSING_CELLS_SHOWN
    return shown + (t("and_more", lang, count=rest) if rest > 0 else "")


def measure_duplicate(row: dict, other: str, lang: str) -> str:
    """The error for a measure value whose identity came earlier in the file (at ``other``)."""
    code, year, region, sex = (row[column] for column in ("indicator_code", "year", "region_code", "sex"))
    return t("err_duplicate", lang, code=code, year=year, region=region, sex=sex, other=other)


def budget_duplicate(row: dict, other: str, lang: str) -> str:
    """The error for a budget row whose identity came earlier in the file (at ``other``)."""
    activity = row["activity"] or "–"
    return t(
        "err_budget_duplicate",
        lang,
        year=row["year"],
        opd=row["opd_code"],
        cluster=row["component"],
        program=row["program"],
        activity=activity,
        other=other,
    )


def check_duplicates(
    rows: pd.DataFrame, result: SheetResult, history: uploads.HistoryTable, message: Callable[[dict, str], str]
) -> bool:
    """An error for each row whose identity came earlier in the file with other content;
    returns whether any identity came more than once (with the same content or not)."""
    identity = list(history.identity)
    repeated = rows[rows.duplicated(subset=identity, keep=False)]
    if repeated.empty:
        return False
    seen: dict[tuple, dict] = {}
    for row in repeated.to_dict("records"):
        earlier = seen.setdefault(tuple(row[column] for column in identity), row)
        if earlier is not row and any(_differ(earlier[column], row[column]) for column in history.content[:2]):
            result.errors.append(Problem(row["_sheet"], row["_cell"], None, message(row, earlier["_cell"])))
    return True


def _differ(one: object, other: object) -> bool:
    """Whether two cells of a frame hold different values; two empty ones do not."""
    return not (pd.isna(one) and pd.isna(other)) and one != other


def check_budget_owner(rows: pd.DataFrame, result: SheetResult, opd: str | None, lang: str) -> None:
    """A warning when an admin loads budget rows of other OPDs than the one chosen."""
    others = sorted(set(rows["opd_code"]) - {opd}) if opd else []
    if others:
        result.warnings.append(
            Problem(None, None, None, t("warn_budget_not_owner", lang, opd=opd, others=", ".join(others)))
        )


def check_ownership(rows: pd.DataFrame, result: SheetResult, reader: RowReader, opd: str | None) -> None:
    """A warning per measure that the uploading OPD does not lead."""
    if not opd:
        return
    for code in sorted(set(rows["indicator_code"])):
        lead = reader.measures[code].lead_opd
        if lead != opd:
            message = t("warn_not_owner", reader.lang, code=code, lead=lead, opd=opd)
            result.warnings.append(Problem(None, None, None, message))
