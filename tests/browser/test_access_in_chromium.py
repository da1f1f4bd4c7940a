"""Accounts in a real browser: no drop zone without signing in, an analyst's drop zone, another
OPD's figures refused with nothing written, a wrong password, and signing out."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from kla import store
from tests.browser.conftest import ANALYST, sign_in
from tests.browser.test_pages_in_chromium import full_screenshot
from tests.workbooks import write_workbook

pytestmark = pytest.mark.browser
CURRENT_I4A = "SELECT value FROM observations WHERE indicator_code = 'I-4A' AND year = 2025 AND region_code = '35.79'"


def _current_i4a(db: Path) -> list[tuple]:
    with store.reading(db) as con:
        return con.execute(CURRENT_I4A).fetchall()


def test_upload_needs_an_account_and_an_analyst_loads_only_their_opd(
    page: Page, dashboard_url: str, dashboard_db: Path, tmp_path: Path
):
    page.goto(dashboard_url + "/unggah")
    expect(page.get_by_label("Nama pengguna")).to_be_visible(timeout=60_000)
    expect(page.get_by_label("Kata sandi")).to_be_visible()
    expect(page.get_by_role("button", name="Masuk", exact=True)).to_be_visible()
    assert page.locator("[data-testid=stFileUploader]").count() == 0
    full_screenshot(page, "id_unggah_masuk")

    page.get_by_label("Nama pengguna").fill(ANALYST[0])
    page.get_by_label("Kata sandi").fill("bukan-kata-sandinya")
    page.get_by_role("button", name="Masuk", exact=True).click()
    expect(page.get_by_text("Nama pengguna atau kata sandi salah", exact=False)).to_be_visible(timeout=30_000)
    assert page.locator("[data-testid=stFileUploader]").count() == 0

    sign_in(page, ANALYST)
    expect(page.locator("[data-testid=stFileUploader]")).to_be_visible(timeout=30_000)
    expect(page.get_by_role("combobox", name="OPD pengunggah")).to_have_value("Dinkes · Dinas Kesehatan")

    before = _current_i4a(dashboard_db)
    rows = [["I-4A", 2025, "Kota Batu", "", 99.0, None, None, "SIAK"], ["III-13A", 2025, "Kota Batu", "", 9.0]]
    upload = write_workbook(tmp_path / "akta-dari-dinkes.xlsx", rows)
    page.locator("[data-testid=stFileUploader] input[type=file]").set_input_files(str(upload))
    expect(page.get_by_text("dipegang DISPENDUKCAPIL, bukan OPD akun dinkes-uji", exact=False)).to_be_visible(
        timeout=30_000
    )
    assert page.get_by_role("button", name="Muat ke basis data").count() == 0
    assert page.locator("[data-testid=stException]").count() == 0
    full_screenshot(page, "id_unggah_ditolak_opd_lain")
    assert _current_i4a(dashboard_db) == before

    page.get_by_role("button", name="Keluar").click()
    expect(page.get_by_label("Nama pengguna")).to_be_visible(timeout=30_000)
    # The sign-in form shows while the rerun is still under way; the drop zone drawn by the run
    # before stays on the page until that rerun ends, so its leaving is waited for.
    expect(page.locator("[data-testid=stFileUploader]")).to_have_count(0, timeout=30_000)
