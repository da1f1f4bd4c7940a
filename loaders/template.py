"""The upload template of one OPD: its measures pre-filled with every region at each
measure's level for a chosen year, instructions, dropdowns and units."""

from __future__ import annotations

import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from kla import catalog
from kla.regions import LEVEL_RANK, read_regions
from kla.text import t
from loaders.headers import CANONICAL_COLUMNS

HEADER = list(CANONICAL_COLUMNS)


def write_template(opd_code: str, out: Path, year: int, lang: str = "id") -> int:
    """Write the template of ``opd_code`` for ``year`` to ``out``; returns the number of rows."""
    measures = [m for m in catalog.read_measures() if m.lead_opd == opd_code]
    if not measures:
        raise ValueError(t("template_no_measures", lang, opd=opd_code))
    regions = read_regions()
    root = next(r for r in regions if r.parent_code is None)
    workbook = Workbook()
    data = workbook.active
    data.title = "Data"
    data.append(HEADER)
    rows = 0
    for measure in measures:
        finest = LEVEL_RANK[measure.finest_level if measure.finest_level != "kota" else root.level]
        for region in regions:
            if region is root or region.rank == finest:
                data.append([measure.code, year, region.label, None, None, None, None, None, None])
                rows += 1
    _style_header(data, measures, lang)
    _add_reference(workbook, measures, regions, lang)
    last = rows + 500  # room for rows the analyst adds
    add_dropdowns(
        data,
        [
            (f"=Referensi!$A$2:$A${len(measures) + 1}", f"A2:A{last}"),
            (f"=Referensi!$D$2:$D${len(regions) + 1}", f"C2:C{last}"),
            ('"L,P,L+P"', f"D2:D{last}"),
        ],
        lang,
    )
    save_with_instructions(workbook, t("template_instructions", lang), out)
    return rows


def save_with_instructions(workbook: Workbook, text: str, out: Path) -> None:
    """Put ``text`` on a first sheet "Petunjuk", open the workbook on its data sheet, save it."""
    instructions = workbook.create_sheet("Petunjuk", 0)
    for line in text.split("\n"):
        instructions.append([line])
    instructions["A1"].font = Font(bold=True, size=14)
    instructions.column_dimensions["A"].width = 120
    workbook.active = 1
    workbook.save(out)


def _style_header(data, measures: list[catalog.Measure], lang: str) -> None:
    for cell in data[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DCE9F5")
    units = "\n".join(f"{m.code}: {t('unit_' + m.unit, lang)}" for m in measures)
    author = t("app_title", lang)
    units_note = t("template_units_note", lang, units=units)
    data["E1"].comment = Comment(units_note, author, width=320, height=40 + 16 * len(measures))
    data["A1"].comment = Comment(t("template_code_note", lang), author)
    data["D1"].comment = Comment(t("template_sex_note", lang), author)
    for column, width in zip("ABCDEFGHI", (16, 8, 28, 15, 10, 11, 11, 16, 24)):
        data.column_dimensions[column].width = width
    data.freeze_panes = "A2"


def _add_reference(workbook: Workbook, measures: list[catalog.Measure], regions, lang: str) -> None:
    reference = workbook.create_sheet("Referensi")
    reference.append(t("template_reference_header", lang).split("|"))
    for index in range(max(len(measures), len(regions))):
        measure = measures[index] if index < len(measures) else None
        region = regions[index] if index < len(regions) else None
        reference.append(
            [
                measure.code if measure else None,
                measure.name(lang) if measure else None,
                t("unit_" + measure.unit, lang) if measure else None,
                region.label if region else None,
                region.code if region else None,
            ]
        )
    for cell in reference[1]:
        cell.font = Font(bold=True)


def add_dropdowns(sheet, choices: list[tuple[str, str]], lang: str) -> None:
    """A pick list for each ``(list formula, cell range)`` of ``choices``; other entries refused."""
    for formula, cells in choices:
        validation = DataValidation(type="list", formula1=formula, allow_blank=True, showErrorMessage=True)
        validation.error = t("template_pick_from_list", lang)
        sheet.add_data_validation(validation)
        validation.add(cells)


def template_bytes(opd_code: str, year: int, lang: str = "id") -> tuple[str, bytes]:
    """The template as a file name and its bytes, for a download button."""
    name = f"templat-{opd_code.lower()}-{year}.xlsx"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        write_template(opd_code, path, year, lang)
        return name, path.read_bytes()
