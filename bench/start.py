"""Seconds from ``streamlit run`` to the first page ready in Chromium, for the dashboard and
for a hello-world app started the same way."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("BROWSER_PATH", "/usr/bin/chromium")


# The page is drawn: no element still waits for its code (Streamlit shows a grey placeholder,
# stSkeleton, until an element's code has been loaded), every chart has its picture and every
# table its grid. A script that has finished is not yet a page a person can read: on the first
# visit, the code of charts and tables is fetched and compiled only then (Plotly's is 4,6 MB).
DRAWN = """() => document.querySelectorAll('[data-testid=stSkeleton]').length === 0
    && [...document.querySelectorAll('[data-testid=stPlotlyChart]')].every(c => c.querySelector('.main-svg'))
    && [...document.querySelectorAll('[data-testid=stDataFrame]')].every(t => t.querySelector('canvas'))"""


def browser_missing() -> str | None:
    """Why Chromium cannot be started for the start measurement, or None when it can. Asked
    before anything is measured, so that a machine without it fails at once, not minutes in."""
    if os.access(CHROMIUM, os.X_OK):
        return None
    return f"Chromium tidak ada di {CHROMIUM}: pasang (apt-get install -y chromium) atau atur BROWSER_PATH."


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def seconds_to_first_page(script: Path, env: dict[str, str]) -> float:
    """Start ``script`` with Streamlit and open it in Chromium; seconds until its title shows,
    its script has finished and the page is drawn (:data:`DRAWN`)."""
    from playwright.sync_api import sync_playwright

    port = _free_port()
    command = [sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(port)]
    command += ["--server.headless", "true", "--browser.gatherUsageStats", "false"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()
        started = time.perf_counter()
        server = subprocess.Popen(
            command, cwd=ROOT, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            while True:
                try:
                    page.goto(f"http://127.0.0.1:{port}/", timeout=5_000)
                    break
                except Exception:  # not listening yet
                    if time.perf_counter() - started > 120:
                        raise
                    time.sleep(0.05)
            page.wait_for_selector("[data-testid=stMain] h1", timeout=120_000)
            page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]", timeout=120_000)
            page.wait_for_function(DRAWN, polling=50, timeout=120_000)
            return time.perf_counter() - started
        finally:
            server.terminate()
            server.wait(timeout=30)
            browser.close()
