"""Downloaded tables: real .xlsx and .csv files that never carry a formula."""

import csv
import io
import zipfile

import openpyxl
import pandas as pd
import pytest

from kla import export

HOSTILE = ['=HYPERLINK("http://contoh.invalid","klik")', "+1+2", "-3+4", "@SUM(A1:A2)", "=1+1"]


@pytest.fixture
def table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Wilayah": HOSTILE,
            "Nilai": [1.5, -2.0, 3, 4, 5],
            "Catatan": ["biasa", None, "a=b", "-", "Rp 1.250.000"],
        }
    )


def test_xlsx_holds_text_not_formulas(table):
    data = export.xlsx_bytes(table, sheet="Nilai: III-13A")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml  # no formula element at all
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book.active
    assert sheet.title == "Nilai  III-13A"
    cells = [sheet.cell(row=row, column=1) for row in range(2, 7)]
    assert [c.value for c in cells] == HOSTILE  # shown exactly as they were
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    assert [sheet.cell(row=row, column=2).value for row in range(2, 7)] == [1.5, -2.0, 3, 4, 5]  # numbers stay numbers
    assert sheet.cell(row=3, column=3).value is None


def test_xlsx_read_by_calamine_has_no_formula(table, tmp_path):
    from python_calamine import CalamineWorkbook

    path = tmp_path / "t.xlsx"
    path.write_bytes(export.xlsx_bytes(table))
    book = CalamineWorkbook.from_path(str(path))
    values = book.get_sheet_by_index(0).to_python()
    assert [row[0] for row in values[1:6]] == HOSTILE


def test_csv_neutralises_formula_text(table):
    text = export.csv_bytes(table).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["Wilayah", "Nilai", "Catatan"]
    assert [row[0] for row in rows[1:]] == ["'" + value for value in HOSTILE]
    assert rows[4][2] == "'-" and rows[3][2] == "a=b"
    assert rows[2][1] == "-2.0"  # a negative number is a number, left alone


def test_styler_tables_export_their_data(table):
    styled = table.style.hide(axis="index")
    assert export.csv_bytes(styled) == export.csv_bytes(table)


def test_file_stems_are_safe():
    assert export.file_stem("Klaster III · Skor / ../etc") == "klaster-iii-skor-etc"
    assert export.file_stem("···") == "tabel"
    assert export.sheet_title("a[b]c:d*e?f/g\\h" * 3) == export.sheet_title("a b c d e f g h" * 3)[:31]
