"""Opening a workbook file and handing out its sheets as grids of cell values.

Parsing happens in a child process with a memory and a time limit: a damaged file that
makes a parser allocate without bound, crash or hang costs that child only, and the
upload is refused with a plain message.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from loaders.xlsx_cells import SheetCells

ACCEPTED_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
EXIT_UNREADABLE, EXIT_TOO_LARGE = 3, 4


class UnreadableWorkbook(ValueError):
    """The file is not a workbook we can read; ``reason`` is a key of :mod:`kla.text`."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Sheet:
    """One sheet: ``rows[r][c]`` is the cell at 0-based row r, column c (A1 is [0][0]); a merged
    range holds its value in every cell; ``cells`` knows which cells hold formulas without a
    value, Excel error values or percentage formats."""

    name: str
    rows: list[list[object]]
    cells: SheetCells = field(default_factory=SheetCells)
    hidden: bool = False


def parse_memory_bytes() -> int:
    """The parser's memory limit: ``$KLA_PARSE_MEMORY_MB`` megabytes, 3072 by default."""
    return int(float(os.environ.get("KLA_PARSE_MEMORY_MB", "3072")) * 2**20)


def parse_timeout_s() -> float:
    """The parser's time limit: ``$KLA_PARSE_TIMEOUT_S`` seconds, 120 by default."""
    return float(os.environ.get("KLA_PARSE_TIMEOUT_S", "120"))


def read_sheets(path: Path) -> list[Sheet]:
    """Every sheet of the workbook at ``path``, read in a child process within limits."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "loaders.parse_worker", str(path), str(parse_memory_bytes())],
            capture_output=True,
            timeout=parse_timeout_s(),
            cwd=Path(__file__).resolve().parent.parent,
        )
    except subprocess.TimeoutExpired as error:
        raise UnreadableWorkbook("reason_too_slow") from error
    if done.returncode == EXIT_TOO_LARGE:
        raise UnreadableWorkbook("reason_too_large")
    if done.returncode == EXIT_UNREADABLE and done.stdout.startswith(b"reason_"):
        raise UnreadableWorkbook(done.stdout.decode().strip())
    if done.returncode != 0:  # the parser crashed or aborted: the file is damaged
        raise UnreadableWorkbook("reason_broken")
    return pickle.loads(done.stdout)
