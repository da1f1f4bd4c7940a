"""Accounts, roles and the audit trail: every rule through the Python API, the command line
and the pages (AppTest), with a real database."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest

from kla import audit, goal_store, predicate_estimate, store, uploads, users
from kla.users import LoginRefused, PermissionRefused, User
from loaders.ingest import ingest_bytes, ingest_file
from tests.accounts import PASSWORDS, audit_rows
from tests.workbooks import write_workbook

ROOT = Path(__file__).resolve().parent.parent
STUNTING = (
    "SELECT value FROM observations WHERE indicator_code = ? AND year = 2025 AND region_code = '35.79' "
    "AND sex = 'L+P' AND source_kind = 'administrasi'"
)


def _cli(module: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True, input=stdin, timeout=300
    )


def _value(db: Path, code: str) -> float:
    with store.reading(db) as con:
        return con.execute(STUNTING, [code]).fetchone()[0]


# Accounts


def test_there_is_no_default_account(empty_db):
    with store.writing(empty_db) as con:
        assert users.list_users(con).empty and not users.has_admin(con)


def test_passwords_are_kept_only_as_argon2_hashes(db):
    with store.reading(db) as con:
        stored = dict(con.execute("SELECT name, password_hash FROM users").fetchall())
        listed = users.list_users(con)
    assert all(value.startswith("$argon2id$") for value in stored.values())
    assert not any(PASSWORDS[name] in value for name, value in stored.items())
    assert "password_hash" not in listed.columns
    assert db.read_bytes().find(PASSWORDS["admin1"].encode()) == -1


@pytest.mark.parametrize(
    ("name", "role", "opds", "password", "words"),
    [
        ("Bad Name!", "admin", [], "cukup-panjang-1", "tidak sah"),
        ("x2", "raja", [], "cukup-panjang-1", "Peran"),
        ("x3", "analis", [], "cukup-panjang-1", "sedikitnya satu OPD"),
        ("x4", "pembaca", ["DINKES"], "cukup-panjang-1", "sedikitnya satu OPD"),
        ("x5", "analis", ["DINAS-X"], "cukup-panjang-1", "tidak dikenal"),
        ("x6", "admin", [], "pendek", "terlalu pendek"),
        ("admin1", "admin", [], "cukup-panjang-1", "sudah ada"),
    ],
)
def test_accounts_that_cannot_be_made(db, name, role, opds, password, words):
    with store.writing(db) as con, pytest.raises(users.AccountError, match=words):
        users.add_user(con, name, role, password, opds)


def test_only_an_admin_manages_accounts(db):
    analyst = User("dinkes1", "analis", ("DINKES",))
    with store.writing(db) as con:
        with pytest.raises(PermissionRefused):
            users.add_user(con, "x7", "admin", "cukup-panjang-1", actor=analyst)
        with pytest.raises(PermissionRefused):
            users.disable_user(con, "admin1", actor=analyst)
        with pytest.raises(PermissionRefused):
            users.reset_password(con, "admin1", "cukup-panjang-1", actor=analyst)


# Signing in


def test_the_right_password_signs_in_and_a_wrong_one_never_does(db):
    pauses: list[float] = []
    with store.writing(db) as con:
        user = users.authenticate(con, "DINKES1 ", PASSWORDS["dinkes1"], pause=pauses.append)
        assert user == User("dinkes1", "analis", ("DINKES",))
        for wrong in ("", PASSWORDS["admin1"], PASSWORDS["dinkes1"].upper(), PASSWORDS["dinkes1"] + " "):
            with pytest.raises(LoginRefused, match="salah"):
                users.authenticate(con, "dinkes1", wrong, pause=pauses.append)
        with pytest.raises(LoginRefused, match="salah"):
            users.authenticate(con, "tidak-ada", PASSWORDS["dinkes1"], pause=pauses.append)
    assert pauses == [0.5, 1.0, 2.0, 4.0, 0.5]  # slower each time; an unknown name waits too


def test_repeated_failures_lock_the_account_until_reset(db):
    now = datetime(2026, 11, 30, 9, 0)
    with store.writing(db) as con:
        for _ in range(users.MAX_FAILURES - 1):
            with pytest.raises(LoginRefused, match="salah"):
                users.authenticate(con, "dinkes1", "keliru-keliru", now=now, pause=lambda _: None)
        with pytest.raises(LoginRefused, match="dikunci"):
            users.authenticate(con, "dinkes1", "keliru-keliru", now=now, pause=lambda _: None)
        with pytest.raises(LoginRefused, match="dikunci"):  # even the right password, while locked
            users.authenticate(con, "dinkes1", PASSWORDS["dinkes1"], now=now + timedelta(minutes=5))
        later = now + timedelta(minutes=users.LOCK_MINUTES + 1)
        assert users.authenticate(con, "dinkes1", PASSWORDS["dinkes1"], now=later).name == "dinkes1"
        for _ in range(users.MAX_FAILURES):
            with pytest.raises(LoginRefused):
                users.authenticate(con, "dinkes1", "keliru-keliru", now=later, pause=lambda _: None)
        users.reset_password(con, "dinkes1", "sandi-baru-yang-panjang")
        assert users.authenticate(con, "dinkes1", "sandi-baru-yang-panjang", now=later).name == "dinkes1"


def test_a_disabled_account_cannot_sign_in(db):
    with store.writing(db) as con:
        users.disable_user(con, "baca1")
        with pytest.raises(LoginRefused):
            users.authenticate(con, "baca1", PASSWORDS["baca1"], pause=lambda _: None)


# Loading, undoing, goals and weights: the rules in the code


def _mixed_workbook(tmp_path: Path) -> Path:
    rows = [["III-13A", 2025, "Kota Batu", "", 9.0], ["I-4A", 2025, "Kota Batu", "", 99.0]]
    return write_workbook(tmp_path / "campuran.xlsx", rows)


def test_an_analyst_cannot_load_another_opds_measures_through_the_api(db, tmp_path):
    analyst = User("dinkes1", "analis", ("DINKES",))
    before = (_value(db, "III-13A"), _value(db, "I-4A"))
    report = ingest_file(_mixed_workbook(tmp_path), db, user=analyst)
    assert report.status == "rejected" and report.upload_id is None
    (error,) = report.errors
    assert error.cell == "Data!E3" and "I-4A dipegang DISPENDUKCAPIL" in error.message
    assert (_value(db, "III-13A"), _value(db, "I-4A")) == before
    own = write_workbook(tmp_path / "stunting.xlsx", [["III-13A", 2025, "Kota Batu", "", 9.0]])
    loaded = ingest_file(own, db, user=analyst)
    assert loaded.status == "accepted" and _value(db, "III-13A") == 9.0
    with store.reading(db) as con:
        by = con.execute("SELECT uploaded_by FROM uploads WHERE upload_id = ?", [loaded.upload_id]).fetchone()[0]
    assert by == "dinkes1"
    assert ("dinkes1", "aplikasi", "upload", "ditolak") in [row[:4] for row in audit_rows(db)]
    assert ("dinkes1", "aplikasi", "upload", "berhasil") in [row[:4] for row in audit_rows(db)]


def test_an_analyst_cannot_upload_for_another_opd_and_a_reader_not_at_all(db, tmp_path):
    path = write_workbook(tmp_path / "s.xlsx", [["III-13A", 2025, "Kota Batu", "", 9.0]])
    analyst = User("dinkes1", "analis", ("DINKES",))
    refused = ingest_bytes("s.xlsx", path.read_bytes(), db, opd="DISPENDUKCAPIL", user=analyst)
    assert refused.status == "rejected" and "atas nama DISPENDUKCAPIL" in refused.errors[0].message
    reader = ingest_file(path, db, user=User("baca1", "pembaca"))
    assert reader.status == "rejected" and "pembaca" in reader.errors[0].message


def test_an_analyst_cannot_load_another_opds_budget(db, tmp_path):
    header = ["tahun", "opd", "klaster", "program", "kegiatan", "pagu"]
    rows = [[2025, "DINKES", "III", "Program A", "Kegiatan A", "1 M"], [2025, "DINDIK", "IV", "Program B", "B", "2 M"]]
    path = write_workbook(tmp_path / "anggaran.xlsx", rows, header=header)
    report = ingest_file(path, db, user=User("dinkes1", "analis", ("DINKES",)))
    assert report.status == "rejected" and [e.cell for e in report.errors] == ["Data!F3"]
    assert "anggaran DINDIK" in report.errors[0].message


def test_undo_is_for_the_uploading_opd_and_admins(db):
    analyst = User("dinkes1", "analis", ("DINKES",))
    with store.reading(db) as con:
        owners = dict(
            con.execute("SELECT opd_code, max(upload_id) FROM uploads WHERE kind = 'indikator' GROUP BY 1").fetchall()
        )
    with store.writing(db) as con:
        with pytest.raises(PermissionRefused, match="DISPENDUKCAPIL"):
            uploads.undo_upload(con, owners["DISPENDUKCAPIL"], analyst)
        with pytest.raises(PermissionRefused):
            uploads.undo_upload(con, owners["DINKES"], User("baca1", "pembaca"))
        status = dict(con.execute("SELECT upload_id, status FROM uploads").fetchall())
        assert status[owners["DISPENDUKCAPIL"]] == "aktif"
        assert uploads.undo_upload(con, owners["DINKES"], analyst).withdrawn > 0
        assert uploads.undo_upload(con, owners["DISPENDUKCAPIL"], User("admin1", "admin")).withdrawn > 0
    actions = [(row[0], row[2], row[3]) for row in audit_rows(db)]
    assert ("dinkes1", "undo", "ditolak") in actions and ("dinkes1", "undo", "berhasil") in actions
    assert ("admin1", "undo", "berhasil") in actions


def test_goals_are_changed_by_admins_only_and_audited(db):
    with store.writing(db) as con:
        with pytest.raises(PermissionRefused):
            goal_store.change_city_goals(con, "III-13A", {2025: 7.0}, "coba", User("dinkes1", "analis", ("DINKES",)))
        goal_store.change_city_goals(con, "III-13A", {2025: 7.5}, "Revisi RPJMD", User("admin1", "admin"))
    assert (
        "admin1",
        "aplikasi",
        "goal_change",
        "berhasil",
        "III-13A 2025",
        "8.0",
        "7.5",
        "Revisi RPJMD",
    ) in audit_rows(db)


def test_weights_are_changed_by_admins_only_with_a_reason_and_audited(db, tmp_path):
    weights = tmp_path / "bobot.csv"
    weights.write_text((ROOT / "data" / "bobot-predikat.csv").read_text(encoding="utf-8"), encoding="utf-8")
    admin = User("admin1", "admin")
    with store.writing(db) as con:
        with pytest.raises(PermissionRefused):
            predicate_estimate.save_weights(con, weights, {13: 60.0}, "x", User("dinkes1", "analis", ("DINKES",)))
        with pytest.raises(predicate_estimate.WeightChangeRefused):
            predicate_estimate.save_weights(con, weights, {13: 60.0}, " ", admin)
        assert predicate_estimate.save_weights(con, weights, {13: 60.0, 14: 41.667}, "Instrumen 2026", admin) == 1
    text = weights.read_text(encoding="utf-8")
    assert text.startswith("# BOBOT SEMENTARA") and "\n13,60,bobot sementara (sama rata)\n" in text
    assert predicate_estimate.read_weights(weights).by_indicator[13] == 60.0
    assert (
        "admin1",
        "aplikasi",
        "weight_change",
        "berhasil",
        "indikator 13",
        "41.667",
        "60",
        "Instrumen 2026",
    ) in audit_rows(db)


# The command line


def test_accounts_from_the_command_line(empty_db):
    added = _cli(
        "kla.users",
        "add",
        "Ketua",
        "--role",
        "admin",
        "--password-stdin",
        "--db",
        str(empty_db),
        stdin="sandi-ketua-panjang\n",
    )
    assert added.returncode == 0 and "ketua (admin)" in added.stdout
    assert (
        _cli(
            "kla.users", "add", "k2", "--role", "admin", "--password-stdin", "--db", str(empty_db), stdin="pendek\n"
        ).returncode
        == 1
    )
    listed = _cli("kla.users", "list", "--db", str(empty_db))
    assert "ketua" in listed.stdout and "sandi" not in listed.stdout
    assert _cli("kla.users", "disable", "ketua", "--db", str(empty_db)).returncode == 0
    assert "nonaktif" in _cli("kla.users", "list", "--db", str(empty_db)).stdout
    assert audit_rows(empty_db)[0][:4] == ("operator lokal", "cli", "account_add", "berhasil")


def _as_dinkes(db: Path, *args: str, password: str = PASSWORDS["dinkes1"]) -> subprocess.CompletedProcess:
    """``python -m loaders ARGS`` signed in as the Dinkes analyst (password on stdin)."""
    return _cli("loaders", *args, "--as", "dinkes1", "--password-stdin", "--db", str(db), stdin=password + "\n")


def test_the_loader_command_line_acts_as_a_named_user(db, tmp_path):
    path = str(_mixed_workbook(tmp_path))
    wrong = _as_dinkes(db, "ingest", path, password="keliru-sekali")
    assert wrong.returncode == 1 and "salah" in wrong.stderr
    refused = _as_dinkes(db, "ingest", path)
    assert refused.returncode == 1 and "Bertindak sebagai: dinkes1" in refused.stderr
    assert "I-4A dipegang" in refused.stdout and _value(db, "I-4A") != 99.0
    with store.reading(db) as con:
        other = con.execute("SELECT max(upload_id) FROM uploads WHERE opd_code = 'DINDIK'").fetchone()[0]
    undo = _as_dinkes(db, "undo", str(other))
    assert undo.returncode == 1 and "tidak boleh membatalkan" in undo.stderr
    operator = _cli("loaders", "ingest", path, "--db", str(db))
    assert operator.returncode == 0 and "operator lokal" in operator.stderr
    trail = [(row[0], row[1], row[2], row[3]) for row in audit_rows(db)]
    assert ("dinkes1", "cli", "login", "ditolak") in trail and ("dinkes1", "cli", "undo", "ditolak") in trail
    assert ("operator lokal", "cli", "upload", "berhasil") in trail


def test_the_audit_trail_reads_in_words():
    rows = audit.filtered(
        pd.DataFrame(
            {
                "logged_at": [datetime(2026, 11, 1), datetime(2025, 1, 1)],
                "actor": ["admin1", "dinkes1"],
                "via": ["aplikasi", "cli"],
                "action": ["goal_change", "upload"],
                "outcome": ["berhasil", "ditolak"],
                "subject": ["III-13A 2025", None],
                "old_value": ["8.0", None],
                "new_value": ["7.5", None],
                "reason": ["Revisi", None],
                "detail": [None, None],
            }
        ),
        [],
        [],
        [],
        days=90,
        now=datetime(2026, 11, 30),
    )
    shown = audit.trail_table(rows, "id")
    assert len(shown) == 1
    assert shown.iloc[0].to_dict() == {
        "Waktu": "1 Nov 2026, 00.00",
        "Oleh": "admin1 (aplikasi)",
        "Tindakan": "Ubah target",
        "Hasil": "berhasil",
        "Tentang": "III-13A 2025",
        "Lama → baru": "8.0 → 7.5",
        "Alasan": "Revisi",
        "Rincian": "–",
    }


def test_every_account_change_is_audited(db):
    with store.writing(db) as con:
        users.reset_password(con, "baca1", "sandi-baru-yang-panjang", actor=User("admin1", "admin"))
        users.disable_user(con, "baca1", actor=User("admin1", "admin"))
    changes = [(row[0], row[2], row[4]) for row in audit_rows(db) if row[2].startswith("account_")]
    assert changes == [
        ("operator lokal", "account_add", "admin1"),
        ("operator lokal", "account_add", "dinkes1"),
        ("operator lokal", "account_add", "baca1"),
        ("admin1", "account_reset", "baca1"),
        ("admin1", "account_disable", "baca1"),
    ]
    assert not any("sandi-baru" in str(value) for row in audit_rows(db) for value in row)
