"""One measure in depth: the status of every region, and its values as a table to download."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kla import fmt, privacy
from kla.progress import assess
from kla.scorecard import DIRECTIONS
from kla.text import t

LEVEL_WORDS = {0: "provinsi", 1: "kota", 2: "kecamatan", 3: "desa"}
SEX_WORDS = {"L": "boys", "P": "girls", "L+P": "both"}


def region_verdicts(
    values: pd.DataFrame,
    unit: str,
    direction: str,
    goal_year,
    goal,
    up_to_year: int | None = None,
    sexes: tuple[str, ...] = ("L+P",),
) -> pd.DataFrame:
    """Per region and sex (administrative series, values up to ``up_to_year``): the latest
    year and value and the progress status. Rates are judged against the city goal; counts by
    their own growth (the city goal is a city-wide total); monitor-only measures get no status.
    A hidden latest value (:mod:`kla.privacy`) stays hidden; statuses use visible values only."""
    main = values[values["sex"].isin(sexes) & (values["source_kind"] == "administrasi")]
    if up_to_year is not None:
        main = main[main["year"] <= up_to_year]
    judged_by_goal = unit in ("persen", "per_1000_kh") and goal is not None
    # One pass over plain arrays sorted by series then year (a province has tens of thousands
    # of series): series keep the order in which they first appear.
    keys = ["region_code", "region_name", "rank", "sex"]
    series_ids, series_keys = pd.factorize(pd.MultiIndex.from_frame(main[keys]))
    order = np.lexsort((main["year"].to_numpy(), series_ids))
    ids, years = series_ids[order], main["year"].to_numpy()[order]
    numbers, hidden = main["value"].to_numpy(dtype=float)[order], privacy.hidden_mask(main).to_numpy()[order]
    starts = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]])
    rows = []
    for start, end in zip(starts, [*starts[1:], len(ids)]):
        shown = ~hidden[start:end]
        status = "monitored"
        if direction in DIRECTIONS:
            status = assess(
                years[start:end][shown].tolist(),
                numbers[start:end][shown].tolist(),
                DIRECTIONS[direction],
                goal if judged_by_goal else None,
                goal_year if judged_by_goal else None,
            ).status
        code, name, rank, sex = series_keys[ids[start]]
        rows.append(
            {
                "region_code": code,
                "region_name": name,
                "rank": rank,
                "sex": sex,
                "year": int(years[end - 1]),
                "value": numbers[end - 1],
                "status": status,
                "hidden": bool(hidden[end - 1]),
            }
        )
    columns = ["region_code", "region_name", "rank", "sex", "year", "value", "status", "hidden"]
    return pd.DataFrame(rows, columns=columns).sort_values("rank", kind="stable")


def _sex_order(column: pd.Series) -> pd.Series:
    return column.map({"L+P": 0, "L": 1, "P": 2}) if column.name == "sex" else column


def region_statuses(
    values: pd.DataFrame, unit: str, direction: str, goal_year, goal, lang: str, up_to_year: int | None = None
) -> pd.DataFrame:
    """:func:`region_verdicts` as a display table (levels named, so Bumiaji the kecamatan and
    Bumiaji the desa are told apart)."""
    verdicts = region_verdicts(values, unit, direction, goal_year, goal, up_to_year, ("L", "P", "L+P"))
    verdicts = verdicts.sort_values(["rank", "region_code", "sex"], kind="stable", key=_sex_order)
    return pd.DataFrame(
        {
            t("col_region", lang): verdicts["region_name"],
            t("region_level", lang): [t("level_" + LEVEL_WORDS[rank], lang) for rank in verdicts["rank"]],
            t("col_sex", lang): [t("sex_" + SEX_WORDS[sex], lang) for sex in verdicts["sex"]],
            t("col_latest", lang): [
                f"{privacy.value_text(v, unit, lang, h)} ({y})"
                for v, y, h in zip(verdicts["value"], verdicts["year"], verdicts["hidden"])
            ],
            t("col_status", lang): [t("progress_" + s, lang) for s in verdicts["status"]],
        }
    )


def download_frame(values: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The values as a table for download, with readable column names (see :mod:`kla.export`
    for the files, which keep any formula-like text from running); hidden values read ``<5``."""
    hidden = privacy.hidden_mask(values)
    frame = pd.DataFrame(
        {
            t("col_year", lang): values["year"],
            t("col_region", lang): values["region_name"],
            t("col_code", lang) + " " + t("col_region", lang).lower(): values["region_code"],
            t("col_sex", lang): [t("sex_" + SEX_WORDS[sex], lang) for sex in values["sex"]],
            t("col_value", lang): values["value"],
            t("col_numerator", lang): values["numerator"],
            t("col_denominator", lang): values["denominator"],
            t("col_source", lang): values["source"],
            t("col_series", lang): [t("series_" + kind, lang) for kind in values["source_kind"]],
        }
    )
    if hidden.any():  # a text cell, never the number
        for column in ("col_value", "col_numerator", "col_denominator"):
            frame[t(column, lang)] = frame[t(column, lang)].astype(object).where(~hidden, t("privacy_hidden", lang))
    return frame


def display_frame(values: pd.DataFrame, unit: str, lang: str) -> pd.DataFrame:
    """The values table as shown on screen: numbers written in the user's style."""
    frame = download_frame(values, lang)
    hidden = privacy.hidden_mask(values)
    decimals = fmt.decimals_for(unit)
    for column, places in (
        (t("col_value", lang), decimals),
        (t("col_numerator", lang), 0),
        (t("col_denominator", lang), 0),
    ):
        frame[column] = [privacy.number_text(v, places, lang, h) for v, h in zip(frame[column], hidden)]
    frame[t("col_year", lang)] = frame[t("col_year", lang)].astype(str)
    return frame
