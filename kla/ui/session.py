"""Who is signed in to this browser session: the login form, "Keluar", expiry after
inactivity, and the gates of pages that need an account."""

from __future__ import annotations

import time

import streamlit as st

from kla import audit, config, store, users
from kla.text import t

USER_KEY = "kla_user"
SEEN_KEY = "kla_last_seen"
EXPIRED_KEY = "kla_session_expired"
ERROR_KEY = "kla_login_error"


def signed_in() -> users.User | None:
    """The signed-in user, or None. A session idle for longer than
    :func:`kla.config.session_minutes` is signed out (and says so once)."""
    user = st.session_state.get(USER_KEY)
    if user is None:
        return None
    now = time.time()
    if now - st.session_state.get(SEEN_KEY, now) > config.session_minutes() * 60:
        sign_out()
        st.session_state[EXPIRED_KEY] = True
        return None
    st.session_state[SEEN_KEY] = now
    return user


def just_expired() -> bool:
    """Whether this session was signed out for inactivity and has not been told yet (the
    next sign-in form says so)."""
    return bool(st.session_state.get(EXPIRED_KEY))


def may_see_small_counts() -> bool:
    """Whether the viewer may see small counts of sensitive measures (anyone signed in)."""
    return signed_in() is not None


def sign_in(user: users.User) -> None:
    """Remember ``user`` as signed in for this browser session."""
    st.session_state[USER_KEY] = user
    st.session_state[SEEN_KEY] = time.time()


def sign_out() -> None:
    """Forget the signed-in user of this browser session."""
    st.session_state.pop(USER_KEY, None)
    st.session_state.pop(SEEN_KEY, None)


def _attempt_sign_in(form: str) -> None:
    """The callback of sign-in form ``form``: runs before the page, so a rerun of the page
    cannot lose it."""
    name, password = st.session_state.get(f"{form}_name", ""), st.session_state.get(f"{form}_password", "")
    st.session_state[f"{form}_password"] = ""  # never kept in the session after an attempt
    try:
        with store.writing(config.database_path()) as con:
            user = users.authenticate(con, name, password)
    except users.LoginRefused as refused:
        st.session_state[ERROR_KEY] = str(refused)
        return
    st.session_state.pop(ERROR_KEY, None)
    sign_in(user)


def login_form(lang: str, why_key: str) -> None:
    """The sign-in form ("Nama pengguna", "Kata sandi", "Masuk") with ``why_key``'s reason above
    it; a successful sign-in shows the page signed in on the same run."""
    if st.session_state.pop(EXPIRED_KEY, False):
        st.warning(t("login_expired", lang, minutes=config.session_minutes()))
    st.info(t(why_key, lang))
    from kla.ui.state import load  # kla.ui.state imports this module

    if not load(users.has_admin):  # read once per state of the database
        st.warning(t("login_no_admin", lang))
    _form(lang, "login", st.container(width=420))


def _form(lang: str, form: str, place) -> None:
    """The fields and the button, inside ``place``; the sign-in error, if any, below them."""
    with place.form(form, border=True):
        st.markdown(f"**{t('login_title', lang)}**")
        st.text_input(t("login_name", lang), key=f"{form}_name")
        st.text_input(t("login_password", lang), type="password", key=f"{form}_password")
        st.form_submit_button(t("login_button", lang), type="primary", on_click=_attempt_sign_in, args=(form,))
    if ERROR_KEY in st.session_state:
        place.error(st.session_state.pop(ERROR_KEY))


def account_box(lang: str, place=st.sidebar) -> None:
    """In the sidebar: who is signed in, with a "Keluar" button; for anyone not signed in, a
    link to the sign-in page (to see small counts, or to work)."""
    user = signed_in()
    if user is None:
        place.page_link("pages/masuk.py", label=t("login_title", lang), icon=":material/login:")
        return
    opds = f" · {', '.join(user.opds)}" if user.opds else ""
    place.markdown(t("login_signed_in_as", lang, name=user.name, role=t("role_" + user.role, lang), opds=opds))
    place.button(t("logout_button", lang), key="logout", icon=":material/logout:", on_click=_sign_out_recorded)


def _sign_out_recorded() -> None:
    user = st.session_state.get(USER_KEY)
    if user is not None:
        with store.writing(config.database_path()) as con:
            audit.record(con, user, "logout")
    sign_out()


def require_user(lang: str, why_key: str) -> users.User:
    """The signed-in user; without one, the sign-in form is shown and the page stops here."""
    user = signed_in()
    if user is None:
        login_form(lang, why_key)
        st.stop()
    return user


def require_admin(lang: str) -> users.User:
    """The signed-in administrator; anyone else sees why and the page stops here."""
    user = require_user(lang, "login_needed_admin")
    if not user.is_admin:
        st.error(t("login_needed_admin", lang))
        st.stop()
    return user
