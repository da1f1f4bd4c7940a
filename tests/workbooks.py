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


class Percent(float):
    """A number stored as a fraction and shown as a percentage (0.968 → 96,8%)."""


class Formula(str):
    """A formula written without a computed value, as scripts write them."""


def write_xls(path: Path, rows: list[list[object]], header: list[str] = CANONICAL, sheet: str = "Data") -> Path:
    """An old-style .xls workbook, written with xlwt."""
    import xlwt

    workbook = xlwt.Workbook()
    worksheet = workbook.add_sheet(sheet)
    percent = xlwt.easyxf(num_format_str="0.0%")
    for row_index, row in enumerate([header, *rows]):
        for column, value in enumerate(row):
            if isinstance(value, Percent):
                worksheet.write(row_index, column, float(value), percent)
            elif isinstance(value, Formula):
                worksheet.write(row_index, column, xlwt.Formula(str(value)))
            elif value is not None:
                worksheet.write(row_index, column, value)
    workbook.save(str(path))
    return path


def write_ods(path: Path, rows: list[list[object]], header: list[str] = CANONICAL, sheet: str = "Data") -> Path:
    """A LibreOffice .ods workbook, written with odfpy."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name=sheet)
    for row in [header, *rows]:
        table_row = TableRow()
        for value in row:
            if isinstance(value, Percent):
                cell = TableCell(valuetype="percentage", value=float(value))
                cell.addElement(P(text=f"{float(value) * 100:.1f}%"))
            elif isinstance(value, Formula):
                cell = TableCell(formula=f"of:={value}")
            elif isinstance(value, (int, float)):
                cell = TableCell(valuetype="float", value=value)
                cell.addElement(P(text=str(value)))
            elif value is None:
                cell = TableCell()
            else:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=str(value)))
            table_row.addElement(cell)
        table.addElement(table_row)
    document.spreadsheet.addElement(table)
    document.save(str(path))
    return path
