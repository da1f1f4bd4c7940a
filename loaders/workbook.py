"""Opening a workbook file and handing out its sheets as grids of cell values."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from python_calamine import CalamineError, CalamineWorkbook

ACCEPTED_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


class UnreadableWorkbook(ValueError):
    """The file is not a workbook we can read."""


@dataclass(frozen=True)
class Sheet:
    """One sheet: ``rows[r][c]`` is the cell at 0-based row r, column c (A1 is [0][0])."""

    name: str
    rows: list[list[object]]


def read_sheets(path: Path) -> list[Sheet]:
    """Every sheet of the workbook at ``path``, cell positions kept exactly as in the file."""
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheets = []
        for name in workbook.sheet_names:
            grid = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
            sheets.append(Sheet(name, grid))
        workbook.close()
    except (CalamineError, ValueError, OSError) as error:
        raise UnreadableWorkbook(str(error).splitlines()[0][:200]) from error
    return sheets
