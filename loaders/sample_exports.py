"""Sample exports in the style of OPD systems' own tables (SIAK, e-PPGBM, Dapodik), written with
openpyxl as the systems write them: titles above the header, merged cells, a total row, rows
finer than our regions. Their numbers are synthetic (the first title says DATA CONTOH). They
show how an export is mapped once on /unggah (``data/sample/ekspor/``), and the tests load
them: each writer returns the values the dashboard should hold after loading, computed here
from the same numbers."""

from __future__ import annotations

import csv
import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from kla.config import REGIONS_CSV, SAMPLE_MARKER

Expected = dict[tuple[str, int, str], float]  # (measure, year, region code) → value


def regions(level: str) -> list[dict[str, str]]:
    """The sample city's kecamatan, or its desa and kelurahan (``desa``), from ``data/wilayah.csv``."""
    with REGIONS_CSV.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    wanted = {"kecamatan"} if level == "kecamatan" else {"desa", "kelurahan"}
    return [row for row in rows if row["tingkat"] in wanted]


def _names() -> dict[str, str]:
    return {row["kode"]: row["nama"] for row in regions("kecamatan")}


def _titles(sheet, lines: list[str], width: int) -> None:
    lines = [f"{SAMPLE_MARKER} (sintetis) · {lines[0]}", *lines[1:]]
    for index, line in enumerate(lines, start=1):
        sheet.cell(index, 1, line).font = Font(bold=True)
        sheet.merge_cells(start_row=index, start_column=1, end_row=index, end_column=width)


SIAK_HEADER = ["No", "Kecamatan", "Desa/Kelurahan", "Jumlah Anak", "Sudah Memiliki Akta", "Belum Memiliki", "%"]


def siak_recap(path: Path, year: int, seed: int, header: list[str] = SIAK_HEADER) -> Expected:
    """Dispendukcapil's SIAK recap of birth certificates per desa, year in a title cell (A3),
    a JUMLAH row merged over the first three columns."""
    rng = random.Random(seed)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Rekap Akta"
    _titles(sheet, ["REKAPITULASI KEPEMILIKAN AKTA KELAHIRAN ANAK 0-17 TAHUN", "KOTA BATU"], len(header))
    sheet["A3"] = f"Keadaan s.d. Desember {year}"
    sheet.append([])
    sheet.append(header)
    kecamatan = _names()
    expected: Expected = {}
    total_children = total_with = 0
    for number, desa in enumerate(regions("desa"), start=1):
        children = rng.randint(900, 4200)
        having = children - rng.randint(5, 160)
        total_children, total_with = total_children + children, total_with + having
        percent = round(having / children * 100, 2)
        sheet.append(
            [number, kecamatan[desa["kode_induk"]], desa["nama"], children, having, children - having, percent]
        )
        expected[("I-4A", year, desa["kode"])] = having / children * 100
    last = sheet.max_row + 1
    sheet.append(["JUMLAH", None, None, total_children, total_with, total_children - total_with, None])
    sheet.merge_cells(start_row=last, start_column=1, end_row=last, end_column=3)
    expected[("I-4A", year, "35.79")] = total_with / total_children * 100
    sheet.append([])
    sheet.append([None, None, None, None, "Batu, 10 Januari", None, None])
    sheet.append([None, None, None, None, "Kepala Dinas", None, None])
    workbook.save(path)
    return expected


PPGBM_HEADER = [
    "No",
    "Puskesmas",
    "Posyandu",
    "Jumlah Balita Diukur",
    "Pendek",
    "Sangat Pendek",
    "Kurus",
    "Sangat Kurus",
]


def posyandu_lookup() -> dict[str, str]:
    """Three posyandu per desa: ``Posyandu Melati Temas`` → ``35.79.01.1001``."""
    flowers = ("Melati", "Mawar", "Anggrek")
    return {f"Posyandu {flower} {desa['nama']}": desa["kode"] for desa in regions("desa") for flower in flowers}


def ppgbm_export(path: Path, year: int, seed: int, header: list[str] = PPGBM_HEADER) -> Expected:
    """Dinkes' e-PPGBM export of one measuring round, one row per posyandu, period in B2."""
    rng = random.Random(seed)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Status Gizi"
    sheet["A1"] = f"{SAMPLE_MARKER} (sintetis) · LAPORAN STATUS GIZI BALITA (TB/U, BB/TB) PER POSYANDU"
    sheet["A2"] = "Periode:"
    sheet["B2"] = f"Agustus {year}"
    sheet.append(header)
    sums: dict[str, list[int]] = {}
    puskesmas = {"35.79.01": "Puskesmas Batu", "35.79.02": "Puskesmas Junrejo", "35.79.03": "Puskesmas Bumiaji"}
    parents = {desa["kode"]: desa["kode_induk"] for desa in regions("desa")}
    order = list(posyandu_lookup().items())
    rng.shuffle(order)  # exports list posyandu by puskesmas, not by our region order
    for number, (posyandu, desa) in enumerate(order, start=1):
        measured = rng.randint(40, 180)
        short, very_short = rng.randint(2, 14), rng.randint(0, 6)
        thin, very_thin = rng.randint(1, 8), rng.randint(0, 3)
        cells = dict(
            zip(
                PPGBM_HEADER, [number, puskesmas[parents[desa]], posyandu, measured, short, very_short, thin, very_thin]
            )
        )
        sheet.append([cells.get(name) for name in header])
        total = sums.setdefault(desa, [0, 0, 0])
        total[0] += measured
        total[1] += short + very_short
        total[2] += thin + very_thin
    expected: Expected = {}
    for desa, (measured, stunted, wasted) in sums.items():
        expected[("III-13A", year, desa)] = stunted / measured * 100
        expected[("III-13B", year, desa)] = wasted / measured * 100
    workbook.save(path)
    return expected


DAPODIK_HEADER = ["No", "NPSN", "Nama Sekolah", "Bentuk", "Status", "Kecamatan", "Desa/Kelurahan", "Ramah Anak"]


def dapodik_list(path: Path, seed: int, header: list[str] = DAPODIK_HEADER) -> dict[str, float]:
    """Dindik's Dapodik list of schools, one row per school, 'Ya'/'Tidak' for child-friendly;
    returns the share of child-friendly schools per kecamatan code."""
    rng = random.Random(seed)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Daftar Sekolah"
    sheet["A1"] = f"{SAMPLE_MARKER} (sintetis) · Daftar Satuan Pendidikan - Dapodik"
    sheet.append(header)
    counts: dict[str, list[int]] = {}
    for number in range(1, 121):
        desa = rng.choice(regions("desa"))
        friendly = rng.random() < 0.6
        kind = rng.choice(["SD", "SMP", "SD", "TK"])
        cells = {
            "No": number,
            "NPSN": str(20500000 + number),
            "Nama Sekolah": f"{kind} {rng.choice(['Negeri', 'Islam', 'Kristen'])} {number:02d} {desa['nama']}",
            "Bentuk": kind,
            "Status": rng.choice(["Negeri", "Swasta"]),
            "Kecamatan": f"Kec. {_names()[desa['kode_induk']]}",
            "Desa/Kelurahan": desa["nama"],
            "Ramah Anak": "Ya" if friendly else "Tidak",
        }
        sheet.append([cells.get(name) for name in header])
        total = counts.setdefault(desa["kode_induk"], [0, 0])
        total[0] += 1
        total[1] += friendly
    sheet.append([])
    sheet.append(["Sumber: Dapodik, ditarik 5 Januari"])
    workbook.save(path)
    return {code: friendly / schools * 100 for code, (schools, friendly) in counts.items()}


def write_sample_exports(out_dir: Path) -> list[Path]:
    """Two years of the SIAK recap and of the e-PPGBM export, and one Dapodik list, in ``out_dir``:
    map the first file of a layout on /unggah, and the second loads by itself."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for year in (2024, 2025):
        siak_recap(out_dir / f"siak-rekap-akta-{year}.xlsx", year, seed=year)
        ppgbm_export(out_dir / f"eppgbm-status-gizi-{year}.xlsx", year, seed=year + 1)
        written += [out_dir / f"siak-rekap-akta-{year}.xlsx", out_dir / f"eppgbm-status-gizi-{year}.xlsx"]
    dapodik_list(out_dir / "dapodik-daftar-sekolah.xlsx", seed=2025)
    return [*written, out_dir / "dapodik-daftar-sekolah.xlsx"]
