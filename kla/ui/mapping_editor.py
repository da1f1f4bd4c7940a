"""The form on /unggah where an analyst maps an export's layout once: sheet and header row,
region column, year, and each measure's columns. It returns the profile the form describes;
the page previews it through the loader and saves it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import pandas as pd
import streamlit as st

from kla import layout_draft, profile_store
from kla.layout_profile import REGION_LEVELS, SEXES, YEAR_FROM, MeasureColumns, Profile, check, to_toml
from kla.sheet_layout import cell_position, header_labels
from kla.text import KeyedError, t
from kla.ui.parts import measure_names, table

PREFIX = "map_"
MAX_MEASURES = 8


class SheetGrid(Protocol):
    """A sheet as the loader reads it: a name and a grid of cell values."""

    name: str
    rows: list[list[object]]


@dataclass(frozen=True)
class Catalog:
    """What the form offers: measures (code → shown name, code → unit), regions per level
    (code → name) and every region's label as tables show it (``Kelurahan Temas``)."""

    measure_names: dict[str, str]
    units: dict[str, str]
    regions: dict[str, dict[str, str]]
    labels: dict[str, str]


@dataclass(frozen=True)
class Draft:
    """The profile the form describes, the year chosen for it (if any), and what is wrong with it."""

    profile: Profile
    year: int | None
    problems: list[str]


def forget_form() -> None:
    """Clear the form's fields, for the next file to map."""
    for key in [key for key in st.session_state if str(key).startswith(PREFIX)]:
        del st.session_state[key]


def mapping_form(sheets: list[SheetGrid], opd: str, earlier: Profile | None, catalog: Catalog, lang: str) -> Draft:
    """Draw the mapping form for a workbook's ``sheets``, filled from ``earlier`` when a
    profile is being updated; return the draft it describes."""
    names = [sheet.name for sheet in sheets]
    first = names.index(earlier.sheet) if earlier and earlier.sheet in names else 0
    sheet = sheets[names.index(st.selectbox(t("map_sheet", lang), names, index=first, key=PREFIX + "sheet"))]
    rows = sheet.rows
    st.caption(t("map_sheet_preview", lang))
    table(layout_draft.sheet_preview(rows), sheet.name)
    guessed = earlier.header_row if earlier else layout_draft.guess_header_row(rows) + 1
    header_row = int(
        st.number_input(t("map_header_row", lang), 1, layout_draft.HEADER_SCAN_ROWS, guessed, key=PREFIX + "header")
    )
    labels = layout_draft.column_choices(rows, header_row - 1)
    if not labels:
        st.warning(t("map_no_labels", lang))
        return Draft(_empty(opd, header_row), None, [t("map_no_labels", lang)])
    st.caption(t("map_columns", lang, columns=", ".join(labels)))
    region = _region_fields(rows, header_row, labels, earlier, catalog, lang)
    year_fields, year = _year_fields(rows, header_row, labels, earlier, lang)
    measures = _measure_fields(labels, earlier, catalog, lang)
    numbers_text = st.text_input(
        t("map_text_numbers", lang),
        "; ".join(f"{k}={v:g}" for k, v in earlier.text_numbers.items()) if earlier else "",
        help=t("map_text_numbers_help", lang),
        key=PREFIX + "text_numbers",
    )
    name = st.text_input(t("map_name", lang), earlier.name if earlier else sheet.name, key=PREFIX + "name")
    problems = []
    try:
        text_numbers = layout_draft.parse_text_numbers(numbers_text)
    except ValueError:
        text_numbers = {}
        problems.append(t("map_bad_text_numbers", lang, text=numbers_text))
    profile = Profile(
        name=name.strip() or sheet.name,
        opd=earlier.opd if earlier else opd,  # an update stays the same OPD's profile
        sheet=sheet.name,
        header_row=header_row,
        columns=header_labels(rows, header_row - 1),
        measures=measures,
        text_numbers=text_numbers,
        version=earlier.version if earlier else 1,
        **region,
        **year_fields,
    )
    return Draft(profile, year, problems + check(profile, catalog.units, lang))


def _empty(opd: str, header_row: int) -> Profile:
    return Profile(name="", opd=opd, header_row=header_row, columns=(), region_column="")


def _index(options: list[str], value: str | None, default: int = 0) -> int:
    return options.index(value) if value in options else default


def _region_fields(
    rows: list[list[object]], header_row: int, labels: list[str], earlier: Profile | None, catalog: Catalog, lang: str
) -> dict[str, object]:
    st.markdown(f"**{t('map_region_title', lang)}**")
    left, middle, right = st.columns(3)
    likely = next((label for label in labels if "desa" in label.lower() or "kel" in label.lower()), labels[0])
    column = left.selectbox(
        t("map_region_column", lang),
        labels,
        index=_index(labels, earlier.region_column if earlier else likely),
        key=PREFIX + "region",
    )
    level = middle.radio(
        t("map_region_level", lang),
        REGION_LEVELS,
        index=_index(list(REGION_LEVELS), earlier.region_level if earlier else "desa"),
        format_func=lambda value: t("level_" + value, lang),
        horizontal=True,
        key=PREFIX + "level",
    )
    parents = ["", *labels]
    parent = right.selectbox(
        t("map_parent_column", lang),
        parents,
        index=_index(parents, earlier.parent_column if earlier else ""),
        format_func=lambda value: value or "–",
        key=PREFIX + "parent",
    )
    finer = st.checkbox(t("map_sum_rows", lang), value=earlier.sum_rows if earlier else False, key=PREFIX + "sum_rows")
    lookup: dict[str, str] = {}
    if finer and st.checkbox(
        t("map_use_lookup", lang), value=bool(earlier and earlier.lookup), key=PREFIX + "use_lookup"
    ):
        units = layout_draft.distinct_units(rows, header_row - 1, column)
        known = earlier.lookup if earlier and earlier.lookup else {}
        guessed = {unit: known.get(unit) or "" for unit in units}
        missing = [unit for unit, target in guessed.items() if not target]
        guessed.update(layout_draft.guess_lookup(missing, catalog.regions[level]))
        text = st.text_area(
            t("map_lookup", lang, level=t("level_" + level, lang)),
            layout_draft.lookup_text({**known, **guessed}),
            height=240,
            key=PREFIX + "lookup",
        )
        lookup = {unit: target for unit, target in layout_draft.parse_pairs(text).items() if target}
    return {
        "region_column": column,
        "region_level": level,
        "parent_column": parent,
        "sum_rows": finer,
        "lookup": lookup,
    }


def _year_fields(
    rows: list[list[object]], header_row: int, labels: list[str], earlier: Profile | None, lang: str
) -> tuple[dict[str, str], int | None]:
    st.markdown(f"**{t('map_year_title', lang)}**")
    candidates = layout_draft.year_cells(rows, header_row - 1)
    default = earlier.year_from if earlier else ("sel" if candidates else "kolom")
    year_from = st.radio(
        t("map_year_from", lang),
        YEAR_FROM,
        index=_index(list(YEAR_FROM), default),
        format_func=lambda value: t("map_year_" + value, lang),
        horizontal=True,
        key=PREFIX + "year_from",
    )
    fields = {"year_from": year_from, "year_column": "", "year_cell": ""}
    year = None
    if year_from == "kolom":
        fields["year_column"] = st.selectbox(
            t("map_year_column", lang),
            labels,
            index=_index(
                labels, earlier.year_column if earlier else next((x for x in labels if "tahun" in x.lower()), None)
            ),
            key=PREFIX + "year_column",
        )
    elif year_from == "sel":
        shown = {address: f"{address} · {text}" for address, text in candidates}
        if shown:
            addresses = list(shown)
            fields["year_cell"] = st.selectbox(
                t("map_year_cell", lang),
                addresses,
                index=_index(addresses, earlier.year_cell if earlier else None),
                format_func=shown.get,
                key=PREFIX + "year_cell",
            )
        else:
            fields["year_cell"] = st.text_input(t("map_year_cell_typed", lang), "A1", key=PREFIX + "year_cell_typed")
            _check_cell(fields["year_cell"], lang)
    else:
        year = int(st.number_input(t("map_year_chosen", lang), 2000, 2100, 2025, key=PREFIX + "year"))
    return fields, year


def _check_cell(reference: str, lang: str) -> None:
    try:
        cell_position(reference)
    except KeyedError as error:
        st.error(error.message(lang))


def _measure_fields(
    labels: list[str], earlier: Profile | None, catalog: Catalog, lang: str
) -> tuple[MeasureColumns, ...]:
    st.markdown(f"**{t('map_measures_title', lang)}**")
    st.caption(t("map_measures_help", lang))
    before = list(earlier.measures) if earlier else []
    count = int(
        st.number_input(t("map_measure_count", lang), 1, MAX_MEASURES, max(len(before), 1), key=PREFIX + "count")
    )
    codes = list(catalog.measure_names)
    measures = []
    for index in range(count):
        old = before[index] if index < len(before) else MeasureColumns("")
        with st.container(border=True):
            top = st.columns([3, 1, 2])
            code = top[0].selectbox(
                t("map_measure", lang, number=index + 1),
                codes,
                index=_index(codes, old.code),
                format_func=catalog.measure_names.get,
                key=f"{PREFIX}code_{index}",
            )
            sex = top[1].selectbox(
                t("col_sex", lang),
                SEXES,
                index=_index(list(SEXES), old.sex),
                format_func=lambda value: value or "L+P",
                key=f"{PREFIX}sex_{index}",
            )
            source = top[2].text_input(t("map_source", lang), old.source, key=f"{PREFIX}source_{index}")
            parts = st.columns(3)
            fields = (("value", old.value), ("numerator", old.numerator), ("denominator", old.denominator))
            texts = [
                parts[place].text_input(t("map_" + name, lang), value, key=f"{PREFIX}{name}_{index}")
                for place, (name, value) in enumerate(fields)
            ]
        measures.append(MeasureColumns(code, *(text.strip() for text in texts), sex=sex, source=source.strip()))
    return tuple(measures)


def preview(report: dict, lang: str, region_names: dict[str, str]) -> None:
    """What the loader made of the export with the draft profile: its problems, or its values."""
    if report["errors"]:
        st.error(t("map_preview_errors", lang, count=len(report["errors"])))
        frame = pd.DataFrame(
            {
                t("col_cell", lang): [problem["cell"] or "–" for problem in report["errors"]],
                t("col_message", lang): [problem["message"] for problem in report["errors"]],
            }
        )
        table(frame, t("map_preview_title", lang))
        return
    st.success(t("map_preview_ok", lang, rows=report["rows"]))
    table(layout_draft.values_table(report["values"], lang, region_names), t("map_preview_title", lang))


def section(
    file_name: str,
    sheets: list[SheetGrid] | str,
    opd: str,
    earlier: Profile | None,
    catalog: Catalog,
    lang: str,
    dry_run: Callable[[Draft], dict],
    user_name: str,
) -> bool:
    """The whole mapping step for one file: the form, "Pratinjau" (the loader reads the file
    with the draft, nothing is saved) and, once the preview is clean, "Simpan profil".
    Returns True when a profile was saved."""
    st.subheader(
        t("map_update_title" if earlier else "map_title", lang, file=file_name, profile=earlier.name if earlier else "")
    )
    st.markdown(t("map_intro", lang))
    if isinstance(sheets, str):
        st.error(sheets)
        return False
    draft = mapping_form(sheets, opd, earlier, catalog, lang)
    for problem in draft.problems:
        st.error(problem)
    shown = to_toml(draft.profile) + str(draft.year)
    if st.button(t("map_preview", lang), disabled=bool(draft.problems), key=PREFIX + "preview_button"):
        st.session_state[PREFIX + "preview"] = (shown, dry_run(draft))
    previewed, report = st.session_state.get(PREFIX + "preview", (None, None))
    if previewed != shown:  # the form changed since: the preview would show another mapping
        return False
    preview(report, lang, catalog.labels)
    if report["errors"]:
        return False
    if st.button(t("map_save", lang), type="primary", key=PREFIX + "save"):
        saved = profile_store.save(draft.profile, by=user_name)
        st.session_state["map_saved"] = t("map_saved", lang, profile=saved.name, version=saved.version)
        return True
    return False


def mapping_catalog(
    measures: pd.DataFrame, kecamatan: pd.DataFrame, desa: pd.DataFrame, labels: dict[str, str], lang: str
) -> Catalog:
    """What the form offers, from the catalog query, the regions of both levels and their labels."""
    return Catalog(
        labels=labels,
        measure_names=measure_names(measures, lang),
        units=dict(zip(measures["code"], measures["unit"])),
        regions={
            "kecamatan": dict(zip(kecamatan["code"], kecamatan["name"])),
            "desa": dict(zip(desa["code"], desa["name"])),
        },
    )
