"""Regions come from data: a province tree read from a CSV (``KLA_WILAYAH``) works like the city,
and breakdowns show a level a reader can take in (never thousands of desa as bars)."""

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from bench.synthetic import Size, build
from kla import queries, store
from tests.page_runs import dashboard_app

# 3 kabupaten × 3 kecamatan × 8 desa: 9 kecamatan (shown) and 72 desa (more than 60: not shown).
SMALL_PROVINCE = Size("uji", 3, 3, 8)


@pytest.fixture(scope="module")
def province(tmp_path_factory) -> tuple[Path, Path]:
    db, tree, count = build(SMALL_PROVINCE, tmp_path_factory.mktemp("provinsi"))
    assert count > 0
    return db, tree


def test_the_city_shows_kecamatan_and_desa_a_province_only_what_fits(sample_db, province):
    with store.reading(sample_db) as con:
        assert queries.region_ranks(con) == (1, 3)
    with store.reading(province[0]) as con:
        assert queries.region_ranks(con) == (0, 2)


def test_province_breakdowns_stop_at_the_shown_level(province):
    with store.reading(province[0]) as con:
        regional = queries.regional_values(con, "III-13A", 2025)
        latest = queries.latest_by_region(con, 2025)
        shown = queries.measure_values(con, "III-13A", 2)
        every = queries.measure_values(con, "III-13A")
    assert set(regional["level"]) == {"kecamatan"} and len(regional) == 9
    assert set(latest["rank"]) == {1, 2}
    assert set(shown["rank"]) == {0, 1, 2}
    assert set(every["rank"]) == {0, 1, 2, 3} and len(every) > len(shown)


def _page(province, monkeypatch, page: str, **params: str) -> AppTest:
    db, tree = province
    monkeypatch.setenv("KLA_DB", str(db))
    monkeypatch.setenv("KLA_WILAYAH", str(tree))
    app = dashboard_app(120)
    for name, value in params.items():
        app.query_params[name] = value
    app.run()
    app.switch_page(page).run()
    assert not app.exception, [error.message for error in app.exception]
    return app


def test_a_province_cluster_page_shows_its_kecamatan_not_its_desa(province, monkeypatch):
    app = _page(province, monkeypatch, "pages/klaster_3.py")
    breakdowns = [m.value for m in app.markdown if m.value.startswith("**Per ")]
    assert breakdowns and all("kecamatan" in title for title in breakdowns)
    app.session_state["klaster-peringkat"] = True  # the league table is drawn once its expander is open
    app.run()
    league = next(e for e in app.expander if e.label == "Wilayah terbaik dan terburuk")
    levels = set(league.dataframe[0].value["Tingkat"])
    assert levels <= {"kota", "kecamatan"} and "desa/kelurahan" not in levels


def test_a_province_measure_page_draws_the_province_as_its_own_line(province, monkeypatch):
    app = _page(province, monkeypatch, "pages/indikator.py", kode="III-13A")
    values = app.dataframe[-1].value
    assert "Provinsi Contoh" in set(values["Wilayah"])
    assert not any(name.startswith("Desa ") for name in values["Wilayah"])
    lines = [trace["name"] for trace in json.loads(app.get("plotly_chart")[1].proto.spec)["data"]]
    assert lines[0] == "Provinsi Contoh"  # the root's thick line, then one per kabupaten
    assert lines[1:] == [f"Kabupaten Contoh {unit}" for unit in (1, 2, 3)]
