"""The same contract for every accepted file type, with files written by each type's own writer."""

import pytest
from openpyxl import load_workbook

from kla import store
from loaders.ingest import ingest_file
from tests.workbooks import Formula, Percent, write_ods, write_workbook, write_xls


def _xlsx(path, rows, header):
    """.xlsx via openpyxl, with percent formats and unsaved formulas like the other writers."""
    plain = [
        [float(v) if isinstance(v, Percent) else (f"={v}" if isinstance(v, Formula) else v) for v in row]
        for row in rows
    ]
    write_workbook(path, plain, header=header)
    workbook = load_workbook(path)
    for row_index, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            if isinstance(value, Percent):
                workbook["Data"].cell(row_index, column).number_format = "0.0%"
    workbook.save(path)
    return path


def _xlsm(path, rows, header):
    return _xlsx(path.with_suffix(".xlsx"), rows, header).rename(path)


WRITERS = {
    ".xlsx": _xlsx,
    ".xlsm": _xlsm,
    ".xls": lambda path, rows, header: write_xls(path, rows, header),
    ".ods": lambda path, rows, header: write_ods(path, rows, header),
}
HEADER = ["No", "Kode Indikator", "Tahun", "Kecamatan", "Desa/Kelurahan", "JK", "Capaian (%)", "Sumber"]


@pytest.mark.parametrize("suffix", list(WRITERS))
def test_every_file_type_loads_exactly(tmp_path, empty_db, suffix):
    rows = [
        [1, "I-4A", 2024, "Bumiaji", "Bumiaji", "P", Percent(0.968), "SIAK"],
        [2, "I-4A", 2024, "Junrejo", None, "L", "95,5", "SIAK"],
        [3, "I-4A", 2024, "Kota Batu", None, None, 96.1, "SIAK"],
        [4, "I-4A", 2023, "Kota Batu", None, None, "-", "SIAK"],
    ]
    path = WRITERS[suffix](tmp_path / f"akta{suffix}", rows, HEADER)
    report = ingest_file(path, empty_db)
    assert report.status == "accepted", report.errors
    assert report.missing == 1
    with store.reading(empty_db) as con:
        values = con.execute("SELECT region_code, sex, year, round(value, 6) FROM observations ORDER BY 1").fetchall()
    assert values == [("35.79", "L+P", 2024, 96.1), ("35.79.02.2006", "P", 2024, 96.8), ("35.79.03", "L", 2024, 95.5)]


@pytest.mark.parametrize("suffix", list(WRITERS))
def test_every_file_type_reports_a_formula_without_value(tmp_path, empty_db, suffix):
    rows = [[1, "I-4A", 2024, "Batu", None, None, Formula("95+1"), "SIAK"]]
    path = WRITERS[suffix](tmp_path / f"rumus{suffix}", rows, HEADER)
    report = ingest_file(path, empty_db)
    assert report.status == "rejected"
    assert [e.cell for e in report.errors] == ["Data!G2"]
    assert not empty_db.exists()


@pytest.mark.parametrize("suffix", list(WRITERS))
def test_every_file_type_reports_errors_at_the_cell(tmp_path, empty_db, suffix):
    rows = [[1, "I-4A", 2024, "Batuu", None, None, 96, "SIAK"], [2, "I-4X", 2024, "Batu", None, None, 96, ""]]
    report = ingest_file(WRITERS[suffix](tmp_path / f"salah{suffix}", rows, HEADER), empty_db)
    assert [e.cell for e in report.errors] == ["Data!D2", "Data!B3"]
    assert "Batu" in report.errors[0].message
