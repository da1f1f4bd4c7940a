"""The canonical upload layout, with real workbooks written in each test."""

from pathlib import Path

import pytest

from kla import store
from loaders.ingest import ingest_file
from tests.workbooks import write_workbook

ROOT = Path(__file__).resolve().parent.parent


def _count(db: Path) -> int:
    with store.reading(db) as con:
        return con.execute("SELECT count(*) FROM observations").fetchone()[0]


def test_canonical_workbook_loads(tmp_path, empty_db):
    path = write_workbook(
        tmp_path / "akta.xlsx",
        [
            ["I-4A", 2024, "35.79", "", 96.8, 59408, 61370, "SIAK"],
            ["I-4A", 2024, "35.79.02.2006", "P", None, 450, 460, "SIAK"],
            ["I-4A", 2024, "Kecamatan Junrejo", "L", "95,5", None, None, "SIAK"],
        ],
    )
    report = ingest_file(path, empty_db)
    assert report.status == "accepted", report.errors
    assert (report.rows, report.added) == (3, 3)
    with store.reading(empty_db) as con:
        rows = con.execute("SELECT region_code, sex, round(value, 2) FROM observations ORDER BY region_code").fetchall()
    assert rows == [("35.79", "L+P", 96.8), ("35.79.02.2006", "P", 97.83), ("35.79.03", "L", 95.5)]


def test_rows_above_the_header_synonyms_and_footnotes(tmp_path, empty_db):
    path = write_workbook(
        tmp_path / "dinkes.xlsx",
        [
            [1, "iii - 13a", "2024.0", "Desa Bumiaji", "Laki-laki", "12,5 %", "e-PPGBM"],
            [2, "III-13A", 2024, "Bumiaji", "perempuan", 11, "e-PPGBM"],
            [None, None, None, None, None, None, "Sumber: e-PPGBM Agustus 2024"],
            [3, "III-13A", 2024, "Kota Batu", "-", "td", ""],
        ],
        header=["No.", "Kode Indikator", "Thn", "Wilayah", "JK", "Capaian (%)", "Sumber Data"],
        rows_above=[["REKAP STUNTING DINAS KESEHATAN"], [], ["Keadaan Agustus 2024"]],
    )
    report = ingest_file(path, empty_db)
    assert report.status == "accepted", report.errors
    assert report.rows == 2 and report.missing == 1
    assert any("tanpa nilai" in warning.message for warning in report.warnings)
    with store.reading(empty_db) as con:
        rows = con.execute("SELECT region_code, sex, value FROM observations ORDER BY sex").fetchall()
    assert rows == [("35.79.02.2006", "L", 12.5), ("35.79.02", "P", 11.0)]


def test_two_region_columns(tmp_path, empty_db):
    path = write_workbook(
        tmp_path / "dua.xlsx",
        [["III-12", 2024, "Junrejo", "Junrejo", 99.0], ["III-12", 2024, "Junrejo", "", 98.0]],
        header=["kode_indikator", "tahun", "kecamatan", "desa/kelurahan", "nilai"],
    )
    report = ingest_file(path, empty_db)
    assert report.status == "accepted", report.errors
    with store.reading(empty_db) as con:
        rows = con.execute("SELECT region_code, value FROM observations ORDER BY region_code").fetchall()
    assert rows == [("35.79.03", 98.0), ("35.79.03.2003", 99.0)]


@pytest.mark.parametrize(
    ("row", "cell", "words"),
    [
        (["I-99", 2024, "35.79", "", 50], "Data!A2", "tidak dikenal"),
        (["I-4A", 1999, "35.79", "", 50], "Data!B2", "Tahun"),
        (["I-4A", 2024, "Ngagel", "", 50], "Data!C2", "Ngaglik"),
        (["I-4A", 2024, "35.79", "X", 50], "Data!D2", "Jenis kelamin"),
        (["I-4A", 2024, "35.79", "", "banyak"], "Data!E2", "bukan angka"),
        (["I-4A", 2024, "35.79", "", 120], "Data!E2", "0-100"),
        (["I-5", 2024, "35.79", "", -1], "Data!E2", "negatif"),
        (["KL-1", 2024, "35.79", "", 2], "Data!E2", "1 (ada) atau 0"),
        (["I-4A", 2024, "35.79", "", None, 120, 100], "Data!F2", "lebih besar"),
        (["I-4A", 2024, "35.79", "", 90, 95, 100], "Data!E2", "tidak cocok"),
        (["", 2024, "35.79", "", 50], "Data!A2", "kosong"),
    ],
)
def test_each_error_names_the_cell_and_nothing_is_written(tmp_path, sample_db, row, cell, words):
    before = _count(sample_db)
    path = write_workbook(tmp_path / "salah.xlsx", [row])
    report = ingest_file(path, sample_db)
    assert report.status == "rejected"
    assert [error.cell for error in report.errors] == [cell]
    assert words in report.errors[0].message
    assert _count(sample_db) == before


def test_every_problem_is_listed_not_just_the_first(tmp_path, empty_db):
    path = write_workbook(
        tmp_path / "banyak.xlsx",
        [["I-4A", 2024, "35.79", "", 96], ["I-99", 2024, "35.79", "", 1], ["I-4A", 2023, "Atlantis", "", 95]],
    )
    report = ingest_file(path, empty_db)
    assert report.status == "rejected"
    assert [error.cell for error in report.errors] == ["Data!A3", "Data!C4"]
    assert not empty_db.exists() or _count(empty_db) == 0


def test_the_same_value_twice_with_different_numbers_is_an_error(tmp_path, empty_db):
    path = write_workbook(tmp_path / "ganda.xlsx", [["I-4A", 2024, "35.79", "", 96], ["I-4A", 2024, "Kota", "L+P", 97]])
    report = ingest_file(path, empty_db)
    assert report.status == "rejected"
    assert report.errors[0].cell == "Data!E3"
    assert "Data!E2" in report.errors[0].message


def test_the_same_value_twice_is_loaded_once(tmp_path, empty_db):
    rows = [["I-4A", 2024, "35.79", "", 96], ["I-4A", 2023, "35.79", "", 95], ["I-4A", 2024, "Kota", "L+P", 96]]
    report = ingest_file(write_workbook(tmp_path / "sama.xlsx", rows), empty_db)
    assert (report.status, report.rows, report.added) == ("accepted", 2, 2)
    assert _count(empty_db) == 2


def test_a_sheet_without_header_is_skipped_and_named(tmp_path, empty_db):
    path = write_workbook(
        tmp_path / "lembar.xlsx",
        [["I-4A", 2024, "35.79", "", 96]],
        extra_sheets={"Petunjuk": [["Isi data mulai baris 2"]]},
    )
    report = ingest_file(path, empty_db)
    assert report.status == "accepted"
    assert any(w.sheet == "Petunjuk" for w in report.warnings)


def test_no_recognisable_header_at_all(tmp_path, empty_db):
    path = write_workbook(tmp_path / "kosong.xlsx", [["a", "b"]], header=["foo", "bar"])
    report = ingest_file(path, empty_db)
    assert report.status == "rejected"
    assert "baris judul" in report.errors[0].message


def test_a_file_that_is_not_a_workbook(tmp_path, empty_db):
    fake = tmp_path / "data.xlsx"
    fake.write_text("kode_indikator,tahun,nilai\nI-4A,2024,96\n", encoding="utf-8")
    report = ingest_file(fake, empty_db)
    assert report.status == "rejected"
    assert "bukan buku kerja" in report.errors[0].message
    csv = tmp_path / "data.csv"
    csv.write_text("x", encoding="utf-8")
    assert "tidak diterima" in ingest_file(csv, empty_db).errors[0].message


def test_dry_run_reports_changes_and_writes_nothing(tmp_path, sample_db):
    with store.reading(sample_db) as con:
        uploads_before = con.execute("SELECT count(*) FROM uploads").fetchone()[0]
        old = con.execute(
            "SELECT value FROM observations "
            "WHERE indicator_code='I-4A' AND year=2025 AND region_code='35.79' AND sex='L+P'"
        ).fetchone()[0]
    path = write_workbook(tmp_path / "ubah.xlsx", [["I-4A", 2025, "35.79", "", old + 0.5, None, None, "SIAK"]])
    report = ingest_file(path, sample_db, dry_run=True)
    assert report.status == "accepted" and report.changed == 1 and report.upload_id is None
    with store.reading(sample_db) as con:
        assert con.execute("SELECT count(*) FROM uploads").fetchone()[0] == uploads_before


def test_opd_that_does_not_own_a_measure_gets_a_warning(tmp_path, empty_db):
    path = write_workbook(tmp_path / "milik.xlsx", [["III-13A", 2024, "35.79", "", 10]])
    report = ingest_file(path, empty_db, opd="DINDIK")
    assert report.status == "accepted"
    assert any("DINKES" in w.message and "DINDIK" in w.message for w in report.warnings)


def test_english_messages(tmp_path, empty_db):
    path = write_workbook(tmp_path / "en.xlsx", [["I-99", 2024, "35.79", "", 1]])
    report = ingest_file(path, empty_db, lang="en")
    assert report.errors[0].message.startswith("Unknown measure code")


def test_a_formula_without_stored_value_is_an_error_at_its_cell(tmp_path, empty_db):
    path = write_workbook(
        tmp_path / "rumus.xlsx", [["I-4A", 2024, "35.79", "", "=95.5"], ["I-4A", 2023, "35.79", "", 95]]
    )
    report = ingest_file(path, empty_db)
    assert report.status == "rejected"
    assert [e.cell for e in report.errors] == ["Data!E2"]
    assert "rumus" in report.errors[0].message
    assert not empty_db.exists()


def test_a_percent_formatted_cell_is_read_as_a_percentage(tmp_path, empty_db):
    from openpyxl import load_workbook

    path = write_workbook(tmp_path / "persen.xlsx", [["I-4A", 2024, "35.79", "", 0.968], ["I-5", 2024, "35.79", "", 3]])
    workbook = load_workbook(path)
    workbook["Data"]["E2"].number_format = "0.0%"
    workbook.save(path)
    assert ingest_file(path, empty_db).status == "accepted"
    with store.reading(empty_db) as con:
        values = dict(con.execute("SELECT indicator_code, round(value, 6) FROM observations").fetchall())
    assert values == {"I-4A": 96.8, "I-5": 3.0}


@pytest.mark.parametrize(
    ("row", "cell", "words"),
    [
        (["II-7B", 2024, "35.79", "", 50, 10, None], "Data!E2", "tidak cocok"),
        (["KL-1", 2024, "35.79", "", None, 2, 1], "Data!F2", "1 (ada) atau 0"),
        (["I-4A", 2024, "35.79", "", None, 0, 0], "Data!G2", "Penyebut 0"),
    ],
)
def test_values_computed_from_numerator_obey_the_same_rules(tmp_path, empty_db, row, cell, words):
    report = ingest_file(write_workbook(tmp_path / "hitung.xlsx", [row]), empty_db)
    assert [(e.cell, words in e.message) for e in report.errors] == [(cell, True)]


def test_year_errors_show_the_year_as_written(tmp_path, empty_db):
    report = ingest_file(write_workbook(tmp_path / "thn.xlsx", [["I-4A", 1999, "35.79", "", 1]]), empty_db)
    assert "'1999'" in report.errors[0].message
    report = ingest_file(write_workbook(tmp_path / "thn2.xlsx", [["I-4A", None, "35.79", "", 1]]), empty_db)
    assert "(kosong)" in report.errors[0].message


def test_a_sheet_name_with_an_exclamation_mark(tmp_path, empty_db):
    rows = [["I-4A", 2024, "35.79", "", 96], ["I-4A", 2024, "35.79", "", 97]]
    report = ingest_file(write_workbook(tmp_path / "seru.xlsx", rows, sheet="Data!2024"), empty_db)
    assert report.errors[0].sheet == "Data!2024" and report.errors[0].cell == "Data!2024!E3"


def test_the_not_a_workbook_message_is_plain_indonesian(tmp_path, empty_db):
    fake = tmp_path / "rusak.xlsx"
    fake.write_bytes(b"PK\x03\x04 bukan zip sungguhan")
    message = ingest_file(fake, empty_db).errors[0].message
    assert "rusak" in message and "EOCD" not in message and "Zip" not in message


def test_wide_layout_with_one_column_per_year(tmp_path, empty_db):
    path = write_workbook(
        tmp_path / "lebar.xlsx",
        [
            ["I-6", "Kec. Batu", 50, "62,5", "-", None],
            ["I-6", "Bumiaji", 44.4, None, 55.6, "66,7%"],
        ],
        header=["Kode Indikator", "Kecamatan", 2021, "Tahun 2022", "Th. 2023", "Thn 2024"],
        rows_above=[["Persentase desa dengan Forum Anak aktif"]],
    )
    report = ingest_file(path, empty_db)
    assert report.status == "accepted", report.errors
    with store.reading(empty_db) as con:
        rows = con.execute("SELECT region_code, year, value FROM observations ORDER BY region_code, year").fetchall()
    assert rows == [
        ("35.79.01", 2021, 50.0),
        ("35.79.01", 2022, 62.5),
        ("35.79.02", 2021, 44.4),
        ("35.79.02", 2023, 55.6),
        ("35.79.02", 2024, 66.7),
    ]


def test_wide_layout_errors_name_the_year_cell(tmp_path, empty_db):
    path = write_workbook(
        tmp_path / "lebar.xlsx", [["I-6", "Batu", 50, "banyak"]], header=["kode", "kecamatan", "2022", "2023"]
    )
    report = ingest_file(path, empty_db)
    assert [e.cell for e in report.errors] == ["Data!D2"]


def test_measure_code_from_the_sheet_name(tmp_path, empty_db):
    path = write_workbook(
        tmp_path / "lembar.xlsx",
        [["Desa Punten", 2024, "13,1"], ["Kota Batu", 2024, 10.9]],
        header=["Desa/Kelurahan", "Tahun", "Capaian (%)"],
        sheet="iii-13a",
        extra_sheets={"I-4A": [["wilayah", "2023", "2024"], ["35.79", 96.8, 97.3]]},
    )
    report = ingest_file(path, empty_db)
    assert report.status == "accepted", report.errors
    with store.reading(empty_db) as con:
        rows = con.execute(
            "SELECT indicator_code, region_code, year, value FROM observations ORDER BY 1, 2, 3"
        ).fetchall()
    assert rows == [
        ("I-4A", "35.79", 2023, 96.8),
        ("I-4A", "35.79", 2024, 97.3),
        ("III-13A", "35.79", 2024, 10.9),
        ("III-13A", "35.79.02.2001", 2024, 13.1),
    ]


def test_finer_regions_are_summed_up_in_one_warning(tmp_path, empty_db):
    rows = [["KL-2B", 2024, "Desa Punten", "", 50], ["KL-2B", 2024, "Desa Temas", "", 60]]
    report = ingest_file(write_workbook(tmp_path / "rinci.xlsx", rows), empty_db)
    (warning,) = [w for w in report.warnings if "lebih rinci" in w.message]
    assert "2 nilai" in warning.message and "Data!E2, Data!E3" in warning.message


@pytest.mark.parametrize(
    "header",
    [
        ["Indikator (kode)", "Tahun", "Kode Wilayah", "Sex", "Realisasi"],
        ["KODE_INDIKATOR", "THN", "Kelurahan", "jenis kelamin", "Persentase"],
        ["kode", "tahun", "desa", "jk", "Angka"],
        ["Kode.Indikator", "Tahun", "Wilayah", "JK", "Nilai (Jumlah)"],
    ],
)
def test_header_synonyms(tmp_path, empty_db, header):
    path = write_workbook(tmp_path / "sinonim.xlsx", [["I-4A", 2024, "35.79.02.2001", "P", 97]], header=header)
    report = ingest_file(path, empty_db)
    assert report.status == "accepted", report.errors
    with store.reading(empty_db) as con:
        assert con.execute("SELECT region_code, sex, value FROM observations").fetchall() == [
            ("35.79.02.2001", "P", 97.0)
        ]


def test_numerator_and_denominator_columns_by_their_english_names(tmp_path, empty_db):
    path = write_workbook(
        tmp_path / "rasio.xlsx",
        [["III-S1", 2024, "Kota", 15, 3300]],
        header=["kode", "tahun", "wilayah", "Numerator", "Denominator"],
    )
    assert ingest_file(path, empty_db).status == "accepted"
    with store.reading(empty_db) as con:
        assert con.execute("SELECT round(value, 3) FROM observations").fetchall() == [(4.545,)]


@pytest.mark.parametrize("word", ["Kota Batu", "Kota", "Jumlah", "TOTAL", "35.79", "3579"])
def test_city_totals_in_a_workbook(tmp_path, empty_db, word):
    path = write_workbook(tmp_path / "kota.xlsx", [["I-4A", 2024, word, "", 96.8]])
    ingest_file(path, empty_db)
    with store.reading(empty_db) as con:
        assert con.execute("SELECT region_code FROM observations").fetchall() == [("35.79",)]


@pytest.mark.parametrize("marker", ["-", "–", "—", "n/a", "NA", "tidak ada data", "td", " "])
def test_missing_markers_in_a_workbook(tmp_path, empty_db, marker):
    path = write_workbook(
        tmp_path / "kosong.xlsx", [["I-4A", 2024, "Kota", "", marker], ["I-4A", 2023, "Kota", "", 96]]
    )
    report = ingest_file(path, empty_db)
    assert report.status == "accepted" and report.rows == 1 and report.missing == 1


def test_a_formula_with_its_stored_value_is_read(tmp_path, empty_db):
    from tests.workbooks import write_ods

    path = write_ods(
        tmp_path / "rumus.ods", [["I-4A", 2024, "Kota", "", None]], header=["kode", "tahun", "wilayah", "jk", "nilai"]
    )
    import zipfile

    # Give the cell a formula and the value a spreadsheet program computed and stored for it.
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    content = parts["content.xml"].decode()
    last_cell = content.rfind("<table:table-cell/>")
    stored = (
        '<table:table-cell table:formula="of:=95+1.5" office:value-type="float" office:value="96.5">'
        "<text:p>96.5</text:p></table:table-cell>"
    )
    parts["content.xml"] = (content[:last_cell] + stored + content[last_cell + len("<table:table-cell/>") :]).encode()
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", parts.pop("mimetype"), compress_type=zipfile.ZIP_STORED)
        for name, data in parts.items():
            archive.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    report = ingest_file(path, empty_db)
    assert report.status == "accepted", report.errors
    with store.reading(empty_db) as con:
        assert con.execute("SELECT value FROM observations").fetchall() == [(96.5,)]
