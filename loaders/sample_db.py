"""Building the sample database from ``data/sample/`` with the same loader users use."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pandas as pd

from kla import config, goal_store, store
from loaders.ingest import ingest_file


def read_goals(path: Path) -> pd.DataFrame:
    """City goals from a CSV with ``kode_indikator,tahun,wilayah,nilai,sumber``."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return pd.DataFrame(
        {
            "indicator_code": [row["kode_indikator"] for row in rows],
            "year": [int(row["tahun"]) for row in rows],
            "region_code": [row["wilayah"] for row in rows],
            "value": [float(row["nilai"]) for row in rows],
            "source": [row["sumber"] for row in rows],
        }
    )


def build_sample_database(db_path: Path, sample_dir: Path = config.SAMPLE_DIR) -> int:
    """Create ``db_path`` from the sample workbooks and goals; 0 on success, 1 otherwise."""
    if db_path.exists():
        print(f"Basis data {db_path} sudah ada; hapus dulu bila ingin membangun ulang.", file=sys.stderr)
        return 1
    # Built beside the target and renamed at the end: an interrupted build leaves no
    # half-filled database that `make run` would then take for a finished one.
    partial = db_path.with_name(db_path.name + ".sedang-dibangun")
    for leftover in (partial, partial.with_name(partial.name + ".wal")):
        leftover.unlink(missing_ok=True)
    for path in sorted(sample_dir.glob("*.xlsx")):
        report = ingest_file(path, partial)
        if report.status != "accepted":
            for problem in report.errors[:10]:
                print(f"{path.name} {problem.cell or ''}: {problem.message}", file=sys.stderr)
            return 1
        print(f"{path.name}: {report.rows} nilai dimuat")
    with store.writing(partial) as con:
        count = goal_store.replace_city_goals(con, read_goals(sample_dir / config.SAMPLE_TARGETS_CSV.name))
        store.set_setting(con, "sample_data", "1")
        con.execute("CHECKPOINT")
    partial.rename(db_path)
    print(f"{count} target kota dimuat. Basis data contoh siap: {db_path}")
    return 0
