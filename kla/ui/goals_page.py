"""The Target page: the city goals and national benchmarks; goals changed here are recorded with a reason."""

from __future__ import annotations

import functools

import streamlit as st

from kla import goal_store, queries, store
from kla.goals import change_log_table, editable_goals, goals_overview
from kla.text import t
from kla.ui.parts import downloads, linked_choice, measure_names, opened_expander, page_header, shown_table
from kla.ui.replay import drawn_once
from kla.ui.session import just_expired, login_form, signed_in
from kla.ui.state import db_path, language, load, made_from, memo
from kla.users import PermissionRefused


def _goals() -> None:
    """Every measure's city goals and national benchmark."""
    shown_table(memo(goals_overview, load(queries.measures), load(queries.city_targets), language()))


def _log() -> None:
    """Every change of a goal: when, by whom, why."""
    lang, log, measures = language(), load(queries.target_changes), load(queries.measures)
    st.subheader(t("target_log", lang))
    if log.empty:
        st.caption(t("target_log_empty", lang))
    else:
        shown_table(change_log_table(log, dict(zip(measures["code"], measures["unit"])), lang))


def render_goals_page() -> None:
    """Draw the page; its parts without widgets are drawn once and replayed."""
    lang, _, _ = page_header("target_title", "target_intro")
    measures = load(queries.measures)
    targets = load(queries.city_targets)
    drawn_once(_goals)
    downloads(functools.partial(goals_overview, measures, targets, lang), t("target_title", lang))

    code = linked_choice(t("indicator_pick", lang), made_from(measure_names, queries.measures, (), lang), "kode")
    st.subheader(t("target_edit", lang, code=code))
    user = signed_in()
    if user is None and just_expired():  # signed out for inactivity while editing: say so, with the form
        login_form(lang, "login_needed_admin")
    elif user is None:  # goals are the administrators' to change; the sign-in form is drawn when asked for
        section = opened_expander(t("target_login_to_edit", lang), key="target-masuk")
        if section is not None:
            with section:
                login_form(lang, "login_needed_admin")
    elif not user.is_admin:
        st.info(t("login_needed_admin", lang))
    else:
        goal_years = sorted(set(targets[targets["kind"] == "target_kota"]["year"].dropna().astype(int))) or [2025]
        edited = st.data_editor(
            editable_goals(targets, code, goal_years),
            column_config={
                "year": st.column_config.NumberColumn(t("col_year", lang), disabled=True, format="%d"),
                "value": st.column_config.NumberColumn(t("line_goal", lang)),
            },
            hide_index=True,
            key=f"goals-{code}",
        )
        reason = st.text_input(t("target_reason", lang), key=f"reason-{code}")
        if st.button(t("target_save", lang), type="primary", key="save-goals"):
            new_goals = {
                int(row.year): (None if row.value != row.value else float(row.value)) for row in edited.itertuples()
            }
            try:
                with store.writing(db_path()) as con:
                    count = goal_store.change_city_goals(con, code, new_goals, reason, user)
                st.success(t("target_saved", lang, count=count))
            except (goal_store.GoalChangeRefused, PermissionRefused) as refused:
                st.error(str(refused))

    drawn_once(_log)
    log = load(queries.target_changes)
    if not log.empty:
        units = dict(zip(measures["code"], measures["unit"]))
        downloads(functools.partial(change_log_table, log, units, lang), t("target_log", lang))
