"""A workbook whose sheets are plain tables is read into typed columns (fastexcel, Arrow); any
other is read cell by cell. Either way the loader must see the same cells and give the same
outcome, problems included."""

import os
import time
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from python_calamine import CalamineWorkbook

from kla import store
from loaders.column_sheets import ColumnGrid
from loaders.headers import find_header
from loaders.ingest import _readers
from loaders.workbook import Sheet, SheetsReading, read_sheets
from tests.workbooks import write_workbook

PLAIN_ROWS = [
    ["I-4A", 2024, "35.79", "L", 96.5, None, None, "SIAK"],
    ["I-4A", 2023, "35.79.01", "P", 97, None, None, "  SIAK "],
    ["XX-1", 2024, "35.79", "L+P", 5, None, None, None],  # unknown code
    ["I-4A", 1999, "35.79", "L", 50, None, None, "SIAK"],  # year out of range
    ["I-4A", 2022, "35.79", "X", -1, None, None, "SIAK"],  # unknown sex, negative value
    ["I-4A", 2021, "Batuu", "L", 120, None, None, "SIAK"],  # unknown region, above 100 %
    ["II-8A", 2024, "35.79.02", "L+P", 1234, None, None, "Dinkes"],
    [None, None, None, None, None, None, None, None],  # a blank row
    ["I-4A", 2020, "35.79", "L", None, 40, 50, "SIAK"],  # computed from its parts
]


def _calamine_grids(path: Path) -> dict[str, list[list[object]]]:
    workbook = CalamineWorkbook.from_path(str(path))
    return {name: workbook.get_sheet_by_name(name).to_python(skip_empty_area=False) for name in workbook.sheet_names}


def _plain_workbook(path: Path) -> Path:
    write_workbook(path, PLAIN_ROWS, extra_sheets={"Catatan": [["catatan", "angka"], ["dicatat", 1.5], ["", 2]]})
    return path


def test_a_plain_workbook_comes_back_as_columns_holding_the_cells_calamine_reads(tmp_path):
    path = _plain_workbook(tmp_path / "polos.xlsx")
    calamine = _calamine_grids(path)
    sheets = read_sheets(path)
    assert [sheet.name for sheet in sheets] == ["Data", "Catatan"]
    for sheet in sheets:
        grid = sheet.rows
        assert isinstance(grid, ColumnGrid)
        assert list(grid) == calamine[sheet.name]
        assert len(grid) == len(calamine[sheet.name])
        assert [grid[index] for index in range(len(grid))] == calamine[sheet.name]
        assert grid[-1] == calamine[sheet.name][-1]
        assert grid[1:4] == calamine[sheet.name][1:4]
        assert grid[::2] == calamine[sheet.name][::2]
        assert grid[:] == calamine[sheet.name]
        assert sheet.cells.plain


def _merged(path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["kode_indikator", "tahun", "wilayah", "jenis_kelamin", "nilai"])
    sheet.append(["I-4A", 2024, "35.79", "L", 96])
    sheet.append(["I-4A", 2023, "35.79", "L", 95])
    sheet.merge_cells("A2:A3")
    workbook.save(path)


def _not_at_a1(path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet["B2"], sheet["C2"], sheet["B3"], sheet["C3"] = "kode_indikator", "nilai", "I-4A", 96
    workbook.save(path)


NOT_PLAIN = {
    "merged cells": _merged,
    "a table that starts at B2": _not_at_a1,
    "a number in the header": lambda path: write_workbook(path, [["I-4A", 96]], header=["kode_indikator", 2024]),
    "a column of texts and numbers": lambda path: write_workbook(
        path, [["I-4A", 2024, "35.79", "L", "-"], ["I-4A", 2023, "35.79", "L", 95]]
    ),
    "a date column": lambda path: write_workbook(
        path, [["I-4A", 2024, "35.79", "L", 96, None, None, date(2025, 1, 31)]]
    ),
    "a formula": lambda path: write_workbook(path, [["I-4A", 2024, "35.79", "L", "=90+6"]]),
    "a title above the header": lambda path: write_workbook(
        path, [["I-4A", 2024, "35.79", "L", 96]], rows_above=[["Data Dinkes 2024"]]
    ),
    "a plain sheet beside one that is not": lambda path: write_workbook(
        path, PLAIN_ROWS, extra_sheets={"Lain": [["a", 1], ["b", "c"]]}
    ),
}


@pytest.mark.parametrize("make", NOT_PLAIN.values(), ids=NOT_PLAIN.keys())
def test_a_workbook_that_is_not_all_plain_tables_is_read_cell_by_cell(tmp_path, make):
    path = tmp_path / "lain.xlsx"
    make(path)
    calamine = _calamine_grids(path)
    sheets = read_sheets(path)
    assert all(isinstance(sheet.rows, list) for sheet in sheets)
    assert [sheet.name for sheet in sheets] == list(calamine)


def _read(sheet: Sheet):
    with store.scratch() as con:
        reader = _readers(con, "id", None).measures
    header = find_header(sheet.rows, reader.code_for(sheet.name))
    return reader.read(sheet, header)


def test_columns_and_cells_give_the_same_observations_and_problems(tmp_path):
    (sheet, _) = read_sheets(_plain_workbook(tmp_path / "polos.xlsx"))
    as_cells = Sheet(sheet.name, list(sheet.rows), sheet.cells, sheet.hidden)
    by_columns, by_cells = _read(sheet), _read(as_cells)
    assert by_columns.table == by_cells.table
    assert by_columns.table["source"][:2] == ["SIAK", "SIAK"]
    assert [(problem.cell, problem.message) for problem in by_columns.errors] == [
        (problem.cell, problem.message) for problem in by_cells.errors
    ]
    assert {problem.row for problem in by_columns.errors} == {4, 5, 6, 7}  # the four rows with mistakes
    assert by_columns.missing_cells == by_cells.missing_cells
    assert by_columns.finer_regions == by_cells.finer_regions


def _children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` and that still run (not zombies)."""
    found = set()
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(entry))
    return found


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_the_copy_reading_columns_ends_with_the_parser(tmp_path):
    rows = [["I-4A", 2000 + index % 25, "35.79", "L", index % 100, None, None, "SIAK"] for index in range(20_000)]
    path = write_workbook(tmp_path / "besar.xlsx", rows)
    with SheetsReading(path) as reading:
        fdinfo = Path(f"/proc/self/fdinfo/{reading._parse.handle}").read_text()
        parser = int(next(line.split()[1] for line in fdinfo.splitlines() if line.startswith("Pid:")))
        deadline = time.monotonic() + 5
        while not (copies := _children(parser)) and time.monotonic() < deadline:
            time.sleep(0.005)
        assert copies  # fastexcel reads in a copy of the parser
    deadline = time.monotonic() + 5
    while any(map(_running, copies)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(_running, copies))
