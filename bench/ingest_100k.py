"""Times the whole validate-and-load of a generated 100,000-row canonical workbook, beside
python-calamine merely reading the same file. Run: .venv/bin/python bench/ingest_100k.py"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook
from python_calamine import CalamineWorkbook

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kla.catalog import read_measures  # noqa: E402
from kla.regions import read_regions  # noqa: E402
from loaders.ingest import ingest_file  # noqa: E402

ROWS = 100_000


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


def main() -> None:
    """Print the timings."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "besar.xlsx"
        write_big_workbook(path)
        started = time.perf_counter()
        workbook = CalamineWorkbook.from_path(str(path))
        workbook.get_sheet_by_index(0).to_python()
        read_s = time.perf_counter() - started
        started = time.perf_counter()
        report = ingest_file(path, Path(folder) / "kla.duckdb")
        ingest_s = time.perf_counter() - started
    print(f"rows={report.rows} status={report.status} calamine_read_s={read_s:.2f} ingest_s={ingest_s:.2f}")


if __name__ == "__main__":
    main()
