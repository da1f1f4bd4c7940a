"""City goals and national benchmarks as tables: all measures at a glance, one measure to edit."""

from __future__ import annotations

import pandas as pd

from kla import fmt
from kla.text import t


def goals_overview(measures: pd.DataFrame, targets: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One row per measure: its city goal per year and its national benchmark."""
    goals = targets[targets["kind"] == "target_kota"]
    years = sorted(goals["year"].dropna().astype(int).unique())
    rows = []
    for measure in measures.itertuples():
        own = goals[goals["indicator_code"] == measure.code].set_index("year")["value"]
        benchmark = targets[(targets["indicator_code"] == measure.code) & (targets["kind"] == "acuan_nasional")]
        row = {
            t("col_code", lang): measure.code,
            t("col_measure", lang): measure.name_en if lang == "en" else measure.name_id,
        }
        for year in years:
            row[str(year)] = fmt.measure_value(own[year], measure.unit, lang) if year in own.index else "–"
        if benchmark.empty:
            row[t("col_benchmark", lang)] = "–"
        else:
            last = benchmark.iloc[-1]
            year = f" ({int(last['year'])})" if pd.notna(last["year"]) else ""
            row[t("col_benchmark", lang)] = fmt.measure_value(last["value"], measure.unit, lang) + year
        rows.append(row)
    return pd.DataFrame(rows)


def editable_goals(targets: pd.DataFrame, code: str, years: list[int]) -> pd.DataFrame:
    """The city goals of one measure for ``years`` (empty where none), for an editor."""
    own = targets[(targets["indicator_code"] == code) & (targets["kind"] == "target_kota")].set_index("year")["value"]
    return pd.DataFrame({"year": years, "value": [own.get(year) for year in years]})


def change_log_table(log: pd.DataFrame, units: dict[str, str], lang: str) -> pd.DataFrame:
    """The goal change log as a display table (newest first)."""

    def value(number, code) -> str:
        return "–" if number is None or pd.isna(number) else fmt.measure_value(number, units.get(code, "jumlah"), lang)

    return pd.DataFrame(
        {
            t("col_when", lang): [fmt.date_time(moment, lang) for moment in log["changed_at"]],
            t("col_code", lang): log["indicator_code"],
            t("col_year", lang): log["year"].astype(str),
            t("col_old", lang): [value(v, c) for v, c in zip(log["old_value"], log["indicator_code"])],
            t("col_new", lang): [value(v, c) for v, c in zip(log["new_value"], log["indicator_code"])],
            t("col_reason", lang): log["reason"],
        }
    )
