"""The overview's cards of goals met per cluster, drawn as HTML (:mod:`kla.goal_cards`)."""

import math

import pandas as pd

from kla.goal_cards import goal_cards
from kla.overview import STATUSES


def _summary(rows: list[tuple[str, str, int, int, int, int]]) -> pd.DataFrame:
    frame = pd.DataFrame([dict(zip(("component", "component_name", *STATUSES), row)) for row in rows])
    frame["total"] = frame[list(STATUSES)].sum(axis=1)
    return frame


def test_each_cluster_has_a_card_with_its_goals_met_behind_and_score():
    cards = goal_cards(
        _summary([("KL", "Kelembagaan", 4, 0, 0, 0), ("III", "Klaster III", 5, 4, 1, 0)]),
        pd.Series({"KL": 5.0, "III": 3.66}),
        2025,
        "id",
    )
    assert "Ukuran yang memenuhi target kota 2025, per klaster" in cards
    assert cards.index("Kelembagaan") < cards.index("Klaster III")  # in the summary's order
    assert ">4 dari 4<" in cards and ">5 dari 9<" in cards  # out of the measures with a goal
    assert cards.count("kla-card-behind") == 2  # one rule in the style, one card behind its goals
    assert ">4 belum memenuhi<" in cards and ">skor rata-rata 3,7<" in cards
    assert 'title="Klaster III: Kesehatan Dasar dan Kesejahteraan"' in cards  # the full name, pointed at


def test_a_cluster_without_a_score_says_so_and_english_reads_english():
    cards = goal_cards(_summary([("V", "Cluster V", 0, 2, 0, 1)]), pd.Series({"V": math.nan}), 2024, "en")
    assert ">0 of 2<" in cards and ">2 behind<" in cards and ">average score –<" in cards
    assert "Measures meeting the 2024 city goal" in cards


def test_names_are_written_as_text_not_markup():
    cards = goal_cards(_summary([("I", '<b onclick="x">', 1, 0, 0, 0)]), pd.Series({"I": 4.0}), 2025, "id")
    assert "<b onclick" not in cards and "&lt;b onclick=&quot;x&quot;&gt;" in cards
