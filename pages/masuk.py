"""Masuk / Akun: signing in (to work, or to see the small counts hidden from the public), and
who is signed in."""

import streamlit as st

from kla.text import t
from kla.ui.session import login_form, signed_in
from kla.ui.state import language, through_entry

through_entry()
lang = language()
user = signed_in()
st.title(t("login_title" if user is None else "account_title", lang))
if user is None:
    login_form(lang, "login_why")
else:
    st.success(t("login_done", lang))
