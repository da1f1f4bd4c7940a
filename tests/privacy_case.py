"""A sample database with small counts of reported violence against children (V-21B) in 2024,
by desa and by kecamatan and sex, loaded through the real loader on top of the sample data.

Kota Batu 39 (L 25, P 14) =
  Batu 20 (L 12, P 8): Temas 3*, Ngaglik 6, Songgokerto 5+, Sisir 6
  Bumiaji 15+ (L 11+, P 4*): Punten 2*, Gunungsari 1*, Tulungrejo 12
  Junrejo 4* (L 2*, P 2*): Dadaprejo 4*

``*`` below 5; ``+`` hidden so that totals do not give a ``*`` back (Songgokerto: the only other
hidden desa of Batu would be Temas; Bumiaji: the only other hidden kecamatan would be Junrejo;
Bumiaji L: the only other hidden boys' value among the kecamatan would be Junrejo's).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from loaders.ingest import ingest_file
from tests.workbooks import write_workbook

CODE, YEAR, SOURCE = "V-21B", 2024, "SIMFONI-PPA"
BATU, BUMIAJI, JUNREJO = "35.79.01", "35.79.02", "35.79.03"
TEMAS, NGAGLIK, SONGGOKERTO, SISIR = "35.79.01.1001", "35.79.01.1002", "35.79.01.1003", "35.79.01.1004"
PUNTEN, GUNUNGSARI, TULUNGREJO, DADAPREJO = "35.79.02.2001", "35.79.02.2002", "35.79.02.2003", "35.79.03.1001"
VALUES = {  # (region, sex) → reported cases
    ("35.79", "L+P"): 39,
    ("35.79", "L"): 25,
    ("35.79", "P"): 14,
    (BATU, "L+P"): 20,
    (BATU, "L"): 12,
    (BATU, "P"): 8,
    (BUMIAJI, "L+P"): 15,
    (BUMIAJI, "L"): 11,
    (BUMIAJI, "P"): 4,
    (JUNREJO, "L+P"): 4,
    (JUNREJO, "L"): 2,
    (JUNREJO, "P"): 2,
    (TEMAS, "L+P"): 3,
    (NGAGLIK, "L+P"): 6,
    (SONGGOKERTO, "L+P"): 5,
    (SISIR, "L+P"): 6,
    (PUNTEN, "L+P"): 2,
    (GUNUNGSARI, "L+P"): 1,
    (TULUNGREJO, "L+P"): 12,
    (DADAPREJO, "L+P"): 4,
}
HIDDEN = {
    (TEMAS, "L+P"),
    (SONGGOKERTO, "L+P"),
    (PUNTEN, "L+P"),
    (GUNUNGSARI, "L+P"),
    (DADAPREJO, "L+P"),
    (BUMIAJI, "L+P"),
    (BUMIAJI, "L"),
    (BUMIAJI, "P"),
    (JUNREJO, "L+P"),
    (JUNREJO, "L"),
    (JUNREJO, "P"),
}
HIDDEN_DESA = {"Temas": 3, "Songgokerto": 5, "Punten": 2, "Gunungsari": 1, "Dadaprejo": 4}
SHOWN_DESA = {"Ngaglik": 6, "Sisir": 6, "Tulungrejo": 12}


def build(sample: Path, folder: Path) -> Path:
    """A copy of the ``sample`` database with the case loaded; returns its path."""
    db = folder / "kecil.duckdb"
    shutil.copy(sample, db)
    rows = [
        [CODE, YEAR, region, "" if sex == "L+P" else sex, value, None, None, SOURCE]
        for (region, sex), value in VALUES.items()
    ]
    report = ingest_file(write_workbook(folder / "kekerasan.xlsx", rows), db, opd="DP3AP2KB")
    assert report.status == "accepted", report
    return db
