"""The child process that parses one workbook: ``python -m loaders.parse_worker FILE MEMORY_BYTES``.

Writes the sheets to standard output and exits 0 (see :func:`pack_sheets`); exits 3 with a reason
key for a file it cannot read and 4 when the file needs more memory than allowed. Anything
worse (a parser aborting) shows as another exit code.
"""

from __future__ import annotations

import marshal
import os
import pickle
import resource
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

from python_calamine import CalamineError, CalamineWorkbook, PasswordError, ZipError

from loaders.other_cells import read_ods_facts, read_xls_facts
from loaders.workbook import EXIT_TOO_LARGE, EXIT_UNREADABLE, Sheet
from loaders.xlsx_cells import SheetCells, read_cell_facts

T = TypeVar("T")
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


def read_in_this_process(path: Path, on_broken: Callable[[], None] | None = None) -> list[Sheet]:
    """Read every sheet (raises UnreadableWorkbook-style reasons as ValueError(reason)).

    The cell facts are scanned in a second thread while calamine parses the sheets; when
    that scan finds the file broken, ``on_broken`` is called at once (calamine can spin for
    ever on some truncated files, and the answer would be "broken" anyway)."""
    facts_of = _in_background(FACT_READERS.get(path.suffix.lower(), lambda _: {}), path, on_broken)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        visible = {meta.name: str(meta.visible).endswith("Visible") for meta in workbook.sheets_metadata}
        grids = []
        for name in workbook.sheet_names:
            sheet = workbook.get_sheet_by_name(name)
            grid = sheet.to_python(skip_empty_area=False)
            _fill_merged(grid, sheet.merged_cell_ranges)
            grids.append((name, grid))
        workbook.close()
    except PasswordError as error:
        raise ValueError("reason_password") from error
    except ZipError as error:
        raise ValueError("reason_broken") from error
    except (CalamineError, OSError) as error:
        raise ValueError("reason_unknown_format") from error
    try:
        facts = facts_of()
    except ValueError as error:
        raise ValueError("reason_broken") from error
    return [Sheet(name, grid, facts.get(name, SheetCells()), not visible.get(name, True)) for name, grid in grids]


def pack_sheets(sheets: list[Sheet]) -> bytes:
    """The sheets as bytes for :func:`loaders.workbook.unpack_sheets`, pickled, each grid
    first written with :mod:`marshal` when it can be (texts and numbers only; not dates). For a
    grid of 100,000 rows marshal takes 45 ms to write and read back, pickle 90 ms, counting the
    pass that made equal texts one object so that pickle's reply stayed small."""
    packed = [(sheet.name, _marshalled(sheet.rows), sheet.cells, sheet.hidden) for sheet in sheets]
    return pickle.dumps(packed, protocol=pickle.HIGHEST_PROTOCOL)


def _marshalled(grid: list[list[object]]) -> bytes | list[list[object]]:
    try:
        return marshal.dumps(grid)
    except ValueError:  # a date, time or duration cell: left to pickle
        return grid


def _reply_channel() -> BinaryIO:
    """Standard output, kept for the reply alone: whatever else writes to it from now on
    (xlrd's warnings, a native library) goes to standard error instead."""
    sys.stdout.flush()
    reply = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    return reply


def main() -> int:
    """Parse ``argv[1]`` within ``argv[2]`` bytes of memory; see the module docstring."""
    path, limit = Path(sys.argv[1]), int(sys.argv[2])
    reply = _reply_channel()
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    def broken_now() -> None:
        reply.write(b"reason_broken")
        reply.flush()
        os._exit(EXIT_UNREADABLE)  # from the scanning thread, while calamine may still be busy

    with reply:
        try:
            sheets = read_in_this_process(path, broken_now)
        except MemoryError:
            return EXIT_TOO_LARGE
        except ValueError as reason:
            reply.write(str(reason).encode())
            return EXIT_UNREADABLE
        reply.write(pack_sheets(sheets))
    return 0


if __name__ == "__main__":
    sys.exit(main())
