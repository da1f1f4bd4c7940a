"""The frame of every page view: page setup, the navigation and the sidebar, then the page.

``dashboard.py`` runs :func:`visit` as the script of every page view. It lives here, not in
the entry script, so that the entry script stays a few lines: the server compiles it once,
but Streamlit's AppTest compiles it again on every run.
"""

from __future__ import annotations

import copy
import functools

import streamlit as st

from kla import catalog, config, store
from kla.text import t
from kla.ui import warm_up
from kla.ui.health import integrity_banner
from kla.ui.page_style import favicon, page_style
from kla.ui.session import account_box, login_form, signed_in
from kla.ui.state import language, language_picker, require_database, year_picker
from kla.users import User


@functools.cache
def _pages(lang: str, signed_in: bool, admin: bool) -> tuple[st.Page, ...]:
    """The pages in the navigation, in order; the audit trail only for an administrator.

    Made once per process for each language and kind of viewer, not on every run: a page
    object resolves its script's path on the disk (about 0,05 ms each). Each run navigates
    with copies (:func:`_navigation_pages`): ``st.navigation`` marks the page it chose as
    callable and running it unmarks it, so shared objects would let one visitor's run refuse
    another's."""
    pages = [
        st.Page(
            "pages/ringkasan.py",
            title=t("nav_overview", lang),
            icon=":material/dashboard:",
            url_path="ringkasan",
            default=True,
        ),
        st.Page(
            "pages/kelembagaan.py",
            title=catalog.component("KL").short_name(lang),
            icon=":material/account_balance:",
            url_path="kelembagaan",
        ),
    ]
    icons = (":material/badge:", ":material/family_restroom:", ":material/medical_services:", ":material/school:")
    for number, (component, icon) in enumerate(zip(catalog.COMPONENTS[1:], (*icons, ":material/shield:")), start=1):
        pages.append(
            st.Page(
                f"pages/klaster_{number}.py", title=component.short_name(lang), icon=icon, url_path=f"klaster-{number}"
            )
        )
    pages.append(
        st.Page(
            "pages/indikator.py", title=t("nav_indicator", lang), icon=":material/query_stats:", url_path="indikator"
        )
    )
    pages.append(st.Page("pages/wilayah.py", title=t("nav_region", lang), icon=":material/map:", url_path="wilayah"))
    pages.append(st.Page("pages/opd.py", title=t("nav_opd", lang), icon=":material/groups:", url_path="opd"))
    pages.append(
        st.Page("pages/anggaran.py", title=t("nav_budget", lang), icon=":material/payments:", url_path="anggaran")
    )
    pages.append(
        st.Page(
            "pages/predikat.py",
            title=t("nav_predicate", lang),
            icon=":material/workspace_premium:",
            url_path="predikat",
        )
    )
    pages.append(st.Page("pages/target.py", title=t("nav_target", lang), icon=":material/flag:", url_path="target"))
    pages.append(
        st.Page("pages/unggah.py", title=t("nav_upload", lang), icon=":material/upload_file:", url_path="unggah")
    )
    pages.append(
        st.Page(
            "pages/presentasi.py", title=t("nav_presenter", lang), icon=":material/slideshow:", url_path="presentasi"
        )
    )
    if admin:  # the audit trail is listed for administrators only
        pages.append(st.Page("pages/audit.py", title=t("nav_audit", lang), icon=":material/history:", url_path="audit"))
    account_title = t("account_title" if signed_in else "login_title", lang)
    pages.append(st.Page("pages/masuk.py", title=account_title, icon=":material/account_circle:", url_path="masuk"))
    return tuple(pages)


def _navigation_pages(lang: str, user: User | None) -> list[st.Page]:
    """This run's own copies of the navigation's pages (see :func:`_pages`)."""
    return [copy.copy(page) for page in _pages(lang, user is not None, user is not None and user.is_admin)]


def visit() -> None:
    """One page view: page setup, the navigation and the sidebar, then the chosen page."""
    st.set_page_config(page_title="Dasbor KLA", page_icon=favicon(), layout="wide")

    lang = language()
    user = signed_in()
    navigation = st.navigation(_navigation_pages(lang, user))
    page_style()

    # One open database for the whole run: each further read then costs nothing (kla.store.kept_open).
    with store.kept_open(config.database_path()):
        if navigation.url_path == "presentasi":  # the presenter page has no sidebar: it places its own choices
            require_database(lang)
        else:
            st.sidebar.title(t("app_title", lang))
            language_picker()
            require_database(lang)
            integrity_banner(lang)
            account_box(lang)
            year_picker(lang)
        try:
            if config.reading_needs_login() and user is None:  # a city may close reading to registered users
                login_form(lang, "login_needed_reading")
                st.stop()
            navigation.run()
        finally:  # the warm-up's rest and the integrity check wait for the first page
            warm_up.page_served()
