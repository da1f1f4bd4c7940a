"""Page parts drawn once and then replayed.

A warm page run spent most of its time making the same elements again: Plotly turning
figures into JSON, pandas styling tables, Streamlit hashing the arguments of cached reads.
A part of a page that holds no widget (titles, texts, metrics, charts, tables without their
download buttons) depends only on the database, the viewer's language, whether the viewer
sees small counts, and a few choices. :func:`drawn_once` draws such a part the first time
and, for the same of all these, replays its elements after that (Streamlit keeps the
elements a cached function drew and sends them again on a hit). Widgets stay outside: a
cached function may not hold one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import streamlit as st

from kla.ui.state import viewer_key


# A page's parts come to at most ~200 kB of elements at province size (Indikator), so the
# kept parts stay within ~100 MB.
@st.cache_resource(max_entries=512, ttl=3600, show_spinner=False)
def _drawn(key: str, _draw: Callable[..., None], _keys: tuple, _given: dict[str, object]) -> None:
    # The key names the part, the database's state, the viewer, the language and ``_keys``;
    # only ``_keys`` and ``_given`` reach the part (it reads the rest itself).
    _draw(*_keys, **_given)


def drawn_once(draw: Callable[..., None], *keys: object, **given: object) -> None:
    """Draw ``draw(*keys, **given)``, a page part without widgets, once per state of the
    database, language, viewer (signed in or not) and ``keys``; replay it after that.

    ``draw`` is known by its module and name (and its file, for a page script's function,
    made anew on every run), so it must be a named function at the top of its module: a
    lambda, a function made inside another or one with default values could share its name
    with a different one, and is refused (:class:`TypeError`). ``keys`` are small plain values
    (see :func:`kla.ui.state.plain_key`) that, with those, decide everything the part shows
    (a cluster's code, the year). ``given`` are values
    passed on without being compared (a frame the page has at hand anyway): the caller vouches
    that the keys decide them.
    """
    _drawn(key=viewer_key(draw, keys), _draw=draw, _keys=keys, _given=given)


def file_stamps(*paths: Path) -> tuple[tuple[object, ...], ...]:
    """What changes when one of the files at ``paths`` changes (its time and size): a key for
    a part that shows what such a file says (the predicate bands, the weights)."""
    stamps = []
    for path in paths:
        info = path.stat() if path.exists() else None
        stamps.append((str(path), info.st_mtime_ns, info.st_size) if info else (str(path),))
    return tuple(stamps)
