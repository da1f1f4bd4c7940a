"""A sentence per cluster, in plain words, built from the scorecard's numbers."""

from __future__ import annotations

import pandas as pd

from kla import catalog
from kla.fmt import measure_value
from kla.text import t

GOOD = ("target_achieved", "substantial_progress")


def _reaches(row: pd.Series) -> bool:
    if row["direction"] == "naik":
        return row["expected_final"] >= row["final_goal"]
    return row["expected_final"] <= row["final_goal"]


def _movement(row: pd.Series, lang: str) -> str:
    name = row["name_en"] if lang == "en" else row["name_id"]
    values = {
        "name": name,
        "value": measure_value(row["value"], row["unit"], lang),
        "year": int(row["data_year"]),
        "previous": measure_value(row["previous"], row["unit"], lang),
        "previous_year": int(row["previous_year"]),
    }
    if values["value"] == values["previous"]:
        return t("sentence_unchanged", lang, **values)
    verb = t("verb_up" if row["value"] > row["previous"] else "verb_down", lang)
    return t("sentence_moved", lang, verb=verb, **values)


def focus_row(card: pd.DataFrame, component_code: str) -> pd.Series | None:
    """The measure of a component that most needs attention: among those judged, not yet
    achieved and with two years of data, the one with the lowest progress score."""
    rows = card[(card["component"] == component_code) & card["score"].notna()]
    behind = rows[(rows["status"] != "target_achieved") & rows["previous"].notna()].sort_values("score")
    return None if behind.empty else behind.iloc[0]


def cluster_sentence(card: pd.DataFrame, component_code: str, lang: str) -> str:
    """E.g. "5 dari 10 ukuran Klaster III sudah tercapai atau sesuai jalur. Prevalensi stunting
    turun dari 10,9% (2024) menjadi 10,3% (2025); target 5,0% pada 2029 belum terkejar pada laju ini
    (perkiraan 8,3%)." The second sentence is about the judged measure with the lowest score."""
    rows = card[card["component"] == component_code]
    judged = rows[rows["score"].notna()]
    cluster = catalog.component(component_code).short_name(lang)
    text = t("sentence_count", lang, good=int(judged["status"].isin(GOOD).sum()), total=len(judged), cluster=cluster)
    row = focus_row(card, component_code)
    if row is None:
        return text
    sentence = _movement(row, lang)
    if pd.notna(row["expected_final"]) and pd.notna(row["final_goal"]):
        goal = measure_value(row["final_goal"], row["unit"], lang)
        if _reaches(row):
            sentence += t("sentence_goal_ahead", lang, goal=goal, goal_year=int(row["final_goal_year"]))
        else:
            expected = measure_value(row["expected_final"], row["unit"], lang)
            sentence += t(
                "sentence_goal_behind", lang, goal=goal, goal_year=int(row["final_goal_year"]), expected=expected
            )
    else:
        sentence += "."
    return f"{text} {sentence}"
