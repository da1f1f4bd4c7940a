"""The estimated KLA score on the 0-1000 scale: made only when weights per indicator are
configured (:func:`kla.config.weights_path`), and always an estimate, never an official score.

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
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from kla import audit, catalog, config, fmt
from kla.predicate import Band, PredicateFileError, band_for, csv_number, csv_rows, read_bands, require_columns
from kla.text import t
from kla.users import LOCAL_OPERATOR, User, require_admin

SCALE = 1000.0
WEIGHT_COLUMNS = ("nomor_indikator", "bobot")


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
    header, rows = csv_rows(path)
    if not rows:
        return None
    require_columns(header, WEIGHT_COLUMNS, path)
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
        weight = csv_number(row["bobot"], "bobot", line, path) if row.get("bobot") else 0.0
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
    measures_of: dict[int | None, list] = {}  # the scorecard's rows per indicator, read once
    for row in card.itertuples():
        measures_of.setdefault(numbers.get(row.code), []).append(row)
    for number, weight in weights.by_indicator.items():
        own = measures_of.get(number, [])
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


class WeightChangeRefused(ValueError):
    """A weight change without a reason or with a negative weight; the message says why."""


def save_weights(
    con: duckdb.DuckDBPyConnection, path: Path, new: dict[int, float], reason: str, user: User = LOCAL_OPERATOR
) -> int:
    """Write changed weights per indicator into the weights file at ``path`` (its comments and
    notes kept, the file replaced whole), each change recorded with ``reason`` in the audit
    trail. Only administrators may. Returns how many weights changed."""
    require_admin(user, "weight_change")
    if not reason.strip():
        raise WeightChangeRefused(t("predicate_weight_reason"))
    if any(weight < 0 for weight in new.values()):
        raise WeightChangeRefused(t("predicate_weight_negative"))
    header, rows = csv_rows(path)
    old = {
        int(row["nomor_indikator"]): csv_number(row["bobot"], "bobot", line, path) if row.get("bobot") else 0.0
        for line, row in rows
    }
    changed = {number: weight for number, weight in new.items() if old.get(number) != weight}
    if not changed:
        return 0
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    by_line = {line: row for line, row in rows}
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
    for number_in_file, text in enumerate(lines, start=1):
        row = by_line.get(number_in_file)
        if row is None or int(row["nomor_indikator"]) not in changed:
            out.write(text)
            continue
        writer.writerow(row | {"bobot": f"{changed[int(row['nomor_indikator'])]:g}"})
    for number in sorted(set(changed) - set(old)):  # an indicator the file did not list yet
        writer.writerow(
            {column: "" for column in header} | {"nomor_indikator": number, "bobot": f"{changed[number]:g}"}
        )
    partial = path.with_name(path.name + ".baru")
    partial.write_text(out.getvalue(), encoding="utf-8")
    partial.replace(path)
    for number, weight in sorted(changed.items()):
        audit.record(
            con,
            user,
            "weight_change",
            subject=f"indikator {number}",
            old=f"{old.get(number, 0):g}",
            new=f"{weight:g}",
            reason=reason.strip(),
        )
    return len(changed)


def weights_frame(weights: Weights, numbers: dict[str, int]) -> pd.DataFrame:
    """Every KLA indicator number with its weight (0 when it has none), for editing."""
    every = sorted(set(numbers.values()))
    return pd.DataFrame({"number": every, "weight": [weights.by_indicator.get(number, 0.0) for number in every]})
