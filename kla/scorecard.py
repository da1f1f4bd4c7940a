"""The scorecard: every measure's city series judged by the progress method against its goal.

Pure functions over :func:`kla.queries.measures`, :func:`kla.queries.city_values` and
:func:`kla.queries.city_targets`. The main series of a measure is the administrative one
when it has one, else the survey series; the two are never joined.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from kla import catalog, fmt, queries
from kla.progress import Assessment, assess, projected
from kla.text import t

DIRECTIONS = {"naik": "increase", "turun": "decrease"}
MONITORED = "monitored"  # pantau measures: trend only, no status


def goal_for(goals: pd.DataFrame, year: int) -> tuple[int | None, float | None]:
    """The city goal for ``year`` or the nearest later one, else the latest."""
    return _goal_among(list(zip(goals["year"].tolist(), goals["value"].tolist())), year)


def _rows_by_code(frame: pd.DataFrame, columns: tuple[str, ...]) -> dict[str, list[tuple]]:
    """``frame``'s ``columns`` as plain tuples per measure code, in ``frame``'s order. A
    scorecard reads a few values of each of 35 measures: plain tuples take microseconds where
    pandas' selections took most of its time (see :func:`scorecard`)."""
    rows: dict[str, list[tuple]] = {}
    for code, *row in zip(*(frame[column].tolist() for column in ("indicator_code", *columns))):
        rows.setdefault(str(code), []).append(tuple(row))
    return rows


def _main_series(rows: list[tuple]) -> list[tuple]:
    """The administrative rows when there are any, else the survey rows (``source_kind`` first)."""
    kind = "administrasi" if any(row[0] == "administrasi" for row in rows) else "survei"
    return [row for row in rows if row[0] == kind]


def _goal_among(goals: list[tuple], year: int) -> tuple[int | None, float | None]:
    """The rule of :func:`goal_for` over ``(year, value)`` rows, in their order."""
    if not goals:
        return None, None
    goal_year, value = next((row for row in goals if row[0] >= year), goals[-1])
    return int(goal_year), float(value)


def _judge(measure, series: list[tuple], goal_year: int | None, goal: float | None) -> Assessment | None:
    if measure.direction not in DIRECTIONS or not series:
        return None
    limit = 100.0 if measure.unit == "persen" and measure.direction == "naik" else None
    years, values = [row[1] for row in series], [row[2] for row in series]
    return assess(years, values, DIRECTIONS[measure.direction], goal, goal_year, limit=limit)


def _within_limits(value: float | None, unit: str) -> float | None:
    """A projection kept inside what the unit allows: 0-100 for a percentage; none for yes/no."""
    if value is None or unit == "biner":
        return None
    return min(max(value, 0.0), 100.0) if unit == "persen" else max(value, 0.0)


def scorecard(measures: pd.DataFrame, values: pd.DataFrame, targets: pd.DataFrame, year: int) -> pd.DataFrame:
    """One row per measure: latest value and the one before, goal, benchmark, status, score,
    and the value expected at the goal year at the recent pace.

    The frames are split into plain rows per measure once (filtering them per measure with
    pandas took 90 ms of a 35-measure scorecard; Predikat makes one per year)."""
    rows = []
    values_of = _rows_by_code(values, ("source_kind", "year", "value", "source"))
    goals_of = _rows_by_code(targets[targets["kind"] == "target_kota"], ("year", "value"))
    benchmarks_of = _rows_by_code(targets[targets["kind"] == "acuan_nasional"], ("year", "value"))
    for measure in measures.itertuples():
        series = _main_series(values_of.get(measure.code, []))
        goals = goals_of.get(measure.code, [])
        benchmark = benchmarks_of.get(measure.code, [])
        goal_year, goal = _goal_among(goals, year)
        final_year = int(max(row[0] for row in goals)) if goals else None
        verdict = _judge(measure, series, goal_year, goal)
        latest = series[-1] if series else None
        previous = series[-2] if len(series) >= 2 else None
        rows.append(
            {
                "code": measure.code,
                "component": measure.component,
                "name_id": measure.name_id,
                "name_en": measure.name_en,
                "unit": measure.unit,
                "direction": measure.direction,
                "lead_opd_name": measure.lead_opd_name,
                "source_kind": latest[0] if latest is not None else None,
                "source": latest[3] if latest is not None else None,
                "data_year": int(latest[1]) if latest is not None else None,
                "value": float(latest[2]) if latest is not None else None,
                "previous_year": int(previous[1]) if previous is not None else None,
                "previous": float(previous[2]) if previous is not None else None,
                "goal_year": goal_year,
                "goal": goal,
                "benchmark": float(benchmark[-1][1]) if benchmark else None,
                "benchmark_year": benchmark[-1][0] if benchmark else None,
                "status": MONITORED
                if measure.direction == "pantau"
                else (verdict.status if verdict else "insufficient_data"),
                "score": verdict.score if verdict else None,
                "final_goal_year": final_year,
                "final_goal": float(goals[-1][1]) if goals else None,
                "expected_final": _within_limits(projected(verdict, final_year), measure.unit)
                if verdict and final_year
                else None,
            }
        )
    return pd.DataFrame(rows)


def city_scorecard(con: duckdb.DuckDBPyConnection, year: int) -> pd.DataFrame:
    """:func:`scorecard` for ``year`` straight from the database ``con``."""
    return scorecard(queries.measures(con), queries.city_values(con, year), queries.city_targets(con), year)


def component_scores(card: pd.DataFrame) -> pd.DataFrame:
    """Average score per component (measures without a score left out)."""
    rows = []
    for component in catalog.COMPONENTS:
        scores = card[(card["component"] == component.code) & card["score"].notna()]["score"]
        rows.append(
            {"component": component.code, "score": float(scores.mean()) if len(scores) else None, "count": len(scores)}
        )
    return pd.DataFrame(rows)


def score_by_component(card: pd.DataFrame) -> dict[str, float | None]:
    """:func:`component_scores` as component code → average score (None without scores)."""
    scores = component_scores(card)
    return {code: None if pd.isna(score) else score for code, score in zip(scores["component"], scores["score"])}


# Colour-blind-safe colours per status (always shown with the word), with a readable text colour.
PROGRESS_COLOURS = {
    "target_achieved": ("#0072B2", "white"),
    "substantial_progress": ("#56B4E9", "black"),
    "moderate_progress": ("#F0E442", "black"),
    "limited_progress": ("#E69F00", "black"),
    "deterioration": ("#D55E00", "white"),
    "insufficient_data": ("#DDDDDD", "black"),
    MONITORED: ("#F3F4F6", "black"),
}


def _change(row, lang: str) -> str:
    if row.previous is None or pd.isna(row.previous) or row.value is None:
        return "–"
    difference = row.value - row.previous
    arrow = "↑" if difference > 0 else ("↓" if difference < 0 else "→")
    return f"{arrow} {fmt.signed_difference(difference, row.unit, lang)} ({int(row.previous_year)})"


def scorecard_table(card: pd.DataFrame, lang: str) -> pd.io.formats.style.Styler:
    """The scorecard as a display table: status in words on its colour, values in the user's style."""
    return painted(scorecard_frame(card, lang), lang)


def painted(frame: pd.DataFrame, lang: str) -> pd.io.formats.style.Styler:
    """A :func:`scorecard_frame` with each status word on its colour."""
    status_column = t("col_status", lang)
    colours = {t("progress_" + status, lang): colour for status, colour in PROGRESS_COLOURS.items()}

    def paint(word: str) -> str:
        background, text = colours[word]
        return f"background-color: {background}; color: {text}"

    return frame.style.hide(axis="index").map(paint, subset=[status_column])


def scorecard_frame(card: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The scorecard's display table without its colours: status in words, values in the
    user's style."""

    def with_year(value, unit, year) -> str:
        return "–" if value is None or pd.isna(value) else f"{fmt.measure_value(value, unit, lang)} ({int(year)})"

    status_column = t("col_status", lang)
    table = pd.DataFrame(
        {
            t("col_code", lang): card["code"],
            t("col_measure", lang): card["name_en" if lang == "en" else "name_id"],
            status_column: [t("progress_" + status, lang) for status in card["status"]],
            t("col_latest", lang): [with_year(r.value, r.unit, r.data_year) for r in card.itertuples()],
            t("col_change", lang): [_change(r, lang) for r in card.itertuples()],
            t("line_goal", lang): [with_year(r.goal, r.unit, r.goal_year) for r in card.itertuples()],
            t("col_pace", lang): [with_year(r.expected_final, r.unit, r.final_goal_year) for r in card.itertuples()],
            t("col_benchmark", lang): [
                "–" if pd.isna(r.benchmark) else fmt.measure_value(r.benchmark, r.unit, lang) for r in card.itertuples()
            ],
            t("col_score", lang): ["–" if pd.isna(s) else fmt.number(s, 1, lang) for s in card["score"]],
            t("col_opd", lang): card["lead_opd_name"],
        }
    )
    return table


def status_badge(status: str, lang: str) -> str:
    """The status as a Streamlit badge: the word on its own colour."""
    colour = {
        "target_achieved": "blue",
        "substantial_progress": "blue",
        "monitored": "gray",
        "insufficient_data": "gray",
    }
    return f":{colour.get(status, 'orange')}-badge[{t('progress_' + status, lang)}]"
