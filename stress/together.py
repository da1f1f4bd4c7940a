"""The app and the loader together (issue 9, item 1): two browser sessions and the command line
upload at the same moment into the dashboard's database while it is being read; all three must
load, one after another (DuckDB lets one writer at a time; each waits its turn), nobody may see a
raw lock error, and a third session must see the new figures without a restart.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from kla import store, users
from stress import Outcome
from tests.browser.conftest import ADMIN, ANALYST, CHROMIUM, CHROMIUM_ARGS, ROOT, running_dashboard, sign_in
from tests.workbooks import write_workbook

ROUNDS = {"quick": 1, "full": 10}
READY = "[data-testid=stApp][data-test-script-state=notRunning]"


def add_accounts(db: Path) -> None:
    """The administrator and the Dinkes analyst who upload in the browser."""
    with store.writing(db) as con:
        users.add_user(con, ADMIN[0], "admin", ADMIN[1])
        users.add_user(con, ANALYST[0], "analis", ANALYST[1], ["DINKES"])


def _ready_to_load(page, url: str, account: tuple[str, str], upload: Path, opd: str | None) -> None:
    from playwright.sync_api import expect

    page.goto(url + "/unggah")
    sign_in(page, account)
    page.wait_for_selector("[data-testid=stFileUploader]")
    if opd:
        page.locator("[data-testid=stSelectbox]", has_text="OPD pengunggah").click()
        page.get_by_role("option", name=opd, exact=False).click()
        page.wait_for_selector(READY, timeout=60_000)
    page.locator("[data-testid=stFileUploader] input[type=file]").set_input_files(str(upload))
    expect(page.get_by_text("dapat dimuat", exact=False)).to_be_visible(timeout=60_000)


def _metric(page, url: str, path: str, code: str):
    page.goto(f"{url}{path}?ukuran={code}")  # the measure's tab of the cluster page
    page.wait_for_selector("[data-testid=stMain] h1", timeout=60_000)
    page.wait_for_selector(READY, timeout=60_000)
    section = page.locator("[data-testid=stLayoutWrapper]", has_text=f"{code} ·").first
    return section.locator("[data-testid=stMetricValue]").first


def _files(folder: Path, value: int) -> tuple[Path, Path, Path]:
    """The administrator's, the analyst's and the command line's file of round ``value``; the
    command line's is bigger, so that its load overlaps the two from the browsers."""
    meetings = write_workbook(folder / f"rapat-{value}.xlsx", [["KL-2A", 2025, "Kota Batu", "", value]])
    stunting = write_workbook(folder / f"stunting-{value}.xlsx", [["III-13A", 2025, "Kota Batu", "", value / 2]])
    births = [
        ["I-4A", year, region, sex, 80 + value / 2, None, None, "SIAK"]
        for year in range(2010, 2026)
        for region in ("Kota Batu", "Batu", "Bumiaji", "Junrejo")
        for sex in ("L", "P", "L+P")
    ]
    return meetings, stunting, write_workbook(folder / f"akta-{value}.xlsx", births)


def upload_together(browser, url: str, db: Path, folder: Path, value: int) -> list[str]:
    """One round: both sessions press "Muat" and the command line loads, at the same moment;
    returns what went wrong (nothing, when the property holds)."""
    from playwright.sync_api import expect

    meetings, stunting, births = _files(folder, value)
    admin, analyst = browser.new_page(), browser.new_page()
    _ready_to_load(admin, url, ADMIN, meetings, "Bappelitbangda")
    _ready_to_load(analyst, url, ANALYST, stunting, None)
    admin.get_by_role("button", name="Muat ke basis data").click()
    analyst.get_by_role("button", name="Muat ke basis data").click()
    command = [sys.executable, "-m", "loaders", "ingest", str(births), "--db", str(db)]
    cli = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    problems = [] if cli.returncode == 0 else [f"CLI: {cli.stderr[-300:]}"]
    for name, page in (("admin", admin), ("analis", analyst)):
        try:
            expect(page.get_by_text("dimuat sebagai unggahan", exact=False)).to_be_visible(timeout=120_000)
        except AssertionError:
            problems.append(f"{name}: {page.locator('[data-testid=stMain]').inner_text()[-300:]}")
        if "lock" in page.locator("[data-testid=stMain]").inner_text().lower():
            problems.append(f"{name}: pesan kunci DuckDB terlihat")
    viewer = browser.new_page()
    expected = {
        ("/kelembagaan", "KL-2A"): str(value),
        ("/klaster-1", "I-4A"): f"{80 + value / 2:.1f}%".replace(".", ","),
    }
    for (path, code), shown in expected.items():
        try:
            expect(_metric(viewer, url, path, code)).to_have_text(shown, timeout=60_000)
        except AssertionError:
            problems.append(f"{path} {code}: bukan {shown}")
    for page in (admin, analyst, viewer):
        page.close()
    return problems


def check(scale: str) -> Outcome:
    """Rounds of two browsers and the command line uploading at once (1 quick, 10 full)."""
    from playwright.sync_api import sync_playwright

    rounds, failed = ROUNDS[scale], []  # the problems of each round that had any
    with tempfile.TemporaryDirectory(prefix="kla-serentak-") as folder:
        db = Path(folder) / "kla.duckdb"
        with running_dashboard(db, "make-run-serentak.log") as url, sync_playwright() as playwright:
            add_accounts(db)
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for number in range(rounds):
                problems = upload_together(browser, url, db, Path(folder), 11 + number)
                failed += [problems] if problems else []
            browser.close()
    line = f"2 sesi peramban + CLI mengunggah serentak: {rounds - len(failed)}/{rounds} putaran semua termuat"
    return Outcome(line + (f"; {failed[0][0]}" if failed else ""), not failed)
