"""Writers wait their turn (issue 9, item 1): a loader that finds the database held by another
process waits and then loads, or, after ``KLA_TUNGGU_DETIK`` seconds, stops with a plain
message (never a raw DuckDB lock error) and changes nothing."""

import os
import subprocess
import sys
import time

from tests.cli import ROOT, current_values
from tests.workbooks import write_workbook

HOLD = """
import sys, time
from kla import store
with (store.reading(sys.argv[1]) if sys.argv[3] == "baca" else store.writing(sys.argv[1])):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def _holder(db, seconds: float, how: str = "tulis") -> subprocess.Popen:
    """Another process holding the database: writing, or reading (like the dashboard's pages)."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db), str(seconds), how], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout.readline().strip() == "held"
    return process


def _load(db, workbook, wait: str, *options: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "KLA_TUNGGU_DETIK": wait}
    command = [sys.executable, "-m", "loaders", "ingest", str(workbook), "--db", str(db), *options]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_a_loader_waits_for_another_writer_then_loads(sample_db, tmp_path):
    workbook = write_workbook(tmp_path / "a.xlsx", [["I-5", 2024, "Kec. Batu", "", 41]])
    holder = _holder(sample_db, 3)
    started = time.monotonic()
    done = _load(sample_db, workbook, "60")
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - started >= 2  # it waited for the holder
    holder.wait()


def test_a_loader_that_waits_too_long_says_so_plainly_and_changes_nothing(sample_db, tmp_path):
    workbook = write_workbook(tmp_path / "a.xlsx", [["I-5", 2024, "Kec. Batu", "", 41]])
    before = current_values(sample_db)
    holder = _holder(sample_db, 20)
    try:
        done = _load(sample_db, workbook, "1")
    finally:
        holder.kill()
        holder.wait()
    assert done.returncode == 1
    assert "sedang dipakai proses lain" in done.stderr
    assert "Traceback" not in done.stderr and "Conflicting lock" not in done.stderr
    assert current_values(sample_db) == before


def test_checking_a_file_only_reads_so_readers_go_on_and_only_the_load_waits_for_them(sample_db, tmp_path):
    workbook = write_workbook(tmp_path / "a.xlsx", [["I-5", 2024, "Kec. Batu", "", 41]])
    before = current_values(sample_db)
    reader = _holder(sample_db, 20, "baca")  # a page reading for a long time
    try:
        checked = _load(sample_db, workbook, "1", "--dry-run")
        loaded = _load(sample_db, workbook, "1")
    finally:
        reader.kill()
        reader.wait()
    assert checked.returncode == 0, checked.stderr  # the check read beside the reader
    assert "uji coba" in checked.stdout
    assert loaded.returncode == 1 and "sedang dipakai proses lain" in loaded.stderr  # the write waited
    assert current_values(sample_db) == before
