"""Opening a workbook file and handing out its sheets as grids of cell values.

Parsing happens in a child process with a memory and a time limit: a damaged file that
makes a parser allocate without bound, crash or hang costs that child only, and the
upload is refused with a plain message.
"""

from __future__ import annotations

import marshal
import os
import pickle
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from loaders.report import cell_name as grid_cell_name
from loaders.xlsx_cells import SheetCells

ACCEPTED_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
EXIT_UNREADABLE, EXIT_TOO_LARGE = 3, 4


class UnreadableWorkbook(ValueError):
    """The file is not a workbook we can read; ``reason`` is a key of :mod:`kla.text`."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class SheetOrigin:
    """Where the cells of a sheet made from another one came from (a mapped export): full
    cell names and 1-based row numbers of the original sheet, by 0-based position here."""

    cells: dict[tuple[int, int], str] = field(default_factory=dict)
    rows: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Sheet:
    """One sheet: ``rows[r][c]`` is the cell at 0-based row r, column c (A1 is [0][0]); a merged
    range holds its value in every cell; ``cells`` knows which cells hold formulas without a
    value, Excel error values or percentage formats."""

    name: str
    rows: list[list[object]]
    cells: SheetCells = field(default_factory=SheetCells)
    hidden: bool = False
    origin: SheetOrigin | None = None

    def cell_name(self, row: int, column: int) -> str:
        """The name a reader knows the cell at 0-based (row, column) by, like ``Data!E14``."""
        if self.origin is not None:
            return self.origin.cells.get((row, column)) or self.origin.cells.get((row, -1), self.name)
        return grid_cell_name(self.name, row, column)

    def row_number(self, row: int) -> int:
        """The 1-based row number a reader knows the 0-based ``row`` by."""
        return self.origin.rows.get(row, row + 1) if self.origin is not None else row + 1


def parse_memory_bytes() -> int:
    """The parser's memory limit: ``$KLA_PARSE_MEMORY_MB`` megabytes, 3072 by default."""
    return int(float(os.environ.get("KLA_PARSE_MEMORY_MB", "3072")) * 2**20)


def parse_timeout_s() -> float:
    """The parser's time limit: ``$KLA_PARSE_TIMEOUT_S`` seconds, 120 by default."""
    return float(os.environ.get("KLA_PARSE_TIMEOUT_S", "120"))


class SheetsReading:
    """A workbook being read in a child process within limits, started at once so the caller
    can do other work meanwhile; :meth:`sheets` waits for it. Used as a context manager, the
    child never outlives the ``with`` block."""

    def __init__(self, path: Path):
        self._started = time.monotonic()
        self._process = subprocess.Popen(
            [sys.executable, "-m", "loaders.parse_worker", str(path), str(parse_memory_bytes())],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=Path(__file__).resolve().parent.parent,
        )

    def sheets(self) -> list[Sheet]:
        """Every sheet of the workbook; raises :class:`UnreadableWorkbook`."""
        try:
            stdout, _ = self._process.communicate(timeout=self._started + parse_timeout_s() - time.monotonic())
        except subprocess.TimeoutExpired as error:
            self.stop()
            raise UnreadableWorkbook("reason_too_slow") from error
        code = self._process.returncode
        if code == EXIT_TOO_LARGE:
            raise UnreadableWorkbook("reason_too_large")
        if code == EXIT_UNREADABLE and stdout.startswith(b"reason_"):
            raise UnreadableWorkbook(stdout.decode().strip())
        if code != 0:  # the parser crashed or aborted: the file is damaged
            raise UnreadableWorkbook("reason_broken")
        return unpack_sheets(stdout)

    def stop(self) -> None:
        """End the child if it still runs."""
        if self._process.poll() is None:
            self._process.kill()
            self._process.communicate()  # reaps it and closes the pipes
        for pipe in (self._process.stdout, self._process.stderr):
            pipe.close()

    def __enter__(self) -> SheetsReading:
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()


def unpack_sheets(reply: bytes) -> list[Sheet]:
    """The sheets that :func:`loaders.parse_worker.pack_sheets` packed into ``reply``."""
    return [
        Sheet(name, marshal.loads(rows) if isinstance(rows, bytes) else rows, cells, hidden)
        for name, rows, cells, hidden in pickle.loads(reply)
    ]


def read_sheets(path: Path) -> list[Sheet]:
    """Every sheet of the workbook at ``path``, read in a child process within limits."""
    with SheetsReading(path) as reading:
        return reading.sheets()
