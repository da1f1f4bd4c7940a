"""Load: many browser sessions click through the pages while uploads happen (issue 9, item 5).

The dashboard runs as ``make run`` starts it, on its own copy of the sample database. Each
session is a Chromium tab of its own (its own Streamlit session) that opens pages in a
shuffled order; meanwhile the command line loads a file every few seconds. Every page must
render (title shown, script finished, no exception); the figure is the 95th percentile of
the time from asking for a page to its script having finished.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from stress import Outcome
from tests.browser.conftest import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, ROOT, running_dashboard
from tests.workbooks import write_workbook

PAGES = (
    "/",
    "/kelembagaan",
    "/klaster-1",
    "/klaster-2",
    "/klaster-3",
    "/klaster-4",
    "/klaster-5",
    "/indikator",
    "/wilayah",
    "/opd",
    "/anggaran",
    "/predikat",
    "/target",
)
SCALES = {"quick": (4, 4), "full": (20, 13)}  # sessions, pages per session


async def _session(browser, url: str, pages: list[str], times: list[float], failures: list[str]) -> None:
    context = await browser.new_context(viewport={"width": 1366, "height": 900}, locale="id-ID")
    page = await context.new_page()
    for path in pages:
        started = time.perf_counter()
        try:
            await page.goto(url + path, timeout=120_000)
            await page.wait_for_selector("[data-testid=stMain] h1, [data-testid=stException]", timeout=120_000)
            await page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]", timeout=120_000)
            if await page.locator("[data-testid=stException]").count():
                failures.append(f"{path}: {await page.locator('[data-testid=stException]').first.inner_text()}")
            else:
                times.append(time.perf_counter() - started)
        except Exception as error:  # a page that never rendered is what this property looks for
            failures.append(f"{path}: {error}; {await _what_it_shows(page, path)}")
    await context.close()


async def _what_it_shows(page, path: str) -> str:
    """For a page that did not render: its text and a screenshot in tests/artifacts/, to tell a
    busy database, a hung script and a blank page apart."""
    try:
        ARTIFACTS.mkdir(exist_ok=True)
        await page.screenshot(path=str(ARTIFACTS / f"beban-gagal{path.replace('/', '-')}.png"), full_page=True)
        state = await page.locator("[data-testid=stApp]").get_attribute("data-test-script-state", timeout=5_000)
        shown = " ".join((await page.locator("body").inner_text(timeout=5_000)).split())[:300]
    except Exception as error:  # the page may be gone altogether
        return f"(tidak terbaca: {error})"
    return f"skrip {state}; tampil: {shown}"


def _uploads(db: Path, folder: Path, stop: threading.Event) -> int:
    """Load a small file through the command line every few seconds until ``stop``; returns how
    many loads succeeded (run in a thread beside the sessions)."""
    loaded, value = 0, 10
    while not stop.is_set():
        value += 1
        workbook = write_workbook(folder / f"rapat-{value}.xlsx", [["KL-2A", 2025, "Kota Batu", "", value]])
        command = [sys.executable, "-m", "loaders", "ingest", str(workbook), "--db", str(db)]
        loaded += subprocess.run(command, cwd=ROOT, capture_output=True, timeout=300).returncode == 0
        time.sleep(2)
    return loaded


async def _run(url: str, db: Path, folder: Path, sessions: int, per_session: int) -> tuple[list, list, int]:
    from playwright.async_api import async_playwright

    rng = random.Random(20)
    times: list[float] = []
    failures: list[str] = []
    stop = threading.Event()
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        uploader = asyncio.get_running_loop().run_in_executor(None, _uploads, db, folder, stop)
        plans = [rng.sample(PAGES, per_session) for _ in range(sessions)]
        await asyncio.gather(*(_session(browser, url, plan, times, failures) for plan in plans))
        stop.set()
        loaded = await uploader
        await browser.close()
    return times, failures, loaded


def check(scale: str) -> Outcome:
    """``sessions`` sessions open ``per_session`` pages each while files are loaded."""
    sessions, per_session = SCALES[scale]
    with tempfile.TemporaryDirectory(prefix="kla-beban-") as folder:
        db = Path(folder) / "kla.duckdb"
        # The sessions' event loop runs in a thread of its own: the caller may run one already.
        with running_dashboard(db, "make-run-beban.log") as url, ThreadPoolExecutor(1) as own_loop:
            run = own_loop.submit(asyncio.run, _run(url, db, Path(folder), sessions, per_session))
            times, failures, loaded = run.result()
    asked = sessions * per_session
    p95 = statistics.quantiles(times, n=20)[-1] if len(times) >= 2 else float("nan")
    line = (
        f"beban: {sessions} sesi serentak, {asked - len(failures)}/{asked} halaman tampil tanpa galat, "
        f"{loaded} unggahan CLI di sela; waktu halaman p95 {p95:.1f} s, median {statistics.median(times):.1f} s"
    )
    return Outcome(line + (f"; {failures[0][:200]}" if failures else ""), not failures and loaded > 0)
