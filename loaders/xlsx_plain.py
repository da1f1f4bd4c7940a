"""A quick look at a sheet's XML bytes: can it hold any cell that :mod:`loaders.xlsx_cells`
notes (a formula, an error value, a percentage style)? Most sheets cannot, and then the slow
element-by-element scan is skipped. The look errs on the side of "maybe": anything that might
be such a cell sends the sheet to the full scan.
"""

from __future__ import annotations

import re
import zipfile

CHUNK = 4 * 2**20
OVERLAP = 512  # longer than any tag or attribute the patterns match
# A formula element with any namespace prefix (<f>, <f t="shared"/>, <x:f>); not <formula>.
_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.\-]*:)?f[\s/>]")
_ERROR = re.compile(rb"\st\s*=\s*[\"']e[\"']")
# Plain substrings that every match of the patterns above contains: searched first, much faster.
_FORMULA_HINTS = (b"<f", b":f")
_ERROR_HINTS = (b'"e"', b"'e'")
_STYLE = re.compile(rb"\ss\s*=\s*[\"']([^\"']*)[\"']")


def _ascii_compatible(head: bytes) -> bool:
    """False for UTF-16 or UTF-32 XML, where tags are not plain bytes."""
    return b"\0" not in head[:4] and not head.startswith((b"\xff\xfe", b"\xfe\xff"))


def may_hold_noted_cells(archive: zipfile.ZipFile, member: str, percent_styles: set[int]) -> bool:
    """True unless the sheet XML ``member`` certainly holds no formula, no error value and no
    cell styled with one of ``percent_styles``."""
    if 0 in percent_styles:  # a cell without a style attribute has style 0
        return True
    styles: set[bytes] = set()
    with archive.open(member) as handle:
        tail = b""
        first = True
        while block := handle.read(CHUNK):
            if first and not _ascii_compatible(block):
                return True
            first = False
            text = tail + block
            if _found(text, _FORMULA_HINTS, _FORMULA) or _found(text, _ERROR_HINTS, _ERROR):
                return True
            if percent_styles:
                styles.update(_STYLE.findall(text))
            tail = text[-OVERLAP:]
    return any(_is_percent_style(value, percent_styles) for value in styles)


def _found(text: bytes, hints: tuple[bytes, ...], pattern: re.Pattern) -> bool:
    return any(hint in text for hint in hints) and pattern.search(text) is not None


def _is_percent_style(value: bytes, percent_styles: set[int]) -> bool:
    try:
        return int(value) in percent_styles
    except ValueError:
        return True  # let the full scan judge (and refuse) an odd style index
