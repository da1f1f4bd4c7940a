"""Recognising the header row of an OPD sheet: canonical names and their synonyms."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Canonical column → the names (normalised) that mean it.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "kode_indikator": ("kodeindikator", "kode", "indikatorkode"),
    "tahun": ("tahun", "thn"),
    "wilayah": ("wilayah", "kodewilayah"),
    "kecamatan": ("kecamatan",),
    "desa": ("desa", "kelurahan", "desa/kelurahan"),
    "jenis_kelamin": ("jeniskelamin", "jk", "sex"),
    "nilai": ("nilai", "capaian", "realisasi", "persentase", "angka"),
    "pembilang": ("pembilang", "numerator"),
    "penyebut": ("penyebut", "denominator"),
    "sumber": ("sumber", "sumberdata"),
    "keterangan": ("keterangan", "ket"),
    "no": ("no",),
}


def synonym_lookup(synonyms: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Normalised header name → canonical column, from canonical column → its names."""
    return {name: column for column, names in synonyms.items() for name in names}


_LOOKUP = synonym_lookup(SYNONYMS)
_TRAILING_BRACKET = re.compile(r"\s*[\(\[][^\)\]]*[\)\]]\s*$")
HEADER_SCAN_ROWS = 30
# The columns the template and the sample workbooks write, in order.
CANONICAL_COLUMNS = (
    "kode_indikator",
    "tahun",
    "wilayah",
    "jenis_kelamin",
    "nilai",
    "pembilang",
    "penyebut",
    "sumber",
    "keterangan",
)


def normalise(name: str) -> str:
    """Lower case without spaces, underscores, dots, hyphens or brackets."""
    return re.sub(r"[\s_.\-\(\)\[\]]", "", name.lower())


def canonical_column(cell: object, lookup: dict[str, str] = _LOOKUP) -> str | None:
    """The canonical column a header cell names, or None (``Capaian (%)`` → ``nilai``)."""
    if not isinstance(cell, str) or not cell.strip():
        return None
    text = cell.replace("\u00a0", " ").strip()
    found = lookup.get(normalise(text))
    if found is None:
        found = lookup.get(normalise(_TRAILING_BRACKET.sub("", text)))
    return found


def map_header(row: list[object], lookup: dict[str, str] = _LOOKUP) -> dict[str, int]:
    """Column index per canonical name for one candidate header row (first occurrence wins)."""
    mapping: dict[str, int] = {}
    for index, cell in enumerate(row):
        column = canonical_column(cell, lookup)
        if column and column not in mapping:
            mapping[column] = index
    return mapping


_YEAR_HEADER = re.compile(r"^(?:(?:tahun|thn|th)\.?\s*)?((?:19|20)\d\d)(?:\.0)?$", re.IGNORECASE)


def year_of_column(cell: object) -> int | None:
    """The year a wide-layout column header names: ``2021``, ``Tahun 2023``, ``Th. 2024``."""
    if isinstance(cell, bool):
        return None
    if isinstance(cell, (int, float)) and float(cell).is_integer():
        cell = str(int(cell))
    if not isinstance(cell, str):
        return None
    found = _YEAR_HEADER.match(cell.replace("\u00a0", " ").strip())
    return int(found.group(1)) if found else None


@dataclass(frozen=True)
class Header:
    """Where a sheet's header is and what it says.

    ``columns`` maps canonical names to column indexes; ``year_columns`` maps years to the
    columns of a wide layout; ``sheet_code`` is the measure code taken from the sheet's name
    when the sheet has no code column.
    """

    row: int
    columns: dict[str, int]
    year_columns: dict[int, int] = field(default_factory=dict)
    sheet_code: str | None = None

    @property
    def wide(self) -> bool:
        """True for one column per year instead of ``tahun`` and ``nilai``."""
        return bool(self.year_columns) and "tahun" not in self.columns


def _header_at(index: int, row: list[object], sheet_code: str | None) -> Header | None:
    columns = map_header(row)
    has_code = "kode_indikator" in columns or sheet_code is not None
    code = None if "kode_indikator" in columns else sheet_code
    if not has_code:
        return None
    has_value = "nilai" in columns or {"pembilang", "penyebut"} <= columns.keys()
    if "tahun" in columns and has_value:
        return Header(index, columns, sheet_code=code)
    years = {}
    for position, cell in enumerate(row):
        year = year_of_column(cell)
        if year is not None and year not in years:
            years[year] = position
    has_anchor = bool(columns.keys() & {"kode_indikator", "wilayah", "kecamatan", "desa"})
    if "tahun" not in columns and years and (len(years) >= 2 or has_anchor):
        return Header(index, columns, years, code)
    return None


def find_header(rows: list[list[object]], sheet_code: str | None = None) -> Header | None:
    """The first row within the first rows of a sheet that is a header (long or wide layout).

    ``sheet_code`` is the measure code the sheet's name gives, if any.
    """
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        header = _header_at(index, row, sheet_code)
        if header is not None:
            return header
    return None
