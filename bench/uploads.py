"""Uploads: the whole validate-and-load of a generated 100,000-row canonical workbook, beside
python-calamine merely reading the same file (the floor) and ``pandas.read_excel`` with
openpyxl plus a plain DuckDB insert (what a typical dashboard does)."""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path

import duckdb
import pandas as pd
from openpyxl import Workbook
from python_calamine import CalamineWorkbook

from bench.synthetic import regions_from
from kla import store
from kla.catalog import read_measures
from kla.regions import read_regions
from loaders.ingest import ingest_file
from loaders.parser_template import ready_parser

ROWS = 100_000
SMALL_ROWS = 300  # one OPD's figures for some desa: what an upload usually is


def write_big_workbook(path: Path, rows: int = ROWS) -> None:
    """A canonical workbook of ``rows`` distinct values (measures × years × regions × sexes)."""
    random.seed(1)
    regions = [region.code for region in read_regions()]
    measures = read_measures()
    value_of = {
        "persen": lambda: round(random.uniform(1, 99), 2),
        "jumlah": lambda: random.randint(0, 500),
        "per_1000_kh": lambda: round(random.uniform(1, 30), 2),
        "biner": lambda: random.randint(0, 1),
    }
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Data")
    sheet.append(["kode_indikator", "tahun", "wilayah", "jenis_kelamin", "nilai", "sumber"])
    written = 0
    combinations = (
        (measure, year, region, sex, source)
        for source in ("SIAK", "SSGI")  # an administrative and a survey series
        for measure in measures
        for year in range(2000, 2026)
        for region in regions
        for sex in ("L", "P", "L+P")
    )
    for measure, year, region, sex, source in combinations:
        sheet.append([measure.code, year, region, sex, value_of[measure.unit](), source])
        written += 1
        if written == rows:
            workbook.save(path)
            return
    raise ValueError(f"only {written} distinct rows possible")


def time_uploads(folder: Path, with_pandas: bool = True) -> dict[str, float]:
    """Seconds for each way of reading the same 100,000-row workbook written into ``folder``
    (pandas with openpyxl, some 15 s, only ``with_pandas``)."""
    path = folder / "besar.xlsx"
    if not path.exists():
        write_big_workbook(path)
    started = time.perf_counter()
    workbook = CalamineWorkbook.from_path(str(path))
    workbook.get_sheet_by_index(0).to_python()
    times = {"calamine_read_s": time.perf_counter() - started}

    if with_pandas:
        started = time.perf_counter()
        frame = pd.read_excel(path, engine="openpyxl")
        with duckdb.connect(str(folder / "biasa.duckdb")) as con:
            con.register("frame", frame)
            con.execute("CREATE OR REPLACE TABLE nilai AS SELECT * FROM frame")
        times["pandas_openpyxl_s"] = time.perf_counter() - started

    database = folder / "kla.duckdb"
    for leftover in (database, database.with_name(database.name + ".wal")):
        leftover.unlink(missing_ok=True)
    ready_parser(wait=True)  # as the Unggah page does while the analyst picks a file
    started = time.perf_counter()
    report = ingest_file(path, database)
    ingest_s = time.perf_counter() - started
    if report.status != "accepted" or report.rows != ROWS:
        raise RuntimeError(f"the benchmark workbook was not loaded whole: {report.status}, {report.rows} rows")
    return {"ingest_s": ingest_s, **times}


def time_small_upload(db: Path, tree: Path, folder: Path) -> float:
    """Seconds to validate and load ``SMALL_ROWS`` desa values of a sensitive measure's latest
    year into a copy of the database ``db`` (regions of ``tree``): an everyday upload, whose
    time should not grow with the database."""
    copy = folder / f"kecil-{db.name}"
    shutil.copyfile(db, copy)
    with store.reading(copy) as con:
        code, year = con.execute(
            "SELECT m.code, max(o.year) FROM measures m JOIN observations o ON o.indicator_code = m.code "
            "WHERE m.sensitive AND m.unit = 'jumlah' GROUP BY m.code ORDER BY m.code LIMIT 1"
        ).fetchone()
        desa = [row[0] for row in con.execute("SELECT code FROM regions WHERE level = 'desa' ORDER BY code").fetchall()]
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Data")
    sheet.append(["kode_indikator", "tahun", "wilayah", "jenis_kelamin", "nilai", "sumber"])
    random.seed(3)
    for region in desa[:SMALL_ROWS]:
        sheet.append([code, year, region, "L+P", random.randint(0, 40), "Data sintetis"])
    path = folder / "kecil.xlsx"
    workbook.save(path)
    try:
        with regions_from(tree):
            ready_parser(wait=True)
            started = time.perf_counter()
            report = ingest_file(path, copy)
            seconds = time.perf_counter() - started
    finally:
        for leftover in (copy, copy.with_name(copy.name + ".wal")):
            leftover.unlink(missing_ok=True)
    if report.status != "accepted" or report.rows != min(SMALL_ROWS, len(desa)):
        raise RuntimeError(f"the small upload was not loaded whole: {report.status}, {report.rows} rows")
    return seconds
