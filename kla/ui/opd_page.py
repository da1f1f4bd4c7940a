"""The OPD page: who still owes data; one agency's measures, statuses and deliveries year by year."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from kla import fmt, overview, queries
from kla.accountability import delivery_matrix, missing_for_year, missing_table
from kla.scorecard import scorecard_table
from kla.text import t
from kla.ui.parts import downloads, linked_choice, page_header, shown_table
from kla.ui.replay import drawn_once
from kla.ui.state import language, load, load_scorecard, worked_out


def _freshness(year: int) -> None:
    """Every agency's data for ``year``: in, late or missing."""
    shown_table(overview.freshness_table(load(queries.freshness_by_opd, year), year, language()))


def _own_measures(opd: str) -> pd.DataFrame:
    measures = load(queries.measures)
    return measures[measures["lead_opd"] == opd]


def _measures_of(opd: str, short: str, year: int) -> None:
    """The agency's measures with their statuses."""
    lang, card = language(), load_scorecard(year)
    st.subheader(t("opd_measures", lang, opd=short))
    shown_table(scorecard_table(card[card["code"].isin(_own_measures(opd)["code"])], lang))


def _deliveries_of(opd: str) -> None:
    """Which measures the agency delivered, year by year."""
    lang = language()
    st.subheader(t("opd_delivery", lang))
    st.caption(t("opd_delivery_legend", lang))
    shown_table(delivery_matrix(_own_measures(opd), load(queries.reporting, opd), load(queries.data_years), lang))


def _owed_by(opd: str, year: int, owed: tuple[str, ...]) -> None:
    """What the agency still owes for ``year``, and where."""
    lang = language()
    st.markdown(t("opd_owes", lang, year=year, codes=", ".join(owed)) if owed else t("opd_all_in", lang, year=year))
    if owed:
        st.markdown(f"**{t('opd_missing_title', lang, year=year)}**")
        reporting = load(queries.reporting, opd)
        expected = dict(zip(reporting["code"], reporting["expected"]))
        shown_table(missing_table(load(queries.missing_regions, opd, year), expected, lang))


def _agencies(year: int) -> dict[str, str]:
    """The agencies that lead a measure, by code: their names (``Dinkes · Dinas Kesehatan``)."""
    leads = set(load(queries.freshness_by_opd, year)["opd_code"])
    return {code: name for code, name in load(queries.opd_names).items() if code in leads}


def _owed(opd: str, year: int) -> tuple[str, ...]:
    """The codes of the agency's measures still owed for ``year``."""
    return tuple(missing_for_year(_own_measures(opd), load(queries.reporting, opd), year))


def _last_upload(opd: str, year: int) -> str:
    """When the agency last uploaded, as a sentence."""
    lang, fresh = language(), load(queries.freshness_by_opd, year)
    last = fresh.set_index("opd_code").loc[opd, "last_upload"]
    return t("opd_last_upload", lang, when=fmt.date_time(last, lang) if pd.notna(last) else t("never", lang))


def render_opd_page() -> None:
    """Draw the page; its parts without widgets are drawn once and replayed."""
    lang, year, _ = page_header("opd_title", "opd_intro")
    fresh = load(queries.freshness_by_opd, year)
    drawn_once(_freshness, year)
    downloads(lambda: overview.freshness_table(fresh, year, lang), t("freshness_title", lang))

    names = worked_out(_agencies, year)
    opd = linked_choice(t("opd_pick", lang), names, "opd")
    short = names[opd].split(" · ")[0]

    own, card = worked_out(_own_measures, opd), load_scorecard(year)
    drawn_once(_measures_of, opd, short, year)
    downloads(lambda: scorecard_table(card[card["code"].isin(own["code"])], lang), t("opd_measures", lang, opd=short))

    reporting, years = load(queries.reporting, opd), load(queries.data_years)
    drawn_once(_deliveries_of, opd)
    downloads(lambda: delivery_matrix(own, reporting, years, lang), f"{short} {t('opd_delivery', lang)}")
    owed = worked_out(_owed, opd, year)
    drawn_once(_owed_by, opd, year, owed)
    if owed:
        missing = load(queries.missing_regions, opd, year)
        downloads(
            lambda: missing_table(missing, dict(zip(reporting["code"], reporting["expected"])), lang),
            t("opd_missing_title", lang, year=year) + f" {short}",
        )
    st.caption(worked_out(_last_upload, opd, year))
