"""The city at a glance: per-component counts, the furthest-behind measures, data freshness.

Pure functions over the frames of :mod:`kla.queries`; they return display-ready tables
(numbers already written in the user's style).
"""

from __future__ import annotations

import pandas as pd

from kla import catalog, fmt
from kla.text import t

STATUSES = ("met", "missed", "no_goal", "no_data")


def component_summary(status: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One row per component: counts of measures per status and the component's names."""
    rows = []
    for component in catalog.COMPONENTS:
        part = status[status["component"] == component.code]
        counts = part["status"].value_counts()
        rows.append(
            {
                "component": component.code,
                "component_name": component.short_name(lang),
                "total": len(part),
                **{name: int(counts.get(name, 0)) for name in STATUSES},
            }
        )
    return pd.DataFrame(rows)


def furthest_from_goal(status: pd.DataFrame, lang: str, count: int = 5) -> pd.DataFrame:
    """The ``count`` measures furthest behind their goal, relative to the goal."""
    behind = status[status["status"] == "missed"].sort_values("gap", ascending=False).head(count)
    name_column = "name_en" if lang == "en" else "name_id"
    return pd.DataFrame(
        {
            t("col_code", lang): behind["code"],
            t("col_measure", lang): behind[name_column],
            t("col_latest", lang): [
                f"{fmt.measure_value(v, u, lang)} ({int(y)})"
                for v, u, y in zip(behind["value"], behind["unit"], behind["data_year"])
            ],
            t("line_goal", lang): [
                f"{fmt.measure_value(g, u, lang)} ({int(y)})"
                for g, u, y in zip(behind["goal"], behind["unit"], behind["goal_year"])
            ],
            t("col_gap", lang): [f"{fmt.number(100 * gap, 0, lang)}%" for gap in behind["gap"]],
            t("col_opd", lang): behind["lead_opd_name"],
        }
    )


def freshness_state(measures: int, with_year: int) -> str:
    """``fresh_ok`` when every measure has the year's data, ``fresh_partial`` or ``fresh_late``."""
    if with_year >= measures:
        return "fresh_ok"
    return "fresh_partial" if with_year else "fresh_late"


def freshness_table(fresh: pd.DataFrame, year: int, lang: str) -> pd.DataFrame:
    """Per OPD: measures, how many have ``year`` data, latest data year, last upload, status."""
    return pd.DataFrame(
        {
            t("col_opd", lang): fresh["opd_name"],
            t("col_status", lang): [
                t(freshness_state(m, w), lang) for m, w in zip(fresh["measures"], fresh["with_year"])
            ],
            t("col_with_year", lang, year=year): [f"{w} / {m}" for w, m in zip(fresh["with_year"], fresh["measures"])],
            t("col_latest_year", lang): [str(int(y)) if pd.notna(y) else "–" for y in fresh["latest_year"]],
            t("col_last_upload", lang): [
                fmt.date_time(moment, lang) if pd.notna(moment) else t("never", lang) for moment in fresh["last_upload"]
            ],
        }
    )
