"""The user's choices (language, year) and cached reads of the database."""

from __future__ import annotations

import copy
import datetime as dt
import functools
import hashlib
import importlib
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import duckdb
import numpy as np
import pandas as pd
import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from kla import config, privacy, queries, scorecard, shared_cache, slides, store
from kla.shared_cache import SharedCache
from kla.text import LANGUAGES, t
from kla.ui.session import may_see_small_counts

Result = TypeVar("Result")


def db_path() -> Path:
    """The database file this app reads."""
    return config.database_path()


def database_stamp(path: Path) -> tuple[int, ...]:
    """Changes whenever the database file (or its write-ahead log) changes; looked at once per
    page run (:func:`kla.store.stamp_for_run`)."""
    return store.stamp_for_run(path, lambda: _file_stamp(path))


def _file_stamp(path: Path) -> tuple[int, ...]:
    parts = []
    for candidate in (path, path.with_name(path.name + ".wal")):
        if candidate.exists():
            info = candidate.stat()
            parts += [info.st_mtime_ns, info.st_size]
    return tuple(parts)


def _handed_out(result: Result) -> Result:
    """What a page gets of a cached result: one shared copy is kept per process (not one
    pickled and unpickled per read, which at province size costs seconds and doubles memory),
    and each page gets a shallow copy of a frame, which pandas copies on write, so nothing a
    page does reaches the cache; other results are copied outright (they are small)."""
    if isinstance(result, (pd.DataFrame, pd.Series)):
        return result.copy(deep=False)
    return copy.deepcopy(result)


PLAIN_TYPES = (str, int, float, bool, type(None), dt.date)


def plain_key(*parts: object) -> str:
    """One text that names ``parts`` exactly: texts, numbers (NumPy's too), truth values,
    None, dates, frames (by the digest of their pickle) and tuples of these. Anything else is
    refused with :class:`TypeError`, as its text might not tell two values apart.

    Streamlit hashes each argument of a cached function apart and walks into tuples, which
    costs 0,05 ms for a read's five arguments; one text costs 0,01 ms. The cached functions
    here are keyed by such a text and get their real arguments unhashed (``_``-named)."""
    return repr(_plain(parts))


def _plain(value: object) -> object:
    if value.__class__ is tuple:
        return tuple(map(_plain, value))
    numpy_number = isinstance(value, (np.integer, np.floating, np.bool_)) and not isinstance(value, np.timedelta64)
    if numpy_number:  # before the plain types: np.float64 is a float
        return value.item()
    if isinstance(value, PLAIN_TYPES):
        return value
    if isinstance(value, (pd.DataFrame, pd.Series)):
        return ("\0frame", _frame_digest(value).hex())
    raise TypeError(f"not a plain key part: {value!r}")


# What pages read and make, shared by every session (see kla.shared_cache); each key names the
# database's state, so a changed database is read again.
_READS = SharedCache(max_entries=512)
_PUBLIC_READS = SharedCache(max_entries=256)
_WORKED_OUT = SharedCache(max_entries=512)
_MADE_FROM = SharedCache(max_entries=256)


def clear_caches() -> None:
    """Forget everything cached in this process: Streamlit's caches, the shared ones, and
    which databases were brought up to date."""
    st.cache_data.clear()
    st.cache_resource.clear()
    shared_cache.clear_all()
    _UP_TO_DATE.clear()


def _read(query: Callable, path: str, args: tuple) -> object:
    with store.reading(path) as con:
        return query(con, *args)


def _read_for_public(query: Callable, path: str, stamp: tuple[int, ...], args: tuple) -> object:
    """The query's rows with the small counts hidden (:mod:`kla.privacy`), read and protected
    once and kept as such; the full rows are not kept for the public's sake."""
    return privacy.protect(_read(query, path, args), _hidden_cells(path=path, stamp=stamp))


@st.cache_resource(max_entries=4, ttl=3600, show_spinner=False)
def _hidden_cells(path: str, stamp: tuple[int, ...]) -> pd.DataFrame:
    """The cells hidden from the public (:func:`kla.privacy.hidden_cells`), read once per state
    of the database rather than once per query."""
    with store.reading(path) as con:
        return privacy.hidden_cells(con)


def load(query: Callable[..., Result], *args: object) -> Result:
    """Run ``query`` (a query function of :mod:`kla.queries` or :mod:`kla.budget`) with
    ``args``, cached until the database changes. While an upload holds the database, the
    page says so and stops.

    Values of kecamatan and desa (:data:`kla.privacy.PROTECTED_QUERIES`) reach a viewer who
    is not signed in with small counts of sensitive measures hidden: the full result and the
    protected one are cached apart, so neither can reach the other's viewers."""
    return _handed_out(_kept(query, args))


def _kept(query: Callable[..., Result], args: tuple) -> Result:
    """The cached result of :func:`load` itself, shared by every caller (not a copy)."""
    path = db_path()
    stamp = database_stamp(path)
    key = plain_key(_named(query), str(path), stamp, args)
    try:
        if query in privacy.PROTECTED_QUERIES and not may_see_small_counts():
            return _PUBLIC_READS.get_or_make(key, lambda: _read_for_public(query, str(path), stamp, args))
        return _READS.get_or_make(key, lambda: _read(query, str(path), args))
    except store.DatabaseBusy:
        st.info(t("database_busy", language()))
        st.stop()


def load_scorecard(year: int) -> pd.DataFrame:
    """Every measure judged by the progress method for ``year`` (see :mod:`kla.scorecard`)."""
    return load(scorecard.city_scorecard, year)


def load_deck(year: int, lang: str) -> slides.Deck:
    """The meeting deck for ``year`` in ``lang`` (see :mod:`kla.slides`), made today; its
    small counts hidden unless the viewer is signed in. The deck is shared, not copied
    (copying it took 25 ms of every presenter run): its slides are frozen, and neither the
    page nor the deck files change their tables or figures."""
    return _kept(slides.build_deck, (year, lang, dt.date.today(), may_see_small_counts()))


def language() -> str:
    """The chosen interface language: ``id`` (default) or ``en``."""
    return st.session_state.get("lang", "id")


def language_picker(place=st.sidebar) -> str:
    """The language choice (in the sidebar unless ``place`` says otherwise); returns it."""
    place.radio(
        "Bahasa",
        options=list(LANGUAGES),
        format_func=LANGUAGES.get,
        key="lang",
        horizontal=True,
        label_visibility="collapsed",
    )
    return language()


def year_picker(lang: str, place=st.sidebar) -> int:
    """The year choice, in the sidebar unless ``place`` says otherwise (latest year with data
    by default)."""
    years = load(queries.data_years)
    if not years:
        st.info(t("no_data_loaded", lang))
        st.stop()
    if "year" in st.session_state and st.session_state["year"] not in years:
        del st.session_state["year"]
    linked = _year_from_link(years)
    if linked is not None:
        st.session_state["year"] = linked  # a shared link (?tahun=2024) opens on its year
    place.selectbox(t("sidebar_year", lang), options=years[::-1], key="year")
    in_address("tahun", str(selected_year()))
    return selected_year()


def in_address(param: str, value: str) -> None:
    """Write ``param=value`` into the page's address, so the view can be shared; a value the
    address holds already is not sent to the browser again."""
    if st.query_params.get(param) != value:
        st.query_params[param] = value


def _year_from_link(years: list[int]) -> int | None:
    """The year in the address (``?tahun=2024``) the first time a session sees it."""
    text = st.query_params.get("tahun")
    if not text or st.session_state.get("_linked_year") == text:
        return None
    st.session_state["_linked_year"] = text
    return int(text) if text.isdigit() and int(text) in years else None


def selected_year() -> int:
    """The year chosen in the sidebar (the latest year with data until one is chosen)."""
    chosen = st.session_state.get("year")
    return chosen if chosen is not None else load(queries.data_years)[-1]


_UP_TO_DATE: set[str] = set()  # the database files this process has brought up to date


def brought_up_to_date(path: str) -> bool:
    """Migrate the database to this version's schema, once per process and file; a current
    one is only read (opening it for writing would wait for, and hold up, other writers).

    Remembered in a plain set, not Streamlit's resource cache, whose look-up cost 0,3 ms of
    every page run. Two first visits at once may both look; the second finds it current."""
    if path not in _UP_TO_DATE:
        if not store.is_current(path):
            with store.writing(path):
                pass
        _UP_TO_DATE.add(path)
    return True


def require_database(lang: str) -> None:
    """Stop the page with a plain message when there is no database yet; bring an older
    database's schema up to date before the first read."""
    if not db_path().exists():
        st.error(t("no_database", lang, path=db_path()))
        st.stop()
    try:
        brought_up_to_date(str(db_path()))
    except store.DatabaseBusy:
        st.info(t("database_busy", lang))
        st.stop()
    except duckdb.Error as error:  # a file too damaged to open: say so, and what to do
        st.error(t("integrity_file_unreadable", lang, path=db_path(), error=str(error)[:300]))
        st.info(t("fix_restore_or_rebuild", lang))
        st.stop()


def through_entry() -> None:
    """Make sure the page runs inside ``dashboard.py``'s navigation.

    Where the legacy ``pages/`` folder mode is still on (Streamlit's AppTest turns it on
    before every run; a server started without ``dashboard.app``'s lifespan, see
    :func:`kla.ui.warm_up.navigation_only`), a deep-linked page (``/wilayah``) would run on
    its own, without the entry script's sidebar. Every page calls this first: it switches
    that legacy mode off and reruns, so the entry script runs and opens the same page.
    """
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def _frame_digest(frame: pd.DataFrame | pd.Series) -> bytes:
    """A frame's identity for the figure cache: the digest of its pickle (25 times faster than
    Streamlit's own frame hashing, which dominated warm page runs). Equal digests mean equal
    frames; equal frames stored differently only cost a second build."""
    return hashlib.blake2b(pickle.dumps(frame, protocol=5), digest_size=16).digest()


@functools.cache
def cached_data(function: Callable[..., Result], max_entries: int) -> Callable[..., Result]:
    """``function`` behind ``st.cache_data`` (each caller gets its own copy of a result), the
    wrapper made once per process. A page script that wraps a function itself does so on
    every run, and Streamlit reads the function's source each time to name its cache."""
    return st.cache_data(max_entries=max_entries, show_spinner=False)(function)


@st.cache_resource(
    max_entries=2048,
    ttl=3600,
    show_spinner=False,
    hash_funcs={pd.DataFrame: _frame_digest, pd.Series: _frame_digest},
)
def _cached_built(module: str, name: str, args: tuple, options: tuple) -> object:
    return getattr(importlib.import_module(module), name)(*args, **dict(options))


def memo(builder: Callable[..., Result], *args: object, **options: object) -> Result:
    """``builder(*args, **options)`` (a figure or table function of :mod:`kla`), made once per
    process for the same arguments and shared: pages hand it straight to a chart or table and
    never change it."""
    return _cached_built(
        module=builder.__module__, name=builder.__name__, args=args, options=tuple(sorted(options.items()))
    )


def _named(function: Callable) -> tuple[str, ...]:
    """A function's module and name, and its file when its module is a page script's (they
    all are ``__main__``)."""
    if function.__module__ != "__main__":
        return function.__module__, function.__qualname__
    return function.__module__, function.__qualname__, getattr(getattr(function, "__code__", None), "co_filename", "")


def made_from(
    builder: Callable[..., Result], query: Callable, query_args: tuple, *args: object, **options: object
) -> Result:
    """``builder(load(query, *query_args), *args, **options)``, made once per state of the
    database and shared like :func:`memo`. The query's rows are known by the query and its
    arguments (and by whether the viewer sees small counts), so a large result (a province's
    280.000 values of one measure) is not hashed on every run to find what was made from it."""
    public = query in privacy.PROTECTED_QUERIES and not may_see_small_counts()
    key = plain_key(
        _named(builder),
        _named(query),
        str(db_path()),
        database_stamp(db_path()),
        public,
        query_args,
        args,
        tuple(sorted(options.items())),
    )
    # The key names the database's state and whether the viewer is public: load() hides small
    # counts from the same viewers.
    return _MADE_FROM.get_or_make(key, lambda: builder(load(query, *query_args), *args, **options))


def module_level(function: Callable) -> tuple[str, ...]:
    """:func:`_named` of a named module-level function without default values; anything else
    is refused (:class:`TypeError`): a lambda, a function made inside another or one with
    default values could share its module and name with a different one."""
    if (
        getattr(function, "__code__", None) is None
        or "<" in function.__qualname__
        or function.__closure__
        or function.__defaults__
        or function.__kwdefaults__
    ):
        raise TypeError(f"needs a named module-level function without defaults, not {function!r}")
    return _named(function)


def worked_out(builder: Callable[..., Result], *keys: object) -> Result:
    """``builder(*keys)``: what a page works out from its reads (with :func:`load`) and a few
    plain ``keys`` (a year, an agency's code), once per state of the database, language and
    viewer (signed in or not), and shared like :func:`memo`. ``builder`` is a named
    module-level function (see :func:`module_level`) that draws nothing; a page's choices and
    buttons then cost no pandas work on a warm run."""
    return _WORKED_OUT.get_or_make(viewer_key(builder, keys), lambda: builder(*keys))


def viewer_key(function: Callable, keys: tuple) -> str:
    """The key of what the named module-level ``function`` makes of ``keys`` for this viewer:
    with the database's state, whether the viewer is public, and the language."""
    path = db_path()
    public = not may_see_small_counts()
    return plain_key(module_level(function), str(path), database_stamp(path), public, language(), keys)
