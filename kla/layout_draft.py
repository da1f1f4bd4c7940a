"""Helping an analyst map an export on /unggah: good first guesses, and tables to look at.

Pure functions over a sheet's grid of cells (``rows[r][c]``), so the mapping form stays thin
and every guess is tested without a browser.
"""

from __future__ import annotations

import re

import pandas as pd

from kla import fmt
from kla.expression import label_key
from kla.sheet_layout import HEADER_SCAN_ROWS, column_letter, header_labels, year_in_text
from kla.text import t

PREVIEW_ROWS = 15
_PAIR = re.compile(r"^\s*(.+?)\s*=\s*(.*?)\s*$")


def guess_header_row(rows: list[list[object]]) -> int:
    """The 0-based row most likely to be the header: within the first rows, the one with the
    most different texts (a merged title repeats one text across its cells)."""
    best, most = 0, 0
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        texts = {label_key(cell) for cell in row if isinstance(cell, str) and cell.strip()}
        if len(texts) > most:
            best, most = index, len(texts)
    return best


def year_cells(rows: list[list[object]], header_row: int) -> list[tuple[str, str]]:
    """The cells above the header that name a year: (address like ``A3``, their text)."""
    found = []
    for index, row in enumerate(rows[:header_row]):
        seen = set()
        for column, cell in enumerate(row):
            text = " ".join(str(cell).split()) if cell is not None else ""
            if text and text not in seen and year_in_text(cell) is not None:
                seen.add(text)  # a merged title fills every cell of its range
                found.append((f"{column_letter(column)}{index + 1}", text))
    return found


def sheet_preview(rows: list[list[object]], count: int = PREVIEW_ROWS) -> pd.DataFrame:
    """The first rows of a sheet as the analyst knows it: columns A, B, …, rows 1, 2, …"""
    shown = rows[:count]
    width = max((len(row) for row in shown), default=0)
    cells = [[_shown(row[index]) if index < len(row) else "" for index in range(width)] for row in shown]
    frame = pd.DataFrame(cells, columns=[column_letter(index) for index in range(width)])
    frame.index = range(1, len(shown) + 1)
    return frame


def _shown(cell: object) -> str:
    """A cell as an Indonesian spreadsheet shows it: ``89,66``, ``120``."""
    if cell is None:
        return ""
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() else repr(cell).replace(".", ",")
    return str(cell)


def column_choices(rows: list[list[object]], header_row: int) -> list[str]:
    """The header labels that name a column, in order (blank ones left out)."""
    return [label for label in header_labels(rows, header_row) if label]


def distinct_units(rows: list[list[object]], header_row: int, column: str) -> list[str]:
    """The different texts below the header in the column labelled ``column`` (posyandu, schools)."""
    labels = header_labels(rows, header_row)
    if column not in labels:
        return []
    index = labels.index(column)
    units: dict[str, None] = {}
    for row in rows[header_row + 1 :]:
        if index < len(row) and isinstance(row[index], str) and row[index].strip():
            units.setdefault(" ".join(row[index].split()), None)
    return list(units)


def guess_lookup(units: list[str], region_names: dict[str, str]) -> dict[str, str]:
    """For each finer unit, the region whose name it contains (longest name first), or ""."""
    by_length = sorted(region_names.items(), key=lambda item: -len(item[1]))
    guessed = {}
    for unit in units:
        key = label_key(unit).replace("-", " ")
        guessed[unit] = next((name for _, name in by_length if label_key(name).replace("-", " ") in key), "")
    return guessed


def lookup_text(lookup: dict[str, str]) -> str:
    """A lookup as lines ``unit = region`` for the analyst to read and correct."""
    return "\n".join(f"{unit} = {region}" for unit, region in lookup.items())


def parse_pairs(text: str, separator: str = "\n") -> dict[str, str]:
    """``a = b`` pairs, one per line (or per ``separator``); lines without ``=`` are left out."""
    pairs = {}
    for line in text.split(separator):
        found = _PAIR.match(line)
        if found and found.group(1):
            pairs[found.group(1)] = found.group(2)
    return pairs


def parse_text_numbers(text: str) -> dict[str, float]:
    """``Ya=1; Tidak=0`` → {"Ya": 1.0, "Tidak": 0.0}; raises ValueError naming a bad number."""
    numbers = {}
    for name, value in parse_pairs(text, ";").items():
        numbers[name] = float(value.replace(",", "."))
    return numbers


def values_table(values: list[dict], lang: str, region_names: dict[str, str]) -> pd.DataFrame:
    """The values an export gives, as the preview shows them before anything is saved."""
    return pd.DataFrame(
        {
            t("col_code", lang): [value["indicator_code"] for value in values],
            t("col_year", lang): [str(value["year"]) for value in values],
            t("col_region", lang): [region_names.get(value["region_code"], value["region_code"]) for value in values],
            t("col_sex", lang): [value["sex"] for value in values],
            t("col_value", lang): [fmt.number(value["value"], 2, lang) for value in values],
            t("col_numerator", lang): [_maybe(value["numerator"], lang) for value in values],
            t("col_denominator", lang): [_maybe(value["denominator"], lang) for value in values],
        }
    )


def _maybe(number: float | None, lang: str) -> str:
    return "–" if number is None else fmt.number(number, 0 if float(number).is_integer() else 2, lang)
