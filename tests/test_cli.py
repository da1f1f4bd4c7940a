"""The loader's command line: the JSON report, exit codes, OPD codes."""

import json
import subprocess
import sys
from pathlib import Path

import duckdb

from kla import config, store
from tests.workbooks import write_workbook

ROOT = Path(__file__).resolve().parent.parent


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "loaders", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_cli_json_report_matches_the_database(empty_db):
    sample = config.SAMPLE_DIR / "dispendukcapil.xlsx"
    result = _cli("ingest", str(sample), "--db", str(empty_db), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    (entry,) = report["files"]
    assert entry["status"] == "accepted" and entry["errors"] == [] and entry["upload_id"] == 1
    assert set(entry) >= {"file", "status", "upload_id", "rows", "errors", "warnings"}
    con = duckdb.connect(str(empty_db), read_only=True)
    assert con.execute("SELECT count(*) FROM observations").fetchone()[0] == entry["rows"] > 1000
    con.close()


def test_cli_exit_codes(tmp_path, empty_db):
    bad = write_workbook(tmp_path / "salah.xlsx", [["I-99", 2024, "35.79", "", 1]])
    result = _cli("ingest", str(bad), "--db", str(empty_db), "--json")
    assert result.returncode == 1
    error = json.loads(result.stdout)["files"][0]["errors"][0]
    assert error == {"sheet": "Data", "cell": "Data!A2", "row": 2, "message": error["message"]}
    assert _cli("ingest", str(tmp_path / "tidak-ada.xlsx"), "--db", str(empty_db)).returncode == 2
    assert _cli("ingest").returncode == 2
    human = _cli("ingest", str(bad), "--db", str(empty_db))
    assert "DITOLAK" in human.stdout and "Data!A2" in human.stdout


def test_cli_opd_codes_are_checked(tmp_path, empty_db):
    good = write_workbook(tmp_path / "benar.xlsx", [["I-4A", 2024, "35.79", "", 96]])
    assert _cli("ingest", str(good), "--db", str(empty_db), "--opd", "NGAWUR").returncode == 2
    assert _cli("ingest", str(good), "--db", str(empty_db), "--opd", "dispendukcapil").returncode == 0
    with store.reading(empty_db) as con:
        assert con.execute("SELECT opd_code FROM uploads").fetchall() == [("DISPENDUKCAPIL",)]
