"""Presenter mode: the meeting deck one slide at a time, 16:9, type large enough for the back
of a room, no sidebar or toolbar, and the slide number in the address (``?slide=3``)."""

from __future__ import annotations

import datetime as dt

import streamlit as st
from pandas.io.formats.style import Styler

from kla import report
from kla.report import layout
from kla.report.images import chromium_path, looked_for
from kla.slides import Deck, Slide, SlideTable
from kla.text import t
from kla.ui.replay import drawn_once
from kla.ui.state import language, language_picker, load_deck, through_entry, year_picker

# Sizes follow the window's height, so a 1920×1080 projector gets larger type than a laptop;
# nothing is ever under 18 px.
PRESENTER_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stExpandSidebarButton"],
header[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"] {
  display: none !important;
}
[data-testid="stMainBlockContainer"] {
  max-width: min(100vw, calc(100vh * 16 / 9)) !important; padding: 2.5vh 3vw 1vh 3vw !important; margin: 0 auto;
}
[data-testid="stMain"] h1 { font-size: max(34px, 5.4vh) !important; color: #0072B2; padding: 0 0 1vh 0 !important; }
[data-testid="stMain"] p, [data-testid="stMain"] li { font-size: max(20px, 3vh) !important; line-height: 1.35; }
[data-testid="stMain"] [data-testid="stCaptionContainer"],
[data-testid="stMain"] [data-testid="stCaptionContainer"] p { font-size: max(18px, 2.2vh) !important; }
[data-testid="stTable"] th, [data-testid="stTable"] td {
  font-size: max(18px, 2.3vh) !important; padding: 0.2vh 0.5vw !important; line-height: 1.15;
}
[data-testid="stMain"] [data-testid="stVerticalBlock"] { gap: 0.6rem; }
[data-testid="stMain"] button, [data-testid="stMain"] button p { font-size: max(20px, 2.6vh) !important; }
[data-testid="stMain"] [data-testid="stIconMaterial"] { font-size: max(24px, 3vh) !important; }
</style>
"""

# A presenter's clicker sends the arrow and page keys: they press the slide buttons.
SLIDE_KEYS_JS = """
<script>
(function () {
  if (window.__klaSlideKeys) { return; }
  window.__klaSlideKeys = true;
  document.addEventListener("keydown", function (event) {
    const tag = (event.target && event.target.tagName) || "";
    if (tag === "INPUT" || tag === "TEXTAREA") { return; }
    const forward = event.key === "ArrowRight" || event.key === "PageDown";
    const back = event.key === "ArrowLeft" || event.key === "PageUp";
    if (!forward && !back) { return; }
    const button = document.querySelector(forward ? ".st-key-slide-next button" : ".st-key-slide-previous button");
    if (button && !button.disabled) { event.preventDefault(); button.click(); }
  });
})();
</script>
"""


def slide_number(total: int) -> int:
    """The slide asked for in the address (``?slide=3``), kept within 1…``total``."""
    text = st.query_params.get("slide", "1")
    number = int(text) if text.isdigit() else 1
    return min(max(number, 1), total)


def _go_to(number: int) -> None:
    st.query_params["slide"] = str(number)


def _styled(table: SlideTable) -> Styler:
    styled = table.frame.style.hide(axis="index")
    if table.status_column and table.colours:
        colours = [f"background-color: {bg}; color: {ink}" for bg, ink in table.colours]
        styled = styled.apply(lambda _: colours, subset=[table.status_column], axis=0)
    return styled


def _figure(slide: Slide, number: int) -> None:
    st.plotly_chart(slide.figure, width="stretch", theme=None, config={"displayModeBar": False}, key=f"slide-{number}")


def render_slide(deck: Deck, number: int) -> None:
    """Slide ``number`` (1-based): title, message, table and chart side by side, points,
    source line and footer."""
    slide = deck.slides[number - 1]
    st.title(slide.title, anchor=False)
    st.markdown(slide.message)
    parts = layout.body(slide)
    if parts.table is not None and parts.figure is not None:
        share = layout.table_share(slide.table.frame)
        left, right = st.columns([share, 1 - share], gap="medium")
        with left:
            st.table(_styled(slide.table))
        with right:
            _figure(slide, number)
    elif parts.figure is not None:
        left, right = st.columns([0.62, 0.38], gap="medium") if parts.points else (st.container(), None)
        with left:
            _figure(slide, number)
        if right is not None:
            with right:
                st.markdown("\n".join(f"- {point}" for point in slide.points))
    elif parts.table is not None:
        st.table(_styled(slide.table))
    if parts.points is not None and parts.figure is None:
        st.markdown("\n".join(f"- {point}" for point in slide.points))
    st.caption(slide.source)
    st.caption(deck.footer(number))


def _downloads(deck: Deck, lang: str) -> None:
    if chromium_path() is None:
        st.warning(t("presenter_no_browser", lang, path=looked_for()))
        return
    for file_format, label in (("pptx", "presenter_pptx"), ("pdf", "presenter_pdf")):
        st.download_button(
            t(label, lang),
            data=lambda file_format=file_format: report.deck_bytes(deck, file_format),
            file_name=deck.file_name(file_format),
            mime=report.FORMATS[file_format],
            on_click="ignore",
            icon=":material/download:",
            key=f"deck-{file_format}",
            width="stretch",
        )


def presenter_page() -> None:
    """The whole presenter page: the slide, then previous/next, the slide number and a menu
    with language, year, the deck files and the way out."""
    through_entry()
    st.html(PRESENTER_CSS)
    st.html(SLIDE_KEYS_JS, unsafe_allow_javascript=True)  # fixed script, no user text in it
    slide_area = st.container()
    back, position, forward, menu = st.columns([1, 1, 1, 1.6], vertical_alignment="center")
    with menu.popover(t("presenter_settings", language()), icon=":material/settings:", width="stretch"):
        lang = language_picker(st)
        year = year_picker(lang, st)
        deck = load_deck(year, lang)
        _downloads(deck, lang)
        st.page_link("pages/ringkasan.py", label=t("presenter_exit", lang), icon=":material/close:")
    number = slide_number(len(deck.slides))
    st.query_params["slide"] = str(number)
    back.button(
        t("presenter_previous", lang),
        icon=":material/arrow_back:",
        key="slide-previous",
        disabled=number == 1,
        on_click=_go_to,
        args=(number - 1,),
        width="stretch",
    )
    position.markdown(f"**{number} / {len(deck.slides)}**", text_alignment="center")
    forward.button(
        t("presenter_next", lang),
        icon=":material/arrow_forward:",
        key="slide-next",
        disabled=number == len(deck.slides),
        on_click=_go_to,
        args=(number + 1,),
        width="stretch",
    )
    with slide_area:  # drawn once per slide, then replayed (the deck is made today: so is the slide)
        drawn_once(_slide, year, number, dt.date.today())


def _slide(year: int, number: int, today: dt.date) -> None:
    render_slide(load_deck(year, language()), number)
