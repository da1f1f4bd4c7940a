"""The quick look at a sheet's XML that skips the slow cell scan: it may only ever skip a sheet
that holds no formula, no error value and no percentage-styled cell."""

import io
import zipfile

import pytest

from loaders.xlsx_cells import read_cell_facts
from loaders.xlsx_plain import CHUNK, laid_out_plainly, look_at_sheet, may_hold_noted_cells

PLAIN = (
    '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>e</t></is></c><c r="B1" s="3"><v>1</v></c></row>'
)


def _archive(xml: str | bytes) -> zipfile.ZipFile:
    data = xml.encode() if isinstance(xml, str) else xml
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("sheet.xml", data)
    return zipfile.ZipFile(buffer)


def test_a_plain_sheet_is_skipped():
    assert not may_hold_noted_cells(_archive(PLAIN + "</sheetData></worksheet>"), "sheet.xml", {7})


@pytest.mark.parametrize(
    "cell",
    [
        '<c r="C1"><f>A1+1</f><v>2</v></c>',
        '<c r="C1"><f t="shared" si="0"/><v>2</v></c>',
        '<x:c r="C1"><x:f>A1+1</x:f></x:c>',
        '<c r="C1" t="e"><v>#N/A</v></c>',
        "<c r='C1' t = 'e'><v>#REF!</v></c>",
        '<c r="C1" s="7"><v>0.5</v></c>',
        '<c r="C1" s="007"><v>0.5</v></c>',
    ],
)
def test_anything_that_may_be_noted_goes_to_the_full_scan(cell):
    xml = PLAIN + f'<row r="2">{cell}</row></sheetData></worksheet>'
    assert may_hold_noted_cells(_archive(xml), "sheet.xml", {7})


def test_style_zero_as_percentage_and_utf16_go_to_the_full_scan():
    assert may_hold_noted_cells(_archive(PLAIN), "sheet.xml", {0})
    assert may_hold_noted_cells(_archive(PLAIN.encode("utf-16")), "sheet.xml", set())


def test_a_formula_across_a_block_boundary_is_seen():
    cell = '<c r="Z9">'
    xml = PLAIN + " " * (CHUNK - 1 - len(PLAIN) - len(cell)) + cell + "<f>1</f></c>"
    assert xml.index("<f>") == CHUNK - 1  # "<" ends the first block, "f>" starts the second
    assert may_hold_noted_cells(_archive(xml), "sheet.xml", set())


def test_cell_facts_of_a_real_workbook_are_unchanged(tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["a", 0.5, "=1/0"])
    sheet["B1"].number_format = "0%"
    workbook.create_sheet("Polos").append(["b", 1])
    workbook.save(tmp_path / "f.xlsx")
    facts = read_cell_facts(tmp_path / "f.xlsx")
    assert facts["Sheet"].percent_formatted == {(0, 1)} and facts["Sheet"].formulas_without_value == {(0, 2)}
    assert facts["Polos"].percent_formatted == set() and facts["Polos"].formulas_without_value == set()


@pytest.mark.parametrize(
    ("xml", "plain"),
    [
        (PLAIN + "</sheetData></worksheet>", True),
        ('<worksheet><cols><col min="1"/></cols><x:sheetData><x:row><x:c t="s" r="A1"><x:v>0</x:v></x:c>', True),
        ('<worksheet><sheetData><row r="2"><c r="B2"><v>1</v></c></row></sheetData></worksheet>', False),
        ("<worksheet><sheetData><row><c><v>1</v></c></row></sheetData></worksheet>", False),  # no reference
        (PLAIN + '</sheetData><mergeCells><mergeCell ref="A1:B1"/></mergeCells></worksheet>', False),
        ("<worksheet><sheetData/></worksheet>", False),
    ],
    ids=["from A1", "prefixed, A1 after other attributes", "from B2", "no reference", "merged cells", "empty"],
)
def test_a_sheet_laid_out_plainly_starts_at_a1_and_merges_no_cells(xml, plain):
    assert laid_out_plainly(_archive(xml), "sheet.xml") is plain
    assert look_at_sheet(_archive(xml), "sheet.xml", set()).plain is plain
