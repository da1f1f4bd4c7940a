"""Entry point: the server app, and each visit's page (:mod:`kla.ui.frame`).

``streamlit run dashboard.py`` imports this file to find ``app`` and serves it. The app runs
this same file as the script of every page view (then ``__name__`` is ``"__main__"``), which
sets up the page, the navigation and the sidebar (language, year) and runs the chosen page.
Serving it as an app gives the server a start-up hook, which readies the first page while the
first browser loads (:mod:`kla.ui.warm_up`).
"""

import streamlit as st

if __name__ == "__main__":
    # Imported here, not at the top: the server imports this file before it starts, and
    # pandas and DuckDB would hold it up; kla.ui.warm_up imports them in the background.
    from kla.ui.frame import visit

    visit()
else:  # the server, finding the app it serves
    from kla.ui.warm_up import lifespan

    app = st.App("dashboard.py", lifespan=lifespan)
