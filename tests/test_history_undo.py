"""Replace, undo, archive, history, template and rebuild: with real files and the real CLI."""

import json
from pathlib import Path

import duckdb
from openpyxl import load_workbook

from kla import schema, store
from loaders.archive import archive_dir
from loaders.ingest import ingest_file
from tests.cli import current_values as _current
from tests.cli import loaders_cli as _cli
from tests.workbooks import write_workbook


def _correction(tmp_path: Path) -> Path:
    rows = [["III-13A", 2025, "Desa Punten", "", 13.0, None, None, "e-PPGBM"], ["III-13A", 2026, "35.79", "", 9.9]]
    return write_workbook(tmp_path / "koreksi.xlsx", rows)


def test_undo_brings_back_exactly_what_was_replaced(tmp_path, sample_db):
    before = _current(sample_db)
    report = ingest_file(_correction(tmp_path), sample_db)
    assert (report.added, report.changed) == (1, 1)
    assert _current(sample_db) != before
    undone = _cli("undo", str(report.upload_id), "--db", str(sample_db))
    assert undone.returncode == 0 and "1 nilai lama dikembalikan" in undone.stdout
    assert _current(sample_db) == before
    again = _cli("undo", str(report.upload_id), "--db", str(sample_db))
    assert again.returncode == 1 and "sudah dibatalkan" in again.stderr
    with store.reading(sample_db) as con:
        kept = con.execute(
            "SELECT count(*) FROM observation_history WHERE upload_id = ?", [report.upload_id]
        ).fetchall()
    assert kept == [(2,)]  # the undone values stay in history


def test_undoing_an_older_upload_never_overrides_newer_figures(tmp_path, sample_db):
    first = ingest_file(_correction(tmp_path), sample_db)
    newer = write_workbook(tmp_path / "lebih-baru.xlsx", [["III-13A", 2025, "Desa Punten", "", 12.0, None, None, "x"]])
    assert ingest_file(newer, sample_db).changed == 1
    _cli("undo", str(first.upload_id), "--db", str(sample_db))
    with store.reading(sample_db) as con:
        punten = con.execute(
            "SELECT value FROM observations WHERE indicator_code='III-13A' AND year=2025 "
            "AND region_code='35.79.02.2001' AND sex='L+P'"
        ).fetchall()
    assert punten == [(12.0,)]


def test_history_newest_first_with_status(tmp_path, sample_db):
    report = ingest_file(_correction(tmp_path), sample_db, opd="DINKES")
    _cli("undo", str(report.upload_id), "--db", str(sample_db))
    result = _cli("history", "--db", str(sample_db), "--json")
    uploads = json.loads(result.stdout)
    assert uploads[0]["upload_id"] == report.upload_id and uploads[0]["status"] == "dibatalkan"
    assert uploads[0]["opd_code"] == "DINKES" and uploads[0]["rows_changed"] == 1
    assert [u["upload_id"] for u in uploads] == sorted((u["upload_id"] for u in uploads), reverse=True)
    assert "koreksi.xlsx" in _cli("history", "--db", str(sample_db)).stdout


def test_raw_files_are_archived_and_the_same_file_twice_is_recognised(tmp_path, empty_db):
    path = _correction(tmp_path)
    first = ingest_file(path, empty_db)
    archived = list(archive_dir(empty_db).iterdir())
    assert len(archived) == 1 and archived[0].read_bytes() == path.read_bytes()
    second = ingest_file(path, empty_db)
    assert second.status == "accepted" and second.already_loaded_as == first.upload_id and second.upload_id is None
    assert "sudah dimuat sebagai unggahan" in second.warnings[0].message
    with store.reading(empty_db) as con:
        assert con.execute("SELECT count(*) FROM uploads").fetchall() == [(1,)]


def test_dry_run_lists_old_and_new_values(tmp_path, sample_db):
    report = ingest_file(_correction(tmp_path), sample_db, dry_run=True)
    (change,) = report.changes
    assert change["region_code"] == "35.79.02.2001" and change["new_value"] == 13.0
    assert round(change["old_value"], 2) == 14.05
    shown = _cli("ingest", str(_correction(tmp_path)), "--db", str(sample_db), "--dry-run")
    assert "III-13A 2025 35.79.02.2001 L+P: 14,05 → 13,00" in shown.stdout


def test_a_load_lists_the_values_it_changed_as_the_dry_run_did(tmp_path, sample_db):
    preview = ingest_file(_correction(tmp_path), sample_db, dry_run=True)
    loaded = ingest_file(_correction(tmp_path), sample_db)
    assert loaded.upload_id is not None and loaded.changes == preview.changes
    assert (loaded.added, loaded.changed, loaded.unchanged) == (preview.added, preview.changed, preview.unchanged)


def test_rebuild_from_the_archive_gives_the_same_observations(tmp_path, empty_db):
    from loaders.sample_db import build_sample_database

    assert build_sample_database(empty_db) == 0
    report = ingest_file(_correction(tmp_path), empty_db)
    ingest_file(write_workbook(tmp_path / "lain.xlsx", [["I-5", 2025, "Kec. Batu", "", 4]]), empty_db)
    _cli("undo", str(report.upload_id), "--db", str(empty_db))
    before = _current(empty_db)
    result = _cli("rebuild", "--db", str(empty_db))
    assert result.returncode == 0, result.stderr
    assert "sama persis" in result.stdout
    assert _current(empty_db) == before
    assert empty_db.with_name(empty_db.name + ".bak").exists()


def test_template_of_an_opd(tmp_path, empty_db):
    out = tmp_path / "templat-dinkes.xlsx"
    result = _cli("template", "--opd", "dinkes", "--out", str(out), "--year", "2025")
    assert result.returncode == 0, result.stderr
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["Petunjuk", "Data", "Referensi"]
    data = workbook["Data"]
    codes = {row[0] for row in data.iter_rows(min_row=2, values_only=True)}
    assert codes == {"III-12", "III-13A", "III-13B", "III-14A", "III-14B", "III-15", "III-17", "III-S1"}
    assert data.max_row - 1 == 5 * 25 + 1 * 4 + 2 * 1  # 5 desa measures (24 desa + city), 1 kecamatan, 2 city
    assert len(data.data_validations.dataValidation) == 3
    assert "persen" in data["E1"].comment.text
    assert "Petunjuk pengisian" in workbook["Petunjuk"]["A1"].value
    data["E2"] = 99.1
    workbook.save(out)
    report = ingest_file(out, empty_db, opd="DINKES")
    assert report.status == "accepted" and report.rows == 1
    assert _cli("template", "--opd", "NGAWUR", "--out", str(out)).returncode == 2


def test_a_version_1_database_is_migrated_with_its_data(tmp_path):
    path = tmp_path / "lama.duckdb"
    con = duckdb.connect(str(path))
    schema.migrate(con, target=1)
    con.execute("INSERT INTO uploads VALUES (1, 'a.xlsx', 'x', 'DINKES', now(), 1, 1, 0, 0, 0)")
    con.execute(
        "INSERT INTO observation_history VALUES "
        "('I-4A', 2024, '35.79', 'L+P', 'administrasi', 96, NULL, NULL, 'SIAK', NULL, 1, NULL)"
    )
    con.close()
    with store.writing(path) as con:
        assert schema.current_version(con) == schema.LATEST_VERSION
        assert con.execute("SELECT value, upload_id FROM observations").fetchall() == [(96.0, 1)]
        assert con.execute("SELECT status FROM uploads").fetchall() == [("aktif",)]


def _batu_i5_2024(db: Path) -> list[tuple]:
    with store.reading(db) as con:
        return con.execute(
            "SELECT value FROM observations WHERE indicator_code='I-5' AND year=2024 AND region_code='35.79.01' "
            "AND sex='L+P'"
        ).fetchall()


def _set_i5(tmp_path: Path, name: str, value: float) -> Path:
    return write_workbook(tmp_path / name, [["I-5", 2024, "Kec. Batu", "", value]])


def test_undoing_two_uploads_in_a_row_brings_back_the_value_before_both(tmp_path, sample_db):
    original = _batu_i5_2024(sample_db)
    first = ingest_file(_set_i5(tmp_path, "a.xlsx", 40), sample_db)
    second = ingest_file(_set_i5(tmp_path, "b.xlsx", 50), sample_db)
    for upload in (first, second):
        assert _cli("undo", str(upload.upload_id), "--db", str(sample_db)).returncode == 0
    assert _batu_i5_2024(sample_db) == original


def test_undoing_an_older_upload_keeps_a_newer_one_with_the_same_value(tmp_path, sample_db):
    older = ingest_file(_set_i5(tmp_path, "a.xlsx", 40), sample_db)
    newer = ingest_file(write_workbook(tmp_path / "b.xlsx", [["I-5", 2024, "Batu", "L+P", 40]]), sample_db)
    assert newer.unchanged == 1
    _cli("undo", str(older.upload_id), "--db", str(sample_db))
    assert _batu_i5_2024(sample_db) == [(40.0,)]


def test_rebuild_after_undos_in_any_order(tmp_path, empty_db):
    from loaders.sample_db import build_sample_database

    assert build_sample_database(empty_db) == 0
    first = ingest_file(_set_i5(tmp_path, "a.xlsx", 40), empty_db)
    second = ingest_file(_set_i5(tmp_path, "b.xlsx", 50), empty_db)
    _cli("undo", str(first.upload_id), "--db", str(empty_db))
    _cli("undo", str(second.upload_id), "--db", str(empty_db))
    before = _current(empty_db)
    result = _cli("rebuild", "--db", str(empty_db))
    assert result.returncode == 0 and "sama persis" in result.stdout
    assert _current(empty_db) == before


def test_a_rejected_file_and_a_dry_run_leave_the_database_file_untouched(tmp_path, sample_db):
    import hashlib

    digest = hashlib.sha256(sample_db.read_bytes()).hexdigest()
    assert (
        ingest_file(write_workbook(tmp_path / "x.xlsx", [["I-99", 2024, "Kota", "", 1]]), sample_db).status
        == "rejected"
    )
    ingest_file(_set_i5(tmp_path, "y.xlsx", 41), sample_db, dry_run=True)
    assert hashlib.sha256(sample_db.read_bytes()).hexdigest() == digest
