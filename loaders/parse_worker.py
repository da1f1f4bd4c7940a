"""The process that parses one workbook: a fresh copy of the parser template
(:mod:`loaders.parse_server`) runs :func:`parse_into` for one file and ends.

Its answer, written to the socket it was given, is one of (read by :func:`loaders.workbook.read_answer`):
``S`` and the packed sheets (:func:`pack_sheets`); ``R`` and the key of the reason a file cannot
be read; ``M`` when the file needs more memory than allowed. A parser that crashes or aborts
leaves no answer, or half of one.
"""

from __future__ import annotations

import marshal
import math
import os
import pickle
import resource
import signal
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

from python_calamine import CalamineError, CalamineWorkbook, PasswordError, ZipError

from loaders.in_a_copy import InACopy
from loaders.other_cells import read_ods_facts, read_xls_facts
from loaders.workbook import ANSWER_REASON, ANSWER_SHEETS, ANSWER_TOO_LARGE, Sheet
from loaders.xlsx_cells import SheetCells, read_cell_facts, sheets_laid_out_plainly

T = TypeVar("T")
PLAIN_SUFFIXES = (".xlsx", ".xlsm")  # what fastexcel may read into columns
# What calamine cannot tell (formulas without a value, error values, percent formats), per type.
FACT_READERS = {".xlsx": read_cell_facts, ".xlsm": read_cell_facts, ".ods": read_ods_facts, ".xls": read_xls_facts}


def _fill_merged(grid: list[list[object]], ranges) -> None:
    """Give every cell of a merged range the value of its top-left cell, as people read it."""
    for (top, left), (bottom, right) in ranges or ():
        if top >= len(grid) or left >= len(grid[top]):
            continue
        value = grid[top][left]
        for row in range(top, min(bottom, len(grid) - 1) + 1):
            for column in range(left, right + 1):
                if column < len(grid[row]) and (row, column) != (top, left):
                    grid[row][column] = value


def _in_background(
    function: Callable[[Path], T], path: Path, on_value_error: Callable[[], None] | None = None
) -> Callable[[], T]:
    """Start ``function(path)`` in a thread; the returned function waits for its result or
    raises its error. The thread does not keep the process alive. ``on_value_error`` is
    called at once from the thread when ``function`` finds the file broken."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = function(path)
        except BaseException as error:  # handed to the waiting caller, MemoryError included
            outcome["error"] = error
            if isinstance(error, ValueError) and on_value_error is not None:
                on_value_error()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()

    def result() -> T:
        thread.join()
        if "error" in outcome:
            raise outcome["error"]
        return outcome["value"]

    return result


def read_in_this_process(
    path: Path, on_broken: Callable[[], None] | None = None, memory_bytes: int | None = None
) -> list[Sheet]:
    """Read every sheet (raises UnreadableWorkbook-style reasons as ValueError(reason)).

    The cell facts are scanned in a second thread while calamine parses the sheets; when
    that scan finds the file broken, ``on_broken`` is called at once (calamine can spin for
    ever on some truncated files, and the answer would be "broken" anyway).

    An .xlsx is meanwhile read into typed columns by fastexcel in a copy of this process
    (:mod:`loaders.column_sheets`); if the scan finds every sheet a plain table, those columns
    are the sheets, and calamine is not needed. A copy, not a thread: fastexcel holds the
    interpreter lock while it parses, so beside it the scan would wait. For another workbook
    the copy's work is lost, and the scan is waited for before calamine starts.

    With ``memory_bytes``, this process and the copy may use that much address space; the
    limit is set once the thread and the copy are started (a thread that cannot be started
    for want of memory would leave its starter waiting for ever)."""
    columns = InACopy(partial(_plain_columns, memory_bytes=memory_bytes), path) if _may_be_plain(path) else None
    facts_of = _in_background(FACT_READERS.get(path.suffix.lower(), lambda _: {}), path, on_broken)
    if memory_bytes is not None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        names = workbook.sheet_names
        visible = {meta.name: str(meta.visible).endswith("Visible") for meta in workbook.sheets_metadata}
        grids = _plain_grids(path, names, columns, facts_of) or [_calamine_grid(workbook, name) for name in names]
        workbook.close()
    except PasswordError as error:
        raise ValueError("reason_password") from error
    except ZipError as error:
        raise ValueError("reason_broken") from error
    except (CalamineError, OSError) as error:
        raise ValueError("reason_unknown_format") from error
    finally:
        if columns is not None:
            columns.stop()
    try:
        facts = facts_of()
    except ValueError as error:
        raise ValueError("reason_broken") from error
    return [
        Sheet(name, grid, facts.get(name, SheetCells()), not visible.get(name, True))
        for name, grid in zip(names, grids)
    ]


def _calamine_grid(workbook: CalamineWorkbook, name: str) -> list[list[object]]:
    sheet = workbook.get_sheet_by_name(name)
    grid = sheet.to_python(skip_empty_area=False)
    _fill_merged(grid, sheet.merged_cell_ranges)
    return grid


def _plain_columns(path: Path, memory_bytes: int | None) -> tuple[list[str], list[bytes]] | None:
    """In the copy: the names of the sheets and the sheets as Arrow bytes, or None (see
    :func:`loaders.column_sheets.read_plain_sheets`)."""
    from loaders.column_sheets import read_plain_sheets  # pyarrow and fastexcel: in the template already

    if memory_bytes is not None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))

    read = read_plain_sheets(path)
    return None if read is None else (read[0], [grid.to_bytes() for grid in read[1]])


def _may_be_plain(path: Path) -> bool:
    return path.suffix.lower() in PLAIN_SUFFIXES


def _plain_grids(
    path: Path, names: list[str], columns: InACopy | None, facts_of: Callable[[], dict[str, SheetCells]]
) -> list | None:
    """The column grids the copy read, when every sheet is a plain table; else None, and the
    copy is ended at once (it would take a core from calamine). A quick look at the layout
    answers first for most workbooks that are not (titles over merged cells), so that
    calamine need not wait for the whole scan."""
    if columns is None:
        return None
    grids = _columns_if_plain(path, names, columns, facts_of)
    if grids is None:
        columns.stop()
    return grids


def _columns_if_plain(
    path: Path, names: list[str], columns: InACopy, facts_of: Callable[[], dict[str, SheetCells]]
) -> list | None:
    if not names or not sheets_laid_out_plainly(path):
        return None
    try:
        facts = facts_of()
    except ValueError:
        return None  # broken: said when the caller asks for the facts again
    if not all(facts.get(name, SheetCells()).plain for name in names):
        return None
    from loaders.column_sheets import ColumnGrid  # pyarrow: in the template already

    try:
        read = columns.result()
    except (RuntimeError, ValueError):  # fastexcel failed on this file: calamine may still read it
        return None
    if read is None or read[0] != names:
        return None
    return [ColumnGrid.from_bytes(grid) for grid in read[1]]


def pack_sheets(sheets: list[Sheet]) -> bytes:
    """The sheets as bytes for :func:`loaders.workbook.unpack_sheets`, pickled; each grid
    first written with :mod:`marshal` when it can be (texts and numbers only; not dates), a
    column grid in Arrow's format. For a grid of 100,000 rows marshal takes 45 ms to write
    and read back, pickle 90 ms, counting the pass that made equal texts one object so that
    pickle's reply stayed small; Arrow's format costs next to nothing."""
    packed = [(sheet.name, _packed_grid(sheet.rows), sheet.cells, sheet.hidden) for sheet in sheets]
    return pickle.dumps(packed, protocol=pickle.HIGHEST_PROTOCOL)


def _packed_grid(grid: list[list[object]]) -> tuple[str, object]:
    if not isinstance(grid, list):  # a ColumnGrid
        return "arrow", grid.to_bytes()
    try:
        return "marshal", marshal.dumps(grid)
    except ValueError:  # a date, time or duration cell: left to pickle
        return "pickle", grid


def parse_into(path: Path, memory_bytes: int, timeout_s: float, answer_fd: int) -> None:
    """Parse the workbook at ``path`` within ``memory_bytes`` of memory and write the answer
    to ``answer_fd`` (see the module docstring). Meant for a fresh process that ends after it:
    it limits the memory and the time of the whole process (after ``timeout_s`` and a second
    more the process is ended even if nobody is left to end it)."""
    signal.alarm(math.ceil(timeout_s) + 1)
    os.dup2(2, 1)  # whatever a library prints (xlrd's warnings) goes to standard error
    answer = os.fdopen(answer_fd, "wb")

    def broken_now() -> None:
        answer.write(ANSWER_REASON + b"reason_broken")
        answer.flush()
        os._exit(0)  # from the scanning thread, while calamine may still be busy

    with answer:
        try:
            sheets = read_in_this_process(path, broken_now, memory_bytes)
        except MemoryError:
            answer.write(ANSWER_TOO_LARGE)
            return
        except ValueError as reason:
            answer.write(ANSWER_REASON + str(reason).encode())
            return
        answer.write(ANSWER_SHEETS)
        answer.write(pack_sheets(sheets))
