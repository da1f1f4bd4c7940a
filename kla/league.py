"""Where a measure stands best and worst, and the gap between boys and girls."""

from __future__ import annotations

import pandas as pd

from kla import fmt
from kla.text import t

SHOWN = 3


def _names(rows: pd.DataFrame, unit: str, lang: str) -> str:
    return "; ".join(f"{r.region_name} {fmt.measure_value(r.value, unit, lang)}" for r in rows.itertuples())


def league_table(measures: pd.DataFrame, latest: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Per measure and level (kecamatan, desa): the best and the worst three regions."""
    rows = []
    for measure in measures.itertuples():
        if measure.direction not in ("naik", "turun"):
            continue
        own = latest[latest["indicator_code"] == measure.code]
        for rank, level in ((2, "kecamatan"), (3, "desa")):
            regions = own[own["rank"] == rank].sort_values("value", ascending=measure.direction == "turun")
            if len(regions) < 2:
                continue
            shown = min(SHOWN, len(regions) // 2) or 1
            rows.append(
                {
                    t("col_code", lang): measure.code,
                    t("region_level", lang): t("level_" + level, lang),
                    t("col_best", lang): _names(regions.head(shown), measure.unit, lang),
                    t("col_worst", lang): _names(regions.tail(shown).iloc[::-1], measure.unit, lang),
                }
            )
    return pd.DataFrame(rows)


def sex_gap_table(measures: pd.DataFrame, by_sex: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Per measure split by sex: boys, girls and the gap (girls minus boys)."""
    units = dict(zip(measures["code"], measures["unit"]))
    rows = []
    for row in by_sex[by_sex["indicator_code"].isin(units)].itertuples():
        unit = units[row.indicator_code]
        rows.append(
            {
                t("col_code", lang): row.indicator_code,
                t("col_year", lang): str(row.year),
                t("sex_boys", lang): fmt.measure_value(row.boys, unit, lang),
                t("sex_girls", lang): fmt.measure_value(row.girls, unit, lang),
                t("col_gap_sex", lang): fmt.signed_difference(row.girls - row.boys, unit, lang),
            }
        )
    return pd.DataFrame(rows)
