"""The KLA predicate: the city's history, the national bands and an estimated score.

The evaluation publishes a predicate (Pratama … KLA), not the score behind it, nor the
weight of each indicator. The history and the bands are read from ``data/``; the estimated
score lives in :mod:`kla.predicate_estimate`.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from kla import config, fmt
from kla.text import t

HISTORY_STATUSES = ("resmi", "diperdebatkan", "tidak_ada_evaluasi", "belum_tercatat")
NEXT_TARGET = "target_berikutnya"  # the history row (without a year) naming the city's next target
NO_PREDICATE = "belum berpredikat"  # a score below the lowest band
HISTORY_COLUMNS = ("tahun", "predikat", "status", "sumber", "catatan")
BAND_COLUMNS = ("predikat", "nilai_min", "nilai_maks")


class PredicateFileError(ValueError):
    """A predicate, band or weights file that cannot be used; says which file and line."""

    def __init__(self, key: str, **values: object) -> None:
        if "path" in values:
            values["path"] = shown_path(values["path"])
        self.key, self.values = key, values
        super().__init__(self.message("id"))

    def message(self, lang: str) -> str:
        """The explanation in ``lang``."""
        return t(self.key, lang, **self.values)


@dataclass(frozen=True)
class Band:
    """One predicate and its range on the 0-1000 scale (both ends included)."""

    name: str
    low: float
    high: float
    source: str = ""


@dataclass(frozen=True)
class History:
    """The city's predicate per evaluation year, and the predicate it aims for next."""

    years: pd.DataFrame  # year, predicate, status, source, note; oldest first
    next_target: str | None

    def latest_official(self) -> tuple[int, str] | None:
        """Year and predicate of the latest undisputed evaluation."""
        official = self.years[self.years["status"] == "resmi"]
        return None if official.empty else (int(official["year"].iloc[-1]), official["predicate"].iloc[-1])


def csv_rows(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """The header and the rows (with their line numbers) of a CSV file; lines starting with
    ``#`` and empty lines are skipped. A file whose header uses ``;`` (Excel in Indonesian)
    is read with ``;``."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        lines = [("\n" if line.lstrip().startswith("#") else line) for line in handle]
    first = next((line for line in lines if line.strip()), "")
    reader = csv.reader(lines, delimiter=";" if first.count(";") > first.count(",") else ",")
    header: list[str] = []
    rows = []
    for cells in reader:
        cells = [cell.strip() for cell in cells]
        if not any(cells):
            continue
        if not header:
            header = cells
            continue
        rows.append((reader.line_num, dict(zip(header, cells))))
    return header, rows


def require_columns(header: list[str], columns: Iterable[str], path: Path) -> None:
    """Raise :class:`PredicateFileError` naming the columns ``header`` lacks."""
    missing = [column for column in columns if column not in header]
    if missing:
        raise PredicateFileError("predicate_error_columns", path=path, columns=", ".join(missing))


def csv_number(text: str, column: str, line: int, path: Path) -> float:
    """The number in one CSV cell (``41,667`` or ``41.667``); raises :class:`PredicateFileError`."""
    try:
        value = float(text.replace(",", ".") if text.count(",") == 1 and "." not in text else text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise PredicateFileError("predicate_error_number", path=path, line=line, column=column, text=text)
    return value


def read_bands(path: Path | None = None) -> list[Band]:
    """The predicate bands (``predikat,nilai_min,nilai_maks`` and optionally ``sumber``), lowest
    first, from ``path`` or :data:`kla.config.PREDICATE_BANDS_CSV`."""
    path = path or config.PREDICATE_BANDS_CSV
    header, rows = csv_rows(path)
    require_columns(header, BAND_COLUMNS, path)
    bands = [
        Band(
            row["predikat"],
            csv_number(row["nilai_min"], "nilai_min", line, path),
            csv_number(row["nilai_maks"], "nilai_maks", line, path),
            row.get("sumber", ""),
        )
        for line, row in rows
    ]
    return sorted(bands, key=lambda band: band.low)


def band_sources(bands: list[Band]) -> str:
    """The sources of the bands, each named once (``–`` when none is given)."""
    return "; ".join(dict.fromkeys(band.source for band in bands if band.source)) or "–"


def band_for(score: float, bands: list[Band]) -> str:
    """The predicate a score falls in: the highest band whose lower end it reaches (a score
    between two bands' whole-number ends, 600,5, stays in the lower one); ``belum berpredikat``
    below the lowest band."""
    reached = [band.name for band in bands if score >= band.low]
    return reached[-1] if reached else NO_PREDICATE


def band_named(name: str | None, bands: list[Band]) -> Band | None:
    """The band of the predicate ``name`` (``None`` when there is none)."""
    return next((band for band in bands if band.name == name), None)


def points_to(score: float, band: Band) -> float:
    """How many points ``score`` lacks to reach the lower end of ``band`` (0 when it does)."""
    return max(band.low - score, 0.0)


def read_history(path: Path | None = None, bands: list[Band] | None = None) -> History:
    """The city's predicate history (``tahun,predikat,status,sumber,catatan``) from ``path`` or
    :data:`kla.config.PREDICATE_HISTORY_CSV`; every status is one of :data:`HISTORY_STATUSES`,
    and one row without a year may name the next target."""
    path = path or config.PREDICATE_HISTORY_CSV
    names = {band.name for band in (bands if bands is not None else read_bands())}
    header, rows = csv_rows(path)
    require_columns(header, HISTORY_COLUMNS, path)
    years, target = [], None
    for line, row in rows:
        status, predicate = row["status"], row["predikat"]
        if status not in (*HISTORY_STATUSES, NEXT_TARGET):
            choices = ", ".join((*HISTORY_STATUSES, NEXT_TARGET))
            raise PredicateFileError("predicate_error_status", path=path, line=line, text=status, choices=choices)
        if predicate and predicate not in names:
            raise PredicateFileError("predicate_error_band", path=path, line=line, text=predicate)
        if status == NEXT_TARGET:
            target = predicate
            continue
        year = int(csv_number(row["tahun"], "tahun", line, path))
        years.append(
            {
                "year": year,
                "predicate": predicate or None,
                "status": status,
                "source": row["sumber"],
                "note": row["catatan"],
            }
        )
    frame = pd.DataFrame(years, columns=["year", "predicate", "status", "source", "note"])
    return History(frame.sort_values("year", ignore_index=True), target)


def shown_path(path: Path) -> str:
    """A file's path as people are told it: relative to the project when inside it."""
    try:
        return str(Path(path).resolve().relative_to(config.PROJECT_ROOT))
    except ValueError:
        return str(path)


def band_label(name: str, lang: str) -> str:
    """A predicate as shown: its own name, or ``Belum berpredikat`` below the lowest band."""
    return t("predicate_no_predicate", lang) if name == NO_PREDICATE else name


def band_range(band: Band, lang: str) -> str:
    """``901–1.000``: a band's ends in the user's number style."""
    return f"{fmt.number(band.low, 0, lang)}–{fmt.number(band.high, 0, lang)}"


def history_table(history: History, lang: str) -> pd.DataFrame:
    """The history for reading: year, predicate (``–`` when none), status in words, source, note."""
    years = history.years
    return pd.DataFrame(
        {
            t("col_year", lang): years["year"].astype(str),
            t("predicate_col_predicate", lang): years["predicate"].fillna("–"),
            t("predicate_col_status", lang): [t("predicate_status_" + status, lang) for status in years["status"]],
            t("predicate_col_source", lang): years["source"].replace("", "–"),
            t("predicate_col_note", lang): years["note"].replace("", "–"),
        }
    )


def bands_table(bands: list[Band], lang: str, target: str | None = None) -> pd.DataFrame:
    """The bands for reading, lowest first; the city's next target marked."""
    return pd.DataFrame(
        {
            t("predicate_col_predicate", lang): [
                f"{band.name} ({t('predicate_next', lang).lower()})" if band.name == target else band.name
                for band in bands
            ],
            t("predicate_col_low", lang): [fmt.number(band.low, 0, lang) for band in bands],
            t("predicate_col_high", lang): [fmt.number(band.high, 0, lang) for band in bands],
        }
    )
