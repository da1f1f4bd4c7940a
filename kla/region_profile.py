"""A region's profile: every measure's latest value there and its status."""

from __future__ import annotations

import pandas as pd

from kla import catalog, privacy
from kla.indicator import region_verdicts
from kla.scorecard import goal_for
from kla.text import t


def region_profile(
    measures: pd.DataFrame, values: pd.DataFrame, targets: pd.DataFrame, year: int, lang: str
) -> pd.DataFrame:
    """One row per measure with data in the region (values from :func:`kla.queries.region_values`)."""
    rows = []
    for measure in measures.itertuples():
        own = values[values["indicator_code"] == measure.code]
        if own.empty:
            continue
        goals = targets[(targets["indicator_code"] == measure.code) & (targets["kind"] == "target_kota")]
        goal_year, goal = goal_for(goals, year)
        verdicts = region_verdicts(own, measure.unit, measure.direction, goal_year, goal, up_to_year=year)
        if verdicts.empty:
            continue
        verdict = verdicts.iloc[0]
        rows.append(
            {
                t("col_cluster", lang): catalog.component(measure.component).short_name(lang),
                t("col_code", lang): measure.code,
                t("col_measure", lang): measure.name_en if lang == "en" else measure.name_id,
                t("col_latest", lang): f"{privacy.value_text(verdict['value'], measure.unit, lang, verdict['hidden'])}"
                f" ({verdict['year']})",
                t("col_status", lang): t("progress_" + verdict["status"], lang),
            }
        )
    return pd.DataFrame(rows)


def map_data(values: pd.DataFrame, rank: int, measure, goal_year, goal, year: int, lang: str) -> pd.DataFrame:
    """The regions of one level with their latest value up to ``year`` and their status
    (``hidden`` marks a latest value hidden from the public)."""
    verdicts = region_verdicts(values[values["rank"] == rank], measure.unit, measure.direction, goal_year, goal, year)
    verdicts["status_word"] = [t("progress_" + s, lang) for s in verdicts["status"]]
    return verdicts
