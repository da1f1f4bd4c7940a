"""Readying the server for its first visitor while the first browser loads.

``streamlit run dashboard.py`` serves ``dashboard.app``, whose lifespan starts :func:`warm_up`
in the background as soon as the server starts. A browser first loads Streamlit's front end
(about half a second) and only then asks for a page; meanwhile this thread does what that
first page would otherwise do while the visitor waits:

- imports pandas, DuckDB, Plotly, Pillow and the modules of the pages (about 0,35 s);
- brings the database up to date and starts its integrity check (:mod:`kla.ui.health`);
- judges the latest year (its scorecard and goal statuses), which the overview, the cluster
  pages, Indikator, OPD, Anggaran and Predikat start from, into the caches every visitor
  shares, and makes the overview's chart of it (in Indonesian, the language a visit starts in);
- makes a first Plotly figure and a first styled table: their first use in a process loads
  Plotly's validators and pandas' templates (about 0,09 s).

The lifespan also tells Streamlit that this process is its server (:func:`served`), which
spares the first page 0,2-0,35 s.

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
    is no ``pages/`` folder app and that it runs as a server, and starts :func:`warm_up`."""
    navigation_only()
    served()
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


def served() -> None:
    """Tell Streamlit that it runs as a server, so that the first element a process draws does
    not ask whether it runs in a REPL, to warn that Streamlit is used outside ``streamlit run``.
    The question walks the call stack with :func:`inspect.stack`, which maps every loaded
    module to its file: with pandas, DuckDB and Plotly loaded, 0,2-0,35 s of the first page.
    (Streamlit keeps the answer in a private flag; should it go, the question is asked again.)"""
    from streamlit import delta_generator

    delta_generator._use_warning_has_been_displayed = True


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
    import PIL.Image  # noqa: F401  (Streamlit's tab icon: imported even for a data: address)
    import plotly.graph_objects as go

    import kla.ui.cluster  # noqa: F401  (the cluster pages)
    import kla.ui.parts  # noqa: F401  (every page)
    from kla import config, overview, queries, scorecard, store
    from kla.figures import cluster_status_figure
    from kla.ui import health, state

    path = config.database_path()
    if path.exists():
        with store.kept_open(path):
            state.brought_up_to_date(str(path))
            health.start_check(str(path))
            years = state.load(queries.data_years)
            if years:
                scorecard.score_by_component(state.load_scorecard(years[-1]))  # its pandas paths, first used
                status = state.load(queries.goal_status, years[-1])
                summary = state.memo(overview.component_summary, status, "id")  # the overview's chart
                state.memo(cluster_status_figure, summary, "id")
    go.Figure(go.Bar(x=[0], y=[0])).to_json()
    pd.DataFrame({"nilai": [0.0]}).style.format("{:.1f}").to_html()
