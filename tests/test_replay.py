"""Page parts drawn once and replayed (:mod:`kla.ui.replay`), and values a page works out once
(:func:`kla.ui.state.worked_out`): the same part or value is made again only when it can differ
(the database, the language, whether the viewer sees small counts, its keys), and a replayed
part shows exactly what was drawn."""

import csv
import functools
import io
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from kla import store
from kla.ui import state
from kla.users import User
from tests.page_runs import dashboard_app, html_tables

MADE: list[tuple[str, ...]] = []  # (key, language, signed in) of every part drawn or value worked out

SCRIPTS = {
    "part": """
import streamlit as st
from kla.ui.replay import drawn_once
from tests.test_replay import counted_part
drawn_once(counted_part, st.session_state.get("key", "a"), note="given")
""",
    "value": """
import streamlit as st
from kla.ui.state import worked_out
from tests.test_replay import counted_value
st.markdown(worked_out(counted_value, st.session_state.get("key", "a")))
""",
}


def counted_part(key: str, note: str) -> None:
    """A part that notes every time it is really drawn."""
    from kla.ui.session import may_see_small_counts
    from kla.ui.state import language

    MADE.append((key, language(), str(may_see_small_counts())))
    st.markdown(f"bagian {key} {note}")
    st.caption(language())


def counted_value(key: str) -> str:
    """A value (:func:`kla.ui.state.worked_out`) that notes every time it is really worked out."""
    from kla import queries
    from kla.ui.session import may_see_small_counts
    from kla.ui.state import language, load

    MADE.append((key, language(), str(may_see_small_counts())))
    return f"{key}: {len(load(queries.measures))} ukuran"


def _app(db: Path, monkeypatch, made: str = "part") -> AppTest:
    monkeypatch.setenv("KLA_DB", str(db))
    state.clear_caches()
    MADE.clear()
    app = AppTest.from_string(SCRIPTS[made], default_timeout=30)
    app.run()
    return app


def _shown(app: AppTest) -> list[str]:
    assert not app.exception, [error.message for error in app.exception]
    return [element.value for element in app.markdown] + [element.value for element in app.caption]


def test_a_part_is_drawn_once_and_replayed_as_it_was(sample_db, monkeypatch):
    app = _app(sample_db, monkeypatch)
    first = _shown(app)
    app.run()
    app.run()
    assert _shown(app) == first == ["bagian a given", "id"]
    assert MADE == [("a", "id", "False")]


@pytest.mark.parametrize("made", ["part", "value"])
def test_a_part_or_value_is_made_again_for_other_keys_languages_and_viewers(sample_db, monkeypatch, made):
    app = _app(sample_db, monkeypatch, made)
    app.session_state["key"] = "b"
    app.run()
    app.run()
    app.session_state["lang"] = "en"
    app.run()
    assert _shown(app)[0].startswith({"part": "bagian b given", "value": "b: "}[made])
    app.session_state["kla_user"] = User("dinkes1", "analis", ("DINKES",))
    app.run()
    app.run()
    assert MADE == [("a", "id", "False"), ("b", "id", "False"), ("b", "en", "False"), ("b", "en", "True")]


@pytest.mark.parametrize("made", ["part", "value"])
def test_a_part_or_value_is_made_again_once_the_database_changed(sample_db, monkeypatch, made):
    app = _app(sample_db, monkeypatch, made)
    with store.writing(sample_db) as con:
        con.execute("CHECKPOINT")
        con.execute(f"CREATE TABLE catatan_uji_{made} (isi VARCHAR)")
    app.run()
    app.run()
    assert MADE == [("a", "id", "False"), ("a", "id", "False")]


def test_the_cluster_pages_replay_their_charts_as_drawn(sample_db, monkeypatch):
    monkeypatch.setenv("KLA_DB", str(sample_db))
    state.clear_caches()
    app = dashboard_app()
    app.run()
    app.switch_page("pages/klaster_3.py").run()
    count = 0
    for code in ("III-12", "III-13A", "III-16A"):  # each measure's tab drawn, then replayed
        app.session_state["ukuran"] = code
        app.run()
        drawn = [chart.proto.spec for chart in app.get("plotly_chart")]
        app.run()
        assert not app.exception
        assert [chart.proto.spec for chart in app.get("plotly_chart")] == drawn
        count += len(drawn)
    assert count >= 8


def test_tables_made_only_for_their_download_hold_what_the_page_shows(sample_db, monkeypatch, files):
    monkeypatch.setenv("KLA_DB", str(sample_db))
    state.clear_caches()
    app = dashboard_app()
    app.run()
    shown = {}
    for page in ("ringkasan", "klaster_3", "predikat"):
        app.switch_page(f"pages/{page}.py").run()
        app.run()  # replayed: the tables are not made on this run, only their downloads are offered
        assert not app.exception
        shown[page] = [table.value for table in [*app.dataframe, *app.table]] + html_tables(app)  # all kinds
    downloaded = []
    for name, make in files.items():
        if name.endswith(".csv"):  # made after the run, as a click makes it
            rows = list(csv.reader(io.StringIO(make().decode("utf-8-sig"))))
            downloaded.append((rows[0], len(rows) - 1))
    for page, tables in shown.items():
        assert tables, page
        for table in tables:
            header = [str(column) for column in table.columns]
            if page == "predikat" and header[0] == "Indikator":  # plain numbers, without the total row
                assert (len(table) - 1) in {rows for _, rows in downloaded}, header
            else:
                assert (header, len(table)) in downloaded, (page, header)


def _with_default(key: str = "a") -> None:
    st.markdown(key)


def test_only_named_module_functions_can_be_parts_or_worked_out(sample_db, monkeypatch):
    from kla.ui.replay import drawn_once
    from kla.ui.state import worked_out

    monkeypatch.setenv("KLA_DB", str(sample_db))

    def inner() -> None:
        st.markdown("innen")

    for draw in (lambda: None, inner, _with_default, functools.partial(counted_part, "a", note="")):
        for made_once in (drawn_once, worked_out):
            with pytest.raises(TypeError, match="module-level function"):
                made_once(draw)
