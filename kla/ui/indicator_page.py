"""The Indikator page: one measure in depth (trends, regions, values)."""

from __future__ import annotations

import functools

import pandas as pd
import streamlit as st

from kla import fmt, queries
from kla.figures import regional_trend_figure, trend_figure
from kla.indicator import LEVEL_WORDS, display_frame, download_frame, region_statuses
from kla.scorecard import status_badge
from kla.sources import source_line
from kla.text import t
from kla.ui.parts import (
    chart,
    downloads,
    hidden_note,
    linked_choice,
    measure_names,
    page_pdf_button,
    sample_notice,
    shown_table,
)
from kla.ui.replay import drawn_once
from kla.ui.state import language, load, load_scorecard, made_from, memo, selected_year, through_entry, worked_out


def _heading(code: str) -> None:
    lang = language()
    st.title(made_from(measure_names, queries.measures, (), lang)[code])
    sample_notice(lang)


def _statuses(
    values: pd.DataFrame, measures: pd.DataFrame, scorecard: pd.DataFrame, code: str, year: int, lang: str
) -> pd.DataFrame:
    """Every region's status against the city goal (``values``: the measure's values;
    ``scorecard``: every measure judged for ``year``)."""
    measure, card = measures.set_index("code").loc[code], scorecard.set_index("code").loc[code]
    goal = card["goal"] if pd.notna(card["goal"]) else None
    return region_statuses(values, measure.unit, measure.direction, card["goal_year"], goal, lang, up_to_year=year)


def _trends(code: str, year: int) -> None:
    """Who leads the measure and where its figures come from, its status and pace, the city's
    trend against its goals, and the regions' trends and statuses."""
    lang, sample = language(), load(queries.is_sample)
    measures, scorecard = load(queries.measures), load_scorecard(year)
    measure, card = measures.set_index("code").loc[code], scorecard.set_index("code").loc[code]
    root_rank, shown_rank = load(queries.region_ranks)
    values = load(queries.measure_values, code, shown_rank)
    goals = load(queries.targets, code)
    kinds = {kind: ", ".join(sorted(set(part["source"].dropna()))) for kind, part in values.groupby("source_kind")}
    sources = "; ".join(f"{t('series_' + k, lang)}: {v}" for k, v in kinds.items()) or "–"
    facts = [
        t("measure_lead", lang, lead=measure.lead_opd_name),
        t("measure_support", lang, support=measure.supporting_opd) if measure.supporting_opd else None,
        t("indicator_unit", lang, unit=t("unit_" + measure.unit, lang)),
        t("direction_" + measure.direction, lang),
        t("indicator_sources", lang, sources=sources),
    ]
    st.caption(" · ".join(f for f in facts if f))

    st.markdown(f"**{t('indicator_status', lang)}:** {status_badge(card['status'], lang)}")
    if pd.notna(card["expected_final"]):
        st.markdown(
            t(
                "indicator_pace",
                lang,
                year=int(card["final_goal_year"]),
                value=fmt.measure_value(card["expected_final"], measure.unit, lang),
                goal=fmt.measure_value(card["final_goal"], measure.unit, lang),
            )
        )
    city = values[(values["rank"] == root_rank) & (values["sex"] == "L+P")]
    if not city.empty:
        fig = memo(trend_figure, city, goals, measure.unit, lang, kinds, highlight_year=year)
        chart(fig, source_line(city["source"], city["year"], sample, lang, goals["source"]), key="city")

    regional = values[values["rank"] > root_rank]
    if not regional.empty:
        st.subheader(t("indicator_regions_title", lang))
        level, root = (t("level_" + LEVEL_WORDS[rank], lang) for rank in (root_rank + 1, root_rank))
        st.caption(t("indicator_regions_intro", lang, level=level, root=root))
        goal = card["goal"] if pd.notna(card["goal"]) else None
        benchmark = card["benchmark"] if pd.notna(card["benchmark"]) else None
        fig = made_from(
            regional_trend_figure,
            queries.measure_values,
            (code, shown_rank),
            measure.unit,
            goal,
            lang,
            benchmark,
            root=root_rank,
        )
        caption = source_line(regional["source"], regional["year"], sample, lang)
        chart(fig, caption, key="regions", note=hidden_note(regional, "privacy_line_note"))
        st.markdown(f"**{t('indicator_region_status', lang)}**")
        shown_table(_statuses(values, measures, scorecard, code, year, lang))


def _values(code: str) -> None:
    lang = language()
    st.subheader(t("indicator_values", lang))
    measure = load(queries.measures).set_index("code").loc[code]
    shown_table(display_frame(load(queries.measure_values, code, load(queries.region_ranks)[1]), measure.unit, lang))


def _has_regional_values(code: str) -> bool:
    """Whether the measure has values of regions below the root (a table of their statuses)."""
    root_rank, shown_rank = load(queries.region_ranks)
    return bool((load(queries.measure_values, code, shown_rank)["rank"] > root_rank).any())


def render_indicator_page() -> None:
    """Draw the page; its parts without widgets are drawn once and replayed."""
    through_entry()

    lang, year = language(), selected_year()
    code = linked_choice(t("indicator_pick", lang), made_from(measure_names, queries.measures, (), lang), "kode")
    drawn_once(_heading, code)
    page_pdf_button("indikator", code, year, lang)
    drawn_once(_trends, code, year)

    values = load(queries.measure_values, code, load(queries.region_ranks)[1])  # down to the level shown
    if worked_out(_has_regional_values, code):  # the tables below are made only when downloaded
        statuses = functools.partial(_statuses, values, load(queries.measures), load_scorecard(year), code, year, lang)
        downloads(statuses, f"{code} {t('indicator_region_status', lang)}")
    drawn_once(_values, code)
    downloads(functools.partial(download_frame, values, lang), f"{code} {t('indicator_values', lang)}")
