"""Reading a sheet's layout: the labels of its header row, whether they are a known layout's
(exactly, or changed: a column renamed, moved, gone or added), cell addresses, and the year a
title cell names. Pure functions over a grid of cell values (``rows[r][c]``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kla.expression import label_key
from kla.text import KeyedError

HEADER_SCAN_ROWS = 30
_YEAR_IN_TEXT = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_CELL = re.compile(r"^([A-Za-z]{1,3})(\d{1,6})$")


def header_labels(rows: list[list[object]], header_row: int) -> tuple[str, ...]:
    """The labels of the header at 0-based ``header_row``, from column A to its last filled cell.

    A label that repeats in the row (``L``, ``P`` under merged group titles) is prefixed with
    the text above it: ``Jumlah Anak L``."""
    row = rows[header_row] if header_row < len(rows) else []
    above = rows[header_row - 1] if header_row > 0 else []
    labels = [_label(cell) for cell in row]
    while labels and not labels[-1]:
        labels.pop()
    counts: dict[str, int] = {}
    for label in labels:
        counts[label_key(label)] = counts.get(label_key(label), 0) + 1
    named = []
    for index, label in enumerate(labels):
        group = _label(above[index]) if index < len(above) else ""
        repeated = label and counts[label_key(label)] > 1
        named.append(f"{group} {label}" if repeated and group and group != label else label)
    return tuple(named)


def _label(cell: object) -> str:
    if cell is None or isinstance(cell, bool):
        return ""
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    return " ".join(str(cell).replace("\u00a0", " ").split())


def signature(labels: tuple[str, ...]) -> tuple[str, ...]:
    """Header labels as they are compared (case and spacing ignored)."""
    return tuple(label_key(label) for label in labels)


@dataclass(frozen=True)
class LayoutMatch:
    """Where a profile's header is on a sheet (0-based row) and how it differs: no
    ``differences`` is an exact match."""

    row: int
    differences: tuple[tuple[str, dict], ...] = ()

    @property
    def exact(self) -> bool:
        """True when the header reads exactly as the profile's."""
        return not self.differences


def match(columns: tuple[str, ...], rows: list[list[object]]) -> LayoutMatch | None:
    """A layout's header (its ``columns``) on a sheet: exact, or close enough to be this layout
    changed (at least half of its named columns in the header row), or None."""
    wanted = signature(columns)
    named = {name for name in wanted if name}
    best: tuple[int, int] | None = None
    for index in range(min(HEADER_SCAN_ROWS, len(rows))):
        found = signature(header_labels(rows, index))
        if found == wanted:
            return LayoutMatch(index)
        shared = len(named & set(found))
        if shared * 2 >= len(named) and shared >= 2 and (best is None or shared > best[1]):
            best = (index, shared)
    if best is None:
        return None
    return LayoutMatch(best[0], tuple(differences(columns, header_labels(rows, best[0]))))


def differences(expected: tuple[str, ...], found: tuple[str, ...]) -> list[tuple[str, dict]]:
    """What changed between a profile's header and a sheet's: per column, a text key of
    :mod:`kla.text` and its values (moved, renamed or gone; added)."""
    found_at = {label_key(label): index for index, label in enumerate(found) if label}
    expected_keys = {label_key(label) for label in expected if label}
    changes = []
    for index, label in enumerate(expected):
        if not label:
            continue
        here = found[index] if index < len(found) else ""
        if label_key(here) == label_key(label):
            continue
        if label_key(label) in found_at:
            moved_to = column_letter(found_at[label_key(label)])
            changes.append(("layout_moved", {"name": label, "old": column_letter(index), "new": moved_to}))
        elif here and label_key(here) not in expected_keys:
            changes.append(("layout_renamed", {"name": label, "column": column_letter(index), "new_name": here}))
        else:
            changes.append(("layout_gone", {"name": label, "column": column_letter(index)}))
    for index, label in enumerate(found):
        renamed = any(key == "layout_renamed" and values["new_name"] == label for key, values in changes)
        if label and label_key(label) not in expected_keys and not renamed:
            changes.append(("layout_added", {"name": label, "column": column_letter(index)}))
    return changes


def column_letter(index: int) -> str:
    """``A`` for 0, ``AA`` for 26."""
    letters = ""
    number = index + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def cell_position(reference: str) -> tuple[int, int]:
    """0-based (row, column) of a cell like ``A2``; raises :class:`KeyedError`."""
    found = _CELL.match(reference.strip())
    if not found:
        raise KeyedError("profile_bad_cell", cell=reference)
    column = 0
    for letter in found.group(1).upper():
        column = column * 26 + ord(letter) - 64
    return int(found.group(2)) - 1, column - 1


def year_in_text(cell: object) -> int | None:
    """The last year a title cell names: ``Keadaan s.d. Desember 2024`` → 2024."""
    if isinstance(cell, (int, float)) and not isinstance(cell, bool) and 1900 <= cell <= 2099:
        return int(cell) if float(cell).is_integer() else None
    years = _YEAR_IN_TEXT.findall(str(cell or ""))
    return int(years[-1]) if years else None
