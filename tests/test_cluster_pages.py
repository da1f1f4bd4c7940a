"""The cluster pages (Kelembagaan, Klaster I-V) in Streamlit's AppTest against the real sample
database: scorecard, one tab per measure, regional charts, links."""

import json

from streamlit.testing.v1 import AppTest

from tests.page_runs import dashboard_app, open_page


def test_cluster_page_has_a_tab_per_measure_and_draws_only_the_open_one(app):
    open_page(app, "pages/klaster_3.py")
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
    open_page(app, "pages/klaster_3.py")
    assert [h.value for h in app.subheader if " · " in h.value][0].startswith("III-15 · ")
    assert len(app.get("plotly_chart")) >= 2


def test_a_measure_code_in_the_address_opens_its_tab_on_its_cluster_page_only(app):
    # Back from a measure's Indikator page lands on the cluster page with ?kode= (Streamlit
    # writes the link's parameters into the page it leaves): the tab of that measure opens.
    app.query_params["kode"] = "III-13A"
    open_page(app, "pages/klaster_1.py")  # another cluster's code: the first tab, as without one
    assert [h.value for h in app.subheader if " · " in h.value][0].startswith("I-4A · ")
    open_page(app, "pages/klaster_3.py")
    assert [h.value for h in app.subheader if " · " in h.value] == ["III-13A · Prevalensi stunting pada balita"]
    app.query_params["ukuran"] = "III-15"  # a tab chosen in the address wins
    app.run()
    assert [h.value for h in app.subheader if " · " in h.value][0].startswith("III-15 · ")


def test_regional_values_without_a_city_value_are_still_shown(tmp_path, monkeypatch):
    from loaders.ingest import ingest_file
    from tests.workbooks import write_workbook

    db = tmp_path / "desa.duckdb"
    rows = [["I-4A", 2024, "Punten", "", 97.5], ["I-4A", 2024, "Temas", "", 95.0]]
    assert ingest_file(write_workbook(tmp_path / "desa.xlsx", rows), db).status == "accepted"
    monkeypatch.setenv("KLA_DB", str(db))
    app = open_page(dashboard_app(30), "pages/klaster_1.py")
    assert any("belum dilaporkan" in info.value for info in app.info)
    bars = [json.loads(c.proto.spec) for c in app.get("plotly_chart") if "Punten" in c.proto.spec]
    assert len(bars) == 1 and len(bars[0]["data"][0]["y"]) == 2


def _chart(app: AppTest, key: str) -> dict:
    """The Plotly spec of the chart drawn with ``key`` (e.g. ``regions-II-11``)."""
    return next(json.loads(c.proto.spec) for c in app.get("plotly_chart") if c.proto.id.endswith("-" + key))


def test_regional_counts_are_not_judged_against_the_city_total(app):
    app.query_params["ukuran"] = "II-11"
    open_page(app, "pages/klaster_2.py")
    playgrounds = _chart(app, "regions-II-11")  # a count: the city goal is a city-wide total
    assert set(playgrounds["data"][0]["marker"]["color"]) == {"#56B4E9"}
    assert not playgrounds["layout"].get("shapes")
    assert any("tidak dibandingkan per wilayah" in c.value for c in app.caption)


def test_regional_rates_are_judged_against_the_city_goal(app):
    app.query_params["ukuran"] = "III-13A"
    open_page(app, "pages/klaster_3.py")
    stunting = _chart(app, "regions-III-13A")
    assert set(stunting["data"][0]["marker"]["color"]) == {"#0072B2", "#E69F00"}
    assert stunting["layout"]["shapes"][0]["x0"] == 8.0
    labels = stunting["data"][0]["y"]
    assert len(labels) == 24 and all(" · " in label and label.endswith("%") for label in labels)


def test_cluster_page_scorecard_and_sentence(app):
    open_page(app, "pages/klaster_3.py")
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


def test_cluster_pages_link_each_measure_to_its_page(app):
    open_page(app, "pages/klaster_1.py")
    for code in [tab.label for tab in app.tabs]:
        app.session_state["ukuran"] = code
        app.run()
        links = app.main.get("page_link")  # the sidebar also links to the sign-in page
        assert [link.proto.label for link in links] == [f"Rincian {code}"]
        assert links[0].proto.query_string == f"kode={code}"


def test_cluster_page_league_table_and_sex_gap(app):
    open_page(app, "pages/klaster_3.py")
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
