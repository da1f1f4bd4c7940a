"""Numbers written the Indonesian way (``1.234,5``) or the English way (``1,234.5``)."""

from __future__ import annotations

import math
from decimal import Decimal

# Plotly's ``layout.separators``: decimal mark first, then the thousands separator.
PLOTLY_SEPARATORS = {"id": ",.", "en": ".,"}


def number(value: float | int | None, decimals: int = 1, lang: str = "id") -> str:
    """Format ``value`` with ``decimals`` decimals; ``–`` for a missing value."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    text = f"{value:,.{decimals}f}"  # English style: 1,234.5
    if lang == "en":
        return text
    return text.replace(",", "\u0000").replace(".", ",").replace("\u0000", ".")


def decimals_for(unit: str, value: float | None = None) -> int:
    """How many decimals a value of ``unit`` is shown with (two for small rates)."""
    if unit in ("jumlah", "biner"):
        return 0
    return 2 if value is not None and abs(value) < 1 else 1


def measure_value(value: float | None, unit: str, lang: str = "id") -> str:
    """A value with its unit: ``96,8%``, ``1.234``, ``4,5 per 1.000 KH``, ``Ada``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if unit == "biner":
        yes, no = ("Yes", "No") if lang == "en" else ("Ada", "Belum")
        return yes if value >= 0.5 else no
    text = number(value, decimals_for(unit, value), lang)
    if unit == "persen":
        return f"{text}%"
    if unit == "per_1000_kh":
        return f"{text} {'per 1,000 live births' if lang == 'en' else 'per 1.000 KH'}"
    return text


MONTHS = {
    "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def year_span(years: list[int]) -> str:
    """``2018–2025``, ``2025`` for a single year, ``–`` for none."""
    years = [int(year) for year in years]
    if not years:
        return "–"
    return str(min(years)) if min(years) == max(years) else f"{min(years)}–{max(years)}"


def date(moment: object, lang: str = "id") -> str:
    """``29 Nov 2026``; ``–`` when missing."""
    if moment is None or moment != moment:
        return "–"
    return f"{moment.day} {MONTHS[lang][moment.month - 1]} {moment.year}"


def date_time(moment: object, lang: str = "id") -> str:
    """``29 Nov 2026, 23.28`` (Indonesian) or ``29 Nov 2026, 23:28``; ``–`` when missing."""
    if moment is None or moment != moment:  # None or NaT
        return "–"
    separator = "." if lang == "id" else ":"
    return f"{date(moment, lang)}, {moment.hour:02d}{separator}{moment.minute:02d}"


def signed_difference(difference: float, unit: str, lang: str = "id") -> str:
    """A difference with its sign and unit: ``+2,3 poin``, ``-15``, ``+0,4 per 1.000 KH``.

    The sign is ASCII so that Streamlit's ``st.metric`` reads the direction of a delta.
    """
    sign = "+" if difference > 0 else ("-" if difference < 0 else "±")
    text = number(abs(difference), decimals_for(unit, difference), lang)
    if unit == "persen":
        return f"{sign}{text} {'points' if lang == 'en' else 'poin'}"
    if unit == "per_1000_kh":
        return f"{sign}{text} {'per 1,000' if lang == 'en' else 'per 1.000 KH'}"
    return f"{sign}{text}"


# Rupiah in words people say: miliar (M) and juta (jt) in Indonesian, bn and m in English.
_RUPIAH_STEPS = {"id": ((1e12, "T"), (1e9, "M"), (1e6, "jt")), "en": ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))}


def rupiah(amount: float | Decimal | None, lang: str = "id") -> str:
    """An exact amount: ``Rp 1.250.000.000`` (with sen only when there are any)."""
    if amount is None or (isinstance(amount, float) and math.isnan(amount)):
        return "–"
    value = Decimal(str(amount))
    decimals = 0 if value == value.to_integral_value() else 2
    return f"Rp {number(value, decimals, lang)}"


def rupiah_short(amount: float | Decimal | None, lang: str = "id") -> str:
    """A rounded amount for charts and headlines: ``Rp 1,25 M``, ``Rp 350 jt`` (``Rp 1.25 bn``)."""
    if amount is None or (isinstance(amount, float) and math.isnan(amount)):
        return "–"
    value = float(amount)
    for size, word in _RUPIAH_STEPS["en" if lang == "en" else "id"]:
        if abs(value) >= size:
            scaled = value / size
            return f"Rp {number(scaled, 2 if abs(scaled) < 10 else (1 if abs(scaled) < 100 else 0), lang)} {word}"
    return rupiah(round(value), lang)
