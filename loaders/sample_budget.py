"""Sample child budget (anggaran responsif anak) 2018-2025, one workbook per OPD.

Plausible for a city of about 220,000 people with an APBD near Rp 1 triliun: about
Rp 50-75 miliar a year tagged as child-responsive (5-7%), education and health the largest,
a 2020 cut for COVID-19 refocusing (health and social protection excepted), and realisation
rates that differ by agency (construction lags). Deterministic and clearly sample data,
never official figures.
"""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from kla import catalog, config
from loaders.budget_rows import BUDGET_COLUMNS, RUPIAH_FORMAT
from loaders.sample_plan import YEARS

# (OPD, cluster, program, kegiatan, pagu in 2025 in millions of rupiah)
ACTIVITIES: tuple[tuple[str, str, str, str, float], ...] = (
    (
        "DP3AP2KB",
        "KL",
        "Program Pemenuhan Hak Anak",
        "Pelembagaan pemenuhan hak anak di pemerintah dan dunia usaha",
        350,
    ),
    ("DP3AP2KB", "I", "Program Pemenuhan Hak Anak", "Penguatan Forum Anak kota, kecamatan dan desa", 180),
    ("DP3AP2KB", "II", "Program Pemenuhan Hak Anak", "Layanan Pusat Pembelajaran Keluarga (Puspaga)", 420),
    ("DP3AP2KB", "II", "Program Pemenuhan Hak Anak", "Pencegahan perkawinan anak", 150),
    ("DP3AP2KB", "V", "Program Perlindungan Khusus Anak", "Layanan UPTD PPA bagi anak korban kekerasan", 900),
    ("DP3AP2KB", "V", "Program Perlindungan Khusus Anak", "Pencegahan kekerasan terhadap anak", 250),
    ("DISPENDUKCAPIL", "I", "Program Pencatatan Sipil", "Pelayanan akta kelahiran anak", 450),
    ("DISPENDUKCAPIL", "I", "Program Pendaftaran Penduduk", "Penerbitan Kartu Identitas Anak (KIA)", 600),
    ("DISPENDUKCAPIL", "I", "Program Pendaftaran Penduduk", "Jemput bola akta dan KIA di sekolah dan desa", 200),
    ("DINKES", "III", "Program Pemenuhan Upaya Kesehatan", "Pemberian makanan tambahan balita dan ibu hamil", 2400),
    ("DINKES", "III", "Program Pemenuhan Upaya Kesehatan", "Imunisasi dasar lengkap", 1100),
    ("DINKES", "III", "Program Pemenuhan Upaya Kesehatan", "Pelayanan kesehatan bayi dan balita", 3200),
    ("DINKES", "III", "Program Pemenuhan Upaya Kesehatan", "Percepatan penurunan stunting (intervensi spesifik)", 1800),
    ("DINKES", "III", "Program Pemenuhan Upaya Kesehatan", "Penguatan puskesmas ramah anak", 450),
    ("DINKES", "III", "Program Pemberdayaan Masyarakat Bidang Kesehatan", "Penegakan Kawasan Tanpa Rokok", 150),
    ("DINDIK", "II", "Program Pengelolaan Pendidikan", "PAUD Holistik Integratif", 650),
    ("DINDIK", "IV", "Program Pengelolaan Pendidikan", "Bantuan operasional PAUD daerah", 6500),
    ("DINDIK", "IV", "Program Pengelolaan Pendidikan", "Pengelolaan pendidikan sekolah dasar", 18000),
    ("DINDIK", "IV", "Program Pengelolaan Pendidikan", "Pengelolaan pendidikan sekolah menengah pertama", 12000),
    ("DINDIK", "IV", "Program Pengelolaan Pendidikan", "Pengembangan Sekolah Ramah Anak", 800),
    ("DINDIK", "IV", "Program Pengelolaan Pendidikan", "Beasiswa anak dari keluarga miskin", 2200),
    ("DINSOS", "II", "Program Rehabilitasi Sosial", "Pengasuhan anak terlantar di LKSA", 900),
    ("DINSOS", "II", "Program Rehabilitasi Sosial", "Standardisasi Lembaga Kesejahteraan Sosial Anak", 200),
    ("DINSOS", "V", "Program Rehabilitasi Sosial", "Rehabilitasi sosial anak penyandang disabilitas", 1100),
    ("DINSOS", "V", "Program Perlindungan dan Jaminan Sosial", "Pendampingan anak berhadapan dengan hukum", 300),
    ("DINSOS", "V", "Program Perlindungan dan Jaminan Sosial", "Perlindungan anak dalam situasi darurat", 250),
    ("DISKOMINFO", "I", "Program Informasi dan Komunikasi Publik", "Penyediaan Informasi Layak Anak", 250),
    ("DISPERKIM", "II", "Program Kawasan Permukiman", "Pembangunan Ruang Bermain Ramah Anak", 1500),
    ("DISPERKIM", "III", "Program Kawasan Permukiman", "Sanitasi layak rumah tangga berpenghuni anak", 4500),
    ("DISPERKIM", "III", "Program Pengembangan Sistem Penyediaan Air Minum", "Sambungan air minum layak", 3800),
    ("DISPARTA", "IV", "Program Pengembangan Kebudayaan", "Fasilitas kreativitas dan budaya ramah anak", 600),
    ("DISPARTA", "IV", "Program Pengembangan Kebudayaan", "Festival seni dan budaya anak", 350),
    ("BAPPELITBANGDA", "KL", "Program Perencanaan Pembangunan Daerah", "Koordinasi Gugus Tugas KLA", 220),
    ("BAPPELITBANGDA", "KL", "Program Perencanaan Pembangunan Daerah", "Evaluasi KLA dan Rencana Aksi Daerah", 180),
    ("KEMENAG", "II", "Hibah APBD", "Bimbingan remaja usia sekolah: pencegahan perkawinan anak", 120),
)
# Share of the allocation an agency usually spends; construction and grants lag.
SPENDING = {
    "DINKES": 0.93,
    "DINDIK": 0.95,
    "DISPERKIM": 0.74,
    "DINSOS": 0.86,
    "DP3AP2KB": 0.9,
    "DISPENDUKCAPIL": 0.92,
    "DISKOMINFO": 0.88,
    "DISPARTA": 0.8,
    "BAPPELITBANGDA": 0.9,
    "KEMENAG": 0.97,
}
SPARED_IN_2020 = {"DINKES", "DINSOS"}  # refocusing moved money to health and social protection


def budget_rows(opd_code: str) -> list[list[object]]:
    """The sample budget rows of one OPD for every sample year, in the template's columns."""
    rows = []
    for opd, cluster, program, activity, millions in ACTIVITIES:
        if opd != opd_code:
            continue
        rng = random.Random(f"anggaran:{activity}")
        for year in YEARS:
            growth = 1.055 ** (year - YEARS[-1]) * rng.uniform(0.92, 1.08)
            if year == 2020:
                growth *= 1.12 if opd in SPARED_IN_2020 else 0.72
            allocation = round(millions * 1e6 * growth, -3)
            rate = min(1.0, SPENDING[opd] + rng.uniform(-0.05, 0.05) - (0.08 if year == 2020 else 0.0))
            realisation = round(allocation * rate)
            rows.append([year, opd, cluster, program, activity, allocation, realisation, None])
    return rows


def write_budget_workbook(path: Path, opd: catalog.Opd) -> int:
    """Write the sample budget workbook of ``opd``; returns the number of rows."""
    rows = budget_rows(opd.code)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Anggaran"
    sheet.append([f"{config.SAMPLE_MARKER}: BUKAN DATA RESMI"])
    sheet.append([f"{opd.full_name} ({opd.short_name}): anggaran responsif anak {YEARS[0]}-{YEARS[-1]}"])
    sheet.append([])
    sheet.append(["No", *BUDGET_COLUMNS])
    for cell in (sheet["A1"], *sheet[4]):
        cell.font = Font(bold=True)
    for number, row in enumerate(rows, start=1):
        sheet.append([number, *row])
        for cell in sheet[sheet.max_row][6:8]:
            cell.number_format = RUPIAH_FORMAT
    for column, width in zip("ABCDEFGHI", (6, 8, 16, 9, 40, 50, 18, 18, 20)):
        sheet.column_dimensions[column].width = width
    workbook.properties.creator = f"Generator data contoh KLA ({opd.short_name})"
    workbook.properties.created = datetime(2026, 1, 1)
    workbook.save(path)
    return len(rows)


def write_sample_budget(out_dir: Path) -> list[Path]:
    """Write ``anggaran-<opd>.xlsx`` for every OPD into ``out_dir``; return the paths."""
    written = []
    for opd in catalog.read_opds():
        path = out_dir / f"anggaran-{opd.code.lower()}.xlsx"
        if write_budget_workbook(path, opd):
            written.append(path)
    return written
