"""Nothing lost: the integrity check, backups and restores (issue 9, item 3), on real databases
and through the command line."""

import json
import time
import zipfile
from pathlib import Path

import pytest

from kla import integrity, store
from kla.users import PermissionRefused, User
from loaders.backup import BackupRefused, backup, restore
from tests.cli import current_values as _current
from tests.cli import loaders_cli as _cli
from tests.page_runs import dashboard_app


def _findings(db: Path) -> list[str]:
    with store.reading(db) as con:
        return [finding.key for finding in integrity.check(con)]


def test_the_sample_database_is_whole_and_the_cli_says_so(sample_db):
    assert _findings(sample_db) == []
    done = _cli("check", "--db", str(sample_db))
    assert done.returncode == 0 and "utuh" in done.stdout
    report = json.loads(_cli("check", "--json", "--db", str(sample_db)).stdout)
    assert report["utuh"] is True and report["values"] > 4000


@pytest.mark.parametrize(
    ("damage", "key"),
    [
        (
            "INSERT INTO observation_history SELECT * REPLACE (999 AS upload_id) FROM observation_history LIMIT 1",
            "integrity_orphan_rows",
        ),
        (
            "INSERT INTO observation_history SELECT * REPLACE (value + 1 AS value) FROM observations_raw LIMIT 1",
            "integrity_double_current",
        ),
        (
            "DELETE FROM observation_history WHERE rowid IN (SELECT min(rowid) FROM observation_history)",
            "integrity_missing_rows",
        ),
    ],
)
def test_a_history_that_does_not_hold_together_is_named(sample_db, damage, key):
    with store.writing(sample_db) as con:
        con.execute(
            "CREATE TEMP VIEW observations_raw AS SELECT * FROM observation_history "
            "WHERE superseded_by IS NULL AND withdrawn_by IS NULL"
        )
        con.execute(damage)
    assert key in _findings(sample_db)
    done = _cli("check", "--db", str(sample_db))
    assert done.returncode == 1 and "tidak utuh" in done.stdout and "python -m loaders restore" in done.stdout


def test_a_missing_or_changed_archive_file_is_named(sample_db):
    with store.reading(sample_db) as con:
        first, second = [
            integrity.archived_file(con, row[0])
            for row in con.execute("SELECT archive_path FROM uploads ORDER BY upload_id LIMIT 2").fetchall()
        ]
    moved = first.with_suffix(".disimpan")
    first.rename(moved)
    original = second.read_bytes()
    second.write_bytes(original + b"x")
    try:
        assert _findings(sample_db) == ["integrity_archive_missing", "integrity_archive_changed"]
    finally:
        moved.rename(first)
        second.write_bytes(original)


def test_a_damaged_database_file_is_said_plainly(sample_db):
    data = bytearray(sample_db.read_bytes())
    data[10:40] = b"X" * 30  # the file header
    sample_db.write_bytes(bytes(data))
    done = _cli("check", "--db", str(sample_db))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "tidak dapat dibuka" in done.stderr and "python -m loaders restore" in done.stderr


def test_backup_then_restore_elsewhere_gives_back_every_value_and_file(sample_db, tmp_path):
    archive = tmp_path / "cadangan.zip"
    done = _cli("backup", "--db", str(sample_db), "--out", str(archive))
    assert done.returncode == 0, done.stderr
    target = tmp_path / "lain" / "kla.duckdb"
    done = _cli("restore", str(archive), "--db", str(target))
    assert done.returncode == 0, done.stderr
    assert _current(target) == _current(sample_db)
    assert _findings(target) == []
    with store.reading(target) as con:
        paths = [Path(row[0]) for row in con.execute("SELECT archive_path FROM uploads").fetchall()]
        assert con.execute("SELECT action, actor FROM audit_log WHERE action = 'restore'").fetchall() == [
            ("restore", "operator lokal")
        ]
    assert paths and all(path.parent == target.parent / "arsip" and path.exists() for path in paths)


def test_restore_keeps_the_database_it_replaces(sample_db, tmp_path):
    archive = backup(sample_db, tmp_path / "cadangan.zip").path
    before = _current(sample_db)
    with store.writing(sample_db) as con:
        con.execute("DELETE FROM observation_history")  # a mistake to recover from
    summary = restore(archive, sample_db)
    assert _current(sample_db) == before
    with store.reading(summary.previous) as con:
        assert con.execute("SELECT count(*) FROM observation_history").fetchone()[0] == 0


def _rewritten(archive: Path, out: Path, change) -> Path:
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            target.writestr(item, change(item.filename, source.read(item.filename)))
    return out


def test_a_damaged_or_foreign_backup_changes_nothing(sample_db, tmp_path):
    archive = backup(sample_db, tmp_path / "cadangan.zip").path
    before = sample_db.read_bytes()

    def flip(name: str, data: bytes) -> bytes:
        return data[:5000] + bytes([data[5000] ^ 0xFF]) + data[5001:] if name == "kla.duckdb" else data

    def newer(name: str, data: bytes) -> bytes:
        return data.replace(b'"schema_version": ', b'"schema_version": 9') if name == "manifest.json" else data

    candidates = {
        "rusak": _rewritten(archive, tmp_path / "rusak.zip", flip),
        "baru": _rewritten(archive, tmp_path / "baru.zip", newer),
        "bukan": tmp_path / "bukan.zip",
    }
    candidates["bukan"].write_bytes(b"bukan zip")
    expected = {"rusak": "rusak", "baru": "lebih baru", "bukan": "bukan berkas cadangan"}
    for name, candidate in candidates.items():
        with pytest.raises(BackupRefused, match=expected[name]):
            restore(candidate, sample_db)
        done = _cli("restore", str(candidate), "--db", str(sample_db))
        assert done.returncode == 1 and "Tidak ada yang diubah" in done.stderr and "Traceback" not in done.stderr
    assert sample_db.read_bytes() == before
    assert not list(sample_db.parent.glob("*.sebelum-pulih-*"))


def test_only_an_administrator_restores(db, tmp_path):
    archive = backup(db, tmp_path / "cadangan.zip").path
    with pytest.raises(PermissionRefused):
        restore(archive, db, User("dinkes1", "analis", ("DINKES",), "cli"))


def test_the_dashboard_tells_everyone_when_the_database_is_not_whole(sample_db, monkeypatch):
    with store.writing(sample_db) as con:
        con.execute("UPDATE uploads SET rows_in_file = rows_in_file + 1 WHERE upload_id = 1")
    monkeypatch.setenv("KLA_DB", str(sample_db))
    app = dashboard_app()
    app.run()
    for _ in range(50):  # the check runs beside the first page, not before it
        app.run()
        if app.error:
            break
        time.sleep(0.1)
    assert any("tidak utuh" in error.value and "1 unggahan" in error.value for error in app.error)
