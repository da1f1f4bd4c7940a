"""Real workbooks for tests, written with openpyxl exactly as a user's file would be."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

CANONICAL = ["kode_indikator", "tahun", "wilayah", "jenis_kelamin", "nilai", "pembilang", "penyebut", "sumber"]


def write_workbook(
    path: Path,
    rows: list[list[object]],
    header: list[str] = CANONICAL,
    sheet: str = "Data",
    rows_above: list[list[object]] = (),
    extra_sheets: dict[str, list[list[object]]] | None = None,
) -> Path:
    """Write ``rows_above``, then ``header``, then ``rows`` on ``sheet``; return ``path``."""
    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    for row in rows_above:
        worksheet.append(list(row))
    worksheet.append(header)
    for row in rows:
        worksheet.append(list(row))
    for name, content in (extra_sheets or {}).items():
        other = workbook.create_sheet(name)
        for row in content:
            other.append(list(row))
    workbook.save(path)
    return path
