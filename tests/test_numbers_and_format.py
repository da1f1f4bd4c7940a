import pytest

from kla import fmt
from loaders.numbers import NotANumber, is_missing, parse_number


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (96.8, 96.8),
        (2024, 2024.0),
        ("1.234", 1234.0),
        ("12,5", 12.5),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("97,5%", 97.5),
        ("97,5 %", 97.5),
        ("97.5%", 97.5),
        ("12.5", 12.5),
        ("12.50", 12.5),
        ("1.234.567", 1234567.0),
        ("\u00a0 42 ", 42.0),
        ("'0815", 815.0),
        ("-3", -3.0),
    ],
)
def test_indonesian_text_numbers(raw, expected):
    assert parse_number(raw) == pytest.approx(expected)


@pytest.mark.parametrize("raw", [None, "", " ", "-", "–", "—", "n/a", "NA", "tidak ada data", "TD", float("nan")])
def test_missing_value_markers(raw):
    assert is_missing(raw)
    assert parse_number(raw) is None


@pytest.mark.parametrize("raw", ["dua belas", "12a", "1.2.3,4,5", True])
def test_text_that_is_not_a_number(raw):
    with pytest.raises(NotANumber):
        parse_number(raw)


def test_numbers_are_written_the_indonesian_way():
    assert fmt.number(1234.5, 1) == "1.234,5"
    assert fmt.number(1234567, 0) == "1.234.567"
    assert fmt.number(1234.5, 1, "en") == "1,234.5"
    assert fmt.number(None) == "–"


def test_values_carry_their_unit():
    assert fmt.measure_value(96.8, "persen") == "96,8%"
    assert fmt.measure_value(0.12, "persen") == "0,12%"
    assert fmt.measure_value(1500, "jumlah") == "1.500"
    assert fmt.measure_value(4.5, "per_1000_kh") == "4,5 per 1.000 KH"
    assert fmt.measure_value(1, "biner") == "Ada"
    assert fmt.measure_value(0, "biner", "en") == "No"


def test_signed_difference():
    assert fmt.signed_difference(2.3, "persen") == "+2,3 poin"
    assert fmt.signed_difference(-15, "jumlah") == "-15"
    assert fmt.signed_difference(0, "jumlah") == "±0"


def test_every_interface_text_exists_in_both_languages():
    from kla.text import TEXT

    assert all(set(entry) == {"id", "en"} and all(entry.values()) for entry in TEXT.values())


def test_no_text_key_is_defined_twice():
    from kla.text.interface import INTERFACE_TEXT
    from kla.text.loading import LOADING_TEXT

    assert not INTERFACE_TEXT.keys() & LOADING_TEXT.keys()
