"""The Anggaran page: the child budget over the years, absorption per OPD, spending per child,
and each cluster's money beside its progress."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from kla import budget, fmt, queries
from kla.budget_figures import absorption_figure, budget_trend_figure, money_and_progress_figure, per_child_figure
from kla.scorecard import component_scores
from kla.sources import source_line
from kla.text import t
from kla.ui.parts import chart, downloads, page_header, shown_table
from kla.ui.replay import drawn_once
from kla.ui.state import language, load, load_scorecard, made_from, memo


def _budget_by_cluster(year: int, lang: str) -> tuple[pd.DataFrame, pd.DataFrame, list[int], int]:
    """The budget per cluster and year, its yearly totals, the years with a budget, and the
    year shown (``year``, or the latest with a budget when it has none)."""
    by_cluster = budget.named_clusters(load(budget.budget_by_year, "component"), lang)
    totals = budget.yearly_totals(by_cluster)
    years = [int(y) for y in totals["year"]]
    return by_cluster, totals, years, (year if year in years or not years else years[-1])


def _this_year(year: int) -> None:
    """The year's totals: allocation, realisation, absorption, spending per child."""
    lang = language()
    by_cluster, totals, years, budget_year = _budget_by_cluster(year, lang)
    if by_cluster.empty:
        st.info(t("budget_none", lang))
        st.stop()
    if budget_year != year:
        st.info(t("budget_other_year", lang, year=year, shown=budget_year))
    per_child = budget.spending_per_child(totals, load(budget.child_population))
    this = totals.set_index("year").loc[budget_year]
    child_row = per_child[per_child["year"] == budget_year]
    columns = st.columns(4)
    columns[0].metric(t("budget_allocation_year", lang, year=budget_year), fmt.rupiah_short(this["allocation"], lang))
    columns[1].metric(t("budget_realisation_year", lang, year=budget_year), fmt.rupiah_short(this["realisation"], lang))
    columns[2].metric(t("budget_absorption", lang), f"{fmt.number(this['absorption'], 1, lang)}%")
    columns[3].metric(
        t("budget_per_child", lang),
        fmt.rupiah(round(child_row["realisation_per_child"].iloc[0]), lang) if not child_row.empty else "–",
    )
    st.subheader(t("budget_trend_title", lang, first=years[0], last=years[-1]))


def _trend(by: str, shown: pd.DataFrame) -> None:
    """The budget over the years by cluster or by OPD, as a chart and a table."""
    lang, sample = language(), load(queries.is_sample)
    by_cluster, totals, years, _ = _budget_by_cluster(0, lang)  # the years shown: all of them
    grouped = by_cluster if by != "opd_code" else load(budget.budget_by_year, "opd_code")
    source = source_line([t("budget_source", lang)], years, sample, lang)
    chart(memo(budget_trend_figure, grouped, totals, lang), source, "anggaran-tren")
    shown_table(shown)


def _spending(year: int) -> None:
    """Absorption per OPD, spending per child, and each cluster's money beside its progress."""
    lang, sample = language(), load(queries.is_sample)
    by_cluster, totals, years, budget_year = _budget_by_cluster(year, lang)
    by_opd = load(budget.budget_by_year, "opd_code")
    per_child = budget.spending_per_child(totals, load(budget.child_population))
    source = source_line([t("budget_source", lang)], years, sample, lang)

    st.subheader(t("budget_absorption_title", lang, year=budget_year))
    absorption = budget.absorption_by_opd(by_opd, budget_year)
    lagging = absorption[absorption["lagging"]]
    floor = fmt.number(budget.ABSORPTION_FLOOR, 0, lang)
    if lagging.empty:
        st.markdown(t("budget_none_lagging", lang, floor=floor, year=budget_year))
    else:
        names = ", ".join(f"{row.name} ({fmt.number(row.absorption, 1, lang)}%)" for row in lagging.itertuples())
        st.markdown(t("budget_lagging_sentence", lang, floor=floor, year=budget_year, names=names))
    chart(memo(absorption_figure, absorption, budget.ABSORPTION_FLOOR, lang), source, "anggaran-penyerapan")

    st.subheader(t("budget_per_child_title", lang))
    if per_child.empty:
        st.info(t("budget_no_children", lang, code=budget.CHILD_POPULATION_MEASURE))
    else:
        latest = per_child.iloc[-1]
        st.markdown(
            t(
                "budget_per_child_sentence",
                lang,
                year=int(latest["year"]),
                amount=fmt.rupiah(round(latest["realisation_per_child"]), lang),
                children=fmt.number(latest["children"], 0, lang),
            )
        )
        child_source = source_line(
            [t("budget_source", lang), t("budget_children_source", lang, code=budget.CHILD_POPULATION_MEASURE)],
            [int(y) for y in per_child["year"]],
            sample,
            lang,
        )
        chart(memo(per_child_figure, per_child, lang), child_source, "anggaran-per-anak")

    st.subheader(t("budget_progress_title", lang, year=budget_year))
    clusters = budget.clusters_money_and_progress(
        by_cluster, component_scores(load_scorecard(budget_year)), budget_year, lang
    )
    st.markdown(budget.progress_sentence(clusters, lang))
    chart(memo(money_and_progress_figure, clusters, lang), source + t("budget_score_note", lang), "anggaran-klaster")


def render_budget_page() -> None:
    """Draw the page; its parts without widgets are drawn once and replayed."""
    lang, year, _ = page_header("budget_title", "budget_intro")
    drawn_once(_this_year, year)
    by = st.segmented_control(
        t("budget_by", lang),
        ["component", "opd_code"],
        default="component",
        format_func=lambda choice: t("budget_by_" + choice, lang),
        key="budget_by",
    )
    by = by or "component"
    label = t("budget_by_" + by, lang)
    shown, data = made_from(budget.grouped_trend_table, budget.budget_by_year, (by,), by, label, lang)
    drawn_once(_trend, by, shown=shown)
    years = data[t("col_year", lang)]
    downloads(data, t("budget_trend_title", lang, first=int(years.min()), last=int(years.max())))
    drawn_once(_spending, year)
