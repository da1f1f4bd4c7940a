"""Tables as files to download (.xlsx and .csv) that can never run a formula.

A cell whose text begins with ``=``, ``+``, ``-`` or ``@`` is what a spreadsheet runs as a
formula (CSV/formula injection). In a CSV file such text gets a leading apostrophe; in an
``.xlsx`` file it is written as a text cell marked with Excel's own "quote prefix", so it
shows exactly as it was and stays text even when the cell is edited. Numbers stay numbers.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:  # imported by pandas only when a table is styled (0,07 s at start-up)
    from pandas.io.formats.style import Styler

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_SHEET_TITLE = 31
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_MIME = "text/csv"


def looks_like_formula(value: object) -> bool:
    """Whether a spreadsheet would treat ``value`` (text) as a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def neutral_text(value: object) -> object:
    """``value`` with a leading apostrophe when a spreadsheet would run it as a formula."""
    return "'" + value if looks_like_formula(value) else value


def plain_frame(table: pd.DataFrame | Styler) -> pd.DataFrame:
    """The data behind a table as shown (a Styler's frame, without its index)."""
    frame = table if isinstance(table, pd.DataFrame) else table.data
    return frame.reset_index(drop=True)


def csv_bytes(table: pd.DataFrame | Styler) -> bytes:
    """The table as UTF-8 CSV (with a byte-order mark so Excel reads the accents), formula-safe."""
    frame = plain_frame(table)
    frame = frame.map(neutral_text)
    frame.columns = [neutral_text(str(column)) for column in frame.columns]
    return frame.to_csv(index=False).encode("utf-8-sig")


def _cell_value(value: object) -> object:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def sheet_title(name: str) -> str:
    """A worksheet title Excel accepts: at most 31 characters, none of ``[]:*?/\\``."""
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", name).strip() or "Data"
    return cleaned[:MAX_SHEET_TITLE]


def xlsx_bytes(table: pd.DataFrame | Styler, sheet: str = "Data", note: str = "") -> bytes:
    """The table as an ``.xlsx`` workbook: a bold header row, then the values; text that
    looks like a formula is stored as text with a quote prefix. ``note`` (source and year,
    the sample-data remark) goes two rows under the table."""
    from openpyxl import Workbook  # imported when a file is asked for: it costs 0,2 s at start-up
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    frame = plain_frame(table)
    book = Workbook()
    worksheet = book.active
    worksheet.title = sheet_title(sheet)
    for column, name in enumerate(frame.columns, start=1):
        _write(worksheet, 1, column, str(name)).font = Font(bold=True)
    for row, values in enumerate(frame.itertuples(index=False), start=2):
        for column, value in enumerate(values, start=1):
            _write(worksheet, row, column, _cell_value(value))
    if note:
        _write(worksheet, len(frame) + 3, 1, note)
    for column, name in enumerate(frame.columns, start=1):
        longest = max([len(str(name))] + [len(str(v)) for v in frame.iloc[:, column - 1]])
        worksheet.column_dimensions[get_column_letter(column)].width = min(max(10, longest + 2), 60)
    worksheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _write(worksheet, row: int, column: int, value: object):
    cell = worksheet.cell(row=row, column=column)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # never "f": openpyxl would otherwise store "=…" as a formula
        if looks_like_formula(value):
            cell.quotePrefix = True
    return cell


def file_stem(text: str) -> str:
    """A safe, readable file name stem: ``Klaster III · Skor`` → ``klaster-iii-skor``."""
    stem = re.sub(r"[^0-9a-z]+", "-", text.lower()).strip("-")
    return stem[:60] or "tabel"
