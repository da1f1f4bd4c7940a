"""Opening the DuckDB file, keeping its reference data current, and writing to it.

Writes happen in the loader process; the dashboard only reads, through short-lived
read-only connections, so that a loader can take the write lock between page runs
(DuckDB lets one process write or several read, never both).
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from uuid import uuid4

import duckdb
import pandas as pd

from kla import catalog, config, privacy, regions, schema
from kla.sql import first
from kla.text import t

HIDDEN_CELLS_VERSION = 6  # the schema version that keeps the privacy decision
# DuckDB shares work between threads by row group (122,880 rows). Below about eight row groups
# of history a writer's work (an upload's rows copied into the history, compared with a short
# one) takes half as long on one thread as on two: handing a row group over costs more than it
# saves. Above, the scans of the history gain from every core.
ONE_THREAD_BELOW_ROWS = 1_000_000


class DatabaseBusy(RuntimeError):
    """The database file is locked by another process for longer than we waited."""


def _connect(path: Path, read_only: bool, wait_s: float) -> duckdb.DuckDBPyConnection:
    """Connect, waiting up to ``wait_s`` while another process holds the file's lock."""
    deadline = time.monotonic() + wait_s
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.OperationalError as error:  # IOException, ConnectionException, ResourceInUseException
            text = str(error).lower()
            # Another process holds the lock, this process has the file open the other way, or
            # another thread of this process is opening or closing it at the same moment.
            if not any(sign in text for sign in ("lock", "different configuration", "already attached")):
                raise
            if time.monotonic() > deadline:
                raise DatabaseBusy(t("database_busy_path", path=path)) from error
            time.sleep(0.1)


class _OpenForRun(threading.local):
    """This thread's database kept open by :func:`kept_open`: its path, and the read-only
    connection once a read has opened it."""

    path: str | None = None
    anchor: duckdb.DuckDBPyConnection | None = None
    stamp: tuple | None = None  # see stamp_for_run


_OPEN_FOR_RUN = _OpenForRun()


@contextmanager
def kept_open(path: Path | str | None = None) -> Iterator[None]:
    """Within this block (one page run), reads of the database on this thread share one open
    database. Opening the file costs about 10 ms (DuckDB reads its catalog); a further
    connection while it is open costs nothing. It is opened by the first read, not before,
    and closed at the end of the block, so writers in other processes wait at most one page
    run, as they do for short reads."""
    _OPEN_FOR_RUN.path, _OPEN_FOR_RUN.anchor = str(Path(path) if path else config.database_path()), None
    try:
        yield
    finally:
        _release_kept_open()
        _OPEN_FOR_RUN.path = None


def stamp_for_run(path: Path | str, look: Callable[[], tuple]) -> tuple:
    """``look()``, the database file's stamp (what changes when it changes), looked at once per
    page run for the database kept open on this thread (:func:`kept_open`), and again after a
    write on this thread; elsewhere on every call. A page run's reads take 10-20 stamps, and
    each looks at the disk twice or three times."""
    if _OPEN_FOR_RUN.path != str(path):
        return look()
    if _OPEN_FOR_RUN.stamp is None:
        _OPEN_FOR_RUN.stamp = look()
    return _OPEN_FOR_RUN.stamp


def _release_kept_open() -> None:
    """Close this thread's kept-open database (a write on this thread needs the file)."""
    anchor, _OPEN_FOR_RUN.anchor = _OPEN_FOR_RUN.anchor, None
    _OPEN_FOR_RUN.stamp = None  # a write follows, or the run ends
    if anchor is not None:
        anchor.close()


@contextmanager
def reading(path: Path | str | None = None, wait_s: float = 10.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the database, closed on exit (inside :func:`kept_open`, a
    cursor of the database kept open)."""
    db_path = Path(path) if path else config.database_path()
    if not db_path.exists():
        raise FileNotFoundError(t("no_database", path=db_path))
    if _OPEN_FOR_RUN.path == str(db_path):
        if _OPEN_FOR_RUN.anchor is None:
            _OPEN_FOR_RUN.anchor = _connect(db_path, read_only=True, wait_s=wait_s)
        con = _OPEN_FOR_RUN.anchor.cursor()
    else:
        con = _connect(db_path, read_only=True, wait_s=wait_s)
    try:
        yield con
    finally:
        con.close()


@contextmanager
def reading_current(path: Path | str | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to a database whose schema and reference data are current: one
    that is not is brought up to date first, briefly under the write lock. Waits for writers
    as long as a writer waits (:func:`kla.config.write_wait_seconds`)."""
    db_path = Path(path) if path else config.database_path()
    wait_s = config.write_wait_seconds()
    if not is_current(db_path, wait_s):
        with writing(db_path):
            pass
    with reading(db_path, wait_s) as con:
        yield con


def is_current(path: Path | str, wait_s: float = 10.0) -> bool:
    """Whether the database's schema is this version's and its reference data match ``data/``
    (read only; :func:`writing` brings it up to date)."""
    with reading(path, wait_s) as con:
        return _is_current(con)


def _is_current(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the schema is this version's and the reference data match ``data/``."""
    if schema.current_version(con) != schema.LATEST_VERSION:
        return False
    stored = first(con.execute("SELECT value FROM settings WHERE key = 'reference_fingerprint'"))
    return stored is not None and stored[0] == _reference_fingerprint()


def _reference_fingerprint() -> str:
    """Changes whenever a reference CSV in ``data/`` changes."""
    digest = hashlib.sha256()
    for path in (config.CATALOG_CSV, config.OPD_CSV, config.regions_csv()):
        digest.update(path.read_bytes())
    return digest.hexdigest()


@contextmanager
def _prepared(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """``con`` migrated to the latest schema with current reference data; closed on exit.
    Nothing is written when the schema and the reference data are current already."""
    try:
        before = schema.current_version(con)
        schema.migrate(con)
        fingerprint = _reference_fingerprint()
        stored = first(con.execute("SELECT value FROM settings WHERE key = 'reference_fingerprint'"))
        if stored is None or stored[0] != fingerprint:
            refresh_reference_data(con)
            set_setting(con, "reference_fingerprint", fingerprint)
            privacy.refresh_hidden(con)  # sensitive measures or regions may have changed
        elif before < HIDDEN_CELLS_VERSION:
            privacy.refresh_hidden(con)  # a database from before the decision was kept
        if first(con.execute("SELECT count(*) FROM observation_history"))[0] < ONE_THREAD_BELOW_ROWS:
            con.execute("SET threads = 1")
        yield con
    finally:
        con.close()


# One writer at a time per database file inside this process. Between processes DuckDB's file
# lock does this; inside one (the dashboard, where two people may upload at the same moment)
# connections share one database, and two writing transactions would conflict.
_WRITER_LOCKS: dict[str, threading.RLock] = {}
_WRITER_LOCKS_GUARD = threading.Lock()


def _writer_lock(db_path: Path) -> threading.RLock:
    with _WRITER_LOCKS_GUARD:
        return _WRITER_LOCKS.setdefault(str(db_path.resolve()), threading.RLock())


@contextmanager
def writing(path: Path | str | None = None, wait_s: float | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection; a new file is created, migrated and given its reference data.
    Writers wait for each other, in this process and in others, up to ``wait_s`` seconds
    (:func:`kla.config.write_wait_seconds` by default), then raise :class:`DatabaseBusy`."""
    wait_s = config.write_wait_seconds() if wait_s is None else wait_s
    db_path = Path(path) if path else config.database_path()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    _release_kept_open()  # this thread's own read-only handle would keep the writer out
    lock = _writer_lock(db_path)
    started = time.monotonic()
    if not lock.acquire(timeout=wait_s):
        raise DatabaseBusy(t("database_busy_path", path=db_path))
    try:
        remaining = max(0.0, wait_s - (time.monotonic() - started))
        with _prepared(_connect(db_path, read_only=False, wait_s=remaining)) as con:
            yield con
    finally:
        _OPEN_FOR_RUN.stamp = None  # the file has changed: the run's next read looks again
        lock.release()


@contextmanager
def scratch() -> Iterator[duckdb.DuckDBPyConnection]:
    """An in-memory database with the schema and reference data, for checking a file
    without creating or touching any database file."""
    with _prepared(duckdb.connect(":memory:")) as con:
        yield con


class DatabaseDraft:
    """A new database prepared under a temporary name beside ``path`` (use :func:`writing` on
    :attr:`path`), for checking a file against while no database exists at ``path``.
    :meth:`put_in_place` makes it the database at ``path``; leaving the block removes it
    otherwise, so a rejected file creates nothing. Preparing it while the file is being read
    spares the load the schema and the reference data (60 ms)."""

    def __init__(self, target: Path) -> None:
        self.target = Path(target)
        self.path = self.target.with_name(f".{self.target.name}.{uuid4().hex}.baru")

    def __enter__(self) -> DatabaseDraft:
        return self

    def __exit__(self, *exc_info: object) -> None:
        for leftover in (self.path, self.path.with_name(self.path.name + ".wal")):
            leftover.unlink(missing_ok=True)

    def put_in_place(self) -> bool:
        """Make the draft (closed) the database at ``path``; False when one appeared there
        meanwhile (another upload's): that one stays, and the draft is dropped on leaving."""
        try:
            os.link(self.path, self.target)
        except FileExistsError:
            return False
        return True


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
        _insert_rows(con, "components", [(c.code, c.order, c.name_id, c.name_en) for c in catalog.COMPONENTS])
        _insert_rows(con, "opd", [(o.code, o.short_name, o.full_name) for o in opds])
        _insert_rows(
            con,
            "measures",
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
                    m.sensitive,
                )
                for position, m in enumerate(measures)
            ],
        )
        _insert_rows(con, "regions", [(r.code, r.name, r.level, r.parent_code, i) for i, r in enumerate(region_rows)])
        con.execute("DELETE FROM targets WHERE kind = 'acuan_nasional'")
        _insert_rows(
            con,
            "targets",
            [
                (m.code, m.benchmark_year, root, m.benchmark_value, "acuan_nasional", m.benchmark_source)
                for m in measures
                if m.benchmark_value is not None
            ],
        )
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def _insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple]) -> None:
    """Insert ``rows`` (tuples in the table's column order) at once: ``executemany`` inserts
    them one by one, which took 0,9 s for a province's 11,000 regions."""
    if not rows:
        return
    frame = pd.DataFrame(rows, columns=[f"c{index}" for index in range(len(rows[0]))], dtype=object)
    con.register("reference_rows", frame)
    try:
        con.execute(f"INSERT INTO {table} SELECT * FROM reference_rows")
    finally:
        con.unregister("reference_rows")


def set_setting(con: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    """Store one database-wide setting (e.g. ``sample_data``)."""
    con.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", [key, value])
