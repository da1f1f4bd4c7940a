"""The mapping form of /unggah under Streamlit's AppTest: an e-PPGBM export by posyandu mapped
field by field, previewed through the real loader, saved as a profile file."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from kla import profile_store, store
from loaders.ingest import ingest_file
from tests import export_workbooks as exports


def _form_script(export: str, db: str, earlier: str) -> None:
    """The mapping step as /unggah runs it, for the file at ``export``."""
    from pathlib import Path

    from kla import profile_store, queries, store
    from kla.ui import mapping_editor
    from loaders.ingest import ingest_bytes
    from loaders.profile_sheets import LayoutChoice
    from loaders.upload_file import uploaded_sheets

    content = Path(export).read_bytes()
    with store.reading(Path(db)) as con:
        catalog = mapping_editor.mapping_catalog(
            queries.measures(con),
            queries.regions_at(con, "kecamatan"),
            queries.regions_at(con, "desa"),
            queries.region_names(con),
            "id",
        )

    def dry_run(draft):
        layout = LayoutChoice(profile=draft.profile, year=draft.year)
        return ingest_bytes("gizi.xlsx", content, Path(db), dry_run=True, layout=layout).as_json()

    old = profile_store.find(earlier) if earlier else None
    sheets = uploaded_sheets("gizi.xlsx", content)
    mapping_editor.section("gizi.xlsx", sheets, "DINKES", old, catalog, "id", dry_run, "admin1")


@pytest.fixture
def form(tmp_path: Path, sample_db: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[AppTest, dict]:
    monkeypatch.setenv("KLA_PROFIL", str(tmp_path / "profil"))
    monkeypatch.setenv("KLA_DB", str(sample_db))  # the tables' download notes ask the database
    expected = exports.ppgbm_export(tmp_path / "gizi.xlsx", 2024, seed=5)
    app = AppTest.from_function(
        _form_script, args=(str(tmp_path / "gizi.xlsx"), str(sample_db), ""), default_timeout=60
    )
    return app.run(), expected


def _fill(app: AppTest, key: str, value: str) -> None:
    app.text_input(key=key).input(value)


def test_the_form_guesses_the_header_and_the_title_cell(form):
    app, _ = form

    assert not app.exception
    assert app.number_input(key="map_header").value == 3
    assert app.selectbox(key="map_year_cell").value == "B2"
    assert "Jumlah Balita Diukur" in app.caption[1].value


def test_an_export_by_posyandu_is_mapped_previewed_saved_and_reads_the_next_round(form, tmp_path, sample_db):
    app, expected = form
    app.selectbox(key="map_region").select("Posyandu")
    app.checkbox(key="map_sum_rows").check().run()
    app.checkbox(key="map_use_lookup").check().run()
    guessed = app.text_area(key="map_lookup").value
    assert "Posyandu Melati Temas = Temas" in guessed  # guessed from the unit's name
    app.number_input(key="map_count").set_value(2).run()
    app.selectbox(key="map_code_0").select("III-13A")
    _fill(app, "map_numerator_0", "Pendek + Sangat Pendek")
    _fill(app, "map_denominator_0", "Jumlah Balita Diukur")
    app.selectbox(key="map_code_1").select("III-13B")
    _fill(app, "map_numerator_1", "Kurus + Sangat Kurus")
    _fill(app, "map_denominator_1", "Jumlah Balita Diukur")
    _fill(app, "map_name", "e-PPGBM per posyandu")
    app.run()
    assert not app.error, [e.value for e in app.error]

    app.button(key="map_preview_button").click().run()
    assert "menghasilkan 48 nilai" in app.success[0].value
    preview = app.dataframe[-1].value
    assert len(preview) == 48
    assert not list((tmp_path / "profil").glob("*.toml"))  # nothing saved by a preview

    app.button(key="map_save").click().run()
    saved = profile_store.find("e-PPGBM per posyandu")
    assert saved is not None and saved.sum_rows and saved.year_cell == "B2"
    assert saved.lookup["Posyandu Melati Temas"] == "Temas"
    assert len(saved.lookup) == len(exports.posyandu_lookup())
    assert {m.code for m in saved.measures} == {"III-13A", "III-13B"}
    assert len(expected) == 48
    following = exports.ppgbm_export(tmp_path / "berikutnya.xlsx", 2025, seed=9)  # next round, same layout
    report = ingest_file(tmp_path / "berikutnya.xlsx", sample_db)
    assert report.status == "accepted" and report.profile == "e-PPGBM per posyandu (versi 1)"
    with store.reading(sample_db) as con:
        loaded = dict(
            con.execute(
                "SELECT (indicator_code, year, region_code), value FROM observations "
                "WHERE upload_id = (SELECT max(upload_id) FROM uploads)"
            ).fetchall()
        )
    assert loaded == pytest.approx(following)


def test_a_rate_summed_over_rows_is_refused_before_any_preview(form):
    app, _ = form
    app.selectbox(key="map_region").select("Posyandu")
    app.checkbox(key="map_sum_rows").check().run()
    app.selectbox(key="map_code_0").select("III-13A")
    _fill(app, "map_value_0", "Pendek / Jumlah Balita Diukur * 100")
    app.run()

    assert any("tidak boleh dijumlahkan" in error.value for error in app.error)
    assert app.button(key="map_preview_button").disabled


def test_the_upload_page_lists_the_profiles_of_the_analysts_opd_and_names_a_broken_file(db, tmp_path, monkeypatch):
    import time

    from kla.users import User

    folder = tmp_path / "profil"
    monkeypatch.setenv("KLA_PROFIL", str(folder))
    monkeypatch.setenv("KLA_DB", str(db))
    profile_store.save(exports.ppgbm_profile(), by="dinkes1")
    profile_store.save(exports.siak_profile(), by="admin1")
    (folder / "rusak.toml").write_text("name = [", encoding="utf-8")
    app = AppTest.from_file(str(Path(__file__).resolve().parent.parent / "dashboard.py"), default_timeout=60)
    app.session_state["kla_user"] = User("dinkes1", "analis", ("DINKES",))
    app.session_state["kla_last_seen"] = time.time()
    app.run()
    app.switch_page("pages/unggah.py").run()

    assert not app.exception
    listed = next(frame.value for frame in app.dataframe if "Terakhir disimpan" in frame.value.columns)
    assert list(listed["Nama profil"]) == ["e-PPGBM per posyandu"]  # not Dispendukcapil's
    assert listed["Indikator"][0] == "III-13A, III-13B"
    assert any("rusak.toml tidak dapat dibaca" in warning.value for warning in app.warning)
