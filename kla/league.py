"""Where a measure stands best and worst, and the gap between boys and girls."""

from __future__ import annotations

import pandas as pd

from kla import fmt, privacy
from kla.indicator import LEVEL_WORDS
from kla.progress import assess
from kla.scorecard import DIRECTIONS
from kla.text import t

SHOWN = 3


def _names(rows: pd.DataFrame, unit: str, lang: str) -> str:
    return "; ".join(f"{r.region_name} {fmt.measure_value(r.value, unit, lang)}" for r in rows.itertuples())


def league_table(measures: pd.DataFrame, latest: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Per measure and level (kecamatan, desa): the best and the worst three regions (regions
    whose value is hidden from the public are not ranked)."""
    latest = latest[~privacy.hidden_mask(latest)]
    rows = []
    for measure in measures.itertuples():
        if measure.direction not in ("naik", "turun"):
            continue
        own = latest[latest["indicator_code"] == measure.code]
        for rank in sorted(own["rank"].unique()):
            regions = own[own["rank"] == rank].sort_values("value", ascending=measure.direction == "turun")
            if len(regions) < 2:
                continue
            shown = min(SHOWN, len(regions) // 2) or 1
            rows.append(
                {
                    t("col_code", lang): measure.code,
                    t("region_level", lang): t("level_" + LEVEL_WORDS[rank], lang),
                    t("col_best", lang): _names(regions.head(shown), measure.unit, lang),
                    t("col_worst", lang): _names(regions.tail(shown).iloc[::-1], measure.unit, lang),
                }
            )
    return pd.DataFrame(rows)


def sex_gap_table(card: pd.DataFrame, by_sex: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Per measure split by sex (``card`` rows of :func:`kla.scorecard.scorecard`): boys and girls
    in the latest year, the gap (girls minus boys), and each sex's progress status."""
    rows = []
    for measure in card.itertuples():
        own = by_sex[by_sex["indicator_code"] == measure.code]
        if own.empty:
            continue
        latest = int(own["year"].max())
        now = own[own["year"] == latest].set_index("sex")["value"]
        if not {"L", "P"} <= set(now.index):
            continue
        row = {
            t("col_code", lang): measure.code,
            t("col_year", lang): str(latest),
            t("sex_boys", lang): fmt.measure_value(now["L"], measure.unit, lang),
            t("sex_girls", lang): fmt.measure_value(now["P"], measure.unit, lang),
            t("col_gap_sex", lang): fmt.signed_difference(now["P"] - now["L"], measure.unit, lang),
        }
        for sex, column in (("L", "status_boys"), ("P", "status_girls")):
            series = own[own["sex"] == sex]
            status = "monitored"
            if measure.direction in DIRECTIONS:
                goal = measure.goal if pd.notna(measure.goal) else None
                verdict = assess(
                    list(series["year"]),
                    list(series["value"]),
                    DIRECTIONS[measure.direction],
                    goal,
                    measure.goal_year if goal is not None else None,
                )
                status = verdict.status
            row[t(column, lang)] = t("progress_" + status, lang)
        rows.append(row)
    return pd.DataFrame(rows)
