"""OPD: who still owes data; one agency's measures, statuses and deliveries year by year."""

import pandas as pd
import streamlit as st

from kla import fmt, overview, queries
from kla.accountability import delivery_matrix, missing_for_year, missing_table
from kla.scorecard import scorecard_table
from kla.text import t
from kla.ui.parts import linked_choice, page_header, table
from kla.ui.state import (
    load,
    load_scorecard,
)

lang, year, _ = page_header("opd_title", "opd_intro")
fresh = load(queries.freshness_by_opd, year)
table(overview.freshness_table(fresh, year, lang), t("freshness_title", lang))

leads = list(fresh["opd_code"])
names = {code: name for code, name in load(queries.opd_names).items() if code in leads}
opd = linked_choice(t("opd_pick", lang), names, "opd")
short = names[opd].split(" · ")[0]

measures = load(queries.measures)
own = measures[measures["lead_opd"] == opd]
st.subheader(t("opd_measures", lang, opd=short))
card = load_scorecard(year)
table(scorecard_table(card[card["code"].isin(own["code"])], lang), t("opd_measures", lang, opd=short))

st.subheader(t("opd_delivery", lang))
reporting = load(queries.reporting, opd)
years = load(queries.data_years)
st.caption(t("opd_delivery_legend", lang))
table(delivery_matrix(own, reporting, years, lang), f"{short} {t('opd_delivery', lang)}")
owed = missing_for_year(own, reporting, year)
st.markdown(t("opd_owes", lang, year=year, codes=", ".join(owed)) if owed else t("opd_all_in", lang, year=year))
if owed:
    st.markdown(f"**{t('opd_missing_title', lang, year=year)}**")
    expected = dict(zip(reporting["code"], reporting["expected"]))
    table(
        missing_table(load(queries.missing_regions, opd, year), expected, lang),
        t("opd_missing_title", lang, year=year) + f" {short}",
    )
last = fresh.set_index("opd_code").loc[opd, "last_upload"]
st.caption(t("opd_last_upload", lang, when=fmt.date_time(last, lang) if pd.notna(last) else t("never", lang)))
