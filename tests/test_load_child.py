"""The workbook is parsed in a child process with a time and a memory limit, started before
the database is opened: a file that hangs or blows up the parser costs that child only, and
the child never outlives the upload."""

from datetime import date

import pytest

from loaders.ingest import ingest_file
from loaders.workbook import SheetsReading, read_sheets, unpack_sheets
from tests.workbooks import write_workbook

ROWS = [["I-4A", 2024, "35.79", "", 96]]


def _only_error(report) -> str:
    assert report.status == "rejected"
    (error,) = report.errors
    return error.message


def test_a_parser_over_its_time_limit_is_stopped(tmp_path, empty_db, monkeypatch):
    monkeypatch.setenv("KLA_PARSE_TIMEOUT_S", "0.001")
    message = _only_error(ingest_file(write_workbook(tmp_path / "lambat.xlsx", ROWS), empty_db))
    assert "terlalu lama" in message
    assert not empty_db.exists()


def test_a_parser_over_its_memory_limit_is_refused_not_fatal(tmp_path, empty_db, monkeypatch):
    monkeypatch.setenv("KLA_PARSE_MEMORY_MB", "2")
    many = [["I-4A", 2000 + index % 25, "35.79", "", index % 100] for index in range(20_000)]
    message = _only_error(ingest_file(write_workbook(tmp_path / "rakus.xlsx", many), empty_db))
    assert "tidak dapat dibaca sebagai buku kerja" in message


def test_the_child_ends_with_the_block_that_started_it(tmp_path):
    path = write_workbook(tmp_path / "biasa.xlsx", ROWS)
    with pytest.raises(RuntimeError), SheetsReading(path) as reading:  # noqa: PT012
        process = reading._process
        raise RuntimeError("the database was busy")
    assert process.returncode is not None


def test_a_file_refused_at_the_door_starts_no_parser(tmp_path, empty_db, monkeypatch):
    started = []
    monkeypatch.setattr("loaders.workbook.subprocess.Popen", lambda *args, **options: started.append(args))
    monkeypatch.setenv("KLA_MAX_UPLOAD_MB", "0.001")
    assert "melebihi batas" in _only_error(ingest_file(write_workbook(tmp_path / "besar.xlsx", ROWS), empty_db))
    assert started == []


def test_a_library_writing_to_standard_output_does_not_spoil_the_reply(tmp_path):
    import subprocess
    import sys

    path = write_workbook(tmp_path / "biasa.xlsx", ROWS)
    noisy = (
        "import sys, loaders.parse_worker as worker; read = worker.read_in_this_process; "
        "worker.read_in_this_process = lambda path, *rest: (print('WARNING *** file size'), read(path, *rest))[1]; "
        f"sys.argv = ['worker', {str(path)!r}, str(2**31)]; sys.exit(worker.main())"
    )
    done = subprocess.run([sys.executable, "-c", noisy], capture_output=True, check=True)
    (sheet,) = unpack_sheets(done.stdout)
    assert sheet.rows[1][0] == "I-4A"
    assert b"WARNING" in done.stderr


def test_sheets_come_back_whole_with_texts_numbers_and_dates(tmp_path):
    # A grid of texts and numbers travels as marshal, one with a date cell as pickle: both whole.
    plain = write_workbook(tmp_path / "biasa.xlsx", ROWS, extra_sheets={"Catatan": [["dicatat", 1.5, True]]})
    dated = write_workbook(tmp_path / "tanggal.xlsx", [["I-4A", 2024, "35.79", "", 96, date(2025, 1, 31)]])
    sheets = {sheet.name: sheet for sheet in read_sheets(plain)}
    assert sheets["Data"].rows[1][:5] == ["I-4A", 2024.0, "35.79", "", 96.0]
    assert sheets["Catatan"].rows == [["dicatat", 1.5, True]]
    (sheet,) = read_sheets(dated)
    assert sheet.rows[1][:5] == ["I-4A", 2024.0, "35.79", "", 96.0]
    assert sheet.rows[1][5] == date(2025, 1, 31)
