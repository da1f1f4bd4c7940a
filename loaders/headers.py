"""Recognising the header row of an OPD sheet: canonical names and their synonyms."""

from __future__ import annotations

import re

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
_LOOKUP = {name: column for column, names in SYNONYMS.items() for name in names}
_TRAILING_BRACKET = re.compile(r"\s*[\(\[][^\)\]]*[\)\]]\s*$")
HEADER_SCAN_ROWS = 30


def normalise(name: str) -> str:
    """Lower case without spaces, underscores, dots, hyphens or brackets."""
    return re.sub(r"[\s_.\-\(\)\[\]]", "", name.lower())


def canonical_column(cell: object) -> str | None:
    """The canonical column a header cell names, or None (``Capaian (%)`` → ``nilai``)."""
    if not isinstance(cell, str) or not cell.strip():
        return None
    text = cell.replace("\u00a0", " ").strip()
    found = _LOOKUP.get(normalise(text))
    if found is None:
        found = _LOOKUP.get(normalise(_TRAILING_BRACKET.sub("", text)))
    return found


def map_header(row: list[object]) -> dict[str, int]:
    """Column index per canonical name for one candidate header row (first occurrence wins)."""
    mapping: dict[str, int] = {}
    for index, cell in enumerate(row):
        column = canonical_column(cell)
        if column and column not in mapping:
            mapping[column] = index
    return mapping


def is_header(mapping: dict[str, int]) -> bool:
    """A header names the code, the year and a value (or numerator and denominator)."""
    has_value = "nilai" in mapping or {"pembilang", "penyebut"} <= mapping.keys()
    return "kode_indikator" in mapping and "tahun" in mapping and has_value


def find_header(rows: list[list[object]]) -> tuple[int, dict[str, int]] | None:
    """The first row (0-based) within the first rows of a sheet that is a header, with its map."""
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        mapping = map_header(row)
        if is_header(mapping):
            return index, mapping
    return None
