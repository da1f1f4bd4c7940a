"""What one cell says, as a pure function of its value: shared by the row-by-row reader, which
also reports the problems, and the column-wise reader of clean rows, which only accepts."""

from __future__ import annotations

from loaders.numbers import NotANumber, clean_text, is_missing, parse_number

SEXES = {"l": "L", "laki-laki": "L", "lakilaki": "L", "p": "P", "perempuan": "P", "l+p": "L+P", "total": "L+P"}
FIRST_YEAR = 2000


def year_value(raw: object, max_year: int) -> int | None:
    """The year a ``tahun`` cell holds (``2024``, ``2024.0``, ``"2024"``), or None when it is
    not a whole number from 2000 to ``max_year``."""
    try:
        number = parse_number(raw)
    except NotANumber:
        return None
    if number is not None and float(number).is_integer() and FIRST_YEAR <= number <= max_year:
        return int(number)
    return None


def sex_value(raw: object) -> str | None:
    """``L``, ``P`` or ``L+P`` (also for an empty cell), or None for anything else."""
    if is_missing(raw):
        return "L+P"
    return SEXES.get(clean_text(raw).lower().replace(" ", ""))


def text_or_none(raw: object) -> str | None:
    """The cell's cleaned text, None when that is empty."""
    return clean_text(raw) or None
