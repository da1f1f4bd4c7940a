"""Reading numbers the way Indonesian spreadsheets write them."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

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
    return float(_plain(text, raw))


def _plain(text: str, raw: object) -> str:
    """``text`` with Indonesian (or English) separators rewritten as a plain decimal number."""
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
    return text


# Words for thousands, millions, billions and trillions: "M" is miliar (10^9), as in Indonesian.
_RUPIAH_SCALES = {
    "rb": 3,
    "ribu": 3,
    "k": 3,
    "jt": 6,
    "juta": 6,
    "m": 9,
    "miliar": 9,
    "milyar": 9,
    "t": 12,
    "triliun": 12,
}
_RUPIAH = re.compile(r"^(?:rp\.?|idr)?(?P<number>[-+]?[\d.,]+)(?P<scale>[a-z]*)\.?$")
_CURRENCY = re.compile(r"^(?:rp\.?|idr)")
SEN = Decimal("0.01")


def parse_rupiah(raw: object) -> Decimal | None:
    """An amount of money exactly, to the sen: ``Rp 1.250.000.000``, ``1,25 M``, ``1.250 juta``,
    ``Rp1.250.000.000,00`` and a plain number cell all give 1250000000.00; None when missing.

    Negative amounts (``-5.000``, ``(5.000)``) come back negative for the caller to refuse.
    Raises :class:`NotANumber` for anything else.
    """
    if is_missing(raw):
        return None
    if isinstance(raw, bool):
        raise NotANumber(str(raw))
    if isinstance(raw, (int, float)):
        return Decimal(str(raw)).quantize(SEN, ROUND_HALF_UP)
    text = clean_text(raw).lower().replace(" ", "")
    if _CURRENCY.sub("", text) in MISSING_MARKERS:  # "Rp -" is how accounting formats show nothing
        return None
    negative = text.startswith("(") and text.endswith(")")
    found = _RUPIAH.match(text.strip("()"))
    if found is None or found["scale"] not in ("", *_RUPIAH_SCALES):
        raise NotANumber(str(raw))
    amount = Decimal(_plain(found["number"], raw)).scaleb(_RUPIAH_SCALES.get(found["scale"], 0))
    return (-amount if negative else amount).quantize(SEN, ROUND_HALF_UP)
