"""kill -9 during an upload: the loader killed at random moments leaves a database that opens,
is whole (:mod:`kla.integrity`), and holds exactly the state before or after that upload, with
every file its history names in the archive.

The upload is a 100,000-row workbook (:func:`bench.uploads.write_big_workbook`) loaded by the
real command line into a copy of the sample database; the kill lands uniformly over the time a
whole load takes, from the start of the process to its end.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.uploads import write_big_workbook
from kla import integrity, store
from loaders.archive import archive_dir
from loaders.sample_db import build_sample_database
from stress import Outcome

ROOT = Path(__file__).resolve().parent.parent
RUNS = {"quick": 5, "full": 30}


def state_of(db: Path) -> str:
    """A digest of what the database says: its current values, its upload history and the
    audit trail of its uploads."""
    with store.reading(db) as con:
        values = con.execute("SELECT * FROM observations ORDER BY ALL").fetchall()
        history = con.execute("SELECT upload_id, sha256, status FROM uploads ORDER BY ALL").fetchall()
        audited = con.execute("SELECT subject FROM audit_log WHERE action = 'upload' ORDER BY ALL").fetchall()
    return hashlib.sha256(repr((values, history, audited)).encode()).hexdigest()


def _copy(base: Path, folder: Path) -> Path:
    """The database ``base`` and its archive copied into ``folder``; returns the copy's path."""
    shutil.copytree(base.parent, folder)
    return folder / base.name


def _load(db: Path, workbook: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "loaders", "ingest", str(workbook), "--db", str(db)]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _verdict(db: Path, before: str, after: str) -> tuple[str, int]:
    """``sebelum``, ``sesudah`` or what is wrong with ``db`` after the kill; and how many
    archived files no upload names (left by a kill between archiving and loading: harmless)."""
    try:
        with store.writing(db) as con:  # opening read-write replays what the log holds
            findings = integrity.check(con)
            named = {Path(row[0]).name for row in con.execute("SELECT archive_path FROM uploads").fetchall() if row[0]}
    except Exception as error:  # the property is exactly that this never happens
        return f"tidak terbuka: {error}", 0
    if findings:
        return f"tidak utuh: {findings[0].message('id')}", 0
    leftovers = len({path.name for path in archive_dir(db).glob("*")} - named)
    state = state_of(db)
    return ("sebelum" if state == before else "sesudah" if state == after else "campuran"), leftovers


def check(scale: str) -> Outcome:
    """Kill the loader at random moments (5 times quick, 30 full) and judge each database."""
    runs, rng = RUNS[scale], random.Random(9)
    with tempfile.TemporaryDirectory(prefix="kla-crash-") as folder:
        work = Path(folder)
        base = work / "dasar" / "kla.duckdb"
        build_sample_database(base)
        workbook = work / "besar.xlsx"
        write_big_workbook(workbook)
        whole = _copy(base, work / "utuh")
        started = time.perf_counter()
        if _load(whole, workbook).wait() != 0:
            return Outcome("kill -9 saat unggah: unggahan utuh pembanding gagal dimuat", False)
        duration = time.perf_counter() - started
        before, after = state_of(base), state_of(whole)
        verdicts, leftovers = [], 0
        for run in range(runs):
            db = _copy(base, work / f"ke-{run}")
            process = _load(db, workbook)
            time.sleep(rng.uniform(0, 1.1 * duration))  # a few land after the load is done
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
            process.wait()
            verdict, left = _verdict(db, before, after)
            verdicts.append(verdict)
            leftovers += left
            shutil.rmtree(db.parent)
    good = sum(verdict in ("sebelum", "sesudah") for verdict in verdicts)
    counts = f"{verdicts.count('sebelum')} sebelum, {verdicts.count('sesudah')} sesudah"
    problems = sorted({verdict for verdict in verdicts if verdict not in ("sebelum", "sesudah")})
    line = (
        f"kill -9 saat unggah: {good}/{runs} konsisten ({counts}; unggahan utuh {duration:.1f} s; "
        f"{leftovers} berkas arsip tanpa unggahan tertinggal)"
    )
    return Outcome(line + (f"; {problems[0]}" if problems else ""), good == runs)


if __name__ == "__main__":
    print(check(sys.argv[1] if len(sys.argv) > 1 else "quick").line)
