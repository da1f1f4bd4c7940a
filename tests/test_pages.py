"""Every page runs in Streamlit's AppTest against the real sample database."""

import json

import pytest

from tests.page_runs import as_admin, dashboard_app, html_tables, open_page, overview_cards, visible_text

OVERVIEW = "pages/ringkasan.py"
PAGES = [
    (OVERVIEW, "Ringkasan Kota Layak Anak Kota Batu", "Kota Batu child-friendly city at a glance"),
    ("pages/kelembagaan.py", "Kelembagaan", "Institutions"),
    ("pages/klaster_1.py", "Klaster I: Hak Sipil dan Kebebasan", "Cluster I: Civil rights and freedoms"),
    ("pages/klaster_2.py", "Klaster II: Lingkungan Keluarga dan Pengasuhan Alternatif", "Cluster II"),
    ("pages/klaster_3.py", "Klaster III: Kesehatan Dasar dan Kesejahteraan", "Cluster III"),
    ("pages/klaster_4.py", "Klaster IV: Pendidikan, Waktu Luang dan Budaya", "Cluster IV"),
    ("pages/klaster_5.py", "Klaster V: Perlindungan Khusus", "Cluster V"),
]
ENGLISH_WORDS = ("Source", "Goal", "Sample data", "Lead agency", "Year")


@pytest.mark.parametrize(("page", "title_id", "title_en"), PAGES)
def test_page_runs_with_charts_sources_and_sample_notice(app, page, title_id, title_en):
    open_page(app, page)
    assert app.title[0].value == title_id
    if page == OVERVIEW:  # its chart is HTML (kla.status_bars): no Plotly on a visit's first page
        assert "Memenuhi target" in _status_bars(app)
    else:
        charts = app.get("plotly_chart")
        assert len(charts) >= 1
        spec = json.loads(charts[0].proto.spec)
        assert spec["layout"]["separators"] == ",."  # 1.234,5
    assert "Data contoh" in app.warning[0].value
    captions = [c.value for c in app.caption]
    assert any(c.startswith("Sumber:") and "Tahun data:" in c for c in captions)
    text = visible_text(app)
    for word in ENGLISH_WORDS:
        assert f"{word}:" not in text and f"{word} " not in text.replace("Kota Layak", ""), word


@pytest.mark.parametrize(("page", "title_id", "title_en"), PAGES)
def test_page_in_english(app, page, title_id, title_en):
    # AppTest (1.67) drops the entry script's sidebar widgets on a rerun under st.navigation,
    # so choices are set before the first run here; the browser tests click the real widgets.
    app.session_state["lang"] = "en"
    open_page(app, page)
    assert app.title[0].value.startswith(title_en)
    assert "Sample data" in app.warning[0].value
    if page == OVERVIEW:
        assert "Meets the goal" in _status_bars(app)
    else:
        assert json.loads(app.get("plotly_chart")[0].proto.spec)["layout"]["separators"] == ".,"


def _status_bars(app) -> str:
    (bars,) = [html.proto.body for html in app.get("html") if "kla-bars" in html.proto.body]
    return bars


def test_overview_counts_and_freshness(app):
    open_page(app, OVERVIEW)
    metrics = overview_cards(app)
    assert list(metrics) == ["Kelembagaan", "Klaster I", "Klaster II", "Klaster III", "Klaster IV", "Klaster V"]
    assert all(" dari " in value for value in metrics.values())
    assert not app.get("plotly_chart")  # the first page of a visit needs no chart library
    bars = _status_bars(app)
    for name, value in metrics.items():  # each cluster's bar holds its met count, as its card says
        assert f'title="{name}: {value.split()[0]} (Memenuhi target)"' in bars
    assert not app.dataframe and not app.table  # nor table code: its two short tables are HTML
    freshness = html_tables(app)[1]
    assert set(freshness[freshness["Status"] == "Terlambat"]["OPD"]) == {"Dinsos", "Disperkim", "Kankemenag"}


@pytest.mark.parametrize("page", ["pages/ringkasan.py", "pages/klaster_3.py"])
def test_choosing_an_earlier_year(app, page):
    app.session_state["year"] = 2022
    open_page(app, page)
    assert app.selectbox(key="year").value == 2022
    assert "2022" in app.markdown[0].value


def test_without_a_database_the_app_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("KLA_DB", str(tmp_path / "belum-ada.duckdb"))
    app = dashboard_app(30).run()
    assert not app.exception
    assert "make run" in app.error[0].value


def test_a_database_without_figures_says_how_to_load_some(tmp_path, monkeypatch):
    from kla import store

    empty = tmp_path / "kosong.duckdb"
    with store.writing(empty):
        pass
    monkeypatch.setenv("KLA_DB", str(empty))
    app = dashboard_app(30).run()
    assert not app.exception
    assert "loaders ingest" in app.info[0].value


def test_upload_page_checks_loads_and_undoes(app, tmp_path):
    from tests.workbooks import write_workbook

    path = write_workbook(tmp_path / "rapat.xlsx", [["KL-2A", 2025, "Kota", "", 7]])
    as_admin(app)
    open_page(app, "pages/unggah.py")
    assert app.title[0].value == "Unggah data OPD"
    templates = {button.proto.label for button in app.get("download_button")}
    assert {"Unduh templat anggaran DP3AP2KB 2025", "Unduh templat DP3AP2KB 2025"} <= templates
    history = app.dataframe[0].value
    assert len(history) == 20 and set(history["Status"]) == {"Aktif"}
    assert history["Jenis"].value_counts().to_dict() == {"indikator": 10, "anggaran": 10}
    assert [b.label for b in app.button if b.key != "logout"] == ["Batalkan unggahan"]
    assert path.exists()  # AppTest cannot drop files; the browser test uploads for real


def test_undo_on_the_page_needs_an_explicit_choice_and_refuses_a_stale_one(app, sample_db):
    from kla import store, uploads

    as_admin(app)
    open_page(app, "pages/unggah.py")
    assert app.selectbox(key="undo_pick").value is None
    assert app.button(key="undo_button").disabled
    app.selectbox(key="undo_pick").set_value(9)
    app.checkbox(key="undo_sure_0").check().run()
    assert not app.button(key="undo_button").disabled
    with store.writing(sample_db) as con:  # another session undoes #9 meanwhile
        uploads.undo_upload(con, 9)
    app.button(key="undo_button").click().run()
    assert not app.exception
    assert app.selectbox(key="undo_pick").value is None  # the stale choice is dropped, never replaced
    with store.reading(sample_db) as con:
        statuses = dict(con.execute("SELECT upload_id, status FROM uploads").fetchall())
    assert statuses[10] == "aktif" and statuses[9] == "dibatalkan"


def test_overview_scorecards_and_average_scores(app):
    open_page(app, "pages/ringkasan.py")
    labels = [e.label for e in app.expander]
    assert len(labels) == 6 and labels[3].startswith("Klaster III: Kesehatan Dasar dan Kesejahteraan · skor rata-rata")
    assert not app.dataframe  # a closed scorecard is not drawn: it costs the page nothing
    cards = next(html.proto.body for html in app.get("html") if "kla-cards" in html.proto.body)
    assert cards.count('class="kla-card-score">skor rata-rata ') == 6
    app.session_state["ringkasan-III"] = True  # opening it reruns the page, which draws it
    app.run()
    assert len(app.dataframe) == 1 and len(app.expander[3].dataframe) == 1
    assert "III-13A" in set(app.expander[3].dataframe[0].value["Kode"])


def test_a_shared_link_opens_on_its_year(app):
    app.query_params["tahun"] = "2022"
    open_page(app, "pages/ringkasan.py")
    assert app.selectbox(key="year").value == 2022
    assert "2022" in app.markdown[0].value


def test_indicator_page_in_depth(app):
    app.query_params["kode"] = "III-13A"
    open_page(app, "pages/indikator.py")
    assert app.title[0].value == "III-13A · Prevalensi stunting pada balita"
    assert app.selectbox[0].value == "III-13A"
    assert len(app.get("plotly_chart")) == 2
    assert any("Data survei: SKI 2023, SSGI 2022" in c.value for c in app.caption)
    statuses = app.dataframe[0].value
    assert len(statuses) == (1 + 3 + 24) * 3 and "Kota Batu" in set(statuses["Wilayah"])
    assert set(statuses["Jenis kelamin"]) == {"Laki-laki + perempuan", "Laki-laki", "Perempuan"}
    assert app.get("download_button")
    values = app.dataframe[1].value
    assert len(values) > 100 and set(values["Jenis data"]) == {"Data administrasi", "Data survei"}


def test_opd_page_shows_who_still_owes_data(app):
    app.query_params["opd"] = "dinkes"
    open_page(app, "pages/opd.py")
    assert app.title[0].value == "Akuntabilitas OPD"
    assert app.selectbox[0].value == "DINKES"
    delivery = app.dataframe[2].value.set_index("Kode")
    assert delivery.loc["III-14A", "2020"] == "22/24"  # two desa never reported that year
    assert delivery.loc["III-13A", "2025"] == "✓"
    assert delivery.loc["III-15", "2025"] == "✓"
    assert "Semua data 2025 sudah lengkap." in [m.value for m in app.markdown]


def test_opd_page_names_the_missing_measures(app):
    app.query_params["opd"] = "DISPERKIM"
    open_page(app, "pages/opd.py")
    assert "Belum lengkap untuk 2025: II-11, III-16A, III-16B." in [m.value for m in app.markdown]


def test_region_page_map_and_profile(app):
    app.query_params["kode"] = "III-13A"
    open_page(app, "pages/wilayah.py")
    assert app.title[0].value == "Peta wilayah"
    (map_chart,) = app.get("plotly_chart")
    spec = json.loads(map_chart.proto.spec)
    assert spec["data"][0]["type"] == "choroplethmap"
    assert spec["layout"]["map"]["style"] == "white-bg"  # no map tiles from the internet
    assert sorted(spec["data"][0]["locations"]) == ["35.79.01", "35.79.02", "35.79.03"]
    profile = app.dataframe[0].value
    assert len(profile) >= 20 and "III-13A" in set(profile["Kode"])
    assert any("cahyadsn/wilayah_boundaries" in c.value for c in app.caption)


def test_region_page_by_desa_coloured_by_status(app):
    app.query_params["kode"] = "I-4A"
    open_page(app, "pages/wilayah.py")
    app.radio[0].set_value("desa")
    app.radio[1].set_value("status").run()
    assert not app.exception
    spec = json.loads(app.get("plotly_chart")[0].proto.spec)
    assert sum(len(trace["locations"]) for trace in spec["data"]) == 24
    assert {trace["name"] for trace in spec["data"]} <= {
        "Target tercapai",
        "Sesuai jalur",
        "Perlu percepatan",
        "Kemajuan terbatas",
        "Memburuk",
    }


def test_target_page_lists_goals_and_the_change_log(app, sample_db):
    from kla import goal_store, store

    with store.writing(sample_db) as con:
        goal_store.change_city_goals(con, "III-13A", {2025: 7.5}, "Revisi RPJMD")
    app.query_params["kode"] = "III-13A"
    as_admin(app)  # with the goal editor between the overview and the log
    open_page(app, "pages/target.py")
    overview = app.dataframe[0].value.set_index("Kode")
    assert overview.loc["III-13A", "2025"] == "7,5%" and overview.loc["III-13A", "Acuan nasional"] == "14,0% (2024)"
    assert overview.loc["V-21B", "2025"] == "–"  # monitored only
    log = app.dataframe[2].value
    assert list(log["Alasan"]) == ["Revisi RPJMD"]
    assert list(log["Lama"]) == ["8,0%"] and list(log["Baru"]) == ["7,5%"]


def test_a_link_to_a_desa_opens_the_desa_map_and_its_profile(app):
    app.query_params["kode"] = "III-13A"
    app.query_params["wilayah"] = "35.79.03.2007"
    open_page(app, "pages/wilayah.py")
    assert app.radio[0].value == "desa"
    assert app.selectbox[1].value == "35.79.03.2007"
    assert app.query_params["wilayah"] == "35.79.03.2007"


def test_opd_page_names_the_regions_that_have_not_reported(app):
    app.session_state["year"] = 2020
    app.query_params["opd"] = "DINKES"
    open_page(app, "pages/opd.py")
    missing = app.dataframe[3].value.set_index("Kode")
    assert missing.loc["III-14A", "Belum melapor"] == "Gunungsari, Sumberbrantas"


def test_each_run_navigates_with_its_own_page_objects(app, monkeypatch):
    from streamlit.navigation.page import Page

    from kla.ui import frame

    marked_while_running = []
    run = Page.run

    def running(page: Page) -> None:  # a page the navigation chose is marked callable until it runs
        marked_while_running.append(any(shared._can_be_called for shared in frame._pages("id", False, False)))
        run(page)

    monkeypatch.setattr(Page, "run", running)
    open_page(app, "pages/target.py")
    app.run()
    assert marked_while_running and not any(marked_while_running)  # the shared ones never are
