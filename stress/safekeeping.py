"""Backups and migrations (issue 9, item 3): backups of the sample database, each after more
uploads, restored elsewhere give back every value and archived file and pass the integrity
check; a database written by the previous version migrates with nothing lost."""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

from kla import integrity, schema, store
from loaders.backup import backup, restore
from loaders.ingest import ingest_file
from loaders.sample_db import build_sample_database
from stress import Outcome
from tests.cli import current_values
from tests.workbooks import write_workbook

ROUNDS = {"quick": 2, "full": 10}
PREVIOUS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "basis-data-skema-5.zip"


def _whole(db: Path) -> bool:
    with store.reading(db) as con:
        return not integrity.check(con)


def _migrates(folder: Path) -> bool:
    with zipfile.ZipFile(PREVIOUS) as bundle:
        bundle.extractall(folder)
    before = current_values(folder / "kla.duckdb")
    with store.writing(folder / "kla.duckdb") as con:
        upgraded = schema.current_version(con) == schema.LATEST_VERSION
    return upgraded and current_values(folder / "kla.duckdb") == before and _whole(folder / "kla.duckdb")


def check(scale: str) -> Outcome:
    """Back up, change, restore elsewhere and compare, ``rounds`` times; then migrate."""
    rounds, same = ROUNDS[scale], 0
    with tempfile.TemporaryDirectory(prefix="kla-cadangan-") as folder:
        work = Path(folder)
        db = work / "asli" / "kla.duckdb"
        build_sample_database(db)
        for number in range(rounds):
            rows = [["KL-2A", 2025, "Kota Batu", "", 20 + number]]
            ingest_file(write_workbook(work / f"rapat-{number}.xlsx", rows), db)
            saved = backup(db, work / f"cadangan-{number}.zip").path
            copy = work / f"pulih-{number}" / "kla.duckdb"
            restore(saved, copy)
            same += current_values(copy) == current_values(db) and _whole(copy)
        migrated = _migrates(work / "lama")
    line = (
        f"cadangan → pulihkan: {same}/{rounds} salinan sama nilai demi nilai dan utuh; "
        f"basis data versi sebelumnya (skema 5 → {schema.LATEST_VERSION}): {'utuh' if migrated else 'GAGAL'}"
    )
    return Outcome(line, same == rounds and migrated)
