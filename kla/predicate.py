"""The KLA predicate: the city's history, the national bands and an estimated score.

The evaluation publishes a predicate (Pratama … KLA), not the score behind it, nor the
weight of each indicator. The history and the bands are read from ``data/``; an estimate on
the 0-1000 scale is made only when weights per indicator are configured
(:func:`kla.config.weights_path`), and it is always an estimate, never an official score.

How the estimate is made (:func:`estimate`):

* each measure of the scorecard gets a fulfilment between 0 and 1: 1 when its goal is met;
  ``(score + 5) / 10`` from its progress score (-5 … 5) otherwise; 0.5 when it has a value
  for the year but too few years to be judged; 1 for a monitored (``pantau``) measure with a
  value for the year; 0 when it has no value for the year (no evidence, no points);
* an indicator's fulfilment is the mean of its measures' (supplementary measures without an
  indicator number carry no weight);
* the estimate is Σ weight × fulfilment, with the weights scaled to sum to 1000.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from kla import catalog, config, fmt
from kla.text import t

HISTORY_STATUSES = ("resmi", "diperdebatkan", "tidak_ada_evaluasi", "belum_tercatat")
NEXT_TARGET = "target_berikutnya"  # the history row (without a year) naming the city's next target
NO_PREDICATE = "belum berpredikat"  # a score below the lowest band
SCALE = 1000.0
HISTORY_COLUMNS = ("tahun", "predikat", "status", "sumber", "catatan")
BAND_COLUMNS = ("predikat", "nilai_min", "nilai_maks")
WEIGHT_COLUMNS = ("nomor_indikator", "bobot")


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


@dataclass(frozen=True)
class Weights:
    """Weights per KLA indicator number (only those above zero) and the file they came from."""

    path: Path
    by_indicator: dict[int, float]

    @property
    def total(self) -> float:
        """The sum of the weights as written in the file."""
        return sum(self.by_indicator.values())


@dataclass(frozen=True)
class Estimate:
    """An estimated score for one year: the total, its band and the points per indicator."""

    year: int
    score: float
    band: str
    indicators: pd.DataFrame  # number, component, measures, missing, weight, max_points, fulfilment, points


def _rows(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
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


def _require(header: list[str], columns: Iterable[str], path: Path) -> None:
    missing = [column for column in columns if column not in header]
    if missing:
        raise PredicateFileError("predicate_error_columns", path=path, columns=", ".join(missing))


def _number(text: str, column: str, line: int, path: Path) -> float:
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
    header, rows = _rows(path)
    _require(header, BAND_COLUMNS, path)
    bands = [
        Band(
            row["predikat"],
            _number(row["nilai_min"], "nilai_min", line, path),
            _number(row["nilai_maks"], "nilai_maks", line, path),
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
    header, rows = _rows(path)
    _require(header, HISTORY_COLUMNS, path)
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
        year = int(_number(row["tahun"], "tahun", line, path))
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


def indicator_numbers(measures: pd.DataFrame | None = None) -> dict[str, int]:
    """Measure code → KLA indicator number, from ``measures`` (columns ``code`` and
    ``indicator_number``, as :func:`kla.queries.measures`) or else the catalog CSV. Measures
    without a number are left out."""
    if measures is None:
        pairs = [(m.code, m.indicator_number) for m in catalog.read_measures()]
    else:
        pairs = list(zip(measures["code"], measures["indicator_number"]))
    return {code: int(number) for code, number in pairs if number is not None and not pd.isna(number)}


def read_weights(path: Path | None = None, known: Iterable[int] | None = None) -> Weights | None:
    """The weights per indicator (``nomor_indikator,bobot``), or ``None`` when none are
    configured: no file, an empty file, or every weight blank or zero. Raises
    :class:`PredicateFileError` (naming the file and line) for a weight that is not a number
    or is negative, an indicator number not in ``known`` (the catalog's by default), or a
    number given twice."""
    path = path or config.weights_path()
    if not path.is_file():
        return None
    header, rows = _rows(path)
    if not rows:
        return None
    _require(header, WEIGHT_COLUMNS, path)
    known = set(known if known is not None else indicator_numbers().values())
    weights: dict[int, float] = {}
    lines: dict[int, int] = {}
    for line, row in rows:
        text = row.get("nomor_indikator", "")
        if not text.isdigit():
            raise PredicateFileError(
                "predicate_error_number", path=path, line=line, column="nomor_indikator", text=text
            )
        number = int(text)
        if number not in known:
            raise PredicateFileError("predicate_error_unknown", path=path, line=line, number=number, known=_span(known))
        if number in lines:
            raise PredicateFileError(
                "predicate_error_duplicate", path=path, line=line, number=number, first=lines[number]
            )
        lines[number] = line
        weight = _number(row["bobot"], "bobot", line, path) if row.get("bobot") else 0.0
        if weight < 0:
            raise PredicateFileError("predicate_error_negative", path=path, line=line, text=row["bobot"])
        if weight > 0:
            weights[number] = weight
    return Weights(path, dict(sorted(weights.items()))) if weights else None


def _span(numbers: set[int]) -> str:
    return f"{min(numbers)}–{max(numbers)}" if numbers else "–"


def _has_value(measure: object, year: int) -> bool:
    """Whether a scorecard row has a value for ``year`` itself (not only an older one)."""
    return measure.data_year == year and not pd.isna(measure.value)


def fulfilment(measure: pd.Series | object, year: int) -> float:
    """How far one scorecard row counts towards its indicator in ``year``, from 0 to 1 (see
    the module's description of the method)."""
    if not _has_value(measure, year):
        return 0.0
    if measure.direction == "pantau" or measure.status == "target_achieved":
        return 1.0
    score = 0.0 if pd.isna(measure.score) else float(measure.score)
    return min(max((score + 5) / 10, 0.0), 1.0)


def estimate(
    card: pd.DataFrame,
    weights: Weights | None,
    year: int,
    numbers: dict[str, int] | None = None,
    bands: list[Band] | None = None,
) -> Estimate | None:
    """The estimated score for ``year`` from a scorecard (:func:`kla.scorecard.city_scorecard`
    for that year), or ``None`` without weights. ``numbers`` maps measure codes to indicator
    numbers (:func:`indicator_numbers`)."""
    if weights is None:
        return None
    numbers = numbers if numbers is not None else indicator_numbers()
    scale = SCALE / weights.total
    rows = []
    for number, weight in weights.by_indicator.items():
        own = [row for row in card.itertuples() if numbers.get(row.code) == number]
        share = sum(fulfilment(row, year) for row in own) / len(own) if own else 0.0
        rows.append(
            {
                "number": number,
                "component": own[0].component if own else "",
                "measures": ", ".join(row.code for row in own),
                "missing": ", ".join(row.code for row in own if not _has_value(row, year)),
                "weight": weight,
                "max_points": weight * scale,
                "fulfilment": share,
                "points": weight * scale * share,
            }
        )
    indicators = pd.DataFrame(rows)
    score = float(indicators["points"].sum())
    return Estimate(year, score, band_for(score, bands if bands is not None else read_bands()), indicators)


def estimates_by_year(
    cards: dict[int, pd.DataFrame],
    weights: Weights | None,
    numbers: dict[str, int] | None = None,
    bands: list[Band] | None = None,
) -> pd.DataFrame:
    """The estimated score per year (columns year, score, band) from one scorecard per year;
    no rows without weights."""
    bands = bands if bands is not None else read_bands()
    rows = []
    for year, card in sorted(cards.items()):
        result = estimate(card, weights, year, numbers, bands)
        if result is not None:
            rows.append({"year": year, "score": result.score, "band": result.band})
    return pd.DataFrame(rows, columns=["year", "score", "band"])


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


def _weight_text(weight: float, lang: str) -> str:
    """A weight as written in its file: as few decimals as it needs, at most three."""
    decimals = next((d for d in range(3) if round(weight, d) == round(weight, 3)), 3)
    return fmt.number(weight, decimals, lang)


def points_table(result: Estimate, lang: str) -> pd.DataFrame:
    """The weights used and the points per indicator, for reading; the last row is the total."""
    rows = result.indicators
    total = {
        "number": t("predicate_total", lang),
        "component": "",
        "measures": "",
        "missing": "",
        "weight": rows["weight"].sum(),
        "max_points": rows["max_points"].sum(),
        "fulfilment": None,
        "points": result.score,
    }
    data = pd.concat([rows, pd.DataFrame([total])], ignore_index=True)
    return pd.DataFrame(
        {
            t("predicate_col_indicator", lang): data["number"].astype(str),
            t("predicate_col_component", lang): [
                catalog.component(code).short_name(lang) if code else "" for code in data["component"]
            ],
            t("predicate_col_measures", lang): data["measures"],
            t("predicate_col_missing", lang, year=result.year): data["missing"].replace("", "–"),
            t("predicate_col_weight", lang): [_weight_text(value, lang) for value in data["weight"]],
            t("predicate_col_max_points", lang): [fmt.number(value, 1, lang) for value in data["max_points"]],
            t("predicate_col_fulfilment", lang): [
                "–" if value is None or pd.isna(value) else f"{fmt.number(100 * value, 0, lang)}%"
                for value in data["fulfilment"]
            ],
            t("predicate_col_points", lang): [fmt.number(value, 1, lang) for value in data["points"]],
        }
    )
