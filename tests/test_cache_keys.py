"""The keys of the cached reads, parts and worked-out values (:func:`kla.ui.state.plain_key`):
one text that tells apart what Python tells apart, or a refusal."""

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from kla.ui.state import plain_key


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
