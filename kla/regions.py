"""The region tree (city, kecamatan, desa/kelurahan), read from ``data/wilayah.csv``.

No code may assume a particular city: the tree's root is whatever row has no parent, so
another kabupaten/kota (or a province) is served by swapping the CSV.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from kla import config

# Levels from coarse to fine; ``desa`` and ``kelurahan`` are the same level.
LEVEL_RANK = {"provinsi": 0, "kota": 1, "kabupaten": 1, "kecamatan": 2, "desa": 3, "kelurahan": 3}


@dataclass(frozen=True)
class Region:
    """One administrative region with its Kemendagri code."""

    code: str
    name: str
    level: str
    parent_code: str | None

    @property
    def label(self) -> str:
        """How people write the region, unambiguously: ``Kecamatan Bumiaji``, ``Desa Bumiaji``,
        ``Kelurahan Temas``, ``Kota Batu``."""
        prefix = {"kecamatan": "Kecamatan", "desa": "Desa", "kelurahan": "Kelurahan"}.get(self.level, "")
        return f"{prefix} {self.name}".strip()

    @property
    def rank(self) -> int:
        """0 for a province, 1 for a city, 2 for a kecamatan, 3 for a desa/kelurahan."""
        return LEVEL_RANK[self.level]


def read_regions(path: Path | None = None) -> list[Region]:
    """Read the region CSV (``kode,nama,tingkat,kode_induk``; :func:`kla.config.regions_csv` by
    default) and check that it is one tree."""
    path = path or config.regions_csv()
    with path.open(encoding="utf-8", newline="") as handle:
        regions = [
            Region(
                code=row["kode"].strip(),
                name=row["nama"].strip(),
                level=row["tingkat"].strip().lower(),
                parent_code=row["kode_induk"].strip() or None,
            )
            for row in csv.DictReader(handle)
        ]
    codes = {region.code for region in regions}
    roots = [region for region in regions if region.parent_code is None]
    if len(roots) != 1:
        raise ValueError(f"{path}: harus ada tepat satu wilayah tanpa induk, ada {len(roots)}")
    for region in regions:
        if region.level not in LEVEL_RANK:
            raise ValueError(f"{path}: tingkat wilayah tidak dikenal '{region.level}' ({region.code})")
        if region.parent_code is not None and region.parent_code not in codes:
            raise ValueError(f"{path}: induk {region.parent_code} dari {region.code} tidak ada")
    return regions
