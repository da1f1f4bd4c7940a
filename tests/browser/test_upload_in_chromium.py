"""The upload door in a real browser: check, confirm, see the new figure, undo, see the old one."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import ADMIN, ANALYST, sign_in
from tests.browser.test_pages_in_chromium import full_screenshot, wait_until_ready
from tests.workbooks import write_workbook

pytestmark = pytest.mark.browser


def _meetings_metric(page: Page, dashboard_url: str):
    """The latest-value metric of KL-2A (task-force meetings) on the Kelembagaan page."""
    page.goto(dashboard_url + "/kelembagaan?ukuran=KL-2A")  # the measure's tab
    wait_until_ready(page)
    section = page.locator("[data-testid=stLayoutWrapper]", has_text="KL-2A ·").first
    return section.locator("[data-testid=stMetricValue]").first


def test_upload_confirm_see_undo(page: Page, dashboard_url: str, tmp_path: Path):
    expect(_meetings_metric(page, dashboard_url)).to_have_text("4")
    rows = [["KL-2A", 2025, "Kota Batu", "", 7, None, None, "Sekretariat Gugus Tugas KLA"]]
    upload = write_workbook(tmp_path / "rapat-gugus-tugas.xlsx", rows)

    page.goto(dashboard_url + "/unggah")
    sign_in(page, ADMIN)
    page.wait_for_selector("[data-testid=stFileUploader]")
    page.locator("[data-testid=stSelectbox]", has_text="OPD pengunggah").click()
    page.get_by_role("option", name="Bappelitbangda", exact=False).click()
    page.locator("[data-testid=stFileUploader] input[type=file]").set_input_files(str(upload))
    expect(page.get_by_text("dapat dimuat", exact=False)).to_be_visible(timeout=30_000)
    expect(page.get_by_text("Nilai yang akan berubah", exact=False)).to_be_visible()
    full_screenshot(page, "id_unggah_periksa")
    page.get_by_role("button", name="Muat ke basis data").click()
    expect(page.get_by_text("dimuat sebagai unggahan", exact=False)).to_be_visible(timeout=30_000)
    assert page.locator("[data-testid=stException]").count() == 0

    expect(_meetings_metric(page, dashboard_url)).to_have_text("7")

    page.goto(dashboard_url + "/unggah")
    sign_in(page, ADMIN)
    page.wait_for_selector("[data-testid=stCheckbox]")
    undo_pick = page.locator("[data-testid=stSelectbox]", has_text="Unggahan yang dibatalkan")
    undo_pick.get_by_role("combobox").click()
    page.keyboard.press("ArrowDown")  # an empty choice opens its list from the keyboard
    page.get_by_role("option", name="rapat-gugus-tugas.xlsx", exact=False).click()
    page.get_by_text("Saya mengerti", exact=False).click()
    page.get_by_role("button", name="Batalkan unggahan").click()
    expect(page.get_by_text("dibatalkan: 1 nilai ditarik, 1 nilai lama dikembalikan", exact=False)).to_be_visible(
        timeout=30_000
    )
    full_screenshot(page, "id_unggah_batal")
    expect(_meetings_metric(page, dashboard_url)).to_have_text("4")


def _allocation_metric(page: Page, dashboard_url: str):
    """The "Pagu 2025" metric of the budget page."""
    page.goto(dashboard_url + "/anggaran")
    wait_until_ready(page, 4)
    return page.locator("[data-testid=stMetric]", has_text="Pagu 2025").locator("[data-testid=stMetricValue]")


def test_budget_upload_shows_on_the_budget_page_and_undoes(page: Page, dashboard_url: str, tmp_path: Path):
    metric = _allocation_metric(page, dashboard_url)
    before = metric.inner_text()
    assert before.startswith("Rp ") and before.endswith(" M")
    rows = [
        [
            2025,
            "Dinas Kesehatan",
            "Klaster III",
            "Program Pemenuhan Upaya Kesehatan",
            "Makanan tambahan sekolah",
            "Rp 10.000.000.000",
            "9,5 M",
        ],
    ]
    upload = tmp_path / "anggaran-dinkes-2025.xlsx"
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "ARA"
    sheet.append(["Rekap anggaran responsif anak Dinas Kesehatan"])
    sheet.append(["tahun", "opd", "klaster", "program", "kegiatan", "pagu", "realisasi"])
    for row in rows:
        sheet.append(row)
    workbook.save(upload)

    page.goto(dashboard_url + "/unggah")
    sign_in(page, ANALYST)
    page.wait_for_selector("[data-testid=stFileUploader]")
    page.locator("[data-testid=stFileUploader] input[type=file]").set_input_files(str(upload))
    expect(page.get_by_text("(anggaran): dapat dimuat. 1 baris anggaran", exact=False)).to_be_visible(timeout=30_000)
    page.get_by_role("button", name="Muat ke basis data").click()
    expect(page.get_by_text("dimuat sebagai unggahan", exact=False)).to_be_visible(timeout=30_000)
    assert page.locator("[data-testid=stException]").count() == 0

    metric = _allocation_metric(page, dashboard_url)
    expect(metric).not_to_have_text(before)
    full_screenshot(page, "id_anggaran_setelah_unggah")

    page.goto(dashboard_url + "/unggah")
    sign_in(page, ADMIN)
    page.wait_for_selector("[data-testid=stCheckbox]")
    undo_pick = page.locator("[data-testid=stSelectbox]", has_text="Unggahan yang dibatalkan")
    undo_pick.get_by_role("combobox").click()
    page.keyboard.press("ArrowDown")
    page.get_by_role("option", name="anggaran-dinkes-2025.xlsx", exact=False).click()
    page.get_by_text("Saya mengerti", exact=False).click()
    page.get_by_role("button", name="Batalkan unggahan").click()
    expect(page.get_by_text("dibatalkan: 1 nilai ditarik", exact=False)).to_be_visible(timeout=30_000)
    expect(_allocation_metric(page, dashboard_url)).to_have_text(before)
