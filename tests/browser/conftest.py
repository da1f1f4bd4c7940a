"""A real dashboard started the way `make run` starts it, and Debian's Chromium to look at it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_healthy(url: str, process: subprocess.Popen, timeout_s: float = 180) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"`make run` stopped with exit code {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"the dashboard did not answer at {url} within {timeout_s} s")


@contextmanager
def running_dashboard(db: Path, log_name: str = "make-run.log") -> Iterator[str]:
    """`make run` on a free port with ``db``; yields the address, stops everything after."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (`apt-get install -y chromium`)")
    port = _free_port()
    ARTIFACTS.mkdir(exist_ok=True)
    env = {**os.environ, "PORT": str(port), "KLA_DB": str(db), "KLA_PROFIL": str(db.parent / "profil")}
    with (ARTIFACTS / log_name).open("w") as output:
        process = subprocess.Popen(
            ["make", "run"], cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True
        )
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_healthy(url, process)
            yield url
        finally:
            _stop(process)


# Accounts the browser tests sign in with, made in the test database once it exists.
ADMIN = ("admin-uji", "sandi-admin-uji-2026")
ANALYST = ("dinkes-uji", "sandi-dinkes-uji-2026")


@pytest.fixture(scope="session")
def dashboard_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the browser tests' dashboard keeps its database (built by `make run`)."""
    return tmp_path_factory.mktemp("browser") / "kla.duckdb"


@pytest.fixture(scope="session")
def dashboard_url(dashboard_db: Path) -> Iterator[str]:
    """The dashboard as `make run` starts it, with a database path that does not exist yet;
    once built, it gets an administrator and a Dinkes analyst account."""
    from kla import store, users

    with running_dashboard(dashboard_db) as url:
        assert dashboard_db.exists(), "make run should have built the sample database"
        with store.writing(dashboard_db) as con:
            users.add_user(con, ADMIN[0], "admin", ADMIN[1])
            users.add_user(con, ANALYST[0], "analis", ANALYST[1], ["DINKES"])
        yield url


def sign_in(page, account: tuple[str, str]) -> None:
    """Fill in the sign-in form on the page shown and wait until signed in."""
    from playwright.sync_api import expect

    page.get_by_label("Nama pengguna").fill(account[0])
    page.get_by_label("Kata sandi").fill(account[1])
    page.get_by_role("button", name="Masuk", exact=True).click()
    expect(page.get_by_text("Masuk sebagai", exact=False)).to_be_visible(timeout=30_000)


def _stop(process: subprocess.Popen) -> None:
    """End `make run` and everything it started (it runs in its own process group)."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
    except ProcessLookupError:
        return
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict) -> dict:
    return {**browser_context_args, "viewport": {"width": 1366, "height": 900}, "locale": "id-ID"}
