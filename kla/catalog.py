"""The measure catalog: KLA components (Kelembagaan, clusters I-V), measures and OPD.

The catalog is read from CSV files in ``data/`` so that a city can extend it without
touching code. Measure codes (``I-4A``, ``III-13A``) are the contract used by uploads.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from kla import config


@dataclass(frozen=True)
class Component:
    """Kelembagaan or one of the five clusters."""

    code: str  # KL, I, II, III, IV, V
    order: int
    name_id: str
    name_en: str

    def name(self, lang: str) -> str:
        """The component's name in ``lang`` (``id`` or ``en``)."""
        return self.name_en if lang == "en" else self.name_id

    def short_name(self, lang: str) -> str:
        """``Kelembagaan`` or ``Klaster III`` (``Cluster III`` in English)."""
        return self.name(lang).split(":")[0]


COMPONENTS: tuple[Component, ...] = (
    Component("KL", 0, "Kelembagaan", "Institutions"),
    Component("I", 1, "Klaster I: Hak Sipil dan Kebebasan", "Cluster I: Civil rights and freedoms"),
    Component(
        "II",
        2,
        "Klaster II: Lingkungan Keluarga dan Pengasuhan Alternatif",
        "Cluster II: Family environment and alternative care",
    ),
    Component(
        "III",
        3,
        "Klaster III: Kesehatan Dasar dan Kesejahteraan",
        "Cluster III: Basic health and welfare",
    ),
    Component(
        "IV",
        4,
        "Klaster IV: Pendidikan, Waktu Luang dan Budaya",
        "Cluster IV: Education, leisure and culture",
    ),
    Component("V", 5, "Klaster V: Perlindungan Khusus", "Cluster V: Special protection"),
)

UNITS = ("persen", "jumlah", "per_1000_kh", "biner")
DIRECTIONS = ("naik", "turun", "pantau")


@dataclass(frozen=True)
class Measure:
    """One measurable series of the KLA framework, as listed in the catalog CSV."""

    code: str
    component: str
    indicator_number: int | None
    name_id: str
    name_en: str
    unit: str
    direction: str
    lead_opd: str
    supporting_opd: str
    finest_level: str
    benchmark_value: float | None
    benchmark_year: int | None
    benchmark_source: str
    # Counts that can identify a child (violence and case counts): small ones are hidden from
    # anyone not signed in, at kecamatan and desa level.
    sensitive: bool = False

    def name(self, lang: str) -> str:
        """The measure's name in ``lang``."""
        return self.name_en if lang == "en" else self.name_id


@dataclass(frozen=True)
class Opd:
    """A city agency (Organisasi Perangkat Daerah)."""

    code: str
    short_name: str
    full_name: str


def _optional_float(text: str) -> float | None:
    return float(text) if text.strip() else None


def _optional_int(text: str) -> int | None:
    return int(text) if text.strip() else None


def read_measures(path: Path = config.CATALOG_CSV) -> list[Measure]:
    """Read the measure catalog CSV (columns as in ``shared/reference/kla-indikator.csv``)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    measures = [
        Measure(
            code=row["kode"].strip(),
            component=row["komponen"].strip(),
            indicator_number=_optional_int(row["nomor_indikator"]),
            name_id=row["nama"].strip(),
            name_en=row["name_en"].strip(),
            unit=row["satuan"].strip(),
            direction=row["arah"].strip(),
            lead_opd=row["opd_utama"].strip(),
            supporting_opd=row["opd_pendukung"].strip(),
            finest_level=row["tingkat_terkecil"].strip(),
            benchmark_value=_optional_float(row["acuan_nasional"]),
            benchmark_year=_optional_int(row["acuan_tahun"]),
            benchmark_source=row["acuan_sumber"].strip(),
            sensitive=row.get("sensitif", "0").strip() == "1",
        )
        for row in rows
    ]
    for measure in measures:
        if measure.unit not in UNITS or measure.direction not in DIRECTIONS:
            raise ValueError(f"Katalog tidak sah untuk {measure.code}: {measure.unit}/{measure.direction}")
    return measures


def read_opds(path: Path = config.OPD_CSV) -> list[Opd]:
    """Read the OPD list CSV (``kode,singkatan,nama_lengkap``)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Opd(row["kode"].strip(), row["singkatan"].strip(), row["nama_lengkap"].strip())
            for row in csv.DictReader(handle)
        ]


def component(code: str) -> Component:
    """The component with ``code`` (``KL``, ``I`` … ``V``)."""
    for item in COMPONENTS:
        if item.code == code:
            return item
    raise KeyError(code)
