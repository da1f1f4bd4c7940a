"""Opening a workbook file and handing out its sheets as grids of cell values.

Parsing happens in a process of its own with a memory and a time limit, a fresh copy of the
parser template (:mod:`loaders.parse_server`): a damaged file that makes a parser allocate
without bound, crash or hang costs that process only, and the upload is refused with a plain
message.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import pickle
import signal
import socket
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from loaders.parser_template import start_parse
from loaders.report import cell_name as grid_cell_name
from loaders.xlsx_cells import SheetCells

ACCEPTED_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
# The first byte of a parser's answer (see loaders.parse_worker): sheets, a reason, too large.
ANSWER_SHEETS, ANSWER_REASON, ANSWER_TOO_LARGE = b"S", b"R", b"M"


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
    value, Excel error values or percentage formats. ``rows`` is a list of rows, or for a plain
    sheet read into typed columns a :class:`loaders.column_sheets.ColumnGrid` that hands out
    the same rows."""

    name: str
    rows: Sequence[list[object]]
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
    """A workbook being read by a fresh copy of the parser template within limits
    (:mod:`loaders.parse_server`), started at once so the caller can do other work meanwhile;
    :meth:`sheets` waits for it. Used as a context manager, the copy never outlives the
    ``with`` block."""

    def __init__(self, path: Path):
        self._deadline = time.monotonic() + parse_timeout_s()
        self._parse = start_parse(path, parse_memory_bytes(), parse_timeout_s())

    def sheets(self) -> list[Sheet]:
        """Every sheet of the workbook; raises :class:`UnreadableWorkbook`."""
        try:
            answer = _read_to_end(self._parse.answer, self._deadline)
        except TimeoutError as error:
            self.stop()
            raise UnreadableWorkbook("reason_too_slow") from error
        self.stop()
        return read_answer(answer)

    def stop(self) -> None:
        """End the copy if it still runs."""
        if self._parse.answer.fileno() == -1:
            return
        with contextlib.suppress(ProcessLookupError):
            signal.pidfd_send_signal(self._parse.handle, signal.SIGKILL)
        os.close(self._parse.handle)
        self._parse.answer.close()

    def __enter__(self) -> SheetsReading:
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()


def _read_to_end(answer: socket.socket, deadline: float) -> bytes:
    """Everything written to ``answer`` until it is closed; TimeoutError after ``deadline``."""
    chunks = []
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        answer.settimeout(remaining)
        chunk = answer.recv(4 * 2**20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def read_answer(answer: bytes) -> list[Sheet]:
    """The sheets in a parser's answer (see :mod:`loaders.parse_worker`); raises
    :class:`UnreadableWorkbook` for a file it could not read, and for no answer or half of
    one: the parser crashed or aborted, so the file is damaged."""
    kind, rest = answer[:1], answer[1:]
    if kind == ANSWER_TOO_LARGE:
        raise UnreadableWorkbook("reason_too_large")
    if kind == ANSWER_REASON and rest.startswith(b"reason_"):
        raise UnreadableWorkbook(rest.decode())
    if kind == ANSWER_SHEETS:
        try:
            return unpack_sheets(rest)
        except (pickle.UnpicklingError, EOFError, ValueError) as error:
            raise UnreadableWorkbook("reason_broken") from error
    raise UnreadableWorkbook("reason_broken")


def unpack_sheets(reply: bytes) -> list[Sheet]:
    """The sheets that :func:`loaders.parse_worker.pack_sheets` packed into ``reply``."""
    return [Sheet(name, _unpacked_grid(*grid), cells, hidden) for name, grid, cells, hidden in pickle.loads(reply)]


def _unpacked_grid(how: str, packed: object) -> list[list[object]]:
    if how == "arrow":
        from loaders.column_sheets import ColumnGrid

        return ColumnGrid.from_bytes(packed)
    return marshal.loads(packed) if how == "marshal" else packed


def read_sheets(path: Path) -> list[Sheet]:
    """Every sheet of the workbook at ``path``, read in a child process within limits."""
    with SheetsReading(path) as reading:
        return reading.sheets()
