"""A shared link opened as the very first request after the server starts still gets the
whole app (navigation, sidebar, year from the link), not the page on its own, and no
"Page not found" over it (a page whose address differs from its file name: ``/klaster-3``)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import running_dashboard
from tests.browser.test_pages_in_chromium import wait_until_ready

pytestmark = pytest.mark.browser

LINKS = {
    "indikator": ("/indikator?kode=III-13A&tahun=2023", "III-13A · Prevalensi stunting pada balita"),
    "klaster-3": ("/klaster-3?ukuran=III-13A&tahun=2023", "Klaster III: Kesehatan Dasar dan Kesejahteraan"),
}


@pytest.mark.parametrize("name", list(LINKS))
def test_first_request_is_a_deep_link(page: Page, tmp_path, name: str):
    link, title = LINKS[name]
    with running_dashboard(tmp_path / "kla.duckdb", f"make-run-deep-link-{name}.log") as url:
        page.goto(url + link)
        wait_until_ready(page)
        main = page.locator("[data-testid=stMain]")
        expect(main.locator("h1").first).to_have_text(title)
        expect(main.get_by_role("heading", name=re.compile(r"^III-13A · ")).first).to_be_visible()
        sidebar = page.locator("[data-testid=stSidebar]")
        expect(sidebar.get_by_text("Wilayah", exact=True)).to_be_visible()  # our navigation, not file names
        expect(sidebar.get_by_role("combobox")).to_have_value("2023")
        expect(page.get_by_text("Page not found")).to_have_count(0)
        assert page.locator("[data-testid=stException]").count() == 0
