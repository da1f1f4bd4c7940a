"""Synthetic regions and observations for the benchmark: a city (the sample), a middle size
(about a million observations) and a province (about 11,000 desa, ten million observations).

The region tree is written as a CSV in the format of ``data/wilayah.csv`` and the values go
straight into a database built by :mod:`kla.store` (``KLA_WILAYAH`` points at the tree), so the
app reads them exactly as it reads uploads.
"""

from __future__ import annotations

import csv
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kla import config, goal_store, privacy, store
from loaders.sample_db import read_goals

YEARS = range(2018, 2026)


@dataclass(frozen=True)
class Size:
    """A region tree: ``units`` kabupaten/kota under a province, each with ``kecamatan``
    kecamatan of ``desa`` desa; ``units == 0`` means the sample city itself."""

    name: str
    units: int
    kecamatan: int
    desa: int


SIZES = {
    "kota": Size("kota", 0, 0, 0),
    "tengah": Size("tengah", 4, 20, 15),
    "provinsi": Size("provinsi", 38, 17, 17),
}


def write_tree(size: Size, path: Path) -> int:
    """Write the region CSV of ``size``; returns how many regions it has."""
    rows = [("35", "Provinsi Contoh", "provinsi", "")]
    for unit in range(1, size.units + 1):
        unit_code = f"35.{unit:02d}"
        rows.append((unit_code, f"Kabupaten Contoh {unit}", "kabupaten", "35"))
        for kecamatan in range(1, size.kecamatan + 1):
            kecamatan_code = f"{unit_code}.{kecamatan:02d}"
            rows.append((kecamatan_code, f"Kecamatan {unit}-{kecamatan}", "kecamatan", unit_code))
            for desa in range(1, size.desa + 1):
                code = f"{kecamatan_code}.{2000 + desa}"
                rows.append((code, f"Desa {unit}-{kecamatan}-{desa}", "desa", kecamatan_code))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["kode", "nama", "tingkat", "kode_induk"])
        writer.writerows(rows)
    return len(rows)


# Values by a hash of their identity: plausible ranges per unit, a gentle trend over the years.
VALUES_SQL = """
INSERT INTO observation_history
    (indicator_code, year, region_code, sex, source_kind, value, numerator, denominator, source, note,
     upload_id, superseded_by)
SELECT m.code, y.year, r.code, s.sex, 'administrasi',
       CASE m.unit
           WHEN 'persen' THEN round(least(99.9, greatest(0.5,
                40 + 40 * ((hash(m.code, r.code, s.sex) % 1000) / 1000.0) + (y.year - 2018) * 1.5)), 2)
           WHEN 'per_1000_kh' THEN round(5 + 20 * ((hash(m.code, r.code, y.year) % 1000) / 1000.0), 2)
           WHEN 'biner' THEN CASE WHEN y.year >= 2020 THEN 1 ELSE 0 END
           ELSE (hash(m.code, r.code, s.sex, y.year) % 60)::DOUBLE
       END,
       NULL, NULL, 'Data sintetis', NULL, 1, NULL
FROM measures m, regions r, (SELECT unnest(range(2018, 2026)) AS year) y,
     (SELECT unnest(['L', 'P', 'L+P']) AS sex) s
"""


@contextmanager
def regions_from(tree: Path) -> Iterator[None]:
    """Within the block, the app reads its region tree from the CSV ``tree`` (``KLA_WILAYAH``)."""
    previous = os.environ.get("KLA_WILAYAH")
    os.environ["KLA_WILAYAH"] = str(tree)
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("KLA_WILAYAH", None)
        else:
            os.environ["KLA_WILAYAH"] = previous


def build(size: Size, folder: Path) -> tuple[Path, Path, int]:
    """A database of ``size`` in ``folder``: returns its path, its region CSV and how many
    observations it holds. The city size is the shipped sample database."""
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / f"{size.name}.duckdb"
    tree = folder / f"{size.name}-wilayah.csv"
    if size.units == 0:
        shutil.copyfile(config.REGIONS_CSV, tree)
        if not db.exists():
            from loaders.sample_db import build_sample_database

            build_sample_database(db)
        with store.reading(db) as con:
            return db, tree, con.execute("SELECT count(*) FROM observations").fetchone()[0]
    write_tree(size, tree)
    if db.exists():
        db.unlink()
    with regions_from(tree), store.writing(db) as con:
        con.execute("RESET threads")  # millions of rows: every core (a writer on a new file gets one)
        con.execute(
            "INSERT INTO uploads (upload_id, file_name, sha256, opd_code, loaded_at, rows_in_file, rows_added, "
            "rows_changed, rows_unchanged, rows_missing) "
            "VALUES (nextval('upload_id_seq'), 'sintetis', '', NULL, now(), 0, 0, 0, 0, 0)"
        )
        started = time.perf_counter()
        con.execute(VALUES_SQL)
        con.execute("UPDATE uploads SET rows_in_file = (SELECT count(*) FROM observation_history)")
        goals = read_goals(config.SAMPLE_TARGETS_CSV)
        goal_store.replace_city_goals(con, goals.assign(region_code="35"))
        store.set_setting(con, "sample_data", "1")
        privacy.refresh_hidden(con)
        con.execute("CHECKPOINT")
        count = con.execute("SELECT count(*) FROM observation_history").fetchone()[0]
        print(f"  {size.name}: {count:,} observations written in {time.perf_counter() - started:.1f} s")
    return db, tree, count
