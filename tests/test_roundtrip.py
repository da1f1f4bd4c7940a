"""Generated contract-valid workbooks (long, wide, one measure per sheet; .xlsx, .xls, .ods)
load into a fresh database and every value reads back exactly as written (issue 9, item 4).

``make test`` runs the seeded ``ci`` profile; ``HYPOTHESIS_PROFILE=stress`` runs many more."""

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given

from stress.roundtrip import check_case, profile, round_trip
from stress.workbook_cases import EXAMPLE_VALUES, Case, cases, indonesian, regions, units


@profile()
@given(cases())
def test_every_generated_value_survives_the_round_trip(case: Case):
    check_case(case)


@pytest.mark.parametrize(
    ("layout", "suffix", "extras"),
    [("long", ".xlsx", True), ("long", ".xls", False), ("long", ".ods", False), ("per_sheet", ".xlsx", True)],
)
def test_values_written_by_hand_in_each_layout_and_file_type(layout, suffix, extras):
    check_case(Case(layout, suffix, EXAMPLE_VALUES, extras))


def test_values_written_by_hand_in_the_wide_layout():
    check_case(Case("wide", ".ods", EXAMPLE_VALUES[:2]))


def test_indonesian_numbers_and_reference_data():
    assert indonesian(Decimal("1234.5")) == "1.234,5"
    assert indonesian(Decimal("5000000")) == "5.000.000"
    assert units()["I-4A"] == "persen" and len(regions()) == 28


def test_the_round_trip_notices_a_value_one_bit_off(tmp_path):
    first = EXAMPLE_VALUES[0]
    off = replace(first, stored=replace(first.stored, value=96.80000000000001))
    problems = round_trip(Case("long", ".xlsx", (off, *EXAMPLE_VALUES[1:])), tmp_path)
    assert len(problems) == 1 and problems[0].startswith("berbeda: ditulis Stored(code='I-4A'")
