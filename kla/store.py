"""Opening the DuckDB file, keeping its reference data current, and writing to it.

Writes happen in the loader process; the dashboard only reads, through short-lived
read-only connections, so that a loader can take the write lock between page runs
(DuckDB lets one process write or several read, never both).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import pandas as pd

from kla import catalog, config, regions, schema
from kla.sql import first
from kla.text import t

IDENTITY = ("indicator_code", "year", "region_code", "sex", "source_kind")
OBSERVATION_COLUMNS = (
    "indicator_code",
    "year",
    "region_code",
    "sex",
    "source_kind",
    "value",
    "numerator",
    "denominator",
    "source",
    "note",
)


class DatabaseBusy(RuntimeError):
    """The database file is locked by another process for longer than we waited."""


def _connect(path: Path, read_only: bool, wait_s: float) -> duckdb.DuckDBPyConnection:
    """Connect, waiting up to ``wait_s`` while another process holds the file's lock."""
    deadline = time.monotonic() + wait_s
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except (duckdb.IOException, duckdb.ConnectionException) as error:
            text = str(error).lower()
            # Another process holds the lock, or this process has the file open the other way.
            if "lock" not in text and "different configuration" not in text:
                raise
            if time.monotonic() > deadline:
                raise DatabaseBusy(t("database_busy_path", path=path)) from error
            time.sleep(0.1)


@contextmanager
def reading(path: Path | str | None = None, wait_s: float = 10.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the database, closed on exit."""
    db_path = Path(path) if path else config.database_path()
    if not db_path.exists():
        raise FileNotFoundError(t("no_database", path=db_path))
    con = _connect(db_path, read_only=True, wait_s=wait_s)
    try:
        yield con
    finally:
        con.close()


def _reference_fingerprint() -> str:
    """Changes whenever a reference CSV in ``data/`` changes."""
    digest = hashlib.sha256()
    for path in (config.CATALOG_CSV, config.OPD_CSV, config.REGIONS_CSV):
        digest.update(path.read_bytes())
    return digest.hexdigest()


@contextmanager
def _prepared(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """``con`` migrated to the latest schema with current reference data; closed on exit.
    Nothing is written when the schema and the reference data are current already."""
    try:
        schema.migrate(con)
        fingerprint = _reference_fingerprint()
        stored = first(con.execute("SELECT value FROM settings WHERE key = 'reference_fingerprint'"))
        if stored is None or stored[0] != fingerprint:
            refresh_reference_data(con)
            set_setting(con, "reference_fingerprint", fingerprint)
        yield con
    finally:
        con.close()


@contextmanager
def writing(path: Path | str | None = None, wait_s: float = 30.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection; a new file is created, migrated and given its reference data."""
    db_path = Path(path) if path else config.database_path()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with _prepared(_connect(db_path, read_only=False, wait_s=wait_s)) as con:
        yield con


@contextmanager
def scratch() -> Iterator[duckdb.DuckDBPyConnection]:
    """An in-memory database with the schema and reference data, for checking a file
    without creating or touching any database file."""
    with _prepared(duckdb.connect(":memory:")) as con:
        yield con


def refresh_reference_data(con: duckdb.DuckDBPyConnection) -> None:
    """Make components, OPD, measures, regions and national benchmarks match ``data/``."""
    measures = catalog.read_measures()
    opds = catalog.read_opds()
    region_rows = regions.read_regions()
    root = next(region.code for region in region_rows if region.parent_code is None)
    con.execute("BEGIN TRANSACTION")
    try:
        for table in ("components", "opd", "measures", "regions"):
            con.execute(f"DELETE FROM {table}")
        con.executemany(
            "INSERT INTO components VALUES (?, ?, ?, ?)",
            [(c.code, c.order, c.name_id, c.name_en) for c in catalog.COMPONENTS],
        )
        con.executemany("INSERT INTO opd VALUES (?, ?, ?)", [(o.code, o.short_name, o.full_name) for o in opds])
        con.executemany(
            "INSERT INTO measures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    m.code,
                    m.component,
                    m.indicator_number,
                    m.name_id,
                    m.name_en,
                    m.unit,
                    m.direction,
                    m.lead_opd,
                    m.supporting_opd,
                    m.finest_level,
                    position,
                )
                for position, m in enumerate(measures)
            ],
        )
        con.executemany(
            "INSERT INTO regions VALUES (?, ?, ?, ?, ?)",
            [(r.code, r.name, r.level, r.parent_code, i) for i, r in enumerate(region_rows)],
        )
        con.execute("DELETE FROM targets WHERE kind = 'acuan_nasional'")
        con.executemany(
            "INSERT INTO targets VALUES (?, ?, ?, ?, 'acuan_nasional', ?)",
            [
                (m.code, m.benchmark_year, root, m.benchmark_value, m.benchmark_source)
                for m in measures
                if m.benchmark_value is not None
            ],
        )
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def set_setting(con: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    """Store one database-wide setting (e.g. ``sample_data``)."""
    con.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", [key, value])


@dataclass(frozen=True)
class UploadCounts:
    """What an upload adds, changes and leaves alone, compared with the current values."""

    added: int
    changed: int
    unchanged: int


@dataclass(frozen=True)
class UploadMeta:
    """Who uploaded which file."""

    file_name: str
    sha256: str
    opd_code: str | None
    rows_missing: int
    archive_path: str | None = None


def _classify(con: duckdb.DuckDBPyConnection, rows: pd.DataFrame) -> None:
    """Create temp table ``incoming`` with a ``change`` column: added, changed or unchanged."""
    con.register("incoming_rows", rows[list(OBSERVATION_COLUMNS)])
    identity_match = " AND ".join(f"o.{column} = i.{column}" for column in IDENTITY)
    same_content = " AND ".join(
        f"o.{column} IS NOT DISTINCT FROM i.{column}" for column in ("value", "numerator", "denominator", "source")
    )
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE incoming AS
        SELECT i.*,
               CASE WHEN o.indicator_code IS NULL THEN 'added'
                    WHEN {same_content} THEN 'unchanged'
                    ELSE 'changed' END AS change
        FROM incoming_rows i
        LEFT JOIN (SELECT * FROM observation_history WHERE superseded_by IS NULL AND withdrawn_by IS NULL) o
               ON {identity_match}
        """
    )
    con.unregister("incoming_rows")


def _counts(con: duckdb.DuckDBPyConnection) -> UploadCounts:
    found = dict(con.execute("SELECT change, count(*) FROM incoming GROUP BY change").fetchall())
    return UploadCounts(found.get("added", 0), found.get("changed", 0), found.get("unchanged", 0))


def preview_upload(con: duckdb.DuckDBPyConnection, rows: pd.DataFrame) -> UploadCounts:
    """Count what ``rows`` would add, change and leave alone, writing nothing."""
    _classify(con, rows)
    return _counts(con)


def _settle(con: duckdb.DuckDBPyConnection, identities_sql: str) -> None:
    """Make the newest active upload's row the current value for each identity that
    ``identities_sql`` selects; older rows point to the upload that superseded them."""
    matches = " AND ".join(f"h.{column} = k.{column}" for column in IDENTITY)
    con.execute(
        f"""
        WITH touched AS ({identities_sql}),
        ranked AS (
            SELECT h.rowid AS row_number_in_table,
                   lead(h.upload_id) OVER (PARTITION BY {", ".join("h." + c for c in IDENTITY)}
                                           ORDER BY h.upload_id) AS newer
            FROM observation_history h
            JOIN uploads u ON u.upload_id = h.upload_id AND u.status = 'aktif'
            JOIN touched k ON {matches}
        )
        UPDATE observation_history SET superseded_by = ranked.newer
        FROM ranked WHERE observation_history.rowid = ranked.row_number_in_table
        """
    )


def write_upload(con: duckdb.DuckDBPyConnection, meta: UploadMeta, rows: pd.DataFrame) -> tuple[int, UploadCounts]:
    """Load ``rows`` as one upload in one transaction; earlier values stay in history.

    Returns the new upload id and the counts. Either everything is written or nothing.
    """
    con.execute("BEGIN TRANSACTION")
    try:
        _classify(con, rows)
        counts = _counts(con)
        upload_id = first(con.execute("SELECT nextval('upload_id_seq')"))[0]
        con.execute(
            "INSERT INTO uploads (upload_id, file_name, sha256, opd_code, loaded_at, rows_in_file, rows_added, "
            "rows_changed, rows_unchanged, rows_missing, archive_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                upload_id,
                meta.file_name,
                meta.sha256,
                meta.opd_code,
                datetime.now(),
                len(rows),
                counts.added,
                counts.changed,
                counts.unchanged,
                meta.rows_missing,
                meta.archive_path,
            ],
        )
        columns = ", ".join(OBSERVATION_COLUMNS)
        # Every value of the upload is kept, unchanged ones too: if a later undo withdraws an
        # older upload, this one still vouches for them.
        con.execute(
            f"""
            INSERT INTO observation_history ({columns}, upload_id, superseded_by)
            SELECT {columns}, ?, NULL FROM incoming
            """,
            [upload_id],
        )
        _settle(con, f"SELECT DISTINCT {', '.join(IDENTITY)} FROM incoming")
        con.execute("DROP TABLE incoming")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return upload_id, counts


class UndoRefused(ValueError):
    """An upload that cannot be undone (unknown, or undone already); the message says why."""


@dataclass(frozen=True)
class UndoResult:
    """What undoing an upload did."""

    withdrawn: int
    restored: int


def upload_with_sha(con: duckdb.DuckDBPyConnection, sha256: str) -> int | None:
    """The id of an active upload of a file with these bytes, if there is one."""
    row = first(con.execute("SELECT max(upload_id) FROM uploads WHERE sha256 = ? AND status = 'aktif'", [sha256]))
    return row[0]


def changed_values(con: duckdb.DuckDBPyConnection, rows: pd.DataFrame) -> pd.DataFrame:
    """For each value of ``rows`` that differs from the current one: identity, old and new."""
    _classify(con, rows)
    identity_match = " AND ".join(f"o.{column} = i.{column}" for column in IDENTITY)
    changes = con.execute(
        f"""
        SELECT i.indicator_code, i.year, i.region_code, i.sex, i.source_kind, o.value AS old_value, i.value AS new_value
        FROM incoming i
        JOIN observation_history o ON {identity_match} AND o.superseded_by IS NULL AND o.withdrawn_by IS NULL
        WHERE i.change = 'changed'
        ORDER BY i.indicator_code, i.year, i.region_code, i.sex
        """
    ).df()
    con.execute("DROP TABLE incoming")
    return changes


def undo_upload(con: duckdb.DuckDBPyConnection, upload_id: int) -> UndoResult:
    """Withdraw an upload's values, in one transaction: each value becomes again what the
    newest remaining active upload says, so undoing the latest upload brings back exactly
    what it replaced, and undoing an older one never overrides newer figures.
    """
    row = first(con.execute("SELECT status FROM uploads WHERE upload_id = ?", [upload_id]))
    if row is None:
        raise UndoRefused(t("undo_unknown", upload_id=upload_id))
    if row[0] != "aktif":
        raise UndoRefused(t("undo_twice", upload_id=upload_id))
    identity = ", ".join(IDENTITY)
    current = f"SELECT {identity}, value FROM observations"
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE before_undo AS {current} "
            f"WHERE ({identity}) IN (SELECT {identity} FROM observation_history WHERE upload_id = ?)",
            [upload_id],
        )
        withdrawn = first(
            con.execute(
                "UPDATE observation_history SET withdrawn_by = $id, superseded_by = NULL "
                "WHERE upload_id = $id AND withdrawn_by IS NULL",
                {"id": upload_id},
            )
        )[0]
        con.execute("UPDATE uploads SET status = 'dibatalkan', undone_at = now() WHERE upload_id = ?", [upload_id])
        _settle(con, f"SELECT DISTINCT {identity} FROM observation_history WHERE upload_id = {int(upload_id)}")
        restored = first(
            con.execute(
                f"SELECT count(*) FROM ({current}) now JOIN before_undo b USING ({identity}) "
                "WHERE now.value IS DISTINCT FROM b.value"
            )
        )[0]
        con.execute("DROP TABLE before_undo")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return UndoResult(withdrawn, restored)
