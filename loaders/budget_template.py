"""The child-budget template: one row per KLA cluster an OPD serves, for a chosen year, with
instructions, the OPD and cluster lists, dropdowns and rupiah-formatted amount columns."""

from __future__ import annotations

import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill

from kla import catalog
from kla.text import t
from loaders.budget_rows import BUDGET_COLUMNS, RUPIAH_FORMAT
from loaders.template import add_dropdowns, save_with_instructions

ROOM = 500  # rows the analyst can add below the pre-filled ones, with dropdowns and formats


def _clusters_of(opd_code: str | None) -> list[str]:
    """The clusters whose measures ``opd_code`` leads (all clusters without an OPD or measures)."""
    led = {m.component for m in catalog.read_measures() if m.lead_opd == opd_code}
    return [c.code for c in catalog.COMPONENTS if c.code in led] or [c.code for c in catalog.COMPONENTS]


def write_budget_template(out: Path, year: int, opd_code: str | None = None, lang: str = "id") -> int:
    """Write the budget template for ``year`` (pre-filled for ``opd_code`` when given) to
    ``out``; returns the number of pre-filled rows."""
    opds = catalog.read_opds()
    workbook = Workbook()
    data = workbook.active
    data.title = "Anggaran"
    data.append(list(BUDGET_COLUMNS))
    clusters = _clusters_of(opd_code)
    for cluster in clusters:
        data.append([year, opd_code, cluster, None, None, None, None, None])
    for row in data.iter_rows(min_row=2, max_row=len(clusters) + ROOM + 1, min_col=6, max_col=7):
        for cell in row:
            cell.number_format = RUPIAH_FORMAT
    for cell in data[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DCE9F5")
    author = t("app_title", lang)
    data["F1"].comment = Comment(t("budget_template_amount_note", lang), author, width=320, height=120)
    data["C1"].comment = Comment(t("budget_template_cluster_note", lang), author, width=320, height=140)
    for column, width in zip("ABCDEFGH", (8, 18, 9, 40, 50, 20, 20, 24)):
        data.column_dimensions[column].width = width
    data.freeze_panes = "A2"
    reference = workbook.create_sheet("Referensi")
    reference.append(t("budget_template_reference_header", lang).split("|"))
    for index in range(max(len(opds), len(catalog.COMPONENTS))):
        opd = opds[index] if index < len(opds) else None
        component = catalog.COMPONENTS[index] if index < len(catalog.COMPONENTS) else None
        reference.append(
            [
                opd.code if opd else None,
                opd.full_name if opd else None,
                component.code if component else None,
                component.name(lang) if component else None,
            ]
        )
    for cell in reference[1]:
        cell.font = Font(bold=True)
    last = len(clusters) + ROOM + 1
    add_dropdowns(
        data,
        [
            (f"=Referensi!$A$2:$A${len(opds) + 1}", f"B2:B{last}"),
            (f"=Referensi!$C$2:$C${len(catalog.COMPONENTS) + 1}", f"C2:C{last}"),
        ],
        lang,
    )
    save_with_instructions(workbook, t("budget_template_instructions", lang), out)
    return len(clusters)


def budget_template_bytes(year: int, opd_code: str | None = None, lang: str = "id") -> tuple[str, bytes]:
    """The budget template as a file name and its bytes, for a download button."""
    name = f"templat-anggaran-{(opd_code or 'kota').lower()}-{year}.xlsx"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        write_budget_template(path, year, opd_code, lang)
        return name, path.read_bytes()
