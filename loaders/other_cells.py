"""Formula-without-value and percentage cells of .ods and .xls workbooks (see xlsx_cells)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree.ElementTree import iterparse

from loaders.xlsx_cells import SheetCells, shows_percent

TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
CALCEXT = "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
MAX_REPEAT = 100_000  # LibreOffice pads sheets with huge repeated empty rows; never walk them


def read_ods_facts(path: Path) -> dict[str, SheetCells]:
    """Per sheet of an .ods file: formulas with no computed value, percentage cells."""
    facts: dict[str, SheetCells] = {}
    try:
        with zipfile.ZipFile(path) as archive, archive.open("content.xml") as handle:
            cells, row, column, repeat_rows = SheetCells(), -1, 0, 1
            for event, element in iterparse(handle, events=("start", "end")):
                tag = element.tag
                if event == "start" and tag == f"{TABLE}table":
                    cells, row = SheetCells(), -1
                    facts[element.get(f"{TABLE}name")] = cells
                elif event == "start" and tag == f"{TABLE}table-row":
                    row, column = row + 1, 0
                    repeat_rows = min(int(element.get(f"{TABLE}number-rows-repeated", "1")), MAX_REPEAT)
                elif event == "end" and tag == f"{TABLE}table-row":
                    row += repeat_rows - 1
                    element.clear()
                elif event == "start" and tag in (f"{TABLE}table-cell", f"{TABLE}covered-table-cell"):
                    repeat = min(int(element.get(f"{TABLE}number-columns-repeated", "1")), MAX_REPEAT)
                    kind = element.get(f"{OFFICE}value-type")
                    for offset in range(repeat if kind or element.get(f"{TABLE}formula") else 0):
                        if element.get(f"{CALCEXT}value-type") == "error":
                            cells.error_values.add((row, column + offset))
                        elif element.get(f"{TABLE}formula") and not kind:
                            cells.formulas_without_value.add((row, column + offset))
                        if kind == "percentage":
                            cells.percent_formatted.add((row, column + offset))
                    column += repeat
    except (KeyError, zipfile.BadZipFile, SyntaxError, ValueError) as error:
        raise ValueError(f"ods: {error}") from error
    return facts


def read_xls_facts(path: Path) -> dict[str, SheetCells]:
    """Per sheet of an .xls file: formulas with no stored result (a text cell holding nothing,
    which only a formula leaves behind), Excel error values, and cells whose number format
    shows a percentage. Raises ValueError when the file cannot be read this way."""
    try:
        return _xls_facts(path)
    except Exception as error:  # xlrd raises many kinds on damaged files; any of them means "damaged"
        raise ValueError(f"xls: {type(error).__name__}") from error


def _xls_facts(path: Path) -> dict[str, SheetCells]:
    # Imported here: every upload's parser process imports this module, few uploads are .xls,
    # and xlrd's import would delay the start of parsing the others.
    import xlrd

    book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    percent_styles = {
        index
        for index, xf in enumerate(book.xf_list)
        if xf.format_key in book.format_map and shows_percent(book.format_map[xf.format_key].format_str)
    }
    facts = {}
    for index in range(book.nsheets):
        sheet = book.sheet_by_index(index)
        cells = SheetCells()
        for row in range(sheet.nrows):
            for column, (kind, value) in enumerate(zip(sheet.row_types(row), sheet.row_values(row))):
                if kind == xlrd.XL_CELL_ERROR:
                    cells.error_values.add((row, column))
                elif kind == xlrd.XL_CELL_TEXT and value == "":
                    cells.formulas_without_value.add((row, column))
                elif kind == xlrd.XL_CELL_NUMBER and sheet.cell_xf_index(row, column) in percent_styles:
                    cells.percent_formatted.add((row, column))
        facts[sheet.name] = cells
        book.unload_sheet(index)
    return facts
