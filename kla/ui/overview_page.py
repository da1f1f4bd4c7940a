"""The Ringkasan page: the city at a glance (goals met per cluster, furthest behind, data freshness)."""

from __future__ import annotations

import streamlit as st

from kla import catalog, fmt, overview, queries, scorecard
from kla.goal_cards import goal_cards
from kla.narrative import cluster_sentence
from kla.scorecard import painted, score_by_component, scorecard_frame
from kla.sources import source_line
from kla.status_bars import status_bars
from kla.text import t
from kla.ui.parts import downloads, opened_expander, page_header, static_table, table
from kla.ui.replay import drawn_once
from kla.ui.state import language, load, load_scorecard, made_from, memo


def _at_a_glance(year: int) -> None:
    """The goals met per cluster, the chart of statuses, the measures furthest behind."""
    lang, sample = language(), load(queries.is_sample)
    status, card = load(queries.goal_status, year), load_scorecard(year)
    summary = memo(overview.component_summary, status, lang)
    st.html(memo(goal_cards, summary, score_by_component(card), year, lang))  # one element, not 15
    sources = list(status["source"].dropna()), list(status["data_year"].dropna().astype(int))
    st.html(memo(status_bars, summary, lang))  # no Plotly on the first page of a visit (see kla.status_bars)
    st.caption(source_line(*sources, sample, lang))
    st.subheader(t("worst_title", lang))
    st.markdown(t("worst_intro", lang, year=year))
    static_table(overview.furthest_from_goal(status, lang))  # a first page: no grid code to load


def _freshness(year: int) -> None:
    lang = language()
    st.subheader(t("freshness_title", lang))
    st.markdown(t("freshness_intro", lang, year=year))
    static_table(overview.freshness_table(load(queries.freshness_by_opd, year), year, lang))


def prepare(year: int, lang: str) -> None:
    """Load what the page shows for ``year`` into the caches every visitor shares and make its
    chart: the server's warm-up does, so that the first visitor's page finds them ready."""
    load(queries.root_region)
    load(queries.is_sample)
    status, card = load(queries.goal_status, year), load_scorecard(year)
    summary = memo(overview.component_summary, status, lang)
    memo(goal_cards, summary, score_by_component(card), year, lang)
    memo(status_bars, summary, lang)
    load(queries.freshness_by_opd, year)
    made_from(score_by_component, scorecard.city_scorecard, (year,))


def render_overview_page() -> None:
    """Draw the page; its parts without widgets are drawn once and replayed."""
    _, city = load(queries.root_region)
    lang, year, _ = page_header("overview_title", "overview_intro", city=city)
    status = load(queries.goal_status, year)
    drawn_once(_at_a_glance, year)
    downloads(lambda: overview.furthest_from_goal(status, lang), t("worst_title", lang))
    fresh = load(queries.freshness_by_opd, year)
    drawn_once(_freshness, year)
    downloads(lambda: overview.freshness_table(fresh, year, lang), t("freshness_title", lang))
    scores = made_from(score_by_component, scorecard.city_scorecard, (year,))

    st.subheader(t("scorecard_title", lang))
    for component in catalog.COMPONENTS:
        average = t("kpi_score", lang, score=fmt.number(scores[component.code], 1, lang))
        section = opened_expander(f"{component.name(lang)} · {average}", key=f"ringkasan-{component.code}")
        if section is not None:
            with section:
                card = load_scorecard(year)
                st.markdown(cluster_sentence(card, component.code, lang))
                table(
                    painted(memo(scorecard_frame, card[card["component"] == component.code], lang), lang),
                    f"{t('scorecard_title', lang)} {component.short_name(lang)}",
                )
