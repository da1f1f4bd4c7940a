"""Readying the server for its first visitor while the first browser loads.

``streamlit run dashboard.py`` serves ``dashboard.app``, whose lifespan starts :func:`warm_up`
in the background as soon as the server starts. A browser first loads Streamlit's front end
(about half a second) and only then asks for a page; meanwhile this thread does what that
first page would otherwise do while the visitor waits:

- imports pandas, DuckDB, Plotly and the modules of the pages (about 0,35 s);
- brings the database up to date and starts its integrity check (:mod:`kla.ui.health`);
- judges the latest year (its scorecard and goal statuses), which the overview, the cluster
  pages, Indikator, OPD, Anggaran and Predikat start from, into the caches every visitor
  shares;
- makes a first Plotly figure and a first styled table: their first use in a process loads
  Plotly's validators and pandas' templates (about 0,09 s).

The same runs again after an upload or an undo from the Unggah page. Nothing depends on it:
a page that comes first does the rest itself, and a failure is only logged. Measured with
``make bench`` (see the README, "Kecepatan").
"""

from __future__ import annotations

import sys
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from kla import background


@asynccontextmanager
async def lifespan(_app: object) -> AsyncIterator[None]:
    """The lifespan of the server app (``st.App(lifespan=...)``): tells Streamlit that this
    is no ``pages/`` folder app, and starts :func:`warm_up`."""
    navigation_only()
    start()
    yield


def navigation_only() -> None:
    """Tell Streamlit, before the first page run, that the ``pages/`` folder holds the pages
    ``st.navigation`` lists, not an app of Streamlit's first multipage style. Otherwise the
    first run of the server takes it for one: an address of a page (``/klaster-3``) opened
    first then shows "Page not found" over the page, and the first run runs twice
    (:func:`kla.ui.state.through_entry` switches the old style off and reruns)."""
    from streamlit.runtime.pages_manager import PagesManager

    PagesManager.uses_pages_directory = False


def start() -> threading.Thread:
    """Start :func:`warm_up` in the background: as the server starts, and after an upload or
    an undo from the dashboard (the shared caches follow the database's state, so the next
    visitor's page would otherwise judge the latest year again while they wait)."""
    return background.start(warm_up, "kla-warm-up")


def warm_up() -> None:
    """Do the first page's slow first-time work now (see the module docstring); never raises."""
    try:
        _warm_up()
    except BaseException as error:  # st.stop() included: the first page will say what is wrong
        from kla.text import t

        print(t("warm_up_failed", error=f"{type(error).__name__}: {error}"), file=sys.stderr, flush=True)


def _warm_up() -> None:
    import pandas as pd
    import plotly.graph_objects as go

    import kla.overview  # noqa: F401  (the overview, the first page)
    import kla.ui.cluster  # noqa: F401  (the cluster pages)
    import kla.ui.parts  # noqa: F401  (every page)
    from kla import config, queries, store
    from kla.ui import health, state

    path = config.database_path()
    if path.exists():
        with store.kept_open(path):
            state.brought_up_to_date(str(path))
            health.start_check(str(path))
            years = state.load(queries.data_years)
            if years:
                state.load_scorecard(years[-1])
                state.load(queries.goal_status, years[-1])
    go.Figure(go.Bar(x=[0], y=[0])).to_json()
    pd.DataFrame({"nilai": [0.0]}).style.format("{:.1f}").to_html()
