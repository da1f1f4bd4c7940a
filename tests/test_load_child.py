"""The workbook is parsed in a child process with a time and a memory limit, started before
the database is opened: a file that hangs or blows up the parser costs that child only, and
the child never outlives the upload."""

import os
import select
import socket
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from loaders import parse_worker
from loaders.ingest import ingest_file
from loaders.parser_template import ready_parser
from loaders.workbook import SheetsReading, read_answer, read_sheets
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


def _ended(handle: int, within_s: float = 5.0) -> bool:
    """Whether the process of the pidfd ``handle`` ends within ``within_s`` seconds."""
    readable, _, _ = select.select([handle], [], [], within_s)
    return bool(readable)


def test_the_child_ends_with_the_block_that_started_it(tmp_path):
    path = write_workbook(tmp_path / "biasa.xlsx", ROWS)
    with pytest.raises(RuntimeError), SheetsReading(path) as reading:  # noqa: PT012
        handle = os.dup(reading._parse.handle)
        raise RuntimeError("the database was busy")
    try:
        assert _ended(handle)
    finally:
        os.close(handle)


def test_a_file_refused_at_the_door_starts_no_parser(tmp_path, empty_db, monkeypatch):
    started = []
    monkeypatch.setattr("loaders.workbook.start_parse", lambda *args: started.append(args))
    monkeypatch.setenv("KLA_MAX_UPLOAD_MB", "0.001")
    assert "melebihi batas" in _only_error(ingest_file(write_workbook(tmp_path / "besar.xlsx", ROWS), empty_db))
    assert started == []


def test_a_library_writing_to_standard_output_does_not_spoil_the_answer(tmp_path, monkeypatch):
    # xlrd prints warnings to standard output; the answer goes to a socket of its own.
    path = write_workbook(tmp_path / "biasa.xlsx", ROWS)
    read = parse_worker.read_in_this_process

    def noisy(*args):
        print("WARNING *** file size", flush=True)
        return read(*args)

    monkeypatch.setattr(parse_worker, "read_in_this_process", noisy)
    mine, theirs = socket.socketpair()
    pid = os.fork()
    if pid == 0:  # a parser process, as the template makes one
        try:
            mine.close()
            parse_worker.parse_into(path, 2**40, 60, theirs.detach())
        finally:
            os._exit(0)
    theirs.close()
    with mine:
        answer = b"".join(iter(lambda: mine.recv(2**20), b""))
    os.waitpid(pid, 0)
    (sheet,) = read_answer(answer)
    assert sheet.rows[1][0] == "I-4A"


def test_a_template_that_ended_is_started_again(tmp_path):
    path = write_workbook(tmp_path / "biasa.xlsx", ROWS)
    template = ready_parser()
    template._process.kill()
    template._process.wait()
    (sheet,) = read_sheets(path)
    assert sheet.rows[1][0] == "I-4A"
    assert ready_parser() is not template


def test_the_template_ends_quietly_when_the_loader_ends_without_reading_it():
    """A dashboard whose upload page readied the template and then stopped leaves its ``ready``
    unread: the template's socket reports a reset, which must end it without a traceback in the
    server's log."""
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    with theirs:
        template = subprocess.Popen(
            [sys.executable, "-m", "loaders.parse_server", str(theirs.fileno())],
            pass_fds=(theirs.fileno(),),
            stderr=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parent.parent,
        )
    with ours:
        readable, _, _ = select.select([ours], [], [], 60)
        assert readable  # "ready" waits, unread
    _, errors = template.communicate(timeout=60)
    assert template.returncode == 0
    assert errors == ""


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
