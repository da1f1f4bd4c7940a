"""Every rule of shared/spec/progress-method.md, pinned with numbers worked out by hand."""

import math

import pytest

from kla.progress import assess, cagr, combine, limit_coefficient, status_from_score


def test_cagr():
    assert cagr(121, 100, 2022, 2020) == pytest.approx(0.1)
    assert cagr(81, 100, 2022, 2020) == pytest.approx(-0.1)


def test_base_is_the_first_year_and_current_the_latest_with_a_value():
    result = assess([2018, 2019, 2020, 2021], [None, 10, 12, None], "increase")
    assert (result.base_year, result.base_value, result.current_year, result.current_value) == (2019, 10, 2020, 12)


def test_a_base_year_without_a_value_moves_to_the_next_year_with_one():
    result = assess([2015, 2017, 2019, 2021], [5, 10, 12, 14], "increase", base_year=2016)
    assert (result.base_year, result.base_value) == (2017, 10)


def test_points_before_the_base_year_are_not_used():
    result = assess([2015, 2020], [5, 10], "increase", base_year=2016)
    assert result.status == "insufficient_data" and result.score is None


def test_fewer_than_two_points_is_insufficient_unless_the_target_is_met():
    assert assess([2020], [10], "increase").status == "insufficient_data"
    assert assess([2020], [10], "increase", target=20, target_year=2030).status == "insufficient_data"
    met = assess([2020], [25], "increase", target=20, target_year=2030)
    assert (met.status, met.score) == ("target_achieved", 5.0)


def test_opposite_signs_are_insufficient():
    result = assess([2015, 2020], [-2, 3], "increase")
    assert (result.status, result.score) == ("insufficient_data", None)


def test_both_negative_flips_the_sign():
    # From -10 to -5 is growth of -12.94% a year in magnitude; s = -1 makes it progress upward.
    v = -1 * 1 * cagr(-5, -10, 2020, 2015)
    result = assess([2015, 2020], [-10, -5], "increase")
    assert result.progress_value == pytest.approx(v) and v > 0
    assert result.score == pytest.approx(min(500 * v - 5, 5))


def test_a_zero_base_becomes_0_001():
    result = assess([2015, 2020], [0, 2], "increase")
    assert result.base_value == 0.001
    assert result.progress_value == pytest.approx(cagr(2, 0.001, 2020, 2015))


def test_target_achieved_scores_five():
    for direction, values, target in (("increase", [50, 80], 75), ("decrease", [30, 10], 12)):
        result = assess([2015, 2020], values, direction, target=target, target_year=2030)
        assert (result.status, result.score) == ("target_achieved", 5.0)


def _ratio(base, current, target, years=(2015, 2020), target_year=2030, sense=1):
    return sense * cagr(current, base, years[1], years[0]) / abs(cagr(target, base, target_year, years[0]))


@pytest.mark.parametrize(
    ("current", "status"),
    [(70.0, "substantial_progress"), (56.7, "moderate_progress"), (52.4, "limited_progress"), (45.0, "deterioration")],
)
def test_with_a_target_the_ratio_of_growths_decides(current, status):
    ratio = _ratio(50, current, 80)
    expected = min(7.1429 * ratio - 4.2857, 5) if ratio >= 0.6 else max(4.1667 * ratio - 2.5, -5)
    result = assess([2015, 2020], [50, current], "increase", target=80, target_year=2030)
    assert result.progress_value == pytest.approx(ratio)
    assert result.score == pytest.approx(expected)
    assert result.status == status


def test_with_a_target_for_a_decrease():
    ratio = _ratio(25.4, 12.44, 8, years=(2019, 2023), target_year=2025, sense=-1)
    result = assess([2019, 2023], [25.4, 12.44], "decrease", target=8, target_year=2025)
    assert result.progress_value == pytest.approx(ratio)
    assert result.score == pytest.approx(min(7.1429 * ratio - 4.2857, 5))


def test_a_target_equal_to_the_base_needs_no_growth():
    up = assess([2015, 2020], [50, 49], "decrease", target=50, target_year=2030)
    assert up.status == "target_achieved"
    no_change_needed = assess([2015, 2020], [50, 51], "decrease", target=50, target_year=2030)
    assert no_change_needed.progress_value == -math.inf
    assert (no_change_needed.score, no_change_needed.status) == (-5.0, "deterioration")
    flat = assess([2015, 2020], [50, 50], "increase", target=50.0000001, target_year=2030)
    assert flat.status != "insufficient_data"


def test_a_zero_target_becomes_0_001():
    result = assess([2015, 2020], [10, 5], "decrease", target=0, target_year=2030)
    assert result.progress_value == pytest.approx(_ratio(10, 5, 0.001, sense=-1))


def test_score_boundaries_with_a_target():
    # R = 0.95 scores 2.5 (substantial); R = 0.6 scores 0 (moderate); R = 0 scores -2.5 (limited).
    assert abs(7.1429 * 0.95 - 4.2857 - 2.5) < 1e-4
    assert status_from_score(2.5) == "substantial_progress"
    assert status_from_score(0) == "moderate_progress"
    assert status_from_score(-2.5) == "limited_progress"
    assert status_from_score(-2.5001) == "deterioration"
    assert status_from_score(5, target_achieved=True) == "target_achieved"
    assert status_from_score(None) == "insufficient_data"


@pytest.mark.parametrize(
    ("current", "status"),
    [(12.0, "substantial_progress"), (10.4, "moderate_progress"), (10.1, "limited_progress"), (9.0, "deterioration")],
)
def test_without_a_target_the_growth_rate_decides(current, status):
    v = cagr(current, 10, 2020, 2015)
    if v < 0:
        expected = max(125 * v - 2.5, -5)
    elif v < 0.005:
        expected = 500 * v - 2.5
    elif v < 0.015:
        expected = 250 * v - 1.25
    else:
        expected = min(500 * v - 5, 5)
    result = assess([2015, 2020], [10, current], "increase")
    assert result.progress_value == pytest.approx(v)
    assert result.score == pytest.approx(expected)
    assert result.status == status


def test_decrease_without_a_target():
    result = assess([2015, 2020], [10, 8], "decrease")
    v = -1 * cagr(8, 10, 2020, 2015)
    assert result.score == pytest.approx(min(500 * v - 5, 5))


def test_the_limit_coefficient():
    assert limit_coefficient(50, None) == 1
    assert limit_coefficient(200, 100) == 1  # |base| >= 2|L|
    assert limit_coefficient(90, 100) == pytest.approx(1 - 0.9**4.44)  # |base| <= |L|
    assert limit_coefficient(110, 100) == pytest.approx(1 - 0.9**4.44)  # between L and 2L
    assert limit_coefficient(100, 100) == 0


def test_a_limit_shrinks_the_thresholds():
    coefficient = 1 - (95 / 100) ** 4.44
    v = cagr(95.5, 95, 2020, 2015)
    assert 0.005 * coefficient <= v < 0.015 * coefficient  # moderate once the thresholds shrink
    result = assess([2015, 2020], [95, 95.5], "increase", limit=100)
    assert result.score == pytest.approx(250 * v / coefficient - 1.25)
    assert result.status == "moderate_progress"
    plain = assess([2015, 2020], [95, 95.5], "increase")
    assert plain.score < result.score


def test_at_the_limit_any_non_negative_growth_is_substantial():
    result = assess([2015, 2020], [100, 100], "increase", limit=100)
    assert (result.status, result.score) == ("substantial_progress", 5.0)


def test_a_limit_is_ignored_when_there_is_a_target():
    with_limit = assess([2015, 2020], [90, 92], "increase", target=99, target_year=2030, limit=100)
    without = assess([2015, 2020], [90, 92], "increase", target=99, target_year=2030)
    assert with_limit.score == without.score


def test_expected_value_at_the_target_year():
    result = assess([2019, 2023], [25.4, 12.44], "decrease", target=8, target_year=2025)
    growth = cagr(12.44, 25.4, 2023, 2019)
    expected = 12.44 * (1 + growth) ** 2
    assert result.expected_value == pytest.approx(expected)
    assert result.expected_share == pytest.approx((expected - 25.4) / (8 - 25.4))


def test_series_combine_by_mean_score():
    met = assess([2015, 2020], [50, 80], "increase", target=75, target_year=2030)
    other = assess([2015, 2020], [50, 55], "increase", target=80, target_year=2030)
    both = combine([met, other])
    assert both.score == pytest.approx((5 + other.score) / 2)
    assert both.status == status_from_score(both.score)
    assert combine([met, met]).status == "target_achieved"
    assert combine([assess([2020], [1], "increase")]).status == "insufficient_data"


def test_naik_and_turun_are_accepted_as_directions():
    assert assess([2015, 2020], [10, 12], "naik").score == assess([2015, 2020], [10, 12], "increase").score


def test_projection_at_the_recent_pace():
    from kla.progress import projected

    result = assess([2020, 2022], [100, 121], "increase")
    assert projected(result, 2024) == pytest.approx(146.41)
    assert projected(assess([2020], [1], "increase"), 2025) is None


def test_edge_cases_never_crash_and_follow_the_spec():
    # A zero current value with a target year already past: no projection, no crash.
    assert assess([2016, 2023], [0, 0], "decrease", target=0, target_year=2022).status == "target_achieved"
    assert assess([2020, 2024], [5, 0], "increase", target=10, target_year=2023).status == "deterioration"
    # A target year before the base year still uses the formula of the spec.
    before = assess([2019, 2022, 2025], [0.4, 69.4, 9.7], "increase", target=64.8, target_year=2018)
    ratio = cagr(9.7, 0.4, 2025, 2019) / abs(cagr(64.8, 0.4, 2018, 2019))
    assert before.score == pytest.approx(min(7.1429 * ratio - 4.2857, 5))
    # A target on the other side of zero from the base is undefined.
    assert assess([2020, 2024], [5, 3], "decrease", target=-1, target_year=2030).status == "insufficient_data"
