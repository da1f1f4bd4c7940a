"""Layout profiles: an OPD's own export mapped once, read automatically next time, and a
changed layout caught, never read silently. Real .xlsx files in the style of SIAK, e-PPGBM
and Dapodik exports, loaded through the command line into a real database."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from kla import profile_store, store
from kla.layout_profile import Profile, check, from_toml, to_toml
from tests import export_workbooks as exports
from tests.cli import current_values, loaders_cli

UNITS = {"I-4A": "persen", "III-13A": "persen", "III-13B": "persen", "IV-19": "persen", "II-11": "jumlah"}


@pytest.fixture
def profiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty profile folder that the loader and its command line use."""
    folder = tmp_path / "profil"
    monkeypatch.setenv("KLA_PROFIL", str(folder))
    return folder


def _loaded(db: Path, codes: tuple[str, ...]) -> dict[tuple, float]:
    with store.reading(db) as con:
        rows = con.execute(
            "SELECT indicator_code, year, region_code, value FROM observations WHERE indicator_code IN "
            f"({', '.join('?' * len(codes))}) AND upload_id = (SELECT max(upload_id) FROM uploads)",
            list(codes),
        ).fetchall()
    return {(code, year, region): value for code, year, region, value in rows}


def _ingest_json(path: Path, db: Path, *options: str) -> tuple[int, dict]:
    done = loaders_cli("ingest", str(path), "--db", str(db), "--json", *options)
    return done.returncode, json.loads(done.stdout)["files"][0]


def _assert_exact(loaded: dict, expected: dict) -> None:
    assert loaded.keys() == expected.keys()
    for key, value in expected.items():
        assert loaded[key] == pytest.approx(value, abs=1e-9), key


def _siak(path: Path, turn: int) -> dict:
    return exports.siak_recap(path, 2023 + turn, seed=turn)


def _ppgbm(path: Path, turn: int) -> dict:
    return exports.ppgbm_export(path, 2023 + turn, seed=10 + turn)


def _dapodik(path: Path, turn: int) -> dict:
    shares = exports.dapodik_list(path, seed=20 + turn)
    return {("IV-19", 2023 + turn, code): share for code, share in shares.items()}


@pytest.mark.parametrize(
    ("write", "profile", "codes", "year_chosen"),
    [
        (_siak, exports.siak_profile(), ("I-4A",), False),
        (_ppgbm, exports.ppgbm_profile(), ("III-13A", "III-13B"), False),
        (_dapodik, exports.dapodik_profile(), ("IV-19",), True),
    ],
    ids=["siak", "e-ppgbm", "dapodik"],
)
def test_an_export_mapped_once_loads_the_next_file_automatically_with_exact_values(
    tmp_path, sample_db, profiles, write, profile, codes, year_chosen
):
    profile_store.save(profile, by="admin1")
    year = ("--tahun", "2024") if year_chosen else ()
    write(tmp_path / "pertama.xlsx", 1)
    assert _ingest_json(tmp_path / "pertama.xlsx", sample_db, *year)[0] == 0
    expected = write(tmp_path / "berikutnya.xlsx", 2)  # the next quarter's file: other numbers
    year = ("--tahun", "2025") if year_chosen else ()

    code, report = _ingest_json(tmp_path / "berikutnya.xlsx", sample_db, *year)

    assert code == 0, report["errors"]
    assert report["profile"] == f"{profile.name} (versi 1)"
    _assert_exact(_loaded(sample_db, codes), expected)


def test_a_siak_recap_gives_every_desa_and_the_city_from_its_total_row(tmp_path, sample_db, profiles):
    profile_store.save(exports.siak_profile(), by="admin1")
    expected = exports.siak_recap(tmp_path / "akta-2025.xlsx", 2025, seed=2)

    code, report = _ingest_json(tmp_path / "akta-2025.xlsx", sample_db)

    assert code == 0, report["errors"]
    assert ("I-4A", 2025, "35.79") in expected and len(expected) == 25
    _assert_exact(_loaded(sample_db, ("I-4A",)), expected)


def test_an_eppgbm_export_by_posyandu_is_summed_per_desa_before_the_rate(tmp_path, sample_db, profiles):
    profile_store.save(exports.ppgbm_profile(), by="admin1")
    expected = exports.ppgbm_export(tmp_path / "gizi.xlsx", 2024, seed=5)

    code, report = _ingest_json(tmp_path / "gizi.xlsx", sample_db)

    assert code == 0, report["errors"]
    _assert_exact(_loaded(sample_db, ("III-13A", "III-13B")), expected)
    with store.reading(sample_db) as con:
        numerator, denominator = con.execute(
            "SELECT numerator, denominator FROM observations WHERE indicator_code = 'III-13A' AND year = 2024 "
            "AND region_code = '35.79.01.1001' AND upload_id = (SELECT max(upload_id) FROM uploads)"
        ).fetchone()
    assert denominator > 120  # three posyandu of Temas, at least 40 children measured in each


def test_a_dapodik_school_list_counts_schools_per_kecamatan_in_the_year_chosen(tmp_path, sample_db, profiles):
    profile_store.save(exports.dapodik_profile(), by="admin1")
    shares = exports.dapodik_list(tmp_path / "sekolah.xlsx", seed=7)

    without_year = _ingest_json(tmp_path / "sekolah.xlsx", sample_db)
    code, report = _ingest_json(tmp_path / "sekolah.xlsx", sample_db, "--tahun", "2025")

    assert without_year[0] == 1
    assert "Pilih tahun data" in without_year[1]["errors"][0]["message"]
    assert code == 0, report["errors"]
    _assert_exact(_loaded(sample_db, ("IV-19",)), {("IV-19", 2025, code): share for code, share in shares.items()})


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (
            lambda header: [*header[:4], "Memiliki Akta", *header[5:]],
            "kolom E dulu 'Sudah Memiliki Akta', kini 'Memiliki Akta'",
        ),
        (lambda header: [*header[:3], header[4], header[3], *header[5:]], "kolom 'Jumlah Anak' pindah dari D ke E"),
    ],
    ids=["renamed", "moved"],
)
def test_a_renamed_or_moved_column_is_named_and_nothing_is_loaded(tmp_path, sample_db, profiles, change, said):
    profile_store.save(exports.siak_profile(), by="admin1")
    exports.siak_recap(tmp_path / "akta.xlsx", 2025, seed=3, header=change(exports.SIAK_HEADER))
    before = current_values(sample_db)

    code, report = _ingest_json(tmp_path / "akta.xlsx", sample_db)

    assert code == 1
    assert report["layout_changed"] == "dispendukcapil-siak-rekap-akta-anak"
    message = report["errors"][0]["message"]
    assert said in message and "tidak dimuat" in message
    assert report["errors"][0]["cell"] == "Rekap Akta!A5"
    assert current_values(sample_db) == before


def test_a_header_that_differs_only_in_case_and_spacing_is_the_same_layout(tmp_path, sample_db, profiles):
    profile_store.save(exports.siak_profile(), by="admin1")
    shouted = [name.upper().replace(" ", "  ") for name in exports.SIAK_HEADER]
    expected = exports.siak_recap(tmp_path / "akta.xlsx", 2025, seed=3, header=shouted)

    code, report = _ingest_json(tmp_path / "akta.xlsx", sample_db)

    assert code == 0, report["errors"]
    _assert_exact(_loaded(sample_db, ("I-4A",)), expected)


def test_an_export_with_columns_swapped_is_not_read_with_the_old_mapping(tmp_path, sample_db, profiles):
    profile_store.save(exports.ppgbm_profile(), by="admin1")
    swapped = [*exports.PPGBM_HEADER[:4], "Sangat Pendek", "Pendek", *exports.PPGBM_HEADER[6:]]
    exports.ppgbm_export(tmp_path / "gizi.xlsx", 2024, seed=5, header=swapped)

    code, report = _ingest_json(tmp_path / "gizi.xlsx", sample_db)

    assert code == 1
    assert "pindah dari E ke F" in report["errors"][0]["message"]


def test_problems_in_a_mapped_export_are_named_by_its_own_cells(tmp_path, sample_db, profiles):
    profile_store.save(exports.ppgbm_profile(), by="admin1")
    path = tmp_path / "gizi.xlsx"
    exports.ppgbm_export(path, 2024, seed=5)
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    sheet = workbook.active
    sheet["E6"] = "tiga"
    sheet["C9"] = "Posyandu Kenanga Baru"
    workbook.save(path)
    before = current_values(sample_db)

    code, report = _ingest_json(path, sample_db)

    assert code == 1
    cells = {problem["cell"]: problem["message"] for problem in report["errors"]}
    assert "'tiga' bukan angka" in cells["Status Gizi!E6"]
    assert "'Posyandu Kenanga Baru' tidak ada di tabel rincian" in cells["Status Gizi!C9"]
    assert current_values(sample_db) == before


def test_a_rate_above_100_after_summing_names_the_rows_it_came_from(tmp_path, sample_db, profiles):
    profile = replace(exports.ppgbm_profile(), measures=exports.ppgbm_profile().measures[:1])
    profile_store.save(profile, by="admin1")
    path = tmp_path / "gizi.xlsx"
    exports.ppgbm_export(path, 2024, seed=5)
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    sheet = workbook.active
    sheet["E4"] = 900  # more stunted children than measured in this posyandu's desa
    workbook.save(path)

    code, report = _ingest_json(path, sample_db)

    assert code == 1
    [problem] = report["errors"]
    assert problem["cell"].startswith("Status Gizi!E4+F4")
    assert "lebih besar dari penyebut" in problem["message"]


def test_subtotal_rows_of_a_kecamatan_are_skipped_and_said(tmp_path, sample_db, profiles):
    profile_store.save(exports.siak_profile(), by="admin1")
    path = tmp_path / "akta.xlsx"
    expected = exports.siak_recap(path, 2025, seed=2)
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    sheet = workbook.active
    below = [cells for cells in sheet.merged_cells.ranges if cells.min_row >= 15]
    for cells in below:  # openpyxl moves cells, not merged ranges
        sheet.unmerge_cells(cells.coord)
    sheet.insert_rows(15)
    for cells in below:
        cells.shift(row_shift=1)
        sheet.merge_cells(cells.coord)
    for column, value in zip("BCDE", ["Batu", "Jumlah Kec. Batu", 9000, 8800]):
        sheet[f"{column}15"] = value
    workbook.save(path)

    code, report = _ingest_json(path, sample_db)

    assert code == 0, report["errors"]
    assert any("Baris subtotal dilewati" in w["message"] and "C15" in w["message"] for w in report["warnings"])
    _assert_exact(_loaded(sample_db, ("I-4A",)), expected)


def test_a_profile_named_on_the_command_line_is_the_only_one_used(tmp_path, sample_db, profiles):
    profile_store.save(exports.siak_profile(), by="admin1")
    profile_store.save(exports.ppgbm_profile(), by="admin1")
    exports.siak_recap(tmp_path / "akta.xlsx", 2024, seed=1)

    named = _ingest_json(tmp_path / "akta.xlsx", sample_db, "--dry-run", "--profile", "SIAK rekap akta anak")
    other = _ingest_json(tmp_path / "akta.xlsx", sample_db, "--dry-run", "--profile", "e-PPGBM per posyandu")
    unknown = loaders_cli("ingest", str(tmp_path / "akta.xlsx"), "--db", str(sample_db), "--profile", "tidak ada")

    assert named[0] == 0 and named[1]["rows"] == 25
    assert other[0] == 1 and "tata letaknya sesuai profil 'e-PPGBM per posyandu'" in other[1]["errors"][0]["message"]
    assert unknown.returncode == 2 and "SIAK rekap akta anak" in unknown.stderr


def test_an_unknown_layout_asks_for_a_mapping(tmp_path, sample_db, profiles):
    exports.dapodik_list(tmp_path / "sekolah.xlsx", seed=7)

    code, report = _ingest_json(tmp_path / "sekolah.xlsx", sample_db)

    assert code == 1
    assert report["layout_unknown"] is True
    assert "petakan tata letak ekspor ini" in report["errors"][0]["message"]


def test_a_profile_upload_is_undone_and_rebuilt_with_the_profile_it_was_read_with(tmp_path, sample_db, profiles):
    profile_store.save(exports.siak_profile(), by="admin1")
    exports.siak_recap(tmp_path / "akta.xlsx", 2025, seed=4)
    before = current_values(sample_db)
    assert _ingest_json(tmp_path / "akta.xlsx", sample_db)[0] == 0
    loaded = current_values(sample_db)
    changed = replace(exports.siak_profile(), measures=())  # the saved profile changes later
    (profiles / f"{changed.key}.toml").write_text(to_toml(changed), encoding="utf-8")

    rebuilt = loaders_cli("rebuild", "--db", str(sample_db))
    after_rebuild = current_values(sample_db)
    with store.reading(sample_db) as con:
        upload_id = con.execute("SELECT max(upload_id) FROM uploads").fetchone()[0]
    undone = loaders_cli("undo", str(upload_id), "--db", str(sample_db))

    assert rebuilt.returncode == 0, rebuilt.stdout + rebuilt.stderr
    assert after_rebuild == loaded
    assert undone.returncode == 0
    assert current_values(sample_db) == before


def test_profiles_are_readable_files_and_each_save_is_a_new_version(profiles):
    first = profile_store.save(exports.ppgbm_profile(), by="admin1")
    second = profile_store.save(replace(first, year_cell="B1"), by="dinkes1")

    text = (profiles / "dinkes-e-ppgbm-per-posyandu.toml").read_text(encoding="utf-8")
    assert from_toml(text) == second
    assert 'numerator = "Pendek + Sangat Pendek"' in text
    assert '"Posyandu Melati Temas" = "35.79.01.1001"' in text
    assert (first.version, second.version, second.changed_by) == (1, 2, "dinkes1")
    assert from_toml((profiles / "lama" / "dinkes-e-ppgbm-per-posyandu.v1.toml").read_text()).year_cell == "B2"
    listed = loaders_cli("profiles")
    assert "e-PPGBM per posyandu · DINKES · versi 2" in listed.stdout


def test_a_profile_is_checked_before_it_is_saved():
    good = exports.ppgbm_profile()
    summed_rate = replace(good, measures=(replace(good.measures[0], value="Pendek / Jumlah Balita Diukur * 100"),))
    unknown = replace(good, region_column="Desa", measures=(replace(good.measures[0], code="III-99"),))
    bad_formula = replace(good, measures=(replace(good.measures[0], numerator="Pendek + Tinggi"),))

    assert check(good, UNITS) == []
    assert "persentase tidak boleh dijumlahkan" in check(summed_rate, UNITS)[0]
    assert check(unknown, UNITS) == [
        "Kolom 'Desa' tidak ada di baris judul yang dipilih.",
        "Kode indikator 'III-99' tidak dikenal.",
    ]
    assert "Kolom 'Tinggi' tidak ada di judul kolom" in check(bad_formula, UNITS)[0]


def test_an_unreadable_profile_file_is_named_not_fatal(profiles):
    profile_store.save(exports.siak_profile(), by="admin1")
    (profiles / "rusak.toml").write_text("name = [", encoding="utf-8")

    listed = loaders_cli("profiles")

    assert listed.returncode == 0
    assert "SIAK rekap akta anak" in listed.stdout and "rusak.toml" in listed.stderr
    assert [profile.name for profile in profile_store.all_profiles()] == ["SIAK rekap akta anak"]


def test_a_profile_survives_its_round_trip_through_toml():
    for profile in (exports.siak_profile(), exports.ppgbm_profile(), exports.dapodik_profile()):
        assert isinstance(profile, Profile)
        assert from_toml(to_toml(profile)) == profile
