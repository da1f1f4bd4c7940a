"""Expressions over a sheet's columns, as an analyst writes them in a layout profile."""

import pytest

from kla.expression import ExpressionError, parse

LABELS = ["Jumlah Balita Diukur", "Pendek", "Sangat Pendek", "Capaian (%)", "Desa/Kelurahan"]


def test_names_with_spaces_numbers_and_operators_are_read():
    expression = parse("(Pendek + sangat  pendek) / Jumlah Balita Diukur × 100", LABELS)

    assert expression.columns == ("Pendek", "Sangat Pendek", "Jumlah Balita Diukur")
    assert expression.evaluate({"Pendek": 3, "Sangat Pendek": 1, "Jumlah Balita Diukur": 50}) == pytest.approx(8.0)
    assert not expression.single_column


def test_a_name_holding_an_operator_is_written_in_brackets_or_alone():
    assert parse("[Capaian (%)] * 0,5", LABELS).evaluate({"Capaian (%)": 90}) == pytest.approx(45.0)
    assert parse("Desa/Kelurahan", LABELS).single_column
    assert parse("1", LABELS).evaluate({}) == 1.0
    assert parse("-Pendek + 10", LABELS).evaluate({"Pendek": 4}) == 6.0


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Pendek + Tinggi", "expr_unknown_column"),
        ("Pendek +", "expr_syntax"),
        ("__import__('os').system('true')", "expr_unknown_column"),
        ("Pendek ** 2", "expr_syntax"),
        ("", "expr_empty"),
    ],
)
def test_anything_but_arithmetic_over_known_columns_is_refused(text, key):
    with pytest.raises(ExpressionError) as refused:
        parse(text, LABELS)
    assert refused.value.key == key


def test_a_division_by_zero_is_raised_for_the_caller():
    with pytest.raises(ZeroDivisionError):
        parse("Pendek / Jumlah Balita Diukur", LABELS).evaluate({"Pendek": 1, "Jumlah Balita Diukur": 0})
