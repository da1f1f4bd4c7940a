"""Cell-level details of real files: error values, merged cells, number formats, formulas,
code-named and hidden sheets, damaged files."""

import re
from pathlib import Path

import pytest

from kla import store
from loaders.ingest import ingest_file
from tests.workbooks import write_workbook


def _edit_sheet_xml(path, change):
    """Rewrite the first sheet's XML of an .xlsx file with ``change(text) -> text``."""
    import zipfile

    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["xl/worksheets/sheet1.xml"] = change(parts["xl/worksheets/sheet1.xml"].decode()).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


@pytest.mark.parametrize("error_value", ["#N/A", "#REF!", "#DIV/0!", "#VALUE!"])
def test_excel_error_values_are_errors_at_their_cell(tmp_path, empty_db, error_value):
    path = write_workbook(tmp_path / "galat.xlsx", [["I-5", 2024, "Junrejo", "L", 55], ["I-5", 2024, "Batu", "L", 66]])
    _edit_sheet_xml(
        path,
        lambda xml: xml.replace(
            '<c r="C2" t="inlineStr"><is><t>Junrejo</t></is></c>', f'<c r="C2" t="e"><v>{error_value}</v></c>'
        ),
    )
    report = ingest_file(path, empty_db)
    assert [e.cell for e in report.errors] == ["Data!C2"]
    assert "galat Excel" in report.errors[0].message


def test_merged_region_cells_apply_to_every_row(tmp_path, empty_db):
    from openpyxl import load_workbook

    path = write_workbook(tmp_path / "gabung.xlsx", [["I-5", 2024, "Batu", "L", 10], ["I-5", 2024, None, "P", 12]])
    workbook = load_workbook(path)
    workbook["Data"].merge_cells("C2:C3")
    workbook.save(path)
    assert ingest_file(path, empty_db).status == "accepted"
    with store.reading(empty_db) as con:
        assert con.execute("SELECT region_code, sex, value FROM observations ORDER BY sex").fetchall() == [
            ("35.79.01", "L", 10.0),
            ("35.79.01", "P", 12.0),
        ]


def test_a_literal_percent_sign_in_a_number_format_is_not_a_percentage(tmp_path, empty_db):
    from openpyxl import load_workbook

    path = write_workbook(tmp_path / "tanda.xlsx", [["V-22", 2024, "Kota", "", 0.8], ["V-22", 2023, "Kota", "", 96.8]])
    workbook = load_workbook(path)
    workbook["Data"]["E2"].number_format = '0.0" %"'
    workbook["Data"]["E3"].number_format = "0.0\\%"
    workbook.save(path)
    assert ingest_file(path, empty_db).status == "accepted"
    with store.reading(empty_db) as con:
        assert con.execute("SELECT year, value FROM observations ORDER BY year").fetchall() == [
            (2023, 96.8),
            (2024, 0.8),
        ]


# openpyxl writes an empty value as <v /> or, when lxml is installed, as <v></v>.
EMPTY_VALUE = r"<v\s*/>|<v></v>"


def test_cells_without_references_are_still_placed(tmp_path, empty_db):
    from openpyxl import load_workbook

    rows = [["I-4A", 2024, "Kota", "L+P", 0.968, "SIAK"], ["I-4A", 2023, "Kota", "L+P", "=95+1", "SIAK"]]
    header = ["kode_indikator", "tahun", "wilayah", "jenis_kelamin", "nilai", "sumber"]
    path = write_workbook(tmp_path / "tanpa-r.xlsx", rows, header=header)  # every cell present
    workbook = load_workbook(path)
    workbook["Data"]["E2"].number_format = "0.0%"
    workbook.save(path)
    _edit_sheet_xml(path, lambda xml: re.sub(r' r="[A-Z]+\d+"', "", xml))
    report = ingest_file(path, empty_db)
    assert [e.cell for e in report.errors] == ["Data!E3"]  # the formula without a stored value
    _edit_sheet_xml(path, lambda xml: re.sub(EMPTY_VALUE, "<v>96</v>", xml))
    assert ingest_file(path, empty_db).status == "accepted"
    with store.reading(empty_db) as con:
        assert con.execute("SELECT year, value FROM observations ORDER BY year").fetchall() == [
            (2023, 96.0),
            (2024, 96.8),
        ]


def test_a_formula_that_stored_an_empty_text_is_a_missing_value(tmp_path, empty_db):
    path = write_workbook(
        tmp_path / "kosong.xlsx", [["I-4A", 2024, "Kota", "", '=IF(1=1,"",1)'], ["I-4A", 2023, "Kota", "", 96]]
    )
    _edit_sheet_xml(
        path,
        lambda xml: re.sub(r'<c r="E2">(<f>IF\(1=1,"",1\)</f>)', r'<c r="E2" t="str">\1', xml),
    )
    report = ingest_file(path, empty_db)
    assert report.status == "accepted", report.errors
    assert report.missing == 1


def test_a_code_named_sheet_skips_blank_rows_and_footnotes(tmp_path, empty_db):
    rows = [[2024, "Batu", 90], [None, None, None], [2024, "Junrejo", 91], [None, None, None, "Sumber: SIAK"]]
    path = write_workbook(tmp_path / "lembar.xlsx", rows, header=["tahun", "wilayah", "nilai"], sheet="III-12")
    report = ingest_file(path, empty_db)
    assert report.status == "accepted", report.errors
    assert report.rows == 2


def test_a_header_without_values_is_refused(tmp_path, empty_db):
    report = ingest_file(write_workbook(tmp_path / "judul.xlsx", []), empty_db)
    assert report.status == "rejected" and "tidak berisi satu nilai" in report.errors[0].message


def test_hidden_sheets_are_read_and_mentioned(tmp_path, empty_db):
    from openpyxl import load_workbook

    path = write_workbook(tmp_path / "sembunyi.xlsx", [["I-4A", 2024, "Kota", "", 96]], extra_sheets={"Lama": [["x"]]})
    workbook = load_workbook(path)
    workbook["Data"].sheet_state = "hidden"
    workbook.active = 1
    workbook.save(path)
    report = ingest_file(path, empty_db)
    assert report.status == "accepted"
    assert any("tersembunyi" in w.message and w.sheet == "Data" for w in report.warnings)


@pytest.mark.parametrize("name", ["rusak-parser-berhenti.xls", "rusak-xlrd.xls"])
def test_damaged_old_excel_files_are_refused_without_taking_the_process_down(empty_db, name):
    report = ingest_file(Path(__file__).parent / "fixtures" / name, empty_db)
    assert report.status == "rejected"
    assert "rusak" in report.errors[0].message


def test_numbers_written_as_text_in_a_workbook(tmp_path, empty_db):
    rows = [
        ["II-8A", 2024, "Kota", "", "1.234"],
        ["I-4A", 2024, "Kota", "", "97,5 %"],
        ["I-4A", 2023, "Kota", "", "97.5%"],
        ["II-8A", 2023, "Kota", "", "1.234,0"],
        ["I-4A", 2022, "Kota", "", "\u00a096,1\u00a0"],
        ["I-4A", 2021, "Kota", "", "'95,0"],
        ["III-S1", 2024, "Kota", "", "12.5"],
    ]
    assert ingest_file(write_workbook(tmp_path / "teks.xlsx", rows), empty_db).status == "accepted"
    with store.reading(empty_db) as con:
        values = con.execute("SELECT indicator_code, year, value FROM observations ORDER BY 1, 2").fetchall()
    assert values == [
        ("I-4A", 2021, 95.0),
        ("I-4A", 2022, 96.1),
        ("I-4A", 2023, 97.5),
        ("I-4A", 2024, 97.5),
        ("II-8A", 2023, 1234.0),
        ("II-8A", 2024, 1234.0),
        ("III-S1", 2024, 12.5),
    ]
