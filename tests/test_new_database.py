"""A database that does not exist yet: created only by a loaded file (from a draft prepared
while the file is checked), never by a rejected file or a dry run."""

from kla import store
from loaders.ingest import ingest_file
from tests.workbooks import write_workbook


def test_rejected_files_and_dry_runs_create_no_database(tmp_path, empty_db):
    bad = write_workbook(tmp_path / "salah.xlsx", [["I-99", 2024, "35.79", "", 1]])
    good = write_workbook(tmp_path / "benar.xlsx", [["I-4A", 2024, "35.79", "", 96]])
    assert ingest_file(bad, empty_db).status == "rejected"
    assert ingest_file(good, empty_db, dry_run=True).added == 1
    assert not empty_db.exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["benar.xlsx", "salah.xlsx"]  # no draft left


def test_a_first_upload_lands_in_a_database_another_upload_made_meanwhile(tmp_path, empty_db, monkeypatch):
    """A new database is prepared as a draft and put in place once loaded; if another upload
    made the database while this one was checked, this one is loaded into that database."""
    from loaders import ingest

    other = write_workbook(tmp_path / "lain.xlsx", [["I-4A", 2023, "35.79", "", 95]])
    mine = write_workbook(tmp_path / "saya.xlsx", [["I-4A", 2024, "35.79", "", 96]])
    preview = ingest._preview

    def another_upload_first(*args, **kwargs):
        monkeypatch.setattr(ingest, "_preview", preview)
        assert ingest_file(other, empty_db).status == "accepted"
        return preview(*args, **kwargs)

    monkeypatch.setattr(ingest, "_preview", another_upload_first)
    report = ingest_file(mine, empty_db)
    assert (report.status, report.added, report.upload_id) == ("accepted", 1, 2)
    with store.reading(empty_db) as con:
        assert con.execute("SELECT file_name FROM uploads ORDER BY upload_id").fetchall() == [
            ("lain.xlsx",),
            ("saya.xlsx",),
        ]
    assert not [path.name for path in tmp_path.iterdir() if path.name.endswith(".baru")]
