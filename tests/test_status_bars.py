"""The overview's chart of goals per cluster, drawn as HTML (:mod:`kla.status_bars`)."""

import pandas as pd

from kla.overview import STATUSES
from kla.status_bars import status_bars


def _summary(rows: list[tuple[str, int, int, int, int]]) -> pd.DataFrame:
    return pd.DataFrame([dict(zip(("component_name", *STATUSES), row)) for row in rows])


def test_each_cluster_is_one_bar_with_its_counts_on_a_shared_scale():
    bars = status_bars(_summary([("Klaster I", 2, 2, 0, 0), ("Klaster III", 5, 5, 0, 0)]), "id")
    assert bars.index("Klaster I") < bars.index("Klaster III")  # in the summary's order, top to bottom
    assert 'style="width:40.0%"' in bars and 'style="width:100.0%"' in bars  # 4 and 10 of 10 measures
    assert 'title="Klaster III: 5 (Belum memenuhi target)">5</span>' in bars
    assert "Jumlah ukuran" in bars


def test_only_statuses_that_occur_are_in_the_legend_and_empty_parts_are_left_out():
    bars = status_bars(_summary([("Kelembagaan", 4, 0, 0, 0), ("Klaster V", 1, 3, 1, 0)]), "en")
    assert "Meets the goal" in bars and "Behind the goal" in bars and "No goal / monitored" in bars
    assert "No data" not in bars
    assert 'title="Kelembagaan: 0' not in bars


def test_names_are_written_as_text_not_markup():
    bars = status_bars(_summary([('<b onclick="x">', 1, 0, 0, 0)]), "id")
    assert "<b onclick" not in bars and "&lt;b onclick=&quot;x&quot;&gt;" in bars


def test_no_measures_at_all_draws_empty_bars_without_failing():
    bars = status_bars(_summary([("Klaster I", 0, 0, 0, 0)]), "id")
    assert 'style="width:0.0%"' in bars
