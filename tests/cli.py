"""Helpers shared by tests that drive the loader's command line and compare database states."""

import subprocess
import sys
from pathlib import Path

from kla import store

ROOT = Path(__file__).resolve().parent.parent
CURRENT = "SELECT indicator_code, year, region_code, sex, source_kind, value FROM observations ORDER BY ALL"


def loaders_cli(*args: str) -> subprocess.CompletedProcess:
    """``python -m loaders ARGS`` run from the project root, its output captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "loaders", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def current_values(db: Path) -> list[tuple]:
    """Every current value of the database ``db`` with its identity, in a fixed order."""
    with store.reading(db) as con:
        return con.execute(CURRENT).fetchall()
