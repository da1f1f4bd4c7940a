"""The KLA predicate: history, bands, weights, the estimated score and its page."""

import json
import math
import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from kla import predicate, predicate_estimate
from kla.predicate import NO_PREDICATE, PredicateFileError
from kla.predicate_estimate import Weights
from tests.page_runs import dashboard_app

ESTIMATE_WORDS = "perkiraan, bukan nilai resmi"


@pytest.fixture(scope="module")
def bands() -> list[predicate.Band]:
    return predicate.read_bands()


# Bands


@pytest.mark.parametrize(
    ("score", "expected"),
    [
        (0, NO_PREDICATE),
        (499.9, NO_PREDICATE),
        (500, "Pratama"),
        (600, "Pratama"),
        (600.5, "Pratama"),
        (601, "Madya"),
        (700, "Madya"),
        (701, "Nindya"),
        (800, "Nindya"),
        (801, "Utama"),
        (900, "Utama"),
        (901, "KLA"),
        (1000, "KLA"),
    ],
)
def test_band_edges(bands, score, expected):
    assert predicate.band_for(score, bands) == expected


def test_bands_as_published(bands):
    assert [(b.name, b.low, b.high) for b in bands] == [
        ("Pratama", 500, 600),
        ("Madya", 601, 700),
        ("Nindya", 701, 800),
        ("Utama", 801, 900),
        ("KLA", 901, 1000),
    ]
    assert predicate.band_sources(bands) == "Instrumen evaluasi KLA (KemenPPPA)"


def test_points_to_the_next_band(bands):
    utama = predicate.band_named("Utama", bands)
    assert predicate.points_to(691.6, utama) == pytest.approx(109.4)
    assert predicate.points_to(850, utama) == 0
    assert predicate.band_named("Emas", bands) is None


# History


def test_history_of_kota_batu_with_its_gaps_and_dispute(bands):
    history = predicate.read_history(bands=bands)
    years = history.years.set_index("year")
    assert list(years.index) == list(range(2016, 2026))
    assert dict(years["status"]) == {
        2016: "resmi",
        2017: "resmi",
        2018: "diperdebatkan",
        2019: "resmi",
        2020: "tidak_ada_evaluasi",
        2021: "resmi",
        2022: "resmi",
        2023: "resmi",
        2024: "belum_tercatat",
        2025: "resmi",
    }
    official = years[years["status"] == "resmi"]["predicate"]
    assert dict(official) == {
        2016: "Pratama",
        2017: "Pratama",
        2019: "Madya",
        2021: "Madya",
        2022: "Nindya",
        2023: "Nindya",
        2025: "Nindya",
    }
    assert years.loc[2018, "predicate"] == "Pratama"
    assert years.loc[[2020, 2024], "predicate"].isna().all()  # nothing invented
    assert list(history.years.columns) == ["year", "predicate", "status", "source", "note"]  # no scores
    assert history.next_target == "Utama"
    assert history.latest_official() == (2025, "Nindya")


def test_history_table_says_each_status_in_words(bands):
    history = predicate.read_history(bands=bands)
    table = predicate.history_table(history, "id").set_index("Tahun")
    assert table.loc["2018", "Status"] == "Diperdebatkan"
    assert table.loc["2020", "Status"] == "Tidak ada evaluasi" and table.loc["2020", "Predikat"] == "–"
    assert table.loc["2024", "Status"] == "Belum tercatat"
    english = predicate.history_table(history, "en").set_index("Year")
    assert english.loc["2018", "Status"] == "Disputed" and english.loc["2020", "Status"] == "No evaluation"


def test_history_refuses_an_unknown_status_or_predicate(tmp_path, bands):
    path = tmp_path / "predikat.csv"
    path.write_text("tahun,predikat,status,sumber,catatan\n2019,Madya,resmi,x,\n2020,,batal,x,\n", encoding="utf-8")
    with pytest.raises(PredicateFileError, match=r"baris 3: status 'batal' tidak dikenal"):
        predicate.read_history(path, bands)
    path.write_text("tahun,predikat,status,sumber,catatan\n2019,Emas,resmi,x,\n", encoding="utf-8")
    with pytest.raises(PredicateFileError, match="predikat 'Emas'"):
        predicate.read_history(path, bands)


# Weights


def _weights_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bobot.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_weights_are_equal_placeholders_summing_to_1000():
    weights = predicate_estimate.read_weights(predicate.config.WEIGHTS_CSV)
    assert sorted(weights.by_indicator) == list(range(1, 25))
    assert len(set(weights.by_indicator.values())) == 1
    assert weights.total == pytest.approx(1000, abs=0.01)
    assert "sementara" in predicate.config.WEIGHTS_CSV.read_text(encoding="utf-8").lower()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "nomor_indikator,bobot\n",
        "# hanya komentar\n\n",
        "nomor_indikator,bobot\n1,\n2,0\n3, \n",
    ],
    ids=["empty", "header-only", "comments-only", "blank-or-zero"],
)
def test_no_weights_configured(tmp_path, text):
    assert predicate_estimate.read_weights(_weights_file(tmp_path, text), known=range(1, 25)) is None


def test_missing_weights_file(tmp_path):
    assert predicate_estimate.read_weights(tmp_path / "tidak-ada.csv", known=range(1, 25)) is None


def test_weights_path_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.delenv("KLA_BOBOT", raising=False)
    assert predicate.config.weights_path() == predicate.config.WEIGHTS_CSV
    monkeypatch.setenv("KLA_BOBOT", str(tmp_path / "lain.csv"))
    assert predicate.config.weights_path() == tmp_path / "lain.csv"


def test_weights_are_read_with_comments_blanks_and_excel_semicolons(tmp_path):
    text = "# bobot uji\nnomor_indikator,bobot,catatan\n1,10,a\n2,,tidak dihitung\n3,2.5,\n"
    weights = predicate_estimate.read_weights(_weights_file(tmp_path, text), known=range(1, 25))
    assert weights.by_indicator == {1: 10.0, 3: 2.5} and weights.total == 12.5
    semicolons = predicate_estimate.read_weights(_weights_file(tmp_path, "nomor_indikator;bobot\n4;41,5\n"), known=[4])
    assert semicolons.by_indicator == {4: 41.5}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("# komentar\nnomor_indikator,bobot\n1,10\n2,sepuluh\n", r"bobot\.csv, baris 4: bobot 'sepuluh' bukan angka"),
        ("nomor_indikator,bobot\n25,10\n", r"baris 2: indikator 25 tidak ada di katalog \(nomor yang dikenal: 1–24\)"),
        ("nomor_indikator,bobot\n1,-5\n", r"baris 2: bobot -5 negatif"),
        ("nomor_indikator,bobot\n1,5\n1,6\n", r"baris 3: indikator 1 sudah diberi bobot di baris 2"),
        ("nomor_indikator,bobot\nsatu,5\n", r"baris 2: nomor_indikator 'satu' bukan angka"),
        ("nomor,nilai\n1,5\n", r"kolom nomor_indikator, bobot tidak ada"),
        ("nomor_indikator,bobot\n1,inf\n", r"baris 2: bobot 'inf' bukan angka"),
    ],
    ids=["not-a-number", "unknown-indicator", "negative", "duplicate", "bad-number", "columns", "infinite"],
)
def test_invalid_weights_name_the_file_and_line(tmp_path, text, message):
    with pytest.raises(PredicateFileError, match=message) as raised:
        predicate_estimate.read_weights(_weights_file(tmp_path, text), known=range(1, 25))
    assert "bobot.csv" in raised.value.message("en") and raised.value.message("en").startswith("File ")


# The estimate


def _card(year: int) -> pd.DataFrame:
    rows = [  # code, component, status, score, value, data_year, direction
        ("A-1", "KL", "target_achieved", 5.0, 1.0, year, "naik"),  # 1
        ("A-2", "KL", "limited_progress", -1.0, 20.0, year, "naik"),  # (−1 + 5) / 10 = 0,4
        ("B-1", "I", "substantial_progress", 3.0, 90.0, year - 1, "naik"),  # no value this year: 0
        ("B-2", "I", "monitored", None, 30.0, year, "pantau"),  # monitored with a value: 1
        ("B-3", "I", "insufficient_data", None, 12.0, year, "naik"),  # too short to judge: 0,5
        ("B-4", "I", "insufficient_data", None, None, None, "naik"),  # never reported: 0
        ("S-1", "I", "target_achieved", 5.0, 3.0, year, "turun"),  # supplementary: no weight
    ]
    columns = ["code", "component", "status", "score", "value", "data_year", "direction"]
    return pd.DataFrame(rows, columns=columns)


NUMBERS = {"A-1": 1, "A-2": 1, "B-1": 2, "B-2": 2, "B-3": 2, "B-4": 2}


def test_fulfilment_per_measure():
    card = _card(2025)
    assert [predicate_estimate.fulfilment(row, 2025) for row in card.itertuples()] == pytest.approx(
        [1.0, 0.4, 0.0, 1.0, 0.5, 0.0, 1.0]
    )


def test_estimate_arithmetic(bands):
    weights = Weights(Path("bobot.csv"), {1: 1.0, 2: 3.0})  # scaled ×250 to sum to 1000
    result = predicate_estimate.estimate(_card(2025), weights, 2025, NUMBERS, bands)
    rows = result.indicators.set_index("number")
    assert rows.loc[1, "fulfilment"] == pytest.approx(0.7) and rows.loc[2, "fulfilment"] == pytest.approx(0.375)
    assert list(rows["max_points"]) == pytest.approx([250.0, 750.0])
    assert rows.loc[1, "points"] == pytest.approx(175.0) and rows.loc[2, "points"] == pytest.approx(281.25)
    assert result.score == pytest.approx(456.25) and result.band == NO_PREDICATE
    assert rows.loc[2, "measures"] == "B-1, B-2, B-3, B-4" and rows.loc[2, "missing"] == "B-1, B-4"
    table = predicate_estimate.points_table(result, "id")
    assert list(table.iloc[-1])[0] == "Jumlah" and table.iloc[-1]["Poin perkiraan"] == "456,2"
    assert list(table["Bobot (berkas)"]) == ["1", "3", "4"]


def test_estimate_reaches_a_band(bands):
    weights = Weights(Path("bobot.csv"), {1: 1.0})
    assert predicate_estimate.estimate(_card(2025), weights, 2025, NUMBERS, bands).score == pytest.approx(700.0)
    assert predicate_estimate.estimate(_card(2025), weights, 2025, NUMBERS, bands).band == "Madya"


def test_no_weights_no_estimate(bands):
    assert predicate_estimate.estimate(_card(2025), None, 2025, NUMBERS, bands) is None
    assert predicate_estimate.estimates_by_year({2025: _card(2025)}, None, NUMBERS, bands).empty


def test_estimates_by_year(bands):
    weights = Weights(Path("bobot.csv"), {1: 1.0, 2: 1.0})
    scores = predicate_estimate.estimates_by_year({2025: _card(2025), 2024: _card(2024)}, weights, NUMBERS, bands)
    assert list(scores["year"]) == [2024, 2025]
    assert list(scores["score"]) == pytest.approx([537.5, 537.5]) and set(scores["band"]) == {"Pratama"}


def test_estimate_on_the_sample_database(sample_db):
    from kla import queries, scorecard, store

    with store.reading(sample_db) as con:
        numbers = predicate_estimate.indicator_numbers(queries.measures(con))
        card = scorecard.city_scorecard(con, 2025)
    assert "III-S1" not in numbers and numbers["III-13A"] == 13 and set(numbers.values()) == set(range(1, 25))
    result = predicate_estimate.estimate(
        card, predicate_estimate.read_weights(predicate.config.WEIGHTS_CSV), 2025, numbers
    )
    assert 0 < result.score <= 1000 and not math.isnan(result.score)
    assert result.indicators["max_points"].sum() == pytest.approx(1000)


# The page


@pytest.fixture
def app(sample_db, monkeypatch) -> AppTest:
    monkeypatch.setenv("KLA_DB", str(sample_db))
    monkeypatch.delenv("KLA_BOBOT", raising=False)
    return dashboard_app()


def _open(app: AppTest, lang: str = "id") -> AppTest:
    app.session_state["lang"] = lang
    app.run()
    app.switch_page("pages/predikat.py").run()
    assert not app.exception, [e.message for e in app.exception]
    return app


def _charts(app: AppTest) -> dict[str, dict]:
    return {c.proto.id.rsplit("-", 2)[-1]: json.loads(c.proto.spec) for c in app.get("plotly_chart")}


def _tables(app: AppTest) -> list[pd.DataFrame]:
    return [frame.value for frame in app.dataframe]


def test_page_shows_history_bands_and_the_estimate(app):
    _open(app)
    assert app.title[0].value == "Predikat KLA Kota Batu"
    assert "Data contoh" in app.warning[0].value
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Predikat resmi terakhir"] == "Nindya (2025)"
    assert metrics["Target berikutnya"] == "Utama (801–900)"
    estimate = metrics[f"Nilai 2025 ({ESTIMATE_WORDS})"]
    assert re.fullmatch(r"\d{3},\d", estimate)
    assert metrics["Rentang predikat perkiraan"] in {"Pratama", "Madya", "Nindya", "Utama", "KLA", "Belum berpredikat"}
    assert metrics["Menuju Utama (801)"].startswith(("kurang ", "sudah"))
    charts = _charts(app)
    assert set(charts) == {"history", "points", "estimates"}
    assert all(spec["layout"]["separators"] == ",." for spec in charts.values())
    names = [trace["name"] for trace in charts["history"]["data"]]
    assert names == ["Predikat resmi", "Diperdebatkan", "Tidak ada evaluasi", "Belum tercatat"]
    assert charts["history"]["data"][2]["x"] == [2020] and charts["history"]["data"][3]["x"] == [2024]
    annotations = [a["text"] for a in charts["history"]["layout"]["annotations"]]
    assert "<i>diperdebatkan</i>" in annotations and "Target berikutnya: Utama" in annotations
    assert any(ESTIMATE_WORDS in a["text"] for a in charts["estimates"]["layout"]["annotations"])
    assert charts["estimates"]["data"][0]["name"] == "Nilai perkiraan (bukan nilai resmi)"
    captions = [c.value for c in app.caption]
    assert sum(c.startswith("Sumber:") for c in captions) >= 3
    assert sum("Bobot: data/bobot-predikat.csv" in c and "Perkiraan, bukan nilai resmi." in c for c in captions) == 2


def test_page_tables_show_statuses_and_the_weights(app):
    _open(app)
    assert len(_tables(app)) == 2  # the bands are reference, drawn when their expander is opened
    app.session_state["predikat-rentang"] = True
    app.run()
    history, bands, points = _tables(app)
    history = history.set_index("Tahun")
    assert history.loc["2018", "Status"] == "Diperdebatkan"
    assert history.loc["2020", "Status"] == "Tidak ada evaluasi"
    assert history.loc["2024", "Status"] == "Belum tercatat" and history.loc["2024", "Predikat"] == "–"
    assert list(bands["Predikat"]) == ["Pratama", "Madya", "Nindya", "Utama (target berikutnya)", "KLA"]
    assert list(bands["Nilai tertinggi"])[-1] == "1.000"
    assert len(points) == 25 and set(points["Bobot (berkas)"][:-1]) == {"41,667"}
    assert points.iloc[-1]["Poin perkiraan"] == app.metric[2].value
    method = " ".join(m.value for m in app.markdown)
    assert "bukan nilai resmi" in method and "(skor kemajuan + 5) / 10" in method


def test_page_in_english(app):
    _open(app, "en")
    assert app.title[0].value == "KLA rating of Kota Batu"
    labels = [m.label for m in app.metric]
    assert "Score 2025 (estimate, not an official score)" in labels
    charts = _charts(app)
    assert all(spec["layout"]["separators"] == ".," for spec in charts.values())
    assert [t["name"] for t in charts["history"]["data"]][1:] == ["Disputed", "No evaluation", "Not recorded"]
    history = _tables(app)[0].set_index("Year")
    assert history.loc["2018", "Status"] == "Disputed" and history.loc["2024", "Status"] == "Not recorded"


@pytest.mark.parametrize("weights", ["missing", "empty"])
def test_page_without_weights_shows_no_estimate(app, tmp_path, monkeypatch, weights):
    path = tmp_path / "bobot.csv"
    if weights == "empty":
        path.write_text("nomor_indikator,bobot,catatan\n", encoding="utf-8")
    monkeypatch.setenv("KLA_BOBOT", str(path))
    _open(app)
    info = " ".join(i.value for i in app.info)
    assert "bobot per indikator belum diatur" in info and "nomor_indikator" in info and "KLA_BOBOT" in info
    assert str(path) in info
    assert not any("perkiraan" in m.label.lower() for m in app.metric)
    assert set(_charts(app)) == {"history"}
    assert len(app.dataframe) == 1  # the history; no weights or points (the bands open on request)
    assert not any("Poin" in " ".join(frame.columns) for frame in _tables(app))


def test_page_with_a_broken_history_file_says_which_line(app, tmp_path, monkeypatch):
    broken = tmp_path / "predikat.csv"
    broken.write_text("tahun,predikat,status,sumber,catatan\n2019,Madya,resmi,x,\n2020,,batal,x,\n", encoding="utf-8")
    monkeypatch.setattr(predicate.config, "PREDICATE_HISTORY_CSV", broken)
    _open(app)
    assert "baris 3" in app.error[0].value and "batal" in app.error[0].value
    assert not app.get("plotly_chart")


def test_page_with_invalid_weights_names_file_and_line(app, tmp_path, monkeypatch):
    path = tmp_path / "bobot.csv"
    path.write_text("nomor_indikator,bobot\n1,10\n2,x\n", encoding="utf-8")
    monkeypatch.setenv("KLA_BOBOT", str(path))
    _open(app)
    error = app.error[0].value
    assert str(path) in error and "baris 3" in error and "Perkiraan nilai tidak ditampilkan" in error
    assert not any("perkiraan" in m.label.lower() for m in app.metric)
    assert set(_charts(app)) == {"history"}
