"""A quick look at a sheet's XML bytes: can it hold any cell that :mod:`loaders.xlsx_cells`
notes (a formula, an error value, a percentage style)? Most sheets cannot, and then the slow
element-by-element scan is skipped. The look errs on the side of "maybe": anything that might
be such a cell sends the sheet to the full scan. The same pass tells whether the sheet is a
plain table from A1 down (no merged cells), which a faster reader may take as it is.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass

CHUNK = 4 * 2**20
OVERLAP = 512  # longer than any tag or attribute the patterns match
# A formula element with any namespace prefix (<f>, <f t="shared"/>, <x:f>); not <formula>.
_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.\-]*:)?f[\s/>]")
_ERROR = re.compile(rb"\st\s*=\s*[\"']e[\"']")
# Plain substrings that every match of the patterns above contains: searched first, much faster.
_FORMULA_HINTS = (b"<f", b":f")
_ERROR_HINTS = (b'"e"', b"'e'")
_STYLE = re.compile(rb"\ss\s*=\s*[\"']([^\"']*)[\"']")
_MERGE_HINT = b"mergeCell"  # <mergeCells>, <x:mergeCell ref=…>
_SHEET_DATA = re.compile(rb"<(?:[A-Za-z_][\w.\-]*:)?sheetData[\s/>]")
_CELL = re.compile(rb"<(?:[A-Za-z_][\w.\-]*:)?c(\s[^>]*)?/?>")
_REFERENCE_A1 = re.compile(rb"(?:.*\s)?r\s*=\s*[\"']A1[\"']", re.DOTALL)


def _ascii_compatible(head: bytes) -> bool:
    """False for UTF-16 or UTF-32 XML, where tags are not plain bytes."""
    return b"\0" not in head[:4] and not head.startswith((b"\xff\xfe", b"\xfe\xff"))


@dataclass(frozen=True)
class SheetLook:
    """What the quick look saw of one sheet's XML: ``noted`` unless it certainly holds no
    formula, error value or percent-styled cell; ``plain`` when its first cell is A1 and it
    merges no cells, so that its grid is a plain table from A1 down (a reader may then take
    its columns as they are, see :mod:`loaders.column_sheets`)."""

    noted: bool
    plain: bool


def look_at_sheet(archive: zipfile.ZipFile, member: str, percent_styles: set[int]) -> SheetLook:
    """One pass over the sheet XML ``member``: see :class:`SheetLook` (both err on the safe side)."""
    if 0 in percent_styles:  # a cell without a style attribute has style 0
        return SheetLook(noted=True, plain=False)
    styles: set[bytes] = set()
    plain = True
    with archive.open(member) as handle:
        tail = b""
        first = True
        while block := handle.read(CHUNK):
            if first and not _ascii_compatible(block):
                return SheetLook(noted=True, plain=False)
            text = tail + block
            if first:
                plain = _starts_at_a1(text)
            first = False
            if _found(text, _FORMULA_HINTS, _FORMULA) or _found(text, _ERROR_HINTS, _ERROR):
                return SheetLook(noted=True, plain=False)
            plain = plain and _MERGE_HINT not in text
            if percent_styles:
                styles.update(_STYLE.findall(text))
            tail = text[-OVERLAP:]
    noted = any(_is_percent_style(value, percent_styles) for value in styles)
    return SheetLook(noted=noted, plain=plain and not noted)


def laid_out_plainly(archive: zipfile.ZipFile, member: str) -> bool:
    """The quick half of :func:`look_at_sheet`: whether the sheet XML ``member`` starts at A1
    and merges no cells (a third of the time: no formula, error or style is looked for)."""
    first = True
    with archive.open(member) as handle:
        tail = b""
        while block := handle.read(CHUNK):
            text = tail + block
            if first and not (_ascii_compatible(block) and _starts_at_a1(text)):
                return False
            first = False
            if _MERGE_HINT in text:
                return False
            tail = text[-OVERLAP:]
    return not first


def may_hold_noted_cells(archive: zipfile.ZipFile, member: str, percent_styles: set[int]) -> bool:
    """True unless the sheet XML ``member`` certainly holds no formula, no error value and no
    cell styled with one of ``percent_styles``."""
    return look_at_sheet(archive, member, percent_styles).noted


def _starts_at_a1(head: bytes) -> bool:
    """Whether the first cell element after the start of the sheet data is named A1."""
    start = _SHEET_DATA.search(head)
    cell = _CELL.search(head, start.end()) if start else None
    return cell is not None and _REFERENCE_A1.match(cell.group(1) or b"") is not None


def _found(text: bytes, hints: tuple[bytes, ...], pattern: re.Pattern) -> bool:
    return any(hint in text for hint in hints) and pattern.search(text) is not None


def _is_percent_style(value: bytes, percent_styles: set[int]) -> bool:
    try:
        return int(value) in percent_styles
    except ValueError:
        return True  # let the full scan judge (and refuse) an odd style index
