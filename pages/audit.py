"""Jejak audit: who changed what, when and why; every sign-in attempt. Administrators only."""

import streamlit as st

from kla import audit
from kla.text import t
from kla.ui.parts import page_header, table
from kla.ui.session import require_admin
from kla.ui.state import load

lang, _, _ = page_header("audit_title", "audit_intro")
require_admin(lang)
trail = load(audit.trail)
if trail.empty:
    st.info(t("audit_empty", lang))
    st.stop()

columns = st.columns(4)
actions = columns[0].multiselect(
    t("audit_filter_action", lang),
    list(audit.ACTIONS),
    format_func=lambda action: t("action_" + action, lang),
    key="audit_actions",
)
actors = columns[1].multiselect(t("audit_filter_actor", lang), sorted(set(trail["actor"])), key="audit_actors")
outcomes = columns[2].multiselect(
    t("audit_filter_outcome", lang),
    ["berhasil", "ditolak"],
    format_func=lambda outcome: t("audit_outcome_" + outcome, lang),
    key="audit_outcomes",
)
days = columns[3].number_input(t("audit_filter_days", lang), min_value=1, max_value=3650, value=365, key="audit_days")
shown = audit.filtered(trail, actions, actors, outcomes, days)
st.caption(t("audit_count", lang, count=len(shown), total=len(trail)))
table(audit.trail_table(shown, lang), t("audit_title", lang), data=shown)
