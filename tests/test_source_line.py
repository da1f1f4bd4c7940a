"""The source line under every chart (kla.sources.source_line): each source and year counted
once, in the order first seen, whether given as a list or as a whole column."""

import pandas as pd

from kla.sources import MAX_SOURCES_NAMED, source_line


def test_a_column_and_a_list_give_the_same_line():
    sources = ["e-PPGBM", "SSGI", "e-PPGBM", None, "", "SSGI"] * 1000
    years = [2023, 2025, 2024, 2023, 2025, 2024] * 1000
    goals = pd.Series(["RPJMD", None, "RPJMD"], dtype="string")
    as_column = source_line(pd.Series(sources, dtype="string"), pd.Series(years), True, "id", goals)
    assert as_column == source_line(sources, years, True, "id", ["RPJMD"])
    assert as_column.startswith("Sumber: e-PPGBM; SSGI. Tahun data: 2023–2025.")
    assert "RPJMD" in as_column and "Data contoh" in as_column


def test_many_sources_are_counted_not_all_named():
    sources = [f"Sumber {number}" for number in range(MAX_SOURCES_NAMED + 3)]
    line = source_line(pd.Series(sources), [2025], False, "id")
    assert "Sumber 3" in line and f"Sumber {MAX_SOURCES_NAMED}" not in line and "3" in line


def test_nothing_known_is_said_plainly():
    assert source_line(pd.Series([], dtype="string"), [], False, "id").startswith("Sumber: –. Tahun data: –.")
