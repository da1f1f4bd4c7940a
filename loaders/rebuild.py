"""Rebuilding a database from its archive of raw files, replaying the uploads in order; an
export read through a layout profile is replayed with the profile archived beside it."""

from __future__ import annotations

from pathlib import Path

from kla import goal_store, profile_store, queries, store, uploads
from loaders.archive import archived_profiles
from loaders.ingest import ingest_file
from loaders.profile_sheets import LayoutChoice


def _snapshot(db_path: Path) -> list[list[tuple]]:
    """The current rows of every history table (measure values, budget)."""
    with store.reading(db_path) as con:
        return [
            con.execute(
                f"SELECT {', '.join(history.identity + history.content)} FROM {history.view} ORDER BY ALL"
            ).fetchall()
            for history in uploads.KINDS.values()
        ]


# Tables that are not rebuilt from files but carried over as they are, in their order (the
# audit trail gets fresh ids from its sequence, in the same order).
KEPT = {
    "users": "SELECT * FROM users ORDER BY name",
    "user_opd": "SELECT * FROM user_opd ORDER BY ALL",
    "audit_log": "SELECT * EXCLUDE (audit_id) FROM audit_log ORDER BY audit_id",
    "target_changes": "SELECT * FROM target_changes ORDER BY changed_at",
}


def _carry_over(con, kept: dict, history, replayed: dict[int, int]) -> None:
    """Accounts, the audit trail and the goal change log of the old database, as they were;
    each upload keeps who made it."""
    for table, frame in kept.items():
        con.execute(f"DELETE FROM {table}")
        if not frame.empty:
            con.register("kept_rows", frame)
            columns = ", ".join(frame.columns)
            con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM kept_rows")
            con.unregister("kept_rows")
    for upload in history.itertuples():
        con.execute(
            "UPDATE uploads SET uploaded_by = ? WHERE upload_id = ?", [upload.uploaded_by, replayed[upload.upload_id]]
        )


def rebuild(db_path: Path) -> tuple[int, bool]:
    """Rebuild ``db_path`` from the archived files of its uploads. When the current measure
    values and budget rows come out identical, the rebuilt file takes its place and the old
    one is kept as ``.bak``;
    otherwise the old file stays and the rebuilt one is left beside it as ``.baru``.
    Returns the number of uploads replayed and whether they were identical. Raises
    FileNotFoundError when an archived file is missing (nothing changes)."""
    with store.reading(db_path) as con:
        history = queries.upload_history(con).sort_values("upload_id")
        goals = con.execute(
            "SELECT indicator_code, year, region_code, value, source FROM targets WHERE kind = 'target_kota'"
        ).df()
        settings = con.execute("SELECT key, value FROM settings").fetchall()
        kept = {table: con.execute(sql).df() for table, sql in KEPT.items()}
    missing = [path for path in history["archive_path"] if not path or not Path(path).exists()]
    if missing:
        raise FileNotFoundError(", ".join(str(path) for path in missing))
    fresh = db_path.with_name(db_path.name + ".baru")
    for leftover in (fresh, fresh.with_name(fresh.name + ".wal")):
        leftover.unlink(missing_ok=True)
    replayed = {}
    for upload in history.itertuples():
        owner = upload.opd_code if isinstance(upload.opd_code, str) else None
        archived = Path(upload.archive_path)
        layout = LayoutChoice(profiles=tuple(profile_store.read(path) for path in archived_profiles(archived)))
        report = ingest_file(archived, fresh, opd=owner, file_name=upload.file_name, kind=upload.kind, layout=layout)
        replayed[upload.upload_id] = report.upload_id
    with store.writing(fresh) as con:
        # The newest active upload decides each value, so the order of the undos does not matter.
        for upload in history[history["status"] != "aktif"].itertuples():
            uploads.undo_upload(con, replayed[upload.upload_id])
        goal_store.replace_city_goals(con, goals)
        _carry_over(con, kept, history, replayed)
        for key, value in settings:
            store.set_setting(con, key, value)
        con.execute("CHECKPOINT")
    identical = _snapshot(fresh) == _snapshot(db_path)
    if identical:
        db_path.replace(db_path.with_name(db_path.name + ".bak"))
        fresh.replace(db_path)
    return len(history), identical
