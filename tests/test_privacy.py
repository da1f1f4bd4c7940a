"""The privacy rule (kla.privacy): small counts of sensitive measures hidden below the city,
and no total that gives a hidden value back."""

from __future__ import annotations

import pandas as pd
import pytest

from kla import privacy, queries, store
from tests import privacy_case

# A city with three kecamatan; K1 has three desa, K2 two.
REGIONS = pd.DataFrame(
    [
        ("C", "kota", None),
        ("K1", "kecamatan", "C"),
        ("K2", "kecamatan", "C"),
        ("K3", "kecamatan", "C"),
        ("D11", "desa", "K1"),
        ("D12", "desa", "K1"),
        ("D13", "kelurahan", "K1"),
        ("D21", "desa", "K2"),
        ("D22", "desa", "K2"),
    ],
    columns=["code", "level", "parent_code"],
)
MEASURES = pd.DataFrame(
    [("CASES", "jumlah", True), ("SERVED", "persen", True), ("PLAYGROUNDS", "jumlah", False)],
    columns=["code", "unit", "sensitive"],
)


def _values(cells: dict[str, float], code: str = "CASES", sex: str = "L+P", kind: str = "administrasi") -> list[dict]:
    return [
        {"indicator_code": code, "year": 2024, "region_code": region, "sex": sex, "source_kind": kind, "value": value}
        for region, value in cells.items()
    ]


def _suppressed(rows: list[dict]) -> pd.DataFrame:
    return privacy.suppress(pd.DataFrame(rows), MEASURES, REGIONS)


def _hidden(result: pd.DataFrame) -> set[tuple[str, str]]:
    return {(row.region_code, row.sex) for row in result.itertuples() if row.hidden}


def _recoverable(original: pd.DataFrame, result: pd.DataFrame, regions: pd.DataFrame) -> list[tuple]:
    """Hidden cells that a total gives back: every other cell of one of its sums is visible."""
    parents = dict(zip(regions["code"], regions["parent_code"]))
    full = original.reset_index(drop=True).assign(hidden=result["hidden"].to_numpy())
    full["parent_code"] = full["region_code"].map(parents)
    cells = {(r.indicator_code, r.year, r.region_code, r.sex, r.source_kind): r for r in full.itertuples()}
    found = []
    for key, cell in cells.items():
        if not cell.hidden:
            continue
        code, year, region, sex, kind = key
        sums = []
        if pd.notna(cell.parent_code):  # the parent and the siblings
            siblings = full[
                (full["indicator_code"] == code)
                & (full["year"] == year)
                & (full["sex"] == sex)
                & (full["source_kind"] == kind)
                & (full["parent_code"] == cell.parent_code)
            ]
            sums.append((cells.get((code, year, cell.parent_code, sex, kind)), siblings))
        if sex in ("L", "P"):  # L+P and the other sex
            other = full[
                (full["indicator_code"] == code)
                & (full["year"] == year)
                & (full["region_code"] == region)
                & (full["source_kind"] == kind)
                & full["sex"].isin(("L", "P"))
            ]
            sums.append((cells.get((code, year, region, "L+P", kind)), other))
        for total, parts in sums:
            others = parts[parts.index != cell.Index]
            if total is None or total.hidden or others["hidden"].any():
                continue
            if total.value - others["value"].sum() == cell.value:
                found.append(key)
    return found


@pytest.mark.parametrize("count", [0, 1, 2, 3, 4, 5, 6])
def test_counts_below_five_are_hidden_and_five_is_shown(count):
    result = _suppressed(_values({"C": 100, "K1": 40 + count, "K2": 30, "K3": 30 - count, "D11": count, "D12": 20}))
    row = result.set_index("region_code").loc["D11"]
    assert bool(row["hidden"]) == (count < 5)
    if count < 5:
        assert pd.isna(row["value"])
    else:
        assert row["value"] == count


@pytest.mark.parametrize(
    ("numerator", "denominator", "hidden"),
    [(4, 40, True), (5, 40, False), (3, 4, True), (0, 12, True), (12, 12, False), (None, None, False)],
)
def test_rates_are_hidden_by_their_numerator_or_denominator(numerator, denominator, hidden):
    rows = _values({"K1": 50.0, "K2": 80.0, "K3": 70.0}, code="SERVED")
    rows[0] |= {"numerator": numerator, "denominator": denominator}
    rows[1] |= {"numerator": 40, "denominator": 50}
    rows[2] |= {"numerator": 35, "denominator": 50}
    result = _suppressed(rows).set_index("region_code")
    assert bool(result.loc["K1", "hidden"]) == hidden
    if hidden:  # the numbers go, the row stays
        assert result.loc["K1", ["value", "numerator", "denominator"]].isna().all()
        assert result.loc["K3", "hidden"] and not result.loc["K2", "hidden"]  # the smaller numerator goes too


def test_the_city_is_never_hidden():
    result = _suppressed(_values({"C": 3, "K1": 2, "K2": 1}) + _values({"C": 1}, sex="L"))
    assert _hidden(result) == {("K1", "L+P"), ("K2", "L+P")}
    assert list(result[result["region_code"] == "C"]["value"]) == [3, 1]


def test_measures_not_flagged_sensitive_are_never_hidden():
    result = _suppressed(_values({"C": 9, "K1": 1, "K2": 0, "D11": 1, "D12": 0}, code="PLAYGROUNDS"))
    assert not result["hidden"].any() and list(result["value"]) == [9, 1, 0, 1, 0]


def test_one_hidden_desa_takes_the_smallest_other_desa_with_it():
    original = pd.DataFrame(_values({"C": 60, "K1": 20, "K2": 20, "K3": 20, "D11": 3, "D12": 9, "D13": 8}))
    result = privacy.suppress(original, MEASURES, REGIONS)
    assert _hidden(result) == {("D11", "L+P"), ("D13", "L+P")}  # 8 is smaller than 9
    assert _recoverable(original, result, REGIONS) == []
    naive = original.assign(hidden=original["value"] < 5)  # what hiding only the small count would leave
    assert _recoverable(original, naive, REGIONS) == [("CASES", 2024, "D11", "L+P", "administrasi")]


def test_one_hidden_kecamatan_takes_the_smallest_other_kecamatan_with_it():
    original = pd.DataFrame(_values({"C": 40, "K1": 4, "K2": 16, "K3": 20}))
    result = privacy.suppress(original, MEASURES, REGIONS)
    assert _hidden(result) == {("K1", "L+P"), ("K2", "L+P")}
    assert _recoverable(original, result, REGIONS) == []


def test_two_hidden_desa_need_nothing_more():
    result = _suppressed(_values({"K1": 25, "D11": 2, "D12": 4, "D13": 19}))
    assert _hidden(result) == {("D11", "L+P"), ("D12", "L+P")}


def test_a_group_whose_total_is_hidden_needs_nothing_more():
    # K1 is below 5, so K2 is hidden with it; D21 is the only small desa of K2, but K2 is hidden too.
    original = pd.DataFrame(_values({"C": 60, "K1": 3, "K2": 27, "K3": 30, "D21": 4, "D22": 23}))
    result = privacy.suppress(original, MEASURES, REGIONS)
    assert _hidden(result) == {("K1", "L+P"), ("K2", "L+P"), ("D21", "L+P")}
    assert _recoverable(original, result, REGIONS) == []


def test_a_hidden_total_whose_parts_are_all_shown_takes_one_part_with_it():
    original = pd.DataFrame(_values({"K1": 3, "D11": 6, "D12": 7}))  # inconsistent data: parts add up to more
    result = privacy.suppress(original, MEASURES, REGIONS)
    assert _hidden(result) == {("K1", "L+P"), ("D11", "L+P")}


def test_a_hidden_sex_takes_the_other_sex_with_it_while_both_sexes_are_shown():
    rows = _values({"K1": 12}) + _values({"K1": 9}, sex="L") + _values({"K1": 3}, sex="P")
    original = pd.DataFrame(rows)
    result = privacy.suppress(original, MEASURES, REGIONS)
    assert _hidden(result) == {("K1", "L"), ("K1", "P")}
    assert _recoverable(original, result, REGIONS) == []


def test_suppression_runs_until_no_sum_gives_a_value_back():
    # Junrejo's small L and P take Bumiaji's L (kecamatan of the city); Bumiaji's small P is then
    # hidden with both other cells of its L+P sum: see tests/privacy_case.py.
    rows = [
        {"indicator_code": "CASES", "year": 2024, "region_code": region, "sex": sex, "source_kind": "administrasi"}
        | {"value": value}
        for (region, sex), value in privacy_case.VALUES.items()
    ]
    regions = pd.DataFrame(
        [("35.79", "kota", None)]
        + [(code, "kecamatan", "35.79") for code in (privacy_case.BATU, privacy_case.BUMIAJI, privacy_case.JUNREJO)]
        + [(code, "desa", code[:8]) for code, _ in privacy_case.VALUES if len(code) > 8],
        columns=["code", "level", "parent_code"],
    )
    original = pd.DataFrame(rows)
    result = privacy.suppress(original, MEASURES, regions)
    assert _hidden(result) == privacy_case.HIDDEN
    assert _recoverable(original, result, regions) == []


def test_survey_and_administrative_series_are_separate_sums():
    rows = _values({"C": 30, "K1": 3, "K2": 12, "K3": 15}) + _values({"C": 30, "K1": 10, "K2": 8}, kind="survei")
    result = _suppressed(rows)
    assert {(r.region_code, r.source_kind) for r in result.itertuples() if r.hidden} == {
        ("K1", "administrasi"),
        ("K2", "administrasi"),
    }


def test_a_partial_frame_gets_the_decision_of_the_complete_one():
    complete = pd.DataFrame(_values({"C": 60, "K1": 20, "K2": 20, "K3": 20, "D11": 3, "D12": 9, "D13": 8}))
    hidden = privacy.suppress(complete, MEASURES, REGIONS)
    hidden = hidden.loc[hidden["hidden"], privacy.KEY]
    one_desa = complete[complete["region_code"] == "D13"].assign(region_name="Desa 13")
    assert not privacy.suppress(one_desa, MEASURES, REGIONS)["hidden"].any()  # alone, 8 looks harmless
    protected = privacy.protect(one_desa, hidden)
    assert protected["hidden"].tolist() == [True] and protected["value"].isna().all()
    assert protected["region_name"].tolist() == ["Desa 13"]  # the rest of the row stays
    assert one_desa["value"].tolist() == [8]  # the query's own frame is not changed


def test_display_helpers_write_hidden_values_as_less_than_five():
    assert privacy.value_text(None, "jumlah", "id", hidden=True) == "<5"
    assert privacy.value_text(12.0, "persen", "en") == "12.0%"
    assert privacy.number_text(1234.0, 0, "id") == "1.234"
    assert privacy.writes_hidden(pd.DataFrame({"x": ["3", "<5 (2024)"]}))
    assert not privacy.writes_hidden(pd.DataFrame({"x": ["3", "5"], "y": [1, 2]}))
    assert not privacy.any_hidden(pd.DataFrame({"value": [1.0]}))


def test_the_sample_database_hides_small_counts_of_boys_and_girls_by_kecamatan(sample_db_master):
    with store.reading(sample_db_master) as con:
        hidden = privacy.hidden_cells(con)
        everything = privacy.sensitive_values(con)
        result = privacy.suppress(everything, queries.measures(con), queries.region_tree(con))
        regions = queries.region_tree(con)
    assert set(hidden["indicator_code"]) == {"V-21B"} and set(hidden["year"]) == {2018, 2019, 2020, 2021}
    assert set(hidden["sex"]) == {"L", "P"}  # both sexes together are never below 5 in the sample
    assert _recoverable(everything, result, regions) == []


def test_the_database_case_hides_what_its_description_says(sample_db_master, tmp_path):
    db = privacy_case.build(sample_db_master, tmp_path)
    with store.reading(db) as con:
        hidden = privacy.hidden_cells(con)
        everything = privacy.sensitive_values(con)
        result = privacy.suppress(everything, queries.measures(con), queries.region_tree(con))
        regions = queries.region_tree(con)
    in_2024 = {(row.region_code, row.sex) for row in hidden.itertuples() if row.year == privacy_case.YEAR}
    assert in_2024 == privacy_case.HIDDEN
    assert _recoverable(everything, result, regions) == []


def test_the_kept_decision_follows_every_upload_and_undo(sample_db, tmp_path):
    from kla import uploads
    from loaders.ingest import ingest_file
    from tests.workbooks import write_workbook

    def kept_and_fresh() -> tuple[set, set]:
        with store.reading(sample_db) as con:
            kept = set(privacy.hidden_cells(con).itertuples(index=False, name=None))
            fresh = set(privacy.decide(con).itertuples(index=False, name=None))
        return kept, fresh

    kept, fresh = kept_and_fresh()
    assert kept == fresh and kept
    rows = [["V-21B", 2024, "Desa Temas", "", 2], ["V-21B", 2024, "Desa Ngaglik", "", 7]]
    report = ingest_file(write_workbook(tmp_path / "kasus.xlsx", rows), sample_db)
    after_upload, fresh = kept_and_fresh()
    assert after_upload == fresh and after_upload > kept
    with store.writing(sample_db) as con:
        uploads.undo_upload(con, report.upload_id)
    assert kept_and_fresh()[0] == kept


def test_a_database_from_before_gets_the_decision_when_opened(sample_db):
    with store.writing(sample_db) as con:
        expected = set(privacy.hidden_cells(con).itertuples(index=False, name=None))
        con.execute("DELETE FROM hidden_cells")
        con.execute("DELETE FROM schema_version WHERE version = 6")
        con.execute("DROP TABLE hidden_cells")
    with store.writing(sample_db) as con:
        assert set(privacy.hidden_cells(con).itertuples(index=False, name=None)) == expected


def test_an_upload_or_undo_decides_again_only_the_blocks_it_touched(sample_db, tmp_path, monkeypatch):
    """A few desa uploaded into a province database must not decide a million values again."""
    from kla import uploads
    from loaders.ingest import ingest_file
    from tests.workbooks import write_workbook

    decided_blocks = []
    suppress = privacy.suppress

    def recording_suppress(values, measures, regions):
        decided_blocks.append(set(values[privacy.BLOCK].itertuples(index=False, name=None)))
        return suppress(values, measures, regions)

    monkeypatch.setattr(privacy, "suppress", recording_suppress)
    rows = [["V-21B", 2024, "Desa Temas", "", 2], ["V-21B", 2024, "Desa Ngaglik", "", 7]]
    report = ingest_file(write_workbook(tmp_path / "kasus.xlsx", rows), sample_db)
    with store.writing(sample_db) as con:
        uploads.undo_upload(con, report.upload_id)
    assert decided_blocks == [{("V-21B", 2024, "administrasi")}] * 2
