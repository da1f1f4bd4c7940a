"""The app and the loader together (issue 9, item 1): two browser sessions and the command line
upload at the same moment into the dashboard's database while it is being read; all three load,
one after another (DuckDB lets one process write at a time: each waits its turn), nobody sees a
raw lock error, and the pages show the new figures without a restart."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from kla import store, users
from tests.browser.conftest import ADMIN, ANALYST, ROOT, running_dashboard, sign_in
from tests.browser.test_pages_in_chromium import wait_until_ready
from tests.workbooks import write_workbook

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def own_dashboard(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A dashboard of its own (this test changes figures other browser tests read)."""
    db = tmp_path_factory.mktemp("serentak") / "kla.duckdb"
    with running_dashboard(db, "make-run-serentak.log") as url:
        with store.writing(db) as con:
            users.add_user(con, ADMIN[0], "admin", ADMIN[1])
            users.add_user(con, ANALYST[0], "analis", ANALYST[1], ["DINKES"])
        yield url, db


def _ready_to_load(page: Page, url: str, account: tuple[str, str], upload: Path, opd: str | None) -> None:
    page.goto(url + "/unggah")
    sign_in(page, account)
    page.wait_for_selector("[data-testid=stFileUploader]")
    if opd:
        page.locator("[data-testid=stSelectbox]", has_text="OPD pengunggah").click()
        page.get_by_role("option", name=opd, exact=False).click()
    page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]", timeout=60_000)
    page.locator("[data-testid=stFileUploader] input[type=file]").set_input_files(str(upload))
    expect(page.get_by_text("dapat dimuat", exact=False)).to_be_visible(timeout=60_000)


def _metric(page: Page, url: str, path: str, code: str):
    page.goto(url + path)
    wait_until_ready(page)
    section = page.locator("[data-testid=stLayoutWrapper]", has_text=f"{code} ·").first
    return section.locator("[data-testid=stMetricValue]").first


def test_two_browsers_and_the_cli_upload_at_once_and_all_load(browser: Browser, own_dashboard, tmp_path: Path):
    url, db = own_dashboard
    meetings = write_workbook(tmp_path / "rapat.xlsx", [["KL-2A", 2025, "Kota Batu", "", 9, None, None, "Setda"]])
    stunting = write_workbook(
        tmp_path / "stunting.xlsx", [["III-13A", 2025, "Kota Batu", "", 6.5, None, None, "EPPGBM"]]
    )
    # The command line's file is bigger, so that its load overlaps the two from the browsers.
    births = [
        ["I-4A", year, region, sex, 90 + (year % 10) * 0.5, None, None, "SIAK"]
        for year in range(2010, 2026)
        for region in ("Kota Batu", "Batu", "Bumiaji", "Junrejo")
        for sex in ("L", "P", "L+P")
    ]
    cli_file = write_workbook(tmp_path / "akta.xlsx", births)
    admin, analyst = browser.new_page(), browser.new_page()
    _ready_to_load(admin, url, ADMIN, meetings, "Bappelitbangda")
    _ready_to_load(analyst, url, ANALYST, stunting, None)

    admin.get_by_role("button", name="Muat ke basis data").click()
    analyst.get_by_role("button", name="Muat ke basis data").click()
    cli = subprocess.run(
        [sys.executable, "-m", "loaders", "ingest", str(cli_file), "--db", str(db)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    for page in (admin, analyst):
        expect(page.get_by_text("dimuat sebagai unggahan", exact=False)).to_be_visible(timeout=120_000)
        assert page.locator("[data-testid=stException]").count() == 0
        assert "lock" not in page.locator("[data-testid=stMain]").inner_text().lower()
    assert cli.returncode == 0, cli.stderr
    assert "lock" not in (cli.stdout + cli.stderr).lower()

    with store.reading(db) as con:
        loaded = con.execute(
            "SELECT file_name FROM uploads WHERE file_name IN ('rapat.xlsx', 'stunting.xlsx', 'akta.xlsx')"
        )
        assert sorted(row[0] for row in loaded.fetchall()) == ["akta.xlsx", "rapat.xlsx", "stunting.xlsx"]
    viewer = browser.new_page()  # a third session, open all along: new figures without a restart
    expect(_metric(viewer, url, "/kelembagaan", "KL-2A")).to_have_text("9")
    expect(_metric(viewer, url, "/klaster-3", "III-13A")).to_have_text("6,5%")
    expect(_metric(viewer, url, "/klaster-1", "I-4A")).to_have_text("92,5%")
