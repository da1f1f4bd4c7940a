"""Every page in a real Chromium at 1366×900: charts drawn, no exception, nothing fetched from
outside the machine. Screenshots go to tests/artifacts/."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import ARTIFACTS

pytestmark = pytest.mark.browser

PAGES = [
    ("/", "Ringkasan Kota Layak Anak Kota Batu", 0),  # its cards, chart and tables are HTML
    ("/kelembagaan", "Kelembagaan", 2),
    ("/klaster-1", "Klaster I: Hak Sipil dan Kebebasan", 3),
    ("/klaster-2", "Klaster II: Lingkungan Keluarga", 2),
    ("/klaster-3", "Klaster III: Kesehatan Dasar", 3),
    ("/klaster-4", "Klaster IV: Pendidikan", 3),
    ("/klaster-5", "Klaster V: Perlindungan Khusus", 2),
    ("/klaster-3?tahun=2024&ukuran=III-13A", "Klaster III: Kesehatan Dasar", 3),
    ("/indikator?kode=III-13A", "III-13A · Prevalensi stunting pada balita", 2),
    ("/opd?opd=DINKES", "Akuntabilitas OPD", 0),
    ("/wilayah?kode=III-13A", "Peta wilayah", 1),
    ("/target", "Target kota dan acuan nasional", 0),
    ("/anggaran", "Anggaran responsif anak", 4),
    ("/anggaran?tahun=2020", "Anggaran responsif anak", 4),
    ("/predikat", "Predikat KLA", 3),
]


def wait_until_ready(page: Page, min_charts: int = 0) -> None:
    """The page's title is there, the script has finished, at least ``min_charts`` charts
    exist, and every chart has drawn its SVG."""
    page.wait_for_selector("[data-testid=stMain] h1, [data-testid=stException]", timeout=60_000)
    page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]", timeout=60_000)
    page.wait_for_function(
        "(n) => document.querySelectorAll('[data-testid=stPlotlyChart]').length >= n &&"
        " document.querySelectorAll('[data-testid=stPlotlyChart], [data-testid=stDataFrame],"
        " [data-testid=stTable], table.kla-table').length > 0",
        arg=min_charts,
        timeout=60_000,
    )
    charts = page.locator("[data-testid=stPlotlyChart]")
    for index in range(charts.count()):
        charts.nth(index).locator(".main-svg").first.wait_for(state="attached", timeout=30_000)


def full_screenshot(page: Page, name: str) -> None:
    height = page.evaluate("document.querySelector('[data-testid=stMainBlockContainer]').scrollHeight")
    page.set_viewport_size({"width": 1366, "height": min(max(900, height + 120), 16_000)})
    page.wait_for_timeout(800)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
    page.set_viewport_size({"width": 1366, "height": 900})


@pytest.mark.parametrize(("path", "title", "min_charts"), PAGES)
def test_page_opens_with_its_charts(page: Page, dashboard_url: str, path: str, title: str, min_charts: int):
    hosts: set[str] = set()
    # data: and blob: addresses (map workers, images) stay inside the page; only network schemes count.
    page.on(
        "request",
        lambda request: (
            hosts.add(urlparse(request.url).hostname or "")
            if urlparse(request.url).scheme in ("http", "https", "ws", "wss")
            else None
        ),
    )
    page.goto(dashboard_url + path)
    wait_until_ready(page, min_charts)
    assert page.locator("[data-testid=stException]").count() == 0
    expect(page.locator("[data-testid=stMain] h1").first).to_contain_text(title)
    assert page.locator("[data-testid=stPlotlyChart]").count() >= min_charts
    content = "[data-testid=stDataFrame], [data-testid=stPlotlyChart], [data-testid=stTable], table.kla-table"
    assert page.locator(content).count() > 0
    expect(page.get_by_text("Data contoh.", exact=False).first).to_be_visible()
    name = path.replace("/", "_").replace("?", "_").replace("=", "-") if path != "/" else "_ringkasan"
    full_screenshot(page, "id" + name)
    assert hosts <= {"127.0.0.1", "localhost"}, f"requests left the machine: {hosts}"


def test_language_and_year_carry_across_pages(page: Page, dashboard_url: str):
    page.goto(dashboard_url + "/")
    wait_until_ready(page)
    page.get_by_text("English", exact=True).click()
    expect(page.locator("[data-testid=stMain] h1").first).to_contain_text("child-friendly city at a glance")
    page.locator("[data-testid=stSidebar] [data-testid=stSelectbox]").click()
    page.get_by_role("option", name="2022").click()
    expect(page.get_by_text("city goals for 2022", exact=False)).to_be_visible()
    wait_until_ready(page)
    page.locator("[data-testid=stSidebarNav] a", has_text="Cluster III").click()
    expect(page.locator("[data-testid=stMain] h1").first).to_contain_text("Cluster III: Basic health and welfare")
    wait_until_ready(page)
    expect(page.get_by_text("value per region in 2022", exact=False)).to_be_visible()
    assert page.locator("[data-testid=stException]").count() == 0
    full_screenshot(page, "en_klaster-3_2022")


def test_a_closed_scorecard_is_drawn_when_opened(page: Page, dashboard_url: str):
    page.goto(dashboard_url + "/")
    wait_until_ready(page)
    scorecards = page.locator("[data-testid=stExpander]")
    expect(scorecards).to_have_count(6)
    expect(scorecards.nth(3).locator("[data-testid=stDataFrame]")).to_have_count(0)  # closed: not drawn at all
    scorecards.nth(3).get_by_text("Klaster III", exact=False).click()  # opening reruns the page, which draws it
    expect(scorecards.nth(3).locator("[data-testid=stDataFrame]")).to_have_count(1, timeout=30_000)
    expect(scorecards.nth(3).get_by_text("Unduh Excel")).to_be_visible()
    expect(scorecards.nth(3).get_by_text("skor rata-rata", exact=False).first).to_be_visible()
    assert page.locator("[data-testid=stException]").count() == 0


def test_a_cluster_page_opens_one_measure_at_a_time_and_the_address_follows(page: Page, dashboard_url: str):
    page.goto(dashboard_url + "/klaster-3")
    wait_until_ready(page, 3)
    main = page.locator("[data-testid=stMain]")
    expect(main.get_by_role("heading", name=re.compile(r"^III-12 · "))).to_be_visible()
    expect(main.get_by_role("heading", name=re.compile(r"^III-13A · "))).to_have_count(0)  # not drawn while closed
    page.get_by_role("tab", name="III-13A").click()  # opening the tab reruns the page, which draws it
    expect(main.get_by_role("heading", name=re.compile(r"^III-13A · "))).to_be_visible(timeout=30_000)
    expect(main.get_by_role("heading", name=re.compile(r"^III-12 · "))).to_have_count(0)
    wait_until_ready(page, 3)
    assert "ukuran=III-13A" in page.url  # the view can be shared as it is
    assert page.locator("[data-testid=stException]").count() == 0
    full_screenshot(page, "id_klaster-3_tab_III-13A")
    main.get_by_role("link", name="Rincian III-13A").click()  # the measure in depth, from its tab
    expect(main.locator("h1").first).to_have_text("III-13A · Prevalensi stunting pada balita", timeout=30_000)
    wait_until_ready(page, 2)
    page.go_back()
    expect(main.get_by_role("heading", name=re.compile(r"^III-13A · "))).to_be_visible(timeout=30_000)
    page.locator("[data-testid=stSidebarNav] a", has_text="Wilayah").click()  # elsewhere from an open tab
    expect(main.locator("h1").first).to_have_text("Peta wilayah", timeout=30_000)
    wait_until_ready(page, 1)
    assert page.locator("[data-testid=stException]").count() == 0
