"""Entry point: page setup, the sidebar (language, year) and the navigation."""

import streamlit as st

from kla import catalog
from kla.text import t
from kla.ui.state import language_picker, require_database, year_picker

st.set_page_config(page_title="Dasbor KLA", page_icon=":material/child_care:", layout="wide")

lang = language_picker()
require_database(lang)

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
icons = (
    ":material/badge:",
    ":material/family_restroom:",
    ":material/medical_services:",
    ":material/school:",
    ":material/shield:",
)
for number, (component, icon) in enumerate(zip(catalog.COMPONENTS[1:], icons), start=1):
    pages.append(
        st.Page(f"pages/klaster_{number}.py", title=component.short_name(lang), icon=icon, url_path=f"klaster-{number}")
    )
navigation = st.navigation(pages)
st.sidebar.title(t("app_title", lang))
year_picker(lang)
navigation.run()
