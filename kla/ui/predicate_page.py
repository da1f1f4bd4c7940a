"""The Predikat KLA page: the city's predicate history, the bands, and an estimated score
(never an official one). The predicate files are read once per state of the files."""

from __future__ import annotations

import functools
from collections.abc import Callable

import pandas as pd
import streamlit as st

from kla import config, fmt, predicate, predicate_estimate, queries, store
from kla.predicate_figures import estimate_figure, history_figure, points_figure
from kla.sources import source_line
from kla.text import t
from kla.ui.parts import chart, downloads, opened_expander, page_header, shown_table
from kla.ui.replay import drawn_once, file_stamps
from kla.ui.session import signed_in
from kla.ui.state import db_path, language, load, load_scorecard, memo, worked_out
from kla.users import PermissionRefused


def render_predicate_page() -> None:
    """Draw the page; its parts without widgets are drawn once and replayed."""
    _, city = load(queries.root_region)
    lang, year, _ = page_header("predicate_title", "predicate_intro", city=city)
    files = file_stamps(config.PREDICATE_BANDS_CSV, config.PREDICATE_HISTORY_CSV, config.weights_path())
    try:
        bands, history = worked_out(_bands_and_history, files)
    except predicate.PredicateFileError as error:
        st.error(t("predicate_bad_file", lang, message=error.message(lang)))
        st.stop()
    target = predicate.band_named(history.next_target, bands)

    drawn_once(_history, files, history=history, bands=bands)
    downloads(lambda: predicate.history_table(history, lang), t("predicate_history_title", lang))
    section = opened_expander(t("predicate_bands_title", lang), key="predikat-rentang")  # reference: on request
    if section is not None:
        with section:
            drawn_once(_bands, files, bands=bands, next_target=history.next_target)
            downloads(lambda: predicate.bands_table(bands, lang, history.next_target), t("predicate_bands_title", lang))
            st.caption(t("predicate_bands_caption", lang, sources=predicate.band_sources(bands)))

    st.subheader(t("predicate_estimate_title", lang, year=year))
    weights_file = config.weights_path()
    try:
        numbers, weights = worked_out(_numbers_and_weights, files)
    except predicate.PredicateFileError as error:
        st.error(t("predicate_bad_weights", lang, message=error.message(lang)))
        st.stop()
    if weights is None:
        st.info(t("predicate_no_weights", lang, path=predicate.shown_path(weights_file)))
        st.stop()

    card = load_scorecard(year)

    @functools.cache  # made anew on every run: one estimate per run at most
    def estimated() -> predicate_estimate.Estimate:
        """The estimated score of the year (made only for a part drawn anew, or a download)."""
        return predicate_estimate.estimate(card, weights, year, numbers, bands)

    weights_note = t(
        "predicate_weights_caption",
        lang,
        path=predicate.shown_path(weights.path),
        total=fmt.number(weights.total, 3, lang),
    )
    drawn_once(_estimate, year, files, estimated=estimated, target=target)
    downloads(lambda: estimated().indicators, t("predicate_points_title", lang))
    drawn_once(_points, year, files, estimated=estimated, card=card, note=weights_note)

    user = signed_in()
    if user is not None and user.is_admin:  # weights are the administrators' to change
        _weights_editor(weights, numbers, user, lang)
    drawn_once(
        _over_years, year, files, weights=weights, numbers=numbers, bands=bands, history=history, note=weights_note
    )


def _bands_and_history(files: tuple) -> tuple[list[predicate.Band], predicate.History]:
    """The predicate bands and the city's history, read from their files (``files`` are their
    stamps, which key the reading)."""
    bands = predicate.read_bands()
    return bands, predicate.read_history(bands=bands)


def _numbers_and_weights(files: tuple) -> tuple[dict[str, int], predicate_estimate.Weights | None]:
    """Each measure's KLA indicator number, and the weights per indicator (None when there
    are none) read from their file."""
    numbers = predicate_estimate.indicator_numbers(load(queries.measures))
    return numbers, predicate_estimate.read_weights(config.weights_path(), known=numbers.values())


def _history(files: tuple, history: predicate.History, bands: list[predicate.Band]) -> None:
    """The latest official predicate, the next target, and the history as a chart and a table."""
    lang = language()
    target = predicate.band_named(history.next_target, bands)
    latest = history.latest_official()
    with st.container(horizontal=True):
        st.metric(
            t("predicate_latest", lang),
            t("predicate_latest_value", lang, predicate=latest[1], year=latest[0])
            if latest
            else t("predicate_none_recorded", lang),
            border=True,
        )
        if target is not None:
            span = predicate.band_range(target, lang)
            st.metric(
                t("predicate_next", lang),
                t("predicate_next_value", lang, predicate=target.name, span=span),
                border=True,
            )
    st.subheader(t("predicate_history_title", lang))
    history_years = [int(y) for y in history.years["year"]]
    chart(
        memo(history_figure, history, bands, lang),
        source_line(list(history.years["source"]), history_years, False, lang) + t("predicate_history_caption", lang),
        key="predicate-history",
    )
    shown_table(predicate.history_table(history, lang))


def _bands(files: tuple, bands: list[predicate.Band], next_target: str | None) -> None:
    lang = language()
    shown_table(predicate.bands_table(bands, lang, next_target))


def _estimate(year: int, files: tuple, estimated: Callable[[], predicate_estimate.Estimate], target) -> None:
    """The estimated score of ``year``, its band and the points still lacking; how it is made."""
    lang, result = language(), estimated()
    with st.container(horizontal=True):
        st.metric(t("predicate_estimate_metric", lang, year=year), fmt.number(result.score, 1, lang), border=True)
        st.metric(t("predicate_estimate_band", lang), predicate.band_label(result.band, lang), border=True)
        if target is not None:
            gap = predicate.points_to(result.score, target)
            st.metric(
                t("predicate_estimate_gap", lang, predicate=target.name, low=fmt.number(target.low, 0, lang)),
                t("predicate_gap_points", lang, points=fmt.number(gap, 1, lang))
                if gap
                else t("predicate_gap_reached", lang),
                border=True,
            )
    st.markdown(t("predicate_method", lang, year=year))
    st.subheader(t("predicate_points_title", lang))
    shown_table(predicate_estimate.points_table(result, lang))


def _points(
    year: int, files: tuple, estimated: Callable[[], predicate_estimate.Estimate], card: pd.DataFrame, note: str
) -> None:
    lang, sample, result = language(), load(queries.is_sample), estimated()
    sources = source_line(list(card["source"].dropna()), list(card["data_year"].dropna().astype(int)), sample, lang)
    chart(memo(points_figure, result, lang), sources + note, key="predicate-points")


def save_weights_from_editor(path, edited, user) -> None:
    """The save button's callback (it runs before the page, so nothing of the click is lost)."""
    new = dict(zip(edited["number"].astype(int), edited["weight"].astype(float)))
    try:
        with store.writing(db_path()) as con:
            count = predicate_estimate.save_weights(con, path, new, st.session_state.get("weights-reason", ""), user)
    except (predicate_estimate.WeightChangeRefused, PermissionRefused) as refused:
        st.session_state["weights_refused"] = str(refused)
        return
    st.session_state["weights_saved"] = count


def _weights_editor(weights: predicate_estimate.Weights, numbers: dict, user, lang: str) -> None:
    """The administrators' editor of the weights, with a reason and a save button."""
    with st.expander(t("predicate_weights_edit", lang), icon=":material/tune:"):
        st.caption(t("predicate_weights_intro", lang, path=predicate.shown_path(weights.path)))
        edited = st.data_editor(
            predicate_estimate.weights_frame(weights, numbers),
            column_config={
                "number": st.column_config.NumberColumn(t("predicate_col_number", lang), disabled=True, format="%d"),
                "weight": st.column_config.NumberColumn(t("predicate_col_weight_edit", lang), min_value=0.0),
            },
            hide_index=True,
            key="weights-editor",
        )
        st.text_input(t("target_reason", lang), key="weights-reason")
        st.button(
            t("predicate_weights_save", lang),
            key="weights-save",
            on_click=save_weights_from_editor,
            args=(weights.path, edited, user),
        )
        if "weights_refused" in st.session_state:
            st.error(st.session_state.pop("weights_refused"))
        if "weights_saved" in st.session_state:
            st.success(t("predicate_weights_saved", lang, count=st.session_state.pop("weights_saved")))


def _over_years(
    year: int,
    files: tuple,
    weights: predicate_estimate.Weights,
    numbers: dict,
    bands: list[predicate.Band],
    history: predicate.History,
    note: str,
) -> None:
    """The estimated score of every year with data, against the bands."""
    lang, sample = language(), load(queries.is_sample)
    st.subheader(t("predicate_over_years_title", lang))
    cards = {each: load_scorecard(each) for each in load(queries.data_years)}
    estimates = memo(predicate_estimate.estimates_by_year, cards, weights, numbers, bands)
    sources = list(load_scorecard(year)["source"].dropna())
    chart(
        memo(estimate_figure, estimates, bands, history.next_target, lang),
        source_line(sources, list(cards), sample, lang) + note,
        key="predicate-estimates",
    )
