"""Accounts in the pages (AppTest): the sign-in form, who sees the drop zone, the editors
and the audit page, closed reading and idle sessions."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from kla import store, users
from kla.users import User
from tests.accounts import PASSWORDS, audit_rows
from tests.page_runs import dashboard_app, open_page, overview_cards

ROOT = Path(__file__).resolve().parent.parent


def _app(db: Path, monkeypatch, user: User | None = None, lang: str = "id") -> AppTest:
    monkeypatch.setenv("KLA_DB", str(db))
    app = dashboard_app()
    app.session_state["lang"] = lang
    if user is not None:
        app.session_state["kla_user"] = user
        app.session_state["kla_last_seen"] = time.time()
    return app


def test_the_upload_page_shows_a_login_form_and_no_drop_zone(db, monkeypatch):
    app = open_page(_app(db, monkeypatch), "pages/unggah.py")
    assert [box.label for box in app.text_input] == ["Nama pengguna", "Kata sandi"]
    assert [button.label for button in app.button] == ["Masuk"]
    assert not app.get("file_uploader")
    app.text_input(key="login_name").input("dinkes1")
    app.text_input(key="login_password").input("bukan-ini")
    app.button[0].click().run()
    assert "salah" in app.error[0].value and not app.get("file_uploader")
    app.text_input(key="login_password").input(PASSWORDS["dinkes1"])
    app.button[0].click().run()
    assert not app.exception
    assert app.get("file_uploader")
    assert app.selectbox(key="upload_opd").options == ["Dinkes · Dinas Kesehatan"]
    assert "Masuk sebagai **dinkes1**" in app.sidebar.markdown[-1].value
    app.sidebar.button(key="logout").click().run()
    assert not app.get("file_uploader") and "kla_user" not in app.session_state
    actions = [(row[0], row[2], row[3]) for row in audit_rows(db)]
    assert ("dinkes1", "login", "ditolak") in actions and ("dinkes1", "login", "berhasil") in actions
    assert ("dinkes1", "logout", "berhasil") in actions


def test_the_login_form_speaks_english(db, monkeypatch):
    app = open_page(_app(db, monkeypatch, lang="en"), "pages/unggah.py")
    assert [box.label for box in app.text_input] == ["User name", "Password"]
    assert [button.label for button in app.button] == ["Sign in"]


def test_a_reader_signed_in_still_gets_no_drop_zone(db, monkeypatch):
    app = open_page(_app(db, monkeypatch, User("baca1", "pembaca")), "pages/unggah.py")
    assert not app.get("file_uploader") and "pembaca" in app.error[0].value


def test_an_analyst_only_sees_their_own_uploads_to_undo(db, monkeypatch):
    app = open_page(_app(db, monkeypatch, User("dinkes1", "analis", ("DINKES",))), "pages/unggah.py")
    choices = app.selectbox(key="undo_pick").options
    assert choices and all("dinkes.xlsx" in choice for choice in choices)


def test_without_an_admin_the_app_says_how_to_make_one(empty_db, sample_db, monkeypatch):
    app = open_page(_app(sample_db, monkeypatch), "pages/unggah.py")
    assert any("python -m kla.users add" in w.value for w in app.warning)


def test_goals_can_be_edited_by_admins_only(db, monkeypatch):
    anonymous = open_page(_app(db, monkeypatch), "pages/target.py")
    assert "save-goals" not in [b.key for b in anonymous.button]
    assert not anonymous.text_input  # the sign-in form is drawn only when asked for
    anonymous.session_state["target-masuk"] = True
    anonymous.run()
    assert [field.label for field in anonymous.text_input] == ["Nama pengguna", "Kata sandi"]
    idle = _app(db, monkeypatch, User("admin1", "admin"))
    idle.session_state["kla_last_seen"] = time.time() - 3600  # signed out for inactivity: told at once
    open_page(idle, "pages/target.py")
    assert any("tidak ada kegiatan" in warning.value for warning in idle.warning)
    assert [field.label for field in idle.text_input] == ["Nama pengguna", "Kata sandi"]
    analyst = open_page(_app(db, monkeypatch, User("dinkes1", "analis", ("DINKES",))), "pages/target.py")
    assert "save-goals" not in [b.key for b in analyst.button]
    assert any("hanya untuk admin" in info.value for info in analyst.info)
    admin = open_page(_app(db, monkeypatch, User("admin1", "admin")), "pages/target.py")
    assert "save-goals" in [b.key for b in admin.button]


def test_the_audit_page_is_for_admins_and_filters(db, monkeypatch):
    with store.writing(db) as con:
        users.authenticate(con, "dinkes1", PASSWORDS["dinkes1"])
    app = open_page(_app(db, monkeypatch, User("admin1", "admin")), "pages/audit.py")
    assert app.title[0].value == "Jejak audit"
    trail = app.dataframe[0].value
    assert {"Masuk", "Buat akun"} <= set(trail["Tindakan"])
    app.multiselect(key="audit_actions").set_value(["login"]).run()
    assert set(app.dataframe[0].value["Tindakan"]) == {"Masuk"}
    assert app.get("download_button")
    analyst = _app(db, monkeypatch, User("dinkes1", "analis", ("DINKES",)))
    analyst.run()
    with pytest.raises(ValueError, match="Could not find a navigation page"):  # listed for administrators only
        analyst.switch_page("pages/audit.py").run()


def test_reading_can_be_closed_to_signed_in_users(db, monkeypatch):
    monkeypatch.setenv("KLA_BACA_PERLU_MASUK", "1")
    app = _app(db, monkeypatch)
    app.run()
    assert not app.exception and not overview_cards(app)
    assert [box.label for box in app.text_input] == ["Nama pengguna", "Kata sandi"]
    signed = _app(db, monkeypatch, User("baca1", "pembaca"))
    signed.run()
    assert len(overview_cards(signed)) == 6  # the overview's figures


def test_an_idle_session_ends(db, monkeypatch):
    monkeypatch.setenv("KLA_SESI_MENIT", "30")
    app = _app(db, monkeypatch, User("dinkes1", "analis", ("DINKES",)))
    app.session_state["kla_last_seen"] = time.time() - 31 * 60
    open_page(app, "pages/unggah.py")
    assert not app.get("file_uploader")
    assert any("Sesi berakhir" in w.value for w in app.warning)


def test_weights_are_edited_on_the_predicate_page_by_admins_only(db, monkeypatch, tmp_path):
    weights = tmp_path / "bobot.csv"
    weights.write_text((ROOT / "data" / "bobot-predikat.csv").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setenv("KLA_BOBOT", str(weights))
    analyst = open_page(_app(db, monkeypatch, User("dinkes1", "analis", ("DINKES",))), "pages/predikat.py")
    assert "weights-save" not in [b.key for b in analyst.button]
    admin = open_page(_app(db, monkeypatch, User("admin1", "admin")), "pages/predikat.py")
    assert "weights-save" in [b.key for b in admin.button]
    admin.text_input(key="weights-reason").input("Uji bobot").run()
    admin.button(key="weights-save").click().run()
    assert not admin.exception
    assert any("0 bobot diubah" in s.value for s in admin.success)  # nothing edited, nothing written
    assert weights.read_text(encoding="utf-8") == (ROOT / "data" / "bobot-predikat.csv").read_text(encoding="utf-8")


def test_anyone_can_sign_in_from_the_account_page(db, monkeypatch):
    app = open_page(_app(db, monkeypatch), "pages/masuk.py")
    assert app.title[0].value == "Masuk" and "angka kecil" in app.info[0].value
    app.text_input(key="login_name").input("baca1")
    app.text_input(key="login_password").input(PASSWORDS["baca1"])
    app.button[0].click().run()
    assert not app.exception
    assert app.title[0].value == "Akun" and "sudah masuk" in app.success[0].value
    assert app.session_state["kla_user"] == User("baca1", "pembaca")
