"""Every page runs in Streamlit's AppTest against the real sample database."""

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [
    ("pages/ringkasan.py", "Ringkasan Kota Layak Anak Kota Batu", "Kota Batu child-friendly city at a glance"),
    ("pages/kelembagaan.py", "Kelembagaan", "Institutions"),
    ("pages/klaster_1.py", "Klaster I: Hak Sipil dan Kebebasan", "Cluster I: Civil rights and freedoms"),
    ("pages/klaster_2.py", "Klaster II: Lingkungan Keluarga dan Pengasuhan Alternatif", "Cluster II"),
    ("pages/klaster_3.py", "Klaster III: Kesehatan Dasar dan Kesejahteraan", "Cluster III"),
    ("pages/klaster_4.py", "Klaster IV: Pendidikan, Waktu Luang dan Budaya", "Cluster IV"),
    ("pages/klaster_5.py", "Klaster V: Perlindungan Khusus", "Cluster V"),
]
ENGLISH_WORDS = ("Source", "Goal", "Sample data", "Lead agency", "Year")


@pytest.fixture
def app(sample_db, monkeypatch) -> AppTest:
    monkeypatch.setenv("KLA_DB", str(sample_db))
    return AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)


def _as_admin(app: AppTest) -> None:
    """Sign the session in as an administrator (uploading and undoing need an account)."""
    import time

    from kla.users import User

    app.session_state["kla_user"] = User("admin-uji", "admin")
    app.session_state["kla_last_seen"] = time.time()


def _open(app: AppTest, page: str) -> AppTest:
    app.run()
    if page != "pages/ringkasan.py":
        app.switch_page(page).run()
    assert not app.exception, [e.message for e in app.exception]
    return app


def _visible_text(app: AppTest) -> str:
    parts = [
        e.value for kind in ("title", "subheader", "markdown", "caption", "warning", "info") for e in app.get(kind)
    ]
    return "\n".join(str(p) for p in parts)


@pytest.mark.parametrize(("page", "title_id", "title_en"), PAGES)
def test_page_runs_with_charts_sources_and_sample_notice(app, page, title_id, title_en):
    _open(app, page)
    assert app.title[0].value == title_id
    charts = app.get("plotly_chart")
    assert len(charts) >= 1
    spec = json.loads(charts[0].proto.spec)
    assert spec["layout"]["separators"] == ",."  # 1.234,5
    assert "Data contoh" in app.warning[0].value
    captions = [c.value for c in app.caption]
    assert any(c.startswith("Sumber:") and "Tahun data:" in c for c in captions)
    text = _visible_text(app)
    for word in ENGLISH_WORDS:
        assert f"{word}:" not in text and f"{word} " not in text.replace("Kota Layak", ""), word


@pytest.mark.parametrize(("page", "title_id", "title_en"), PAGES)
def test_page_in_english(app, page, title_id, title_en):
    # AppTest (1.67) drops the entry script's sidebar widgets on a rerun under st.navigation,
    # so choices are set before the first run here; the browser tests click the real widgets.
    app.session_state["lang"] = "en"
    _open(app, page)
    assert app.title[0].value.startswith(title_en)
    assert "Sample data" in app.warning[0].value
    assert json.loads(app.get("plotly_chart")[0].proto.spec)["layout"]["separators"] == ".,"


def test_cluster_page_has_a_tab_per_measure_and_draws_only_the_open_one(app):
    _open(app, "pages/klaster_3.py")
    codes = ["III-12", "III-13A", "III-13B", "III-14A", "III-14B", "III-15", "III-16A", "III-16B", "III-17", "III-S1"]
    assert [tab.label for tab in app.tabs] == codes
    headers = [h.value for h in app.subheader]
    assert headers[0] == "Kartu skor"
    assert [h for h in headers if " · " in h] == [
        "III-12 · Persentase persalinan di fasilitas pelayanan kesehatan"
    ]  # the first tab alone
    app.session_state["ukuran"] = "III-13A"  # the official opens the stunting tab
    app.run()
    assert [h.value for h in app.subheader if " · " in h.value] == ["III-13A · Prevalensi stunting pada balita"]
    ids = [chart.proto.id for chart in app.get("plotly_chart")]
    assert len(ids) == 3 and all(
        any(i.endswith(f"-{kind}-III-13A") for i in ids) for kind in ("trend", "bullet", "regions")
    )
    stunting = next(json.loads(c.proto.spec) for c in app.get("plotly_chart") if "e-PPGBM" in c.proto.spec)
    names = [trace["name"] for trace in stunting["data"]]
    assert "Data administrasi (e-PPGBM)" in names and "Data survei (SSGI 2022, SKI 2023)" in names
    assert "Target kota" in names and "Acuan nasional (2024)" in names


def test_a_link_opens_a_cluster_page_on_a_measure(app):
    app.query_params["ukuran"] = "III-15"
    _open(app, "pages/klaster_3.py")
    assert [h.value for h in app.subheader if " · " in h.value][0].startswith("III-15 · ")
    assert len(app.get("plotly_chart")) >= 2


def test_a_measure_code_in_the_address_opens_its_tab_on_its_cluster_page_only(app):
    # Back from a measure's Indikator page lands on the cluster page with ?kode= (Streamlit
    # writes the link's parameters into the page it leaves): the tab of that measure opens.
    app.query_params["kode"] = "III-13A"
    _open(app, "pages/klaster_1.py")  # another cluster's code: the first tab, as without one
    assert [h.value for h in app.subheader if " · " in h.value][0].startswith("I-4A · ")
    _open(app, "pages/klaster_3.py")
    assert [h.value for h in app.subheader if " · " in h.value] == ["III-13A · Prevalensi stunting pada balita"]
    app.query_params["ukuran"] = "III-15"  # a tab chosen in the address wins
    app.run()
    assert [h.value for h in app.subheader if " · " in h.value][0].startswith("III-15 · ")


def test_overview_counts_and_freshness(app):
    _open(app, "pages/ringkasan.py")
    metrics = {m.label: m.value for m in app.metric}
    assert list(metrics) == ["Kelembagaan", "Klaster I", "Klaster II", "Klaster III", "Klaster IV", "Klaster V"]
    assert all(" dari " in value for value in metrics.values())
    freshness = app.dataframe[1].value
    assert set(freshness[freshness["Status"] == "Terlambat"]["OPD"]) == {"Dinsos", "Disperkim", "Kankemenag"}


@pytest.mark.parametrize("page", ["pages/ringkasan.py", "pages/klaster_3.py"])
def test_choosing_an_earlier_year(app, page):
    app.session_state["year"] = 2022
    _open(app, page)
    assert app.selectbox(key="year").value == 2022
    assert "2022" in app.markdown[0].value


def test_without_a_database_the_app_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("KLA_DB", str(tmp_path / "belum-ada.duckdb"))
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=30).run()
    assert not app.exception
    assert "make run" in app.error[0].value


def test_a_database_without_figures_says_how_to_load_some(tmp_path, monkeypatch):
    from kla import store

    empty = tmp_path / "kosong.duckdb"
    with store.writing(empty):
        pass
    monkeypatch.setenv("KLA_DB", str(empty))
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=30).run()
    assert not app.exception
    assert "loaders ingest" in app.info[0].value


def test_regional_values_without_a_city_value_are_still_shown(tmp_path, monkeypatch):
    from loaders.ingest import ingest_file
    from tests.workbooks import write_workbook

    db = tmp_path / "desa.duckdb"
    rows = [["I-4A", 2024, "Punten", "", 97.5], ["I-4A", 2024, "Temas", "", 95.0]]
    assert ingest_file(write_workbook(tmp_path / "desa.xlsx", rows), db).status == "accepted"
    monkeypatch.setenv("KLA_DB", str(db))
    app = _open(AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=30), "pages/klaster_1.py")
    assert any("belum dilaporkan" in info.value for info in app.info)
    bars = [json.loads(c.proto.spec) for c in app.get("plotly_chart") if "Punten" in c.proto.spec]
    assert len(bars) == 1 and len(bars[0]["data"][0]["y"]) == 2


def _chart(app: AppTest, key: str) -> dict:
    """The Plotly spec of the chart drawn with ``key`` (e.g. ``regions-II-11``)."""
    return next(json.loads(c.proto.spec) for c in app.get("plotly_chart") if c.proto.id.endswith("-" + key))


def test_regional_counts_are_not_judged_against_the_city_total(app):
    app.query_params["ukuran"] = "II-11"
    _open(app, "pages/klaster_2.py")
    playgrounds = _chart(app, "regions-II-11")  # a count: the city goal is a city-wide total
    assert set(playgrounds["data"][0]["marker"]["color"]) == {"#56B4E9"}
    assert not playgrounds["layout"].get("shapes")
    assert any("tidak dibandingkan per wilayah" in c.value for c in app.caption)


def test_regional_rates_are_judged_against_the_city_goal(app):
    app.query_params["ukuran"] = "III-13A"
    _open(app, "pages/klaster_3.py")
    stunting = _chart(app, "regions-III-13A")
    assert set(stunting["data"][0]["marker"]["color"]) == {"#0072B2", "#E69F00"}
    assert stunting["layout"]["shapes"][0]["x0"] == 8.0
    labels = stunting["data"][0]["y"]
    assert len(labels) == 24 and all(" · " in label and label.endswith("%") for label in labels)


def test_upload_page_checks_loads_and_undoes(app, tmp_path):
    from tests.workbooks import write_workbook

    path = write_workbook(tmp_path / "rapat.xlsx", [["KL-2A", 2025, "Kota", "", 7]])
    _as_admin(app)
    _open(app, "pages/unggah.py")
    assert app.title[0].value == "Unggah data OPD"
    templates = {button.proto.label for button in app.get("download_button")}
    assert {"Unduh templat anggaran DP3AP2KB 2025", "Unduh templat DP3AP2KB 2025"} <= templates
    history = app.dataframe[0].value
    assert len(history) == 20 and set(history["Status"]) == {"Aktif"}
    assert history["Jenis"].value_counts().to_dict() == {"indikator": 10, "anggaran": 10}
    assert [b.label for b in app.button if b.key != "logout"] == ["Batalkan unggahan"]
    assert path.exists()  # AppTest cannot drop files; the browser test uploads for real


def test_cluster_page_scorecard_and_sentence(app):
    _open(app, "pages/klaster_3.py")
    sentence = app.info[0].value
    assert sentence.startswith("8 dari 10 ukuran Klaster III sudah tercapai atau sesuai jalur.")
    assert "Prevalensi stunting pada balita turun dari 10,9% (2024) menjadi 10,3% (2025)" in sentence
    card = app.dataframe[0].value
    assert list(card["Kode"])[:2] == ["III-12", "III-13A"]
    assert set(card["Status"]) <= {
        "Target tercapai",
        "Sesuai jalur",
        "Perlu percepatan",
        "Kemajuan terbatas",
        "Memburuk",
    }
    stunting = card[card["Kode"] == "III-13A"].iloc[0]
    assert stunting["Status"] == "Perlu percepatan" and stunting["Perubahan"] == "↓ -0,58 poin (2024)"
    assert any("Skor rata-rata klaster" in c.value for c in app.caption)


def test_undo_on_the_page_needs_an_explicit_choice_and_refuses_a_stale_one(app, sample_db):
    from kla import store, uploads

    _as_admin(app)
    _open(app, "pages/unggah.py")
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
    _open(app, "pages/ringkasan.py")
    labels = [e.label for e in app.expander]
    assert len(labels) == 6 and labels[3].startswith("Klaster III: Kesehatan Dasar dan Kesejahteraan · skor rata-rata")
    assert len(app.dataframe) == 2  # a closed scorecard is not drawn: it costs the page nothing
    assert all("skor rata-rata" in m.proto.delta_description for m in app.metric)
    app.session_state["ringkasan-III"] = True  # opening it reruns the page, which draws it
    app.run()
    assert len(app.dataframe) == 3 and len(app.expander[3].dataframe) == 1
    assert "III-13A" in set(app.expander[3].dataframe[0].value["Kode"])


def test_a_shared_link_opens_on_its_year(app):
    app.query_params["tahun"] = "2022"
    _open(app, "pages/ringkasan.py")
    assert app.selectbox(key="year").value == 2022
    assert "2022" in app.markdown[0].value


def test_indicator_page_in_depth(app):
    app.query_params["kode"] = "III-13A"
    _open(app, "pages/indikator.py")
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


def test_cluster_pages_link_each_measure_to_its_page(app):
    _open(app, "pages/klaster_1.py")
    for code in [tab.label for tab in app.tabs]:
        app.session_state["ukuran"] = code
        app.run()
        links = app.main.get("page_link")  # the sidebar also links to the sign-in page
        assert [link.proto.label for link in links] == [f"Rincian {code}"]
        assert links[0].proto.query_string == f"kode={code}"


def test_opd_page_shows_who_still_owes_data(app):
    app.query_params["opd"] = "dinkes"
    _open(app, "pages/opd.py")
    assert app.title[0].value == "Akuntabilitas OPD"
    assert app.selectbox[0].value == "DINKES"
    delivery = app.dataframe[2].value.set_index("Kode")
    assert delivery.loc["III-14A", "2020"] == "22/24"  # two desa never reported that year
    assert delivery.loc["III-13A", "2025"] == "✓"
    assert delivery.loc["III-15", "2025"] == "✓"
    assert "Semua data 2025 sudah lengkap." in [m.value for m in app.markdown]


def test_opd_page_names_the_missing_measures(app):
    app.query_params["opd"] = "DISPERKIM"
    _open(app, "pages/opd.py")
    assert "Belum lengkap untuk 2025: II-11, III-16A, III-16B." in [m.value for m in app.markdown]


def test_region_page_map_and_profile(app):
    app.query_params["kode"] = "III-13A"
    _open(app, "pages/wilayah.py")
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
    _open(app, "pages/wilayah.py")
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
    _as_admin(app)  # with the goal editor between the overview and the log
    _open(app, "pages/target.py")
    overview = app.dataframe[0].value.set_index("Kode")
    assert overview.loc["III-13A", "2025"] == "7,5%" and overview.loc["III-13A", "Acuan nasional"] == "14,0% (2024)"
    assert overview.loc["V-21B", "2025"] == "–"  # monitored only
    log = app.dataframe[2].value
    assert list(log["Alasan"]) == ["Revisi RPJMD"]
    assert list(log["Lama"]) == ["8,0%"] and list(log["Baru"]) == ["7,5%"]


def test_cluster_page_league_table_and_sex_gap(app):
    _open(app, "pages/klaster_3.py")
    assert [e.label for e in app.expander] == ["Wilayah terbaik dan terburuk", "Selisih anak perempuan dan laki-laki"]
    assert [len(e.dataframe) for e in app.expander] == [0, 0]  # drawn only once opened
    app.session_state["klaster-peringkat"] = app.session_state["klaster-selisih"] = True
    app.run()
    league = app.dataframe[1].value
    stunting_desa = league[(league["Kode"] == "III-13A") & (league["Tingkat"] == "desa/kelurahan")].iloc[0]
    assert stunting_desa["Terbaik"].startswith("Songgokerto 4,8%")  # lower is better
    assert stunting_desa["Terburuk"].startswith("Bulukerto 21,2%")
    gaps = app.dataframe[2].value.set_index("Kode")
    assert gaps.loc["III-13A", "Selisih (P − L)"] == "-0,92 poin"
    assert {gaps.loc["III-13A", "Status laki-laki"], gaps.loc["III-13A", "Status perempuan"]} <= {
        "Target tercapai",
        "Sesuai jalur",
        "Perlu percepatan",
        "Kemajuan terbatas",
        "Memburuk",
    }


def test_a_link_to_a_desa_opens_the_desa_map_and_its_profile(app):
    app.query_params["kode"] = "III-13A"
    app.query_params["wilayah"] = "35.79.03.2007"
    _open(app, "pages/wilayah.py")
    assert app.radio[0].value == "desa"
    assert app.selectbox[1].value == "35.79.03.2007"
    assert app.query_params["wilayah"] == "35.79.03.2007"


def test_opd_page_names_the_regions_that_have_not_reported(app):
    app.session_state["year"] = 2020
    app.query_params["opd"] = "DINKES"
    _open(app, "pages/opd.py")
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
    _open(app, "pages/target.py")
    app.run()
    assert marked_while_running and not any(marked_while_running)  # the shared ones never are
