"""Opening a workbook file and handing out its sheets as grids of cell values."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from python_calamine import CalamineError, CalamineWorkbook, PasswordError, ZipError

from loaders.other_cells import read_ods_facts, read_xls_facts
from loaders.xlsx_cells import SheetCells, read_cell_facts

ACCEPTED_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
# What calamine cannot tell (formulas without a value, percent formats), per file type.
FACT_READERS = {".xlsx": read_cell_facts, ".xlsm": read_cell_facts, ".ods": read_ods_facts, ".xls": read_xls_facts}


class UnreadableWorkbook(ValueError):
    """The file is not a workbook we can read; ``reason`` is a key of :mod:`kla.text`."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Sheet:
    """One sheet: ``rows[r][c]`` is the cell at 0-based row r, column c (A1 is [0][0]);
    ``cells`` knows which cells hold formulas without a value or percentage formats."""

    name: str
    rows: list[list[object]]
    cells: SheetCells = field(default_factory=SheetCells)


def read_sheets(path: Path) -> list[Sheet]:
    """Every sheet of the workbook at ``path``, cell positions kept exactly as in the file."""
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        grids = [
            (name, workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)) for name in workbook.sheet_names
        ]
        workbook.close()
    except PasswordError as error:
        raise UnreadableWorkbook("reason_password") from error
    except ZipError as error:
        raise UnreadableWorkbook("reason_broken") from error
    except (CalamineError, ValueError, OSError) as error:
        raise UnreadableWorkbook("reason_unknown_format") from error
    facts = FACT_READERS.get(path.suffix.lower(), lambda _: {})(path)
    return [Sheet(name, grid, facts.get(name, SheetCells())) for name, grid in grids]
