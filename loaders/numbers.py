"""Reading numbers the way Indonesian spreadsheets write them."""

from __future__ import annotations

import re

MISSING_MARKERS = {"", "-", "–", "—", "n/a", "na", "tidak ada data", "td"}
_THOUSANDS_ONLY = re.compile(r"^\d{1,3}(\.\d{3})+$")
_PLAIN = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


class NotANumber(ValueError):
    """A cell that holds text which is neither a number nor a missing-value marker."""


def clean_text(raw: object) -> str:
    """A cell as text without non-breaking spaces, a leading apostrophe or outer spaces."""
    text = str(raw).replace("\u00a0", " ").replace("\u202f", " ").strip()
    return text[1:].strip() if text.startswith("'") else text


def is_missing(raw: object) -> bool:
    """True for an empty cell or a missing-value marker such as ``-`` or ``tidak ada data``."""
    if raw is None:
        return True
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return raw != raw  # NaN
    return clean_text(raw).lower() in MISSING_MARKERS


def parse_number(raw: object) -> float | None:
    """The number in a cell (``1.234,5`` → 1234.5, ``97,5%`` → 97.5), None when missing.

    Raises :class:`NotANumber` for text that is not a number.
    """
    if is_missing(raw):
        return None
    if isinstance(raw, bool):
        raise NotANumber(str(raw))
    if isinstance(raw, (int, float)):
        return float(raw)
    text = clean_text(raw).replace(" ", "")
    if text.endswith("%"):
        text = text[:-1]
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif "," in text:
        text = text.replace(",", ".") if text.count(",") == 1 else text.replace(",", "")
    elif _THOUSANDS_ONLY.match(text.lstrip("+-")):
        text = text.replace(".", "")
    if not _PLAIN.match(text):
        raise NotANumber(str(raw))
    return float(text)
