"""Clean rows are read column by column, every other row one by one: the outcome must be
exactly what reading every row one by one gives, problems, cells and order included."""

import pandas as pd
import pytest

from loaders import rows as rows_module
from loaders.fast_rows import CleanRows
from loaders.ingest import ingest_file, validate
from tests.workbooks import Percent, write_workbook

HEADER = ["no", "kode_indikator", "tahun", "kecamatan", "desa", "jenis_kelamin", "nilai", "pembilang", "penyebut"]
MIXED = [
    [1, "I-4A", 2024, "Batu", "", "L", 96.5, None, None],
    [2, "i - 4a", "2023", "", "Desa Punten", "P", "97,5", None, None],
    [3, "I-4A", 2022, "Junrejo", "Pesanggrahan", "L", 90, None, None],  # desa of another kecamatan
    [4, "II-8A", 2024, "Bumiaji", "", "", 1234, None, None],
    [5, "I-4A", 2024, "Bumiaji", "", "L", 120, None, None],  # above 100%
    [6, "XX-1", 2024, "Batu", "", "", 5, None, None],  # unknown code
    [7, "I-4A", 2021, "Batu", "", "L", None, 40, 50],  # computed from its parts
    [8, "I-4A", 2020, "Batu", "", "", Percent(0.968), None, None],
    [None, None, None, None, None, None, None, None, None],
    [9, "I-4A", 1999, "Bumiaji", "", "L", 50, None, None],  # year out of range
    [10, "V-22", 2024, "", "Punten", "L", 3, None, None],  # a desa value of a measure kept by kecamatan?
    [11, "I-4A", 2019, "Batuu", "", "L", 50, None, None],  # unknown region, with a suggestion
    [12, "I-4A", 2024, "Batu", "", "L", 96.5, None, None],  # same again: not a duplicate error
    [13, "I-4A", 2024, "Batu", "", "L", 95, None, None],  # same identity, other value: duplicate
    [14, "I-4A", 2018, "Batu", "", "X", -1, None, None],
    [15, "III-S1", 2024, "Batu", "", "", True, None, None],
    [16, "I-4A", 2017, "Batu", "", "L", "-", None, None],  # missing value
    [17, "KL-1", 2023, "", "", "", 1, None, None],  # yes/no: 1
    [18, "KL-1", 2022, "", "", "", 2, None, None],  # yes/no: neither 0 nor 1
    [19, "I-4A", 2016, "Batu", "", "L", 100, None, None],  # the highest percentage
]


def _one_by_one(monkeypatch):
    monkeypatch.setattr(
        rows_module,
        "read_clean_rows",
        lambda reader, sheet, header: CleanRows(others=list(range(header.row + 1, len(sheet.rows)))),
    )


def _outcome(path, db, lang):
    from kla import store
    from loaders.ingest import _readers

    with store.scratch() as con:
        report, frame = validate(path, _readers(con, lang, None))
    return report, frame


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_mixed_sheet_reads_the_same_both_ways(tmp_path, empty_db, monkeypatch, lang):
    path = write_workbook(tmp_path / "campur.xlsx", MIXED, header=HEADER)
    fast_report, fast_frame = _outcome(path, empty_db, lang)
    _one_by_one(monkeypatch)
    slow_report, slow_frame = _outcome(path, empty_db, lang)
    assert fast_report == slow_report
    assert fast_report.errors and fast_report.warnings
    pd.testing.assert_frame_equal(fast_frame, slow_frame)


def test_a_clean_sheet_loads_the_same_both_ways(tmp_path, monkeypatch):
    from kla import store

    clean = [
        ["I-4A", year, region, sex, 90 + year % 7, None, None, "SSGI" if year % 2 else "SIAK"]
        for year in range(2010, 2026)
        for region in ("Batu", "Junrejo", "Punten", "35.79")
        for sex in ("L", "P", "")
    ]
    path = write_workbook(tmp_path / "bersih.xlsx", clean)
    tables = []
    for one_by_one in (False, True):
        if one_by_one:
            _one_by_one(monkeypatch)
        db = tmp_path / f"{one_by_one}.duckdb"
        report = ingest_file(path, db)
        assert report.status == "accepted", report.errors
        with store.reading(db) as con:
            tables.append(con.execute("SELECT * EXCLUDE (upload_id) FROM observations ORDER BY ALL").df())
        tables.append(report.warnings)
    pd.testing.assert_frame_equal(tables[0], tables[2])
    assert tables[1] == tables[3]
