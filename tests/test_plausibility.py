"""Plausibility warnings of an upload: values far from their series' history and sudden jumps,
warned about but loaded, judged against the values before the upload."""

from kla import config
from loaders.ingest import ingest_file
from tests.workbooks import write_workbook


def test_unusual_values_are_warned_about_but_loaded(tmp_path, sample_db):
    rows = [["III-13A", 2025, "Desa Punten", "", 45.0, None, None, "e-PPGBM"], ["III-12", 2025, "Punten", "", 99]]
    report = ingest_file(write_workbook(tmp_path / "aneh.xlsx", rows), sample_db)
    assert report.status == "accepted"
    about_punten = [w.message for w in report.warnings if w.cell == "Data!E2"]
    assert any("jauh dari riwayat" in m for m in about_punten)
    assert any("3 kali lipat dari tahun 2024" in m for m in about_punten)
    assert not [w for w in report.warnings if w.cell == "Data!E3"]


def test_a_loads_warnings_compare_with_the_values_before_it_though_worked_out_alongside(
    tmp_path, sample_db, monkeypatch
):
    """The plausibility warnings of a load are worked out while it is written; here they are
    held back until it is committed, and still compare with the values before it."""
    import threading

    from kla import uploads
    from loaders import plausibility

    committed = threading.Event()
    write_upload, warnings_of = uploads.write_upload, plausibility.plausibility_warnings

    def write_then_tell(*args, **kwargs):
        written = write_upload(*args, **kwargs)
        committed.set()
        return written

    def after_the_commit(*args, **kwargs):
        assert committed.wait(10)
        return warnings_of(*args, **kwargs)

    monkeypatch.setattr(uploads, "write_upload", write_then_tell)
    monkeypatch.setattr(plausibility, "plausibility_warnings", after_the_commit)
    rows = [["III-13A", 2025, "Desa Punten", "", 45.0, None, None, "e-PPGBM"]]
    report = ingest_file(write_workbook(tmp_path / "aneh.xlsx", rows), sample_db)
    assert report.status == "accepted" and report.upload_id is not None
    about_punten = [w.message for w in report.warnings if w.cell == "Data!E2"]
    assert any("jauh dari riwayat" in m for m in about_punten)
    assert any("3 kali lipat dari tahun 2024" in m for m in about_punten)


def test_reloading_the_same_figures_raises_no_plausibility_warnings(sample_db):
    report = ingest_file(config.SAMPLE_DIR / "dinkes.xlsx", sample_db, dry_run=True)
    assert report.unchanged == report.rows
    assert not [w for w in report.warnings if "riwayat" in w.message or "lipat" in w.message]
