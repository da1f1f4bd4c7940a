"""Observations held column by column: the frame built from them and the rows picked by pairs
must be exactly what the plain ways (``pd.DataFrame``, a walk over the rows) give."""

import random

import pandas as pd
import pytest

from loaders.observation_table import rows_by_first_where
from loaders.sheet_result import SheetResult


@pytest.mark.parametrize(
    "columns",
    [
        {
            "code": ["I-4A", "I-5"],
            "year": [2024, 2023],
            "value": [96.5, 3],
            "note": [None, None],
            "source": ["a", None],
        },
        {"code": [], "value": []},
        {"mixed": ["teks", 12], "value": [1.0, 2.0]},  # text beside a number: left to pandas
    ],
)
def test_the_frame_of_columns_is_what_pandas_builds(columns):
    result = SheetResult(table=columns)
    frame = result.frame(list(columns))
    expected = pd.DataFrame(columns)
    pd.testing.assert_frame_equal(frame, expected)
    assert frame.dtypes.to_dict() == expected.dtypes.to_dict()


def test_rows_are_picked_by_their_pair_as_a_walk_over_the_rows_picks_them():
    random.seed(5)
    firsts = ["V-22", "I-4A"] + [random.choice(["I-4A", "V-22", "III-13A"]) for _ in range(500)]
    seconds = ["35.79", "35.79.01"] + [
        random.choice(["35.79", "35.79.01", "35.79.01.2001", "35.79.02"]) for _ in range(500)
    ]

    def deep(code: str, region: str) -> bool:
        return region.count(".") > {"I-4A": 1, "V-22": 2, "III-13A": 3}[code]

    walked: dict[str, list[int]] = {}
    for index, (code, region) in enumerate(zip(firsts, seconds)):
        if deep(code, region):
            walked.setdefault(code, []).append(index)
    picked = rows_by_first_where(firsts, seconds, deep)
    assert list(picked.items()) == list(walked.items()) and "III-13A" not in picked
    assert rows_by_first_where([], [], deep) == {}
