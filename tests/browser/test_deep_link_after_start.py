"""A shared link opened as the very first request after the server starts still gets the
whole app (navigation, sidebar, year from the link), not the page on its own."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import running_dashboard
from tests.browser.test_pages_in_chromium import wait_until_ready

pytestmark = pytest.mark.browser


def test_first_request_is_a_deep_link(page: Page, tmp_path):
    with running_dashboard(tmp_path / "kla.duckdb", "make-run-deep-link.log") as url:
        page.goto(url + "/indikator?kode=III-13A&tahun=2023")
        wait_until_ready(page)
        expect(page.locator("[data-testid=stMain] h1").first).to_have_text("III-13A · Prevalensi stunting pada balita")
        sidebar = page.locator("[data-testid=stSidebar]")
        expect(sidebar.get_by_text("Wilayah", exact=True)).to_be_visible()  # our navigation, not file names
        expect(sidebar.get_by_role("combobox")).to_have_value("2023")
        assert page.locator("[data-testid=stException]").count() == 0
