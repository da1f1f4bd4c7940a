"""The app and the loader together (issue 9, item 1), one round of :mod:`stress.together` (ten
in ``make stress``): two browser sessions and the command line upload at the same moment, all
three load, nobody sees a raw lock error, and a third session sees the new figures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from stress.together import add_accounts, upload_together
from tests.browser.conftest import running_dashboard

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def own_dashboard(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A dashboard of its own (this test changes figures other browser tests read)."""
    db = tmp_path_factory.mktemp("serentak") / "kla.duckdb"
    with running_dashboard(db, "make-run-serentak.log") as url:
        add_accounts(db)
        yield url, db


def test_two_browsers_and_the_cli_upload_at_once_and_all_load(browser: Browser, own_dashboard, tmp_path: Path):
    url, db = own_dashboard
    assert upload_together(browser, url, db, tmp_path, 9) == []
