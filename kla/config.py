"""Where things live: the database file, the reference data, the sample workbooks."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
SAMPLE_DIR = DATA_DIR / "sample"
CATALOG_CSV = DATA_DIR / "kla-indikator.csv"
OPD_CSV = DATA_DIR / "opd.csv"
REGIONS_CSV = DATA_DIR / "wilayah.csv"
SAMPLE_TARGETS_CSV = SAMPLE_DIR / "target_kota.csv"
SAMPLE_MARKER = "DATA CONTOH"
PREDICATE_HISTORY_CSV = DATA_DIR / "predikat-kla.csv"  # the city's KLA predicates per year
PREDICATE_BANDS_CSV = DATA_DIR / "predikat-rentang.csv"  # the national predicate bands (0-1000 scale)
WEIGHTS_CSV = DATA_DIR / "bobot-predikat.csv"  # weights per indicator for the estimate; $KLA_BOBOT overrides
# Boundaries per level, GeoJSON with the Kemendagri code in each feature's ``kode`` property.
GEO_FILES = {
    "kecamatan": DATA_DIR / "geo" / "batu_kecamatan_dissolved.geojson",
    "desa": DATA_DIR / "geo" / "batu_desa.geojson",
}
GEO_ATTRIBUTION = "Batas wilayah: cahyadsn/wilayah_boundaries (MIT)"


def regions_csv() -> Path:
    """The region tree (``kode,nama,tingkat,kode_induk``): ``$KLA_WILAYAH`` or ``data/wilayah.csv``.
    Any city, regency or province: nothing in the code assumes Kota Batu's regions."""
    configured = os.environ.get("KLA_WILAYAH", "").strip()
    return Path(configured) if configured else REGIONS_CSV


def database_path() -> Path:
    """The DuckDB file the app and the loaders use: ``$KLA_DB`` or ``data/kla.duckdb``."""
    configured = os.environ.get("KLA_DB", "").strip()
    return Path(configured) if configured else DATA_DIR / "kla.duckdb"


def weights_path() -> Path:
    """The weights per KLA indicator for the estimated score: ``$KLA_BOBOT`` or ``data/bobot-predikat.csv``."""
    configured = os.environ.get("KLA_BOBOT", "").strip()
    return Path(configured) if configured else WEIGHTS_CSV


def session_minutes() -> float:
    """Minutes without activity after which a signed-in session ends: ``$KLA_SESI_MENIT``, 30."""
    return float(os.environ.get("KLA_SESI_MENIT", "30"))


def reading_needs_login() -> bool:
    """Whether every page needs a signed-in user: ``$KLA_BACA_PERLU_MASUK=1`` (default: open)."""
    return os.environ.get("KLA_BACA_PERLU_MASUK", "").strip().lower() in ("1", "ya", "yes", "true")


def write_wait_seconds() -> float:
    """How long a writer waits for another to finish before it gives up with a plain message:
    ``$KLA_TUNGGU_DETIK``, 30 seconds."""
    return float(os.environ.get("KLA_TUNGGU_DETIK", "30"))
