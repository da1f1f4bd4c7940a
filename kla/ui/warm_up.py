"""Readying the server for its first visitor while the first browser loads.

``streamlit run dashboard.py`` serves ``dashboard.app``, whose lifespan starts :func:`warm_up`
in the background as soon as the server starts. A browser first loads Streamlit's front end
(about a second on two cores) and only then asks for a page; meanwhile this thread does what
that first page, the overview, would otherwise do while the visitor waits:

- imports pandas, DuckDB, Plotly, Pillow and the modules of a page view and of the overview
  (about 0,6 s), and sends a first chart through Plotly's JSON writer as Streamlit does;
- brings the database up to date;
- judges the latest year (its scorecard and goal statuses), which the overview, the cluster
  pages, Indikator, OPD, Anggaran and Predikat start from, into the caches every visitor
  shares, with the rest of what the overview shows and its chart
  (:func:`kla.ui.overview_page.prepare`, in Indonesian, the language a visit starts in).

The rest waits until the first page view has ended (:func:`page_served`) and
:data:`DRAWING_S` more while the browser draws it, fetching the code of its charts and tables
from this server; or :data:`FIRST_VISIT_WAIT_S` seconds when no browser comes. The first page
would otherwise share the server's cores with work it does not need. The rest starts the
database's integrity check (:mod:`kla.ui.health`), imports the modules of the cluster pages and
makes a first styled table (its first use in a process loads pandas' templates).

The lifespan also tells Streamlit that this process is its server (:func:`served`), which
spares the first page 0,2-0,35 s.

The same runs again after an upload or an undo from the Unggah page (then the rest follows
after :data:`DRAWING_S`). Nothing depends on it: a page that comes first does the rest itself,
and a failure is only logged. Measured with ``make bench`` (see the README, "Kecepatan").
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from kla import background

FIRST_VISIT_WAIT_S = 10.0  # how long the rest of the warm-up waits for a first page
DRAWING_S = 2.0  # and then while the browser draws it, loading its charts' and tables' code from us
_first_page_served = threading.Event()


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


def page_served() -> None:
    """Say that a page view has ended (:func:`kla.ui.frame.visit` does, after every page): the
    first lets the rest of the warm-up go on."""
    _first_page_served.set()


def first_page_served() -> bool:
    """Whether a page view of this process has ended (see :func:`page_served`)."""
    return _first_page_served.is_set()


def warm_up() -> None:
    """Do the first page's slow first-time work now, and the rest once that page has been
    drawn (see the module docstring); never raises."""
    try:
        path = _ready_the_first_page()
        if _first_page_served.wait(FIRST_VISIT_WAIT_S):
            time.sleep(DRAWING_S)
        _ready_the_rest(path)
    except BaseException as error:  # st.stop() included: the first page will say what is wrong
        from kla.text import t

        print(t("warm_up_failed", error=f"{type(error).__name__}: {error}"), file=sys.stderr, flush=True)


def _ready_the_first_page() -> Path | None:
    """The first page's work (see the module docstring); the database's path, or None when
    there is no database yet."""
    import PIL.Image  # noqa: F401  (Streamlit's tab icon: imported even for a data: address)
    import plotly.graph_objects as go
    import plotly.io

    import kla.ui.frame  # noqa: F401  (every page view)
    from kla import config, queries, store
    from kla.ui import overview_page, state

    plotly.io.to_json(go.Figure(go.Bar(x=[0], y=[0])), validate=False)  # as Streamlit sends a chart
    path = config.database_path()
    if not path.exists():
        return None
    with store.kept_open(path):
        state.brought_up_to_date(str(path))
        years = state.load(queries.data_years)
        if years:
            overview_page.prepare(years[-1], "id")
    return path


def _ready_the_rest(path: Path | None) -> None:
    """The integrity check, and the first-time work of the other pages."""
    import pandas as pd

    import kla.ui.cluster  # noqa: F401  (the cluster pages)
    from kla.ui import health

    if path is not None:
        health.start_check(str(path))
    pd.DataFrame({"nilai": [0.0]}).style.format("{:.1f}").to_html()
