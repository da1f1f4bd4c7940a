"""Backups: the database and every archived upload in one zip file, and back again.

A backup is taken under a read-only connection, which lets the dashboard go on reading but
keeps any loader from writing while the file is copied, so the copy is one state of the
database. A restore checks the backup through (every member's SHA-256, then the restored
database's integrity) before it replaces anything; the database it replaces is kept beside it.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kla import audit, integrity, schema, store
from kla.text import t
from kla.users import LOCAL_OPERATOR, User, require_admin
from loaders.archive import archive_dir, archived_profiles, file_sha256

MANIFEST = "manifest.json"
DATABASE = "kla.duckdb"
ARCHIVE = "arsip/"
FORMAT = 1


class BackupRefused(RuntimeError):
    """A backup that cannot be restored, or a database that cannot be backed up; the message
    says why and what to do."""


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds (or a restore put back)."""

    path: Path
    uploads: int
    values: int
    archived_files: int
    previous: Path | None = None  # where a restore kept the database it replaced


def backup(db_path: Path, out: Path, lang: str = "id") -> BackupSummary:
    """Write the database at ``db_path`` and its archived uploads into the zip file ``out``
    (written whole under a temporary name, then put in place)."""
    with tempfile.TemporaryDirectory(dir=out.parent) as folder:
        copy = Path(folder) / DATABASE
        with store.reading(db_path, wait_s=120) as con:
            counts = integrity.summary(con)
            recorded = con.execute(
                "SELECT DISTINCT archive_path FROM uploads WHERE archive_path IS NOT NULL ORDER BY 1"
            )
            archived = [integrity.archived_file(con, row[0]) for row in recorded.fetchall()]
            shutil.copyfile(db_path, copy)  # no writer can run while this connection is open
            wal = db_path.with_name(db_path.name + ".wal")
            if wal.exists():
                shutil.copyfile(wal, copy.with_name(DATABASE + ".wal"))
        missing = [path for path in archived if not path.exists()]
        if missing:
            raise BackupRefused(t("backup_archive_missing", lang, count=len(missing), first=missing[0]))
        profiles = [kept for path in archived for kept in archived_profiles(path)]  # as each export was read
        members = {DATABASE: copy, **{ARCHIVE + path.name: path for path in [*archived, *profiles]}}
        wal_copy = copy.with_name(DATABASE + ".wal")
        if wal_copy.exists():
            members[DATABASE + ".wal"] = wal_copy
        manifest = {
            "format": FORMAT,
            "made_at": datetime.now().isoformat(timespec="seconds"),
            "schema_version": schema.LATEST_VERSION,
            **counts,
            "files": {name: file_sha256(path) for name, path in members.items()},
        }
        partial = Path(folder) / "cadangan.zip"
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
            bundle.writestr(MANIFEST, json.dumps(manifest, indent=2))
            for name, path in members.items():
                bundle.write(path, name)
        os.replace(partial, out)
    return BackupSummary(out, counts["uploads"], counts["values"], len(archived))


def _read_manifest(bundle: zipfile.ZipFile, source: Path, lang: str) -> dict:
    try:
        manifest = json.loads(bundle.read(MANIFEST))
    except (KeyError, ValueError) as error:
        raise BackupRefused(t("restore_not_backup", lang, file=source)) from error
    if manifest.get("format") != FORMAT or DATABASE not in manifest.get("files", {}):
        raise BackupRefused(t("restore_not_backup", lang, file=source))
    if manifest["schema_version"] > schema.LATEST_VERSION:
        raise BackupRefused(t("restore_newer", lang, found=manifest["schema_version"], expected=schema.LATEST_VERSION))
    return manifest


def _unpack(source: Path, folder: Path, lang: str) -> dict:
    """Every member of the backup ``source`` written into ``folder`` and checked against its
    recorded SHA-256; returns the manifest."""
    try:
        with zipfile.ZipFile(source) as bundle:
            manifest = _read_manifest(bundle, source, lang)
            for name, expected in manifest["files"].items():
                target = folder / name
                if target.resolve().parent not in (folder.resolve(), (folder / ARCHIVE).resolve()):
                    raise BackupRefused(t("restore_not_backup", lang, file=source))
                target.parent.mkdir(parents=True, exist_ok=True)
                with bundle.open(name) as member, target.open("wb") as out:
                    shutil.copyfileobj(member, out)
                if file_sha256(target) != expected:
                    raise BackupRefused(t("restore_damaged", lang, file=source, member=name))
    except (zipfile.BadZipFile, KeyError, OSError) as error:
        raise BackupRefused(t("restore_not_backup", lang, file=source)) from error
    return manifest


def _adopt(unpacked: Path, target_archive: Path, user: User, source: Path, lang: str) -> None:
    """Point the unpacked database's history at the archive folder it will live beside, check it
    through, and record the restore in its audit trail."""
    with store.writing(unpacked) as con:
        con.execute(
            "UPDATE uploads SET archive_path = ? || '/' || regexp_extract(archive_path, '[^/]+$') "
            "WHERE archive_path IS NOT NULL",
            [str(target_archive)],
        )
        con.execute("CHECKPOINT")
        findings = integrity.check(con, thorough=True)
        if findings:
            raise BackupRefused(t("restore_not_whole", lang, file=source, problem=findings[0].message(lang)))
        audit.record(con, user, "restore", subject=source.name)


def restore(source: Path, db_path: Path, user: User = LOCAL_OPERATOR, lang: str = "id") -> BackupSummary:
    """Put the backup ``source`` in place of the database at ``db_path`` (and its archived files
    beside it), after checking it through. The database it replaces is kept as
    ``<name>.sebelum-pulih-<time>``; nothing is replaced when the backup is refused. Only an
    administrator (or the operator on the server) may restore."""
    require_admin(user, "restore")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    target_archive = archive_dir(db_path)
    with tempfile.TemporaryDirectory(dir=db_path.parent) as folder:
        unpacked = Path(folder)
        manifest = _unpack(source, unpacked, lang)
        for archived in (unpacked / ARCHIVE).glob("*") if (unpacked / ARCHIVE).exists() else []:
            target_archive.mkdir(parents=True, exist_ok=True)
            if not (target_archive / archived.name).exists():  # named by their SHA-256: same name, same bytes
                shutil.copyfile(archived, target_archive / archived.name)
        _adopt(unpacked / DATABASE, target_archive, user, source, lang)
        previous = None
        if db_path.exists():
            with store.writing(db_path, wait_s=120) as con:  # wait for readers and loaders to finish
                con.execute("CHECKPOINT")
            previous = db_path.with_name(f"{db_path.name}.sebelum-pulih-{datetime.now():%Y%m%d-%H%M%S}")
            shutil.copyfile(db_path, previous)
        db_path.with_name(db_path.name + ".wal").unlink(missing_ok=True)
        os.replace(unpacked / DATABASE, db_path)
    archived_files = sum(name.startswith(ARCHIVE) for name in manifest["files"])
    return BackupSummary(db_path, manifest["uploads"], manifest["values"], archived_files, previous)
