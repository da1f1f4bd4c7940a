"""What calamine does not tell about an .xlsx/.xlsm cell: a formula without a stored value,
and a percentage number format. Read straight from the sheet XML, streaming, so it stays fast.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import iterparse

from loaders.xlsx_plain import laid_out_plainly, look_at_sheet

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
BUILTIN_PERCENT_FORMATS = {9, 10}
_REFERENCE = re.compile(r"([A-Z]+)(\d+)")


@dataclass
class SheetCells:
    """0-based (row, column) positions of cells worth knowing about on one sheet."""

    formulas_without_value: set[tuple[int, int]] = field(default_factory=set)
    percent_formatted: set[tuple[int, int]] = field(default_factory=set)
    error_values: set[tuple[int, int]] = field(default_factory=set)  # #N/A, #REF!, #DIV/0! …
    plain: bool = False  # none of these, and a table from A1 down without merged cells (.xlsx)


_QUOTED_OR_ESCAPED = re.compile(r'"[^"]*"|\\.')


def shows_percent(format_code: str) -> bool:
    """Whether a number format multiplies by 100 and shows %: a ``%`` outside quotes and escapes."""
    return "%" in _QUOTED_OR_ESCAPED.sub("", format_code)


def _position(reference: str) -> tuple[int, int]:
    letters, digits = _REFERENCE.match(reference).groups()
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter) - 64
    return int(digits) - 1, column - 1


def _percent_styles(archive: zipfile.ZipFile) -> set[int]:
    """Indexes of cell styles whose number format shows a percentage."""
    if "xl/styles.xml" not in archive.namelist():
        return set()
    percent_formats = set(BUILTIN_PERCENT_FORMATS)
    styles: set[int] = set()
    in_cell_xfs, index = False, 0
    with archive.open("xl/styles.xml") as handle:
        for event, element in iterparse(handle, events=("start", "end")):
            if event == "start" and element.tag == f"{MAIN}numFmt":
                if shows_percent(element.get("formatCode", "")):
                    percent_formats.add(int(element.get("numFmtId")))
            elif element.tag == f"{MAIN}cellXfs":
                in_cell_xfs, index = event == "start", 0
            elif event == "start" and in_cell_xfs and element.tag == f"{MAIN}xf":
                if int(element.get("numFmtId", "0")) in percent_formats:
                    styles.add(index)
                index += 1
    return styles


def _sheet_paths(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → path of its XML inside the archive."""
    with archive.open("xl/_rels/workbook.xml.rels") as handle:
        targets = {
            element.get("Id"): element.get("Target")
            for _, element in iterparse(handle)
            if element.tag == f"{PACKAGE_REL}Relationship"
        }
    paths = {}
    with archive.open("xl/workbook.xml") as handle:
        for _, element in iterparse(handle):
            if element.tag == f"{MAIN}sheet":
                target = targets.get(element.get(f"{REL}id"), "")
                paths[element.get("name")] = (
                    target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
                )
    return paths


def read_cell_facts(path: Path) -> dict[str, SheetCells]:
    """Formula-without-value and percent-formatted cells per sheet of an .xlsx/.xlsm file.

    Raises ValueError for a package that cannot be read this way.
    """
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return {}
    try:
        with zipfile.ZipFile(path) as archive:
            percent_styles = _percent_styles(archive)
            facts = {}
            for name, member in _sheet_paths(archive).items():
                facts[name] = _scan_sheet(archive, member, percent_styles)
            return facts
    except (KeyError, zipfile.BadZipFile, ValueError, SyntaxError) as error:
        raise ValueError(f"xlsx: {error}") from error


def sheets_laid_out_plainly(path: Path) -> bool:
    """Whether every sheet of the .xlsx/.xlsm at ``path`` starts at A1 and merges no cells
    (see :func:`loaders.xlsx_plain.laid_out_plainly`); False for a package that cannot be read."""
    try:
        with zipfile.ZipFile(path) as archive:
            return all(laid_out_plainly(archive, member) for member in _sheet_paths(archive).values())
    except (KeyError, zipfile.BadZipFile, ValueError, SyntaxError, OSError):
        return False


def _scan_sheet(archive: zipfile.ZipFile, member: str, percent_styles: set[int]) -> SheetCells:
    """Walk the sheet's cells; rows and cells without an ``r`` reference follow the previous one."""
    look = look_at_sheet(archive, member, percent_styles)
    cells = SheetCells(plain=look.plain)
    if not look.noted:
        return cells
    row, column = -1, -1
    with archive.open(member) as handle:
        for event, element in iterparse(handle, events=("start", "end")):
            if event == "start" and element.tag == f"{MAIN}row":
                reference = element.get("r")
                row, column = (int(reference) - 1 if reference else row + 1), -1
            elif event == "end" and element.tag == f"{MAIN}c":
                reference = element.get("r")
                row, column = _position(reference) if reference else (row, column + 1)
                _note_cell(element, (row, column), percent_styles, cells)
                element.clear()
            elif event == "end" and element.tag == f"{MAIN}row":
                element.clear()
    return cells


def _note_cell(element, position: tuple[int, int], percent_styles: set[int], cells: SheetCells) -> None:
    kind = element.get("t")
    formula = element.find(f"{MAIN}f")
    value = element.find(f"{MAIN}v")
    if kind == "e":
        cells.error_values.add(position)
    elif formula is not None and (value is None or (not (value.text or "").strip() and kind != "str")):
        cells.formulas_without_value.add(position)  # an empty text result (t="str") is a stored value
    if int(element.get("s", "0")) in percent_styles:
        cells.percent_formatted.add(position)
