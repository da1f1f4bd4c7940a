"""The /anggaran page in AppTest against the sample database, and the budget arithmetic."""

import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from kla import budget, store, uploads
from tests.page_runs import dashboard_app


def _open(db: Path, monkeypatch, lang: str = "id", year: int | None = None) -> AppTest:
    monkeypatch.setenv("KLA_DB", str(db))
    app = dashboard_app()
    app.session_state["lang"] = lang
    if year:
        app.query_params["tahun"] = str(year)
    app.run()
    app.switch_page("pages/anggaran.py").run()
    assert not app.exception, [e.message for e in app.exception]
    return app


def test_the_page_shows_money_absorption_per_child_and_progress(sample_db, monkeypatch):
    app = _open(sample_db, monkeypatch)
    assert app.title[0].value == "Anggaran responsif anak"
    assert "Data contoh" in app.warning[0].value
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Pagu 2025"].startswith("Rp ") and metrics["Pagu 2025"].endswith(" M")
    assert metrics["Penyerapan"].endswith("%") and "," in metrics["Penyerapan"]
    assert metrics["Realisasi per anak"].startswith("Rp ")
    charts = [json.loads(chart.proto.spec) for chart in app.get("plotly_chart")]
    assert len(charts) == 4
    trend, absorption, per_child, clusters = charts
    assert {trace["name"] for trace in trend["data"]} >= {"Kelembagaan", "Klaster III", "Realisasi (total)"}
    assert trend["layout"]["separators"] == ",."
    assert any("tertinggal" in text for text in absorption["data"][0]["text"])
    assert per_child["data"][1]["name"] == "Realisasi"
    assert len(clusters["data"]) == 2 and len(clusters["data"][0]["y"]) == 6
    text = "\n".join(m.value for m in app.markdown)
    assert "OPD dengan penyerapan di bawah 85% pada 2025: **Disperkim" in text
    assert "per anak" in text and "Klaster paling tertinggal" in text
    captions = [c.value for c in app.caption]
    assert len([c for c in captions if c.startswith("Sumber:") and "Tahun data: 2018–2025" in c]) == 4
    assert any("penyebut I-4A" in c for c in captions)
    assert app.get("download_button")  # the table downloads


def test_the_trend_can_be_broken_down_by_opd(sample_db, monkeypatch):
    app = _open(sample_db, monkeypatch)
    app.get("button_group")[0].set_value("opd_code").run()
    assert not app.exception
    trend = json.loads(app.get("plotly_chart")[0].proto.spec)
    assert {"Dinkes", "Dindik", "Disperkim", "Kankemenag"} <= {trace["name"] for trace in trend["data"]}


def test_the_page_in_english(sample_db, monkeypatch):
    app = _open(sample_db, monkeypatch, lang="en")
    assert app.title[0].value == "Child-responsive budget"
    assert {m.label for m in app.metric} >= {"Allocation 2025", "Absorption", "Spent per child"}
    assert any(c.value.startswith("Source:") for c in app.caption)


def test_without_budget_uploads_the_page_says_how_to_add_them(sample_db, monkeypatch):
    with store.writing(sample_db) as con:
        for (upload_id,) in con.execute("SELECT upload_id FROM uploads WHERE kind = 'anggaran'").fetchall():
            uploads.undo_upload(con, upload_id)
    app = _open(sample_db, monkeypatch)
    assert "Belum ada data anggaran" in app.info[0].value
    assert "--kind anggaran" in app.info[0].value
    assert not app.get("plotly_chart")


def test_absorption_marks_the_opds_below_the_floor():
    by_opd = pd.DataFrame(
        {
            "year": [2025, 2025, 2025, 2024],
            "group": ["A", "B", "C", "A"],
            "name": ["A", "B", "C", "A"],
            "allocation": [100.0, 200.0, 50.0, 100.0],
            "realisation": [90.0, 120.0, 50.0, 10.0],
        }
    )
    result = budget.absorption_by_opd(budget.with_absorption(by_opd), 2025)
    assert list(result["name"]) == ["B", "A", "C"]
    assert list(result["absorption"]) == [60.0, 90.0, 100.0]
    assert list(result["lagging"]) == [True, False, False]


def test_spending_per_child_divides_by_the_children_of_the_same_year():
    totals = pd.DataFrame({"year": [2024, 2025], "allocation": [60e9, 66e9], "realisation": [54e9, 60e9]})
    children = pd.DataFrame({"year": [2025], "children": [60_000.0]})
    per_child = budget.spending_per_child(totals, children)
    assert list(per_child["year"]) == [2025]
    assert per_child["realisation_per_child"].iloc[0] == pytest.approx(1_000_000)
    assert per_child["allocation_per_child"].iloc[0] == pytest.approx(1_100_000)


def test_cluster_money_sits_beside_its_score_and_the_sentence_names_the_gap():
    by_cluster = pd.DataFrame(
        {"year": [2025, 2025], "group": ["III", "IV"], "allocation": [25.0, 75.0], "realisation": [20.0, 70.0]}
    )
    scores = pd.DataFrame({"component": ["III", "IV", "V"], "score": [-1.0, 3.0, None]})
    clusters = budget.clusters_money_and_progress(by_cluster, scores, 2025, "id")
    assert list(clusters["component"]) == ["KL", "I", "II", "III", "IV", "V"]
    assert list(clusters["share"])[3:5] == [25.0, 75.0] and clusters["allocation"].iloc[0] == 0.0
    sentence = budget.progress_sentence(clusters, "id")
    assert sentence.startswith("Klaster paling tertinggal: **Klaster III** (skor -1,0) mendapat 25,0% pagu anak")
    assert "**Klaster IV** (75,0%)" in sentence
