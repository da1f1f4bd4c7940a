"""Plain sheets read straight into typed columns (Apache Arrow), for large clean uploads.

A sheet that is a plain table from A1 down (its header in row 1, no merged cells, no formulas,
error values or percentage styles, each column of one type) is read by fastexcel into Arrow
columns in the parser process, sent over as Arrow's own format and kept as columns: the
loader judges each distinct value of a column once, without a Python object per cell. Every
other sheet, and every workbook with one such, is read cell by cell as before
(:mod:`loaders.parse_worker`).

:class:`ColumnGrid` still hands out rows like a grid of cells (``rows[r][c]``), with exactly
the values python-calamine gives for the same cells (numbers as ``float``, empty cells as
``""``), so the header search and the row-by-row reader see no difference.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from functools import cached_property
from pathlib import Path

import numpy as np
import pyarrow as pa

UNNAMED = "__UNNAMED__"  # fastexcel's name for a column whose header cell is empty


class ColumnGrid(Sequence):
    """The grid of a plain sheet: row 0 is the header, row r ≥ 1 the r-th record of ``batch``."""

    def __init__(self, batch: pa.RecordBatch):
        self.batch = batch
        self.header = list(batch.schema.names)

    def __len__(self) -> int:
        return self.batch.num_rows + 1

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1 or stop - start > len(self) // 2:
                return [self[row] for row in range(start, stop, step)]
            return self._rows(start, stop)
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        if index == 0:
            return list(self.header)
        return [column[index - 1] for column in self._python_columns]

    def __iter__(self) -> Iterator[list[object]]:
        yield list(self.header)
        yield from map(list, zip(*self._python_columns))

    def _rows(self, start: int, stop: int) -> list[list[object]]:
        """Rows ``start`` to ``stop`` made from a slice of the columns (a few rows, cheaply)."""
        rows = [list(self.header)] if start == 0 < stop else []
        first = max(start - 1, 0)
        if stop - 1 > first:
            part = self.batch.slice(first, stop - 1 - first)
            rows += [list(row) for row in zip(*map(_python_values, part.columns))]
        return rows

    @cached_property
    def _python_columns(self) -> list[list[object]]:
        return [_python_values(column) for column in self.batch.columns]

    def column(self, index: int, first_row: int) -> list[object]:
        """The cells of column ``index`` from grid row ``first_row`` down."""
        if first_row == 0:
            return [self.header[index], *self._python_columns[index]]
        return self._python_columns[index][first_row - 1 :]

    def judged(self, index: int, first_row: int, judge: Callable[[object], object]) -> list | None:
        """``judge(cell)`` for the cells of column ``index`` from grid row ``first_row`` down,
        judging each distinct value once; None for a column of another kind than texts or
        numbers without empty cells (the caller judges its cells one by one)."""
        column = self.batch.column(index).slice(max(first_row - 1, 0))
        if first_row == 0 or column.null_count or not (_is_text(column.type) or pa.types.is_floating(column.type)):
            return None
        encoded = column.dictionary_encode()
        verdicts = np.empty(len(encoded.dictionary), dtype=object)
        verdicts[:] = [judge(value) for value in encoded.dictionary.to_pylist()]
        return verdicts[encoded.indices.to_numpy()].tolist()

    def holds_texts(self, index: int | None) -> bool:
        """Whether column ``index`` is a column of texts (None: no column)."""
        return index is not None and _is_text(self.batch.column(index).type)

    def numbers(self, index: int | None, first_row: int) -> list[float] | None:
        """The cells of column ``index`` from grid row ``first_row`` (≥ 1) down as floats, when
        it is a column of numbers without empty cells; else None."""
        if index is None or first_row == 0:
            return None
        column = self.batch.column(index).slice(first_row - 1)
        if column.null_count or not (pa.types.is_floating(column.type) or pa.types.is_integer(column.type)):
            return None
        numbers = column.cast(pa.float64()).to_numpy()
        return None if np.isnan(numbers).any() else numbers.tolist()

    def to_bytes(self) -> bytes:
        """The columns in Arrow's streaming format (see :meth:`from_bytes`)."""
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, self.batch.schema) as writer:
            writer.write_batch(self.batch)
        return sink.getvalue().to_pybytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> ColumnGrid:
        """The grid :meth:`to_bytes` wrote."""
        return cls(pa.ipc.open_stream(data).read_next_batch())


def _is_text(kind: pa.DataType) -> bool:
    return pa.types.is_string(kind) or pa.types.is_large_string(kind)


def _python_values(column: pa.Array) -> list[object]:
    """The cells as python-calamine gives them: numbers as ``float``, empty cells as ``""``."""
    if pa.types.is_integer(column.type) or pa.types.is_floating(column.type):
        values = column.cast(pa.float64()).to_pylist()
    else:
        values = column.to_pylist()
    return ["" if value is None else value for value in values] if column.null_count else values


def _plain_header(labels: list[str]) -> bool:
    """Whether fastexcel's column names are the header cells as python-calamine reads them:
    distinct texts, none empty and none that could have been a number (fastexcel names a
    column by the text of its header cell, so ``2020`` and ``"2020"`` look alike)."""
    return bool(labels) and len(set(labels)) == len(labels) and not any(map(_not_plain_label, labels))


def _not_plain_label(label: str) -> bool:
    if label.startswith(UNNAMED) or not label.strip():
        return True
    try:
        float(label)
    except ValueError:
        return False
    return True


KEPT_TYPES = (pa.types.is_string, pa.types.is_large_string, pa.types.is_floating, pa.types.is_integer)


def read_plain_sheets(path: Path) -> tuple[list[str], list[ColumnGrid]] | None:
    """The names of the sheets of the .xlsx/.xlsm at ``path`` and the sheets as column grids,
    or None when one of them is not a plain table fastexcel can type column by column (texts
    or numbers, one type per column, every header cell a distinct text): such a workbook is
    read cell by cell.

    The caller makes sure (:class:`loaders.xlsx_cells.SheetCells`.plain) that each sheet's
    first cell is A1, that none merges cells and none holds formulas, error values or
    percentage styles."""
    import fastexcel  # here: only the parser process of a plain workbook needs it

    logging.getLogger("fastexcel").setLevel(logging.ERROR)  # an empty column is no news for the log
    reader = fastexcel.read_excel(path)
    names = list(reader.sheet_names)
    grids = []
    for name in names:
        try:
            batch = reader.load_sheet(name, header_row=0, schema_sample_rows=None, dtype_coercion="strict", eager=True)
        except (fastexcel.FastExcelError, ValueError):
            return None
        if not _plain_header(batch.schema.names):
            return None
        if not all(any(kept(field.type) for kept in KEPT_TYPES) for field in batch.schema):
            return None
        grids.append(ColumnGrid(batch))
    return names, grids
