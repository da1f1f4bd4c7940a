"""Page parts shared by several pages: the sample notice, charts with their source line."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from kla import export, privacy, queries, report
from kla.html_table import html_table
from kla.report.images import chromium_path, looked_for
from kla.text import t
from kla.ui.replay import drawn_once
from kla.ui.session import may_see_small_counts
from kla.ui.state import db_path, in_address, language, load, selected_year, through_entry

if TYPE_CHECKING:  # pandas imports it when a table is styled; the overview's first view styles none
    from pandas.io.formats.style import Styler

# The chart toolbar keeps only download, zoom and reset, with its tooltips in Indonesian
# (Plotly's own locale mechanism; nothing is fetched).
PLOTLY_TOOLBAR_ID = {
    "Download plot as a PNG": "Unduh grafik (PNG)",
    "Download plot as a png": "Unduh grafik (PNG)",
    "Download plot": "Unduh grafik",
    "Zoom": "Perbesar area",
    "Pan": "Geser",
    "Zoom in": "Perbesar",
    "Zoom out": "Perkecil",
    "Autoscale": "Skala otomatis",
    "Reset axes": "Kembalikan sumbu",
    "Fullscreen": "Layar penuh",
}
PLOTLY_CONFIG = {
    "displaylogo": False,
    "modeBarButtonsToRemove": ["lasso2d", "select2d", "pan2d", "zoomIn2d", "zoomOut2d", "autoScale2d"],
    "locale": "id",
    "locales": {"id": {"dictionary": PLOTLY_TOOLBAR_ID, "format": {"decimal": ",", "thousands": "."}}},
}


def sample_notice(lang: str) -> bool:
    """Say plainly that the figures are sample data, when they are; returns whether so."""
    sample = load(queries.is_sample)
    if sample:
        st.warning(t("sample_notice", lang), icon=":material/science:")
    return sample


def chart_config(name: str) -> dict:
    """The toolbar settings of a chart whose PNG download is named after ``name``."""
    return PLOTLY_CONFIG | {"toImageButtonOptions": {"format": "png", "filename": export.file_stem(name), "scale": 2}}


def chart(fig: go.Figure, caption: str, key: str, note: str = "") -> None:
    """A Plotly chart at full width with its source line (and ``note``, when given) under it;
    its toolbar downloads it as PNG."""
    st.plotly_chart(fig, width="stretch", theme=None, config=chart_config(key), key=key)
    st.caption(caption)
    if note:
        st.caption(note)


def hidden_note(values: pd.DataFrame, key: str = "privacy_note") -> str:
    """The sentence that says why some of ``values`` are not shown (``<5``), or "" when all are."""
    return t(key, language()) if privacy.any_hidden(values) else ""


def table(frame: pd.DataFrame | Styler, name: str, data: pd.DataFrame | None = None) -> None:
    """A read-only table without its index, at full width ("–" when it has no rows), with
    buttons to download it as ``.xlsx`` and ``.csv``. ``name`` names the files (and must be
    unique on the page); ``data`` is what the files hold when it differs from what is shown
    (plain numbers instead of numbers written for reading). A table that shows values hidden
    from the public (``<5``) says why under it."""
    shown_table(frame)
    downloads(frame if data is None else data, name)


def shown_table(frame: pd.DataFrame | Styler) -> None:
    """The table of :func:`table` without its download buttons (for a part drawn once and
    replayed, which may hold no widget): read-only, without its index, at full width, with
    the sentence on values hidden from the public under it when it shows any."""
    st.dataframe(frame, hide_index=True, width="stretch", placeholder="–")
    _note_on_hidden_values(export.plain_frame(frame))


def static_table(frame: pd.DataFrame) -> None:
    """A short table drawn as a plain HTML table (:mod:`kla.html_table`), without its index,
    with the sentence on values hidden from the public under it when it shows any. Unlike
    :func:`shown_table`'s grid or ``st.table`` it needs no table code in the browser (about
    0,4 s and 0,3 s less on the first page of a visit); for tables of a few rows that need no
    sorting or scrolling."""
    st.html(html_table(frame))
    _note_on_hidden_values(frame)


def _note_on_hidden_values(frame: pd.DataFrame) -> None:
    if privacy.writes_hidden(frame):
        st.caption(t("privacy_note", language()))


def opened_expander(label: str, key: str) -> DeltaGenerator | None:
    """An expander whose content is drawn only while it is open: the container to draw in
    when it is open, else None. Opening it reruns the page, which then draws the content;
    a closed expander costs the page (and the browser) nothing."""
    section = st.expander(label, key=key, on_change="rerun")
    return section if section.open else None


def wrapped_table(frame: pd.DataFrame, name: str) -> None:
    """A static table whose long texts wrap (messages, explanations), without its index,
    with its download buttons."""
    st.table(frame.style.hide(axis="index"))
    downloads(frame, name)


def downloads(frame: pd.DataFrame | Styler | Callable[[], pd.DataFrame | Styler], name: str) -> None:
    """Two small buttons under a table: the table as ``.xlsx`` and as ``.csv``. The files are
    made only when asked for, and text that looks like a formula never runs (:mod:`kla.export`).
    ``frame`` may be a function that makes the table (without Streamlit: it runs on the click,
    outside the page run), so a page whose table is replayed does not make it on every run."""
    lang, stem = language(), export.file_stem(name)
    note = t("source_sample", lang).strip() if load(queries.is_sample) else ""
    table_of = frame if callable(frame) else lambda: frame
    files = {
        "xlsx": (lambda: export.xlsx_bytes(table_of(), sheet=name, note=note), export.XLSX_MIME),
        "csv": (lambda: export.csv_bytes(table_of()), export.CSV_MIME),
    }
    with st.container(horizontal=True, gap="small"):
        for extension, (make, mime) in files.items():
            st.download_button(
                t("download_" + extension, lang),
                data=make,
                file_name=f"{stem}.{extension}",
                mime=mime,
                on_click="ignore",
                type="tertiary",
                icon=":material/download:",
                key=f"{extension}-{stem}",
            )


def page_pdf_button(page: str, code: str, year: int, lang: str) -> None:
    """A button that downloads this page as a one-page A4 landscape PDF (see
    :func:`kla.report.page_pdf`), made only when clicked; small counts hidden unless the
    viewer is signed in."""
    missing = chromium_path() is None
    reveal = may_see_small_counts()
    st.download_button(
        t("page_pdf", lang),
        data=lambda: report.page_pdf(db_path(), page, code, year, lang, reveal=reveal),
        file_name=f"{export.file_stem(page + '-' + code)}-{year}.pdf",
        mime=report.FORMATS["pdf"],
        on_click="ignore",
        icon=":material/picture_as_pdf:",
        disabled=missing,
        help=t("presenter_no_browser", lang, path=looked_for()) if missing else None,
        key="page-pdf",
    )


def linked_choice(
    label: str, options: dict[str, str], param: str, key: str | None = None, widget=None, default: str | None = None
) -> str:
    """A choice that a link can preset (``?kode=III-13A``) and that writes itself back to the
    address, so the view can be shared. ``options`` maps values to what is shown; ``widget``
    is ``st.selectbox`` (the default) or ``st.radio``."""
    values = list(options)
    linked = st.query_params.get(param, "") or default or ""
    linked = next((value for value in values if value.upper() == linked.upper()), None)
    index = values.index(linked) if linked else 0
    chosen = (widget or st.selectbox)(label, values, index=index, format_func=options.get, key=key)
    in_address(param, chosen)
    return chosen


def measure_names(measures: pd.DataFrame, lang: str) -> dict[str, str]:
    """``{"III-13A": "III-13A · Prevalensi stunting pada balita", …}`` in catalog order."""
    return {row.code: f"{row.code} · {row.name_en if lang == 'en' else row.name_id}" for row in measures.itertuples()}


def page_header(title_key: str, intro_key: str, **values: object) -> tuple[str, int, bool]:
    """The start every page shares: run inside the entry script, the title, the sample-data
    notice and the introduction (drawn once, then replayed). Returns the language, the year
    and whether it is sample data. ``values`` fill the texts (small values: they key the replay)."""
    through_entry()
    lang, year = language(), selected_year()
    drawn_once(_heading, title_key, intro_key, year, tuple(sorted(values.items())))
    return lang, year, load(queries.is_sample)


def _heading(title_key: str, intro_key: str, year: int, values: tuple[tuple[str, object], ...]) -> None:
    lang = language()
    st.title(t(title_key, lang, year=year, **dict(values)))
    sample_notice(lang)
    st.markdown(t(intro_key, lang, year=year, **dict(values)))
