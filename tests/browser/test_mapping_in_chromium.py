"""Mapping an unknown layout in a real browser: an administrator uploads Dispendukcapil's SIAK
recap, which the upload contract cannot read, maps its layout on /unggah, previews and saves
the profile, loads the file; the next year's recap of that layout is then recognised by itself,
loads with one click, and its city value shows on the Klaster I page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from kla import fmt
from tests.browser.conftest import ADMIN, sign_in
from tests.browser.test_pages_in_chromium import full_screenshot, wait_until_ready
from tests.export_workbooks import siak_recap

pytestmark = pytest.mark.browser

PROFILE_NAME = "SIAK rekap akta anak"
CITY = "35.79"


def _settled(page: Page) -> None:
    """Wait until Streamlit has finished the rerun a widget change started."""
    page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]", timeout=60_000)


def _no_exception(page: Page) -> None:
    assert page.locator("[data-testid=stException]").count() == 0


def _selectbox(page: Page, label: str) -> Locator:
    return page.locator("[data-testid=stSelectbox]", has_text=label)


def _choose(page: Page, label: str, option: str | re.Pattern, typed: str = "") -> None:
    """Pick ``option`` in the selectbox labelled ``label``, typing ``typed`` first to filter a
    long list. A click does not always open the list of a box that holds a value; the arrow key
    on the focused box does."""
    box = _selectbox(page, label).get_by_role("combobox")
    box.click()
    if typed:
        box.press("Control+A")
        box.press_sequentially(typed)
    box.press("ArrowDown")
    page.get_by_role("option", name=option, exact=False).click()
    expect(page.get_by_role("listbox")).to_have_count(0)
    _settled(page)


def _type(page: Page, label: str, text: str) -> None:
    """Fill the text input labelled ``label`` and commit it (Enter) so Streamlit reruns with it."""
    field = page.get_by_label(label, exact=True)
    field.fill(text)
    field.press("Enter")
    _settled(page)
    expect(field).to_have_value(text)


def _upload(page: Page, dashboard_url: str, workbook: Path) -> None:
    """A fresh visit of /unggah: sign in as administrator, pick Dispendukcapil, drop ``workbook``."""
    page.goto(dashboard_url + "/unggah")
    sign_in(page, ADMIN)
    page.wait_for_selector("[data-testid=stFileUploader]")
    _choose(page, "OPD pengunggah", "Dispendukcapil", typed="Dispendukcapil")
    page.locator("[data-testid=stFileUploader] input[type=file]").set_input_files(str(workbook))


def _read_with_profile(page: Page) -> Locator:
    """The note above the values a profile read."""
    return page.get_by_test_id("stAlertContentInfo").get_by_text(
        f"Dibaca dengan profil tata letak {PROFILE_NAME} (versi 1)", exact=False
    )


def _load(page: Page) -> None:
    page.get_by_role("button", name="Muat ke basis data").click()
    expect(page.get_by_text("dimuat sebagai unggahan", exact=False)).to_be_visible(timeout=30_000)
    _no_exception(page)


def _map_siak_layout(page: Page) -> None:
    """Fill the mapping form the way an analyst maps the SIAK recap (what the form guesses is
    checked, not typed)."""
    expect(page.get_by_label("Baris judul kolom")).to_have_value("5")
    _choose(page, "Kolom wilayah", "Desa/Kelurahan")
    _choose(page, "Kolom kecamatan (bila ada)", "Kecamatan")
    expect(page.get_by_role("radio", name="desa/kelurahan")).to_be_checked()
    expect(page.get_by_role("radio", name="sel judul")).to_be_checked()
    expect(page.get_by_role("combobox", name="Sel yang memuat tahun")).to_have_value("A3 · Keadaan s.d. Desember 2024")
    expect(page.get_by_label("Jumlah indikator di berkas ini")).to_have_value("1")
    _choose(page, "Indikator 1", re.compile(r"^I-4A · "), typed="I-4A")
    _type(page, "Sumber data", "SIAK")
    _type(page, "Pembilang", "Sudah Memiliki Akta")
    _type(page, "Penyebut", "Jumlah Anak")
    _type(page, "Nama profil", PROFILE_NAME)
    _no_exception(page)


def _city_metric(page: Page, dashboard_url: str, link: str = "") -> Locator:
    """The latest-value metric of I-4A (birth certificates) on the Klaster I page."""
    page.goto(dashboard_url + "/klaster-1?ukuran=I-4A" + link)
    wait_until_ready(page, 2)
    heading = page.get_by_role("heading", name=re.compile(r"^I-4A · "))
    section = page.locator("[data-testid=stLayoutWrapper]").filter(has=heading).last  # its own box
    return section.locator("[data-testid=stMetricValue]").first


def test_map_an_unknown_layout_then_the_next_file_loads_by_itself(page: Page, dashboard_url: str, tmp_path: Path):
    first = siak_recap(tmp_path / "rekap-akta-2024.xlsx", 2024, seed=1)
    second = siak_recap(tmp_path / "rekap-akta-2025.xlsx", 2025, seed=2)
    shown_2024 = fmt.measure_value(first[("I-4A", 2024, CITY)], "persen")
    shown_2025 = fmt.measure_value(second[("I-4A", 2025, CITY)], "persen")
    expect(_city_metric(page, dashboard_url)).not_to_have_text(shown_2025)  # the sample's 2025 value first

    _upload(page, dashboard_url, tmp_path / "rekap-akta-2024.xlsx")
    expect(page.get_by_text("rekap-akta-2024.xlsx: ditolak", exact=False)).to_be_visible(timeout=30_000)
    page.get_by_role("button", name="Petakan tata letak berkas ini").click()
    expect(page.get_by_text("Petakan tata letak: rekap-akta-2024.xlsx")).to_be_visible(timeout=30_000)
    _settled(page)
    _map_siak_layout(page)
    page.get_by_role("button", name="Pratinjau").click()
    expect(page.get_by_text("Pemetaan ini menghasilkan 25 nilai", exact=False)).to_be_visible(timeout=30_000)
    _settled(page)
    _no_exception(page)
    full_screenshot(page, "id_unggah_petakan")

    page.get_by_role("button", name="Simpan profil").click()
    expect(page.get_by_text(f"Profil '{PROFILE_NAME}' (versi 1) disimpan", exact=False)).to_be_visible(timeout=30_000)
    expect(page.get_by_text("rekap-akta-2024.xlsx: dapat dimuat. 25 nilai", exact=False)).to_be_visible()
    expect(_read_with_profile(page)).to_be_visible()
    expect(page.get_by_text("Petakan tata letak:", exact=False)).to_have_count(0)  # the form is closed
    full_screenshot(page, "id_unggah_petakan_disimpan")
    _load(page)

    _upload(page, dashboard_url, tmp_path / "rekap-akta-2025.xlsx")
    expect(page.get_by_text("rekap-akta-2025.xlsx: dapat dimuat. 25 nilai", exact=False)).to_be_visible(timeout=30_000)
    expect(_read_with_profile(page)).to_be_visible()
    expect(page.get_by_role("button", name="Petakan tata letak berkas ini")).to_have_count(0)
    full_screenshot(page, "id_unggah_dikenali_profil")
    _load(page)

    metric = _city_metric(page, dashboard_url)
    expect(metric).to_have_text(shown_2025)
    _no_exception(page)
    full_screenshot(page, "id_klaster-1_setelah_petakan")
    expect(_city_metric(page, dashboard_url, "&tahun=2024")).to_have_text(shown_2024)
    _no_exception(page)
