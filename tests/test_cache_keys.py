"""The keys of the cached reads, parts and worked-out values (:func:`kla.ui.state.plain_key`),
and :func:`kla.ui.state.worked_out`: made once per key and state, again when either changes."""

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from kla import store
from kla.ui.state import plain_key
from kla.users import User

WORKED: list[tuple[str, ...]] = []

SCRIPT = """
import streamlit as st
from kla.ui.state import worked_out
from tests.test_cache_keys import counted_value
st.markdown(worked_out(counted_value, st.session_state.get("key", "a")))
"""


def counted_value(key: str) -> str:
    """A value that notes every time it is really worked out."""
    from kla import queries
    from kla.ui.session import may_see_small_counts
    from kla.ui.state import language, load

    WORKED.append((key, language(), str(may_see_small_counts())))
    return f"{key}: {len(load(queries.measures))} ukuran"


def test_a_plain_key_tells_apart_what_python_tells_apart():
    parts = [1, True, "1", 1.0, None, (1,), ("1",), dt.date(2025, 1, 1), "2025-01-01", (1, (2, "a"))]
    keys = [plain_key(part) for part in parts]
    assert len(set(keys)) == len(parts)
    assert plain_key(np.int64(3), np.float64(0.5)) == plain_key(3, 0.5)  # NumPy's numbers as Python's
    assert plain_key("a", "b") != plain_key("a, 'b'")


def test_a_plain_key_names_frames_by_their_content():
    frame = pd.DataFrame({"kode": ["III-13A"], "nilai": [10.3]})
    assert plain_key(frame) == plain_key(frame.copy())
    assert plain_key(frame) != plain_key(frame.assign(nilai=10.4))
    assert plain_key(frame["nilai"]) != plain_key(frame)


@pytest.mark.parametrize(
    "part", [[1, 2], {"a": 1}, {1}, object(), Path("data"), np.datetime64("2025-01-01"), np.timedelta64(1, "D")]
)
def test_a_plain_key_refuses_what_its_text_might_not_tell_apart(part):
    with pytest.raises(TypeError, match="not a plain key part"):
        plain_key("ok", (part,))


def _app(db: Path, monkeypatch) -> AppTest:
    monkeypatch.setenv("KLA_DB", str(db))
    st.cache_resource.clear()
    WORKED.clear()
    app = AppTest.from_string(SCRIPT, default_timeout=30)
    app.run()
    assert not app.exception, [error.message for error in app.exception]
    return app


def test_a_value_is_worked_out_once_per_key_language_and_viewer(sample_db, monkeypatch):
    app = _app(sample_db, monkeypatch)
    app.run()
    app.session_state["key"] = "b"
    app.run()
    app.run()
    app.session_state["lang"] = "en"
    app.run()
    app.session_state["kla_user"] = User("dinkes1", "analis", ("DINKES",))
    app.run()
    assert app.markdown[0].value.startswith("b: ")
    assert WORKED == [("a", "id", "False"), ("b", "id", "False"), ("b", "en", "False"), ("b", "en", "True")]


def test_a_value_is_worked_out_again_once_the_database_changed(sample_db, monkeypatch):
    app = _app(sample_db, monkeypatch)
    with store.writing(sample_db) as con:
        con.execute("CHECKPOINT")
        con.execute("CREATE TABLE catatan_uji_nilai (isi VARCHAR)")
    app.run()
    app.run()
    assert WORKED == [("a", "id", "False"), ("a", "id", "False")]


def test_only_named_module_functions_are_worked_out(sample_db, monkeypatch):
    from kla.ui.state import worked_out

    monkeypatch.setenv("KLA_DB", str(sample_db))
    with pytest.raises(TypeError, match="module-level function"):
        worked_out(lambda: 1)
