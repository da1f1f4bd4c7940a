"""The server readies the first page while the first browser loads (:mod:`kla.ui.warm_up`):
``streamlit run dashboard.py`` serves ``dashboard.app``, whose lifespan starts the warm-up in
the background; the warm-up judges the latest year into the shared caches and readies the
overview, and only after the first page starts the integrity check and readies the other
pages; a failure of it is only logged."""

import asyncio
import functools
import importlib.util
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pandas as pd
import pytest
import streamlit as st
from streamlit.web.server.app_discovery import discover_asgi_app

from kla import goal_cards, overview, queries, scorecard, status_bars, store
from kla.integrity import archived_file
from kla.ui import health, overview_page, state, warm_up
from tests.cli import ROOT
from tests.page_runs import dashboard_app, html_tables, overview_cards


@pytest.fixture(autouse=True)
def no_page_served_yet(monkeypatch):
    """Each test starts as a fresh process would: no page served yet; and the warm-up does
    not wait for one (a test that needs the wait sets it)."""
    monkeypatch.setattr(warm_up, "_first_page_served", threading.Event())
    monkeypatch.setattr(warm_up, "FIRST_VISIT_WAIT_S", 0)
    monkeypatch.setattr(warm_up, "DRAWING_S", 0)


def test_streamlit_run_serves_the_dashboard_as_an_app_with_the_warm_up():
    found = discover_asgi_app(ROOT / "dashboard.py")
    assert found.is_asgi_app and found.app_name == "app"
    spec = importlib.util.spec_from_file_location("dashboard", ROOT / "dashboard.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # as the server imports it: defines the app, draws nothing
    assert isinstance(module.app, st.App)
    assert module.app._user_lifespan is warm_up.lifespan


def test_the_lifespan_starts_the_warm_up_without_waiting_for_it(monkeypatch):
    started, release, finished = threading.Event(), threading.Event(), threading.Event()

    def slow_warm_up() -> None:
        started.set()
        release.wait(2)
        finished.set()

    monkeypatch.setattr(warm_up, "warm_up", slow_warm_up)

    async def serve() -> bool:
        async with warm_up.lifespan(None):
            return started.wait(10) and not finished.is_set()  # serving while it still runs

    try:  # in a thread of its own: the browser tests' Playwright keeps an event loop in this one
        with ThreadPoolExecutor(1) as thread:
            assert thread.submit(asyncio.run, serve()).result()
    finally:
        release.set()


def test_the_first_element_of_a_served_process_does_not_ask_whether_it_runs_in_a_repl(monkeypatch):
    """Asking walks the stack with inspect, which maps every loaded module to its file: 0,2-0,35 s
    of the first page with pandas, DuckDB and Plotly loaded."""
    from streamlit import delta_generator, env_util
    from streamlit.testing.v1 import AppTest

    asked = []
    monkeypatch.setattr(env_util, "is_repl", lambda: asked.append(True) or False)
    for serving in (False, True):
        monkeypatch.setattr(delta_generator, "_use_warning_has_been_displayed", False)
        if serving:
            warm_up.served()
        AppTest.from_string("import streamlit as st\nst.write('halo')").run()
    assert asked == [True]  # asked once in the process that was not told it is served


def _must_not_run_again(query):
    @functools.wraps(query)  # the same module and name: the same cache entry as the original
    def computed_again(*_args):
        raise AssertionError(f"{query.__name__} was not in the cache")

    return computed_again


def test_the_warm_up_judges_the_latest_year_into_the_shared_caches(sample_db, monkeypatch):
    monkeypatch.setenv("KLA_DB", str(sample_db))
    state.clear_caches()
    warm_up.warm_up()
    assert not _judged_from_the_cache(monkeypatch).empty
    assert str(sample_db) in health._FINDINGS  # the integrity check has started
    status = state.load(queries.goal_status, state.load(queries.data_years)[-1])
    monkeypatch.setattr(status_bars, "status_bars", _must_not_run_again(status_bars.status_bars))
    summary = state.memo(overview.component_summary, status, "id")
    assert "kla-bars" in state.memo(status_bars.status_bars, summary, "id")  # the overview's chart, made already


def test_the_first_page_view_after_the_warm_up_computes_none_of_the_overview(sample_db, monkeypatch):
    monkeypatch.setenv("KLA_DB", str(sample_db))
    state.clear_caches()
    warm_up.warm_up()
    for module, name in [
        (queries, "goal_status"),
        (queries, "freshness_by_opd"),
        (queries, "root_region"),
        (scorecard, "city_scorecard"),
        (overview, "component_summary"),
        (status_bars, "status_bars"),
        (overview_page, "status_bars"),
        (goal_cards, "goal_cards"),
        (overview_page, "goal_cards"),
    ]:
        monkeypatch.setattr(module, name, _must_not_run_again(getattr(module, name)))
    app = dashboard_app()
    app.run()
    assert not app.exception, [e.message for e in app.exception]
    assert len(overview_cards(app)) == 6 and len(html_tables(app)) == 2  # the overview's cards and tables


def test_the_rest_of_the_warm_up_waits_for_the_first_page(sample_db, monkeypatch):
    monkeypatch.setenv("KLA_DB", str(sample_db))
    monkeypatch.setattr(warm_up, "FIRST_VISIT_WAIT_S", 60)
    state.clear_caches()
    first_done, rest_begun = threading.Event(), threading.Event()
    ready_the_first_page, ready_the_rest = warm_up._ready_the_first_page, warm_up._ready_the_rest
    monkeypatch.setattr(warm_up, "_ready_the_first_page", lambda: (ready_the_first_page(), first_done.set())[0])
    monkeypatch.setattr(warm_up, "_ready_the_rest", lambda path: (rest_begun.set(), ready_the_rest(path)))
    thread = warm_up.start()
    assert first_done.wait(60)
    assert not rest_begun.wait(0.5) and str(sample_db) not in health._FINDINGS
    warm_up.page_served()
    thread.join(60)
    assert rest_begun.is_set() and str(sample_db) in health._FINDINGS  # the integrity check has started


def test_without_the_warm_up_the_page_view_after_the_first_starts_the_integrity_check(sample_db, monkeypatch):
    """A server without the lifespan (or AppTest): the first page has the machine to itself, the
    next starts the check, and a later one shows what the check found."""
    with store.reading(sample_db) as con:
        archive = archived_file(con, con.execute("SELECT min(archive_path) FROM uploads").fetchone()[0])
    moved = archive.rename(archive.with_suffix(".dipindah"))  # the archive every copy shares: put back below
    try:
        monkeypatch.setenv("KLA_DB", str(sample_db))
        app = dashboard_app()
        app.run()
        assert str(sample_db) not in health._FINDINGS
        app.run()
        assert str(sample_db) in health._FINDINGS
        for _ in range(600):
            if health._FINDINGS[str(sample_db)] is not None:
                break
            time.sleep(0.1)
        app.run()
        assert any("tidak utuh" in error.value and "tidak ada" in error.value for error in app.error)
    finally:
        moved.rename(archive)


def test_a_failed_warm_up_is_only_logged(tmp_path, monkeypatch, capsys):
    damaged = tmp_path / "rusak.duckdb"
    damaged.write_bytes(b"bukan basis data" * 1000)
    monkeypatch.setenv("KLA_DB", str(damaged))
    state.clear_caches()
    warm_up.warm_up()  # does not raise
    assert "Persiapan server untuk pengunjung pertama gagal" in capsys.readouterr().err


def _judged_from_the_cache(monkeypatch) -> pd.DataFrame:
    """The latest year's scorecard, which must come from the shared cache (judging it again fails)."""
    latest = state.load(queries.data_years)[-1]
    monkeypatch.setattr(scorecard, "city_scorecard", _must_not_run_again(scorecard.city_scorecard))
    monkeypatch.setattr(queries, "goal_status", _must_not_run_again(queries.goal_status))
    assert not state.load(queries.goal_status, latest).empty
    return state.load_scorecard(latest)


def test_after_a_load_the_warm_up_judges_the_new_state(sample_db, monkeypatch, tmp_path):
    from loaders.ingest import ingest_file
    from tests.workbooks import write_workbook

    monkeypatch.setenv("KLA_DB", str(sample_db))
    state.clear_caches()
    warm_up.start().join(60)
    latest = state.load(queries.data_years)[-1]
    report = ingest_file(write_workbook(tmp_path / "baru.xlsx", [["KL-2A", latest, "Kota", "", 3]]), sample_db)
    assert report.upload_id is not None
    warm_up.start().join(60)
    card = _judged_from_the_cache(monkeypatch).set_index("code")
    assert card.loc["KL-2A", "value"] == 3  # the new state, not the one judged before the load


def test_the_overview_imports_no_table_styling():
    """pandas imports its Styler (with Jinja2, 0,07 s) only when a table is styled; the
    overview's first view styles none, so a first page needs not wait for it."""
    probe = "import sys, kla.ui.frame, kla.ui.overview_page; print('pandas.io.formats.style' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
