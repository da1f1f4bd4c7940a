"""Running the dashboard's pages in Streamlit's AppTest: opening a page, signing in, reading
what a page shows. Used by the page tests (the ``app`` fixture is in ``conftest.py``)."""

import re
import time
from io import StringIO
from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

from kla.users import User

ROOT = Path(__file__).resolve().parent.parent


def dashboard_app(timeout_s: float = 60) -> AppTest:
    """The dashboard's entry script in AppTest (its database is ``$KLA_DB``)."""
    return AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=timeout_s)


def as_admin(app: AppTest) -> None:
    """Sign the session in as an administrator (uploading and undoing need an account)."""
    app.session_state["kla_user"] = User("admin-uji", "admin")
    app.session_state["kla_last_seen"] = time.time()


def open_page(app: AppTest, page: str) -> AppTest:
    """Run the dashboard, then switch to ``page`` (a path like ``pages/klaster_3.py``); no exception."""
    app.run()
    if page != "pages/ringkasan.py":
        app.switch_page(page).run()
    assert not app.exception, [e.message for e in app.exception]
    return app


def visible_text(app: AppTest) -> str:
    """The texts of the page's titles, headings, paragraphs, captions and notices, one per line."""
    parts = [
        e.value for kind in ("title", "subheader", "markdown", "caption", "warning", "info") for e in app.get(kind)
    ]
    return "\n".join(str(p) for p in parts)


def overview_cards(app: AppTest) -> dict[str, str]:
    """The overview's cards (:mod:`kla.goal_cards`) as each cluster's name and goals met; empty
    when the page shows none."""
    bodies = [html.proto.body for html in app.get("html") if "kla-cards" in html.proto.body]
    names = [name for body in bodies for name in re.findall(r'class="kla-card-name">([^<]*)<', body)]
    values = [value for body in bodies for value in re.findall(r'class="kla-card-value">([^<]*)<', body)]
    return dict(zip(names, values))


def html_tables(app: AppTest) -> list[pd.DataFrame]:
    """The tables a page writes as HTML (:mod:`kla.html_table`), read back as frames."""
    bodies = [html.proto.body for html in app.get("html") if 'class="kla-table"' in html.proto.body]
    return [pd.read_html(StringIO(body), flavor="lxml")[0] for body in bodies]
