"""Is the database whole? Checks that a person can act on, each problem said plainly with what
to do about it (run at start-up by the dashboard, and by ``python -m loaders check``).

DuckDB verifies each block's checksum when it reads it, so reading every table through finds a
damaged file; the rest are the promises of the upload history: every value belongs to a loaded
file, each value's identity has at most one current value, each file's rows are all there, and
the archive holds every file the history names.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import duckdb

from kla import schema, uploads
from kla.sql import first
from kla.text import t


@dataclass(frozen=True)
class Finding:
    """One problem: the text key of what is wrong, with its values."""

    key: str
    values: tuple[tuple[str, object], ...] = ()

    def message(self, lang: str) -> str:
        """What is wrong, in ``lang``."""
        return t(self.key, lang, **dict(self.values))

    def fix(self, lang: str) -> str:
        """What to do about it, in ``lang``."""
        return t("fix_restore_or_rebuild", lang)


def _finding(key: str, **values: object) -> Finding:
    return Finding(key, tuple(values.items()))


def _tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [
        row[0]
        for row in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' ORDER BY table_name"
        ).fetchall()
    ]


def _unreadable_tables(con: duckdb.DuckDBPyConnection) -> list[Finding]:
    findings = []
    for table in _tables(con):
        try:
            columns = [row[0] for row in con.execute(f'DESCRIBE "{table}"').fetchall()]
            hashed = ", ".join(f'"{column}"' for column in columns)
            con.execute(f'SELECT sum(hash({hashed})) FROM "{table}"').fetchone()  # every value read
        except duckdb.Error as error:
            findings.append(_finding("integrity_unreadable", table=table, error=str(error)[:200]))
    return findings


def _history_findings(con: duckdb.DuckDBPyConnection, history: uploads.HistoryTable) -> list[Finding]:
    table = history.table
    checks = {
        "integrity_orphan_rows": f"""
            SELECT count(*) FROM {table} h
            WHERE NOT EXISTS (SELECT 1 FROM uploads u WHERE u.upload_id = h.upload_id)
               OR (h.superseded_by IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM uploads u WHERE u.upload_id = h.superseded_by))
               OR (h.withdrawn_by IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM uploads u WHERE u.upload_id = h.withdrawn_by))""",
        "integrity_missing_rows": f"""
            SELECT count(*) FROM uploads u
            WHERE u.kind = ? AND u.rows_in_file <> (SELECT count(*) FROM {table} h WHERE h.upload_id = u.upload_id)""",
    }
    counts = {key: con.execute(sql, [history.kind] if "?" in sql else []).fetchone()[0] for key, sql in checks.items()}
    counts["integrity_double_current"] = _double_current(con, history)
    return [_finding(key, count=count, table=table) for key, count in counts.items() if count]


def _double_current(con: duckdb.DuckDBPyConnection, history: uploads.HistoryTable) -> int:
    """How many identities have more than one current row, counted one measure (or budget
    year) at a time: one grouping of ten million rows took 900 MB of memory at province size."""
    table, part, identity = history.table, history.identity[0], ", ".join(history.identity)
    count = 0
    for (value,) in con.execute(f"SELECT DISTINCT {part} FROM {table}").fetchall():
        count += con.execute(
            f"""SELECT count(*) FROM (
                    SELECT 1 FROM {table} WHERE {part} = ? AND superseded_by IS NULL AND withdrawn_by IS NULL
                    GROUP BY {identity} HAVING count(*) > 1)""",
            [value],
        ).fetchone()[0]
    return count


def archived_file(con: duckdb.DuckDBPyConnection, recorded: str) -> Path:
    """Where the archived file recorded as ``recorded`` is: uploads are archived in ``arsip/``
    beside the database file (:func:`loaders.archive.archive_dir`), and a path recorded relative
    to the folder the loader ran in is looked for there first."""
    path = Path(recorded)
    if path.exists():
        return path
    database = first(con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()"))
    return Path(database[0]).parent / "arsip" / path.name if database and database[0] else path


def _archive_findings(con: duckdb.DuckDBPyConnection, hash_files: bool) -> list[Finding]:
    findings = []
    rows = con.execute(
        "SELECT upload_id, file_name, sha256, archive_path FROM uploads WHERE archive_path IS NOT NULL ORDER BY 1"
    ).fetchall()
    for upload_id, name, sha256, archive_path in rows:
        path = archived_file(con, archive_path)
        if not path.exists():
            findings.append(_finding("integrity_archive_missing", upload=upload_id, file=name, path=path))
        elif hash_files and hashlib.sha256(path.read_bytes()).hexdigest() != sha256:
            findings.append(_finding("integrity_archive_changed", upload=upload_id, file=name, path=path))
    return findings


def check(con: duckdb.DuckDBPyConnection, thorough: bool = True) -> list[Finding]:
    """Every problem found in the database ``con`` (empty when it is whole). ``thorough`` also
    reads every value of every table and compares each archived file's bytes with the SHA-256
    the history recorded (seconds at province size; the dashboard's start-up check skips it)."""
    version = schema.current_version(con)
    if version != schema.LATEST_VERSION:
        return [_finding("integrity_schema", found=version, expected=schema.LATEST_VERSION)]
    findings = _unreadable_tables(con) if thorough else []
    if findings:
        return findings
    for history in uploads.KINDS.values():
        findings += _history_findings(con, history)
    return findings + _archive_findings(con, hash_files=thorough)


def summary(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """How much the database holds: uploads and current values (for the report of a check)."""
    uploads_count = con.execute("SELECT count(*) FROM uploads").fetchone()[0]
    values = con.execute("SELECT count(*) FROM observations").fetchone()[0]
    return {"uploads": uploads_count, "values": values}
