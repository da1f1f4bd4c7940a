"""A cluster page (Kelembagaan or Klaster I-V): its scorecard, and one tab per measure."""

from __future__ import annotations

import pandas as pd
import streamlit as st
from pandas.io.formats.style import Styler

from kla import catalog, fmt, queries
from kla.figures import breakdown_figure, bullet_figure, comparable_with_city_goal, trend_figure
from kla.league import league_table, sex_gap_table
from kla.narrative import cluster_sentence
from kla.scorecard import painted, score_by_component, scorecard_frame
from kla.sources import series_sources, source_line
from kla.text import t
from kla.ui.parts import (
    chart,
    chart_config,
    downloads,
    hidden_note,
    opened_expander,
    page_pdf_button,
    sample_notice,
    shown_table,
    table,
)
from kla.ui.replay import drawn_once
from kla.ui.state import language, load, load_scorecard, made_from, memo, selected_year

# The open tab, and its parameter in the address. Not "kode": Streamlit drops a parameter bound to
# a widget when the browser goes to another page, and the links to Indikator carry "kode".
MEASURE_TAB_KEY = "ukuran"


def render_cluster_page(component_code: str) -> None:
    """Draw the page of one component: title, notice, scorecard, and a tab per measure with
    its section. The parts without widgets are drawn once per state of the database and then replayed
    (:func:`kla.ui.replay.drawn_once`)."""
    lang, year = language(), selected_year()
    drawn_once(_heading, component_code)
    page_pdf_button("klaster", component_code, year, lang)
    drawn_once(_scorecard, component_code, year)
    cluster = catalog.component(component_code).short_name(lang)
    card = load_scorecard(year)
    downloads(lambda: _scores(card, component_code, lang), f"{t('scorecard_title', lang)} {cluster}")
    _league_and_gap(card, component_code, year, lang)
    _measure_tabs(component_code, year)


def _scores(card: pd.DataFrame, component_code: str, lang: str) -> Styler:
    """The scorecard of the component's measures, painted by status."""
    return painted(scorecard_frame(card[card["component"] == component_code], lang), lang)


def _heading(component_code: str) -> None:
    st.title(catalog.component(component_code).name(language()))
    sample_notice(language())


def _scorecard(component_code: str, year: int) -> None:
    """The cluster in one sentence, and its scorecard (its download buttons are drawn apart)."""
    lang, card = language(), load_scorecard(year)
    st.info(cluster_sentence(card, component_code, lang), icon=":material/insights:")
    st.subheader(t("scorecard_title", lang))
    shown = fmt.number(score_by_component(card)[component_code], 1, lang)  # "–" without a score
    st.caption(t("scorecard_intro", lang, score=shown))
    shown_table(_scores(card, component_code, lang))


def _measure_tabs(component_code: str, year: int) -> None:
    """One tab per measure of the component; only the open tab is drawn (a link can open one:
    ``?ukuran=III-13A``). A cluster's measures all at once came to 28 charts on Klaster III."""
    codes = made_from(_codes_of, queries.measures, (), component_code)
    drawn_once(_measures_intro, component_code, year)
    if not codes:  # a cluster without measures in the catalog: its intro says 0
        return
    tabs = st.tabs(codes, default=_linked_measure(codes), key=MEASURE_TAB_KEY, on_change="rerun", bind="query-params")
    for code, tab in zip(codes, tabs):
        if tab.open:
            with tab:
                drawn_once(_measure_tab, code, year)


def _linked_measure(codes: tuple[str, ...]) -> str | None:
    """The tab to open when the address names none (``?ukuran=``): the measure of ``?kode=``,
    if it is one of this cluster's. The browser's Back from a measure's Indikator page lands
    on such an address: Streamlit writes the link's ``kode`` into the page it leaves."""
    code = st.query_params.get("kode")
    return code if code in codes else None


def _codes_of(measures: pd.DataFrame, component_code: str) -> tuple[str, ...]:
    """The codes of the component's measures, in catalog order."""
    return tuple(measures.loc[measures["component"] == component_code, "code"])


def _measures_intro(component_code: str, year: int) -> None:
    count = len(_codes_of(load(queries.measures), component_code))
    st.markdown(t("cluster_intro", language(), count=count, year=year))


def _measure_tab(code: str, year: int) -> None:
    """The section of measure ``code``."""
    measures = load(queries.measures)
    measure = next(measures[measures["code"] == code].itertuples())
    status = load(queries.goal_status, year).set_index("code").loc[code]
    measure_section(measure, status, language(), load(queries.is_sample), year)


def _league_and_gap(card: pd.DataFrame, component_code: str, year: int, lang: str) -> None:
    """The best and worst regions, and the gap between girls and boys: each in an expander,
    made only while it is open."""
    section = opened_expander(t("league_title", lang), key="klaster-peringkat")
    if section is not None:
        with section:
            measures = load(queries.measures)
            own = measures[measures["component"] == component_code]
            table(memo(league_table, own, load(queries.latest_by_region, year), lang), t("league_title", lang))
    section = opened_expander(t("sex_gap_title", lang), key="klaster-selisih")
    if section is not None:
        with section:
            own = card[card["component"] == component_code]
            table(memo(sex_gap_table, own, load(queries.city_by_sex, year), lang), t("sex_gap_title", lang))


def _describe(measure, lang: str) -> str:
    parts = [t("measure_lead", lang, lead=measure.lead_opd_name)]
    if measure.supporting_opd:
        parts.append(t("measure_support", lang, support=measure.supporting_opd))
    parts.append(t("direction_" + measure.direction, lang))
    return " · ".join(parts)


def _goal(status: pd.Series, direction: str) -> float | None:
    return None if pd.isna(status["goal"]) or direction == "pantau" else float(status["goal"])


def measure_section(measure, status: pd.Series, lang: str, sample: bool, year: int) -> None:
    """One measure: trend with goal and benchmark, latest value against the goal, regions."""
    with st.container(border=True):
        name = measure.name_en if lang == "en" else measure.name_id
        st.subheader(f"{measure.code} · {name}", anchor=measure.code.lower())
        st.caption(_describe(measure, lang))
        st.page_link(
            "pages/indikator.py",
            label=t("indicator_link", lang, code=measure.code),
            icon=":material/query_stats:",
            query_params={"kode": measure.code},
        )
        series = load(queries.city_series, measure.code)
        if series.empty:
            st.info(t("city_value_missing" if measure.finest_level != "kota" else "no_data_yet", lang))
            _regions(measure, status, lang, sample, year)
            return
        goals = load(queries.targets, measure.code)
        sources = memo(series_sources, series)
        trend_column, latest_column = st.columns([2, 1], gap="medium")
        with trend_column:
            fig = memo(trend_figure, series, goals, measure.unit, lang, sources, highlight_year=year)
            caption = source_line(series["source"], series["year"], sample, lang, goals["source"])
            chart(fig, caption, key=f"trend-{measure.code}")
        with latest_column:
            _latest(measure, status, lang, sample)
        _regions(measure, status, lang, sample, year)


def _status_badge(status: str, lang: str) -> str:
    colour = {"met": "blue", "missed": "orange"}.get(status, "gray")
    key = {"met": "status_met", "missed": "status_missed"}.get(status, "status_no_goal")
    return f":{colour}-badge[{t(key, lang)}]"


def _latest(measure, status: pd.Series, lang: str, sample: bool) -> None:
    if pd.isna(status["value"]):
        st.info(t("no_data_yet", lang))
        return
    data_year, value = int(status["data_year"]), float(status["value"])
    goal = _goal(status, measure.direction)
    if goal is None:
        label = t("bullet_no_goal", lang, year=data_year)
        st.metric(label, fmt.measure_value(value, measure.unit, lang))
    else:
        label = t("bullet_title", lang, year=data_year, goal_year=int(status["goal_year"]))
        delta = fmt.signed_difference(value - goal, measure.unit, lang)
        st.metric(
            label,
            fmt.measure_value(value, measure.unit, lang),
            delta=t("delta_to_goal", lang, delta=delta),
            delta_color="normal" if measure.direction == "naik" else "inverse",
            delta_arrow="auto" if value != goal else "off",
        )
    fig = memo(bullet_figure, value, goal, measure.unit, measure.direction, lang)
    key = f"bullet-{measure.code}"
    st.plotly_chart(fig, width="stretch", theme=None, config=chart_config(key), key=key)
    detail = _status_badge(status["status"], lang)
    if goal is not None:
        detail += f" {t('line_goal', lang)}: **{fmt.measure_value(goal, measure.unit, lang)}**"
    st.markdown(detail)
    st.caption(source_line([status["source"]], [data_year], sample, lang))


def _regions(measure, status: pd.Series, lang: str, sample: bool, year: int) -> None:
    if measure.finest_level == "kota":
        st.caption(t("breakdown_none", lang))
        return
    regional = load(queries.regional_values, measure.code, year)
    if regional.empty:
        st.caption(t("breakdown_missing_year", lang, year=year))
        return
    data_year = int(regional["year"].iloc[0])
    level = "desa" if regional["level"].iloc[0] in ("desa", "kelurahan") else regional["level"].iloc[0]
    st.markdown(f"**{t('breakdown_title', lang, level=t('level_' + level, lang), year=data_year)}**")
    goal = _goal(status, measure.direction)
    if goal is not None:
        judged = comparable_with_city_goal(measure.unit, measure.direction)
        st.caption(t("breakdown_legend" if judged else "breakdown_counts", lang))
    fig = memo(breakdown_figure, regional, measure.unit, measure.direction, goal, lang)
    caption = source_line(regional["source"], [data_year], sample, lang)
    chart(fig, caption, key=f"regions-{measure.code}", note=hidden_note(regional))
