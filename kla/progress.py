"""How progress is judged: the Open SDG / Statistics Canada progress-status method.

Implemented from ``shared/spec/progress-method.md``: two points (base and current), their
compound annual growth rate, compared with the growth a target requires (or with fixed
thresholds when there is no target), turned into a score in [-5, 5] and a status.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

STATUSES = (
    "target_achieved",
    "substantial_progress",
    "moderate_progress",
    "limited_progress",
    "deterioration",
    "insufficient_data",
)
TARGET_THRESHOLDS = (0.95, 0.60)  # R at or above: substantial; moderate
GROWTH_THRESHOLDS = (0.015, 0.005)  # v at or above (times C): substantial; moderate
LIMIT_EXPONENT = 4.44
NEAR_ZERO = 0.001
DEFAULT_TARGET_YEAR = 2030  # the reference implementation's default when a target has no year


@dataclass(frozen=True)
class Assessment:
    """The verdict on one series, with the numbers behind it."""

    status: str
    score: float | None
    base_year: int | None = None
    base_value: float | None = None
    current_year: int | None = None
    current_value: float | None = None
    progress_value: float | None = None  # R with a target, v without
    expected_value: float | None = None  # at the target year, if the recent trend goes on
    expected_share: float | None = None  # P = (expected - base) / (target - base)


def cagr(value: float, base: float, year: float, base_year: float) -> float:
    """Compound annual growth rate from ``base`` in ``base_year`` to ``value`` in ``year``."""
    return (value / base) ** (1 / (year - base_year)) - 1


def status_from_score(score: float | None, target_achieved: bool = False) -> str:
    """The status a score stands for (score 5 with the target met is ``target_achieved``)."""
    if target_achieved:
        return "target_achieved"
    if score is None:
        return "insufficient_data"
    if score >= 2.5:
        return "substantial_progress"
    if score >= 0:
        return "moderate_progress"
    if score >= -2.5:
        return "limited_progress"
    return "deterioration"


def _points(years: Sequence[float], values: Sequence[float | None]) -> list[tuple[int, float]]:
    """Year-value pairs with a value, in year order."""
    pairs = []
    for year, value in zip(years, values):
        if value is None or (isinstance(value, float) and math.isnan(value)):
            continue
        pairs.append((int(year), float(value)))
    return sorted(pairs)


def _met(current: float, target: float, direction: int) -> bool:
    return current >= target if direction > 0 else current <= target


def _score_with_target(ratio: float) -> float:
    if ratio >= TARGET_THRESHOLDS[1]:
        return min(7.1429 * ratio - 4.2857, 5.0)
    return max(4.1667 * ratio - 2.5, -5.0)


def limit_coefficient(base: float, limit: float | None) -> float:
    """C: how much the growth thresholds shrink as the base value nears a natural limit."""
    if limit is None:
        return 1.0
    base, limit = abs(base), abs(limit)
    if base >= 2 * limit:
        return 1.0
    if base <= limit:
        return 1 - (base / limit) ** LIMIT_EXPONENT
    return 1 - ((2 * limit - base) / limit) ** LIMIT_EXPONENT


def _score_without_target(growth: float, coefficient: float) -> float:
    high, medium = (threshold * coefficient for threshold in GROWTH_THRESHOLDS)
    if growth < 0:
        return max(125 * growth - 2.5, -5.0)
    if coefficient == 0:
        return 5.0
    if growth >= high:
        return min(500 * growth / coefficient - 5, 5.0)
    if growth >= medium:
        return 250 * growth / coefficient - 1.25
    return 500 * growth / coefficient - 2.5


def assess(
    years: Sequence[float],
    values: Sequence[float | None],
    direction: str,
    target: float | None = None,
    target_year: int | None = None,
    base_year: int | None = None,
    limit: float | None = None,
) -> Assessment:
    """Judge one series. ``direction`` is ``increase`` or ``decrease`` (``naik``/``turun``).

    Without ``base_year`` the first year with a value is the base; a base year without a
    value moves to the first later year that has one.
    """
    sense = {"increase": 1, "naik": 1, "decrease": -1, "turun": -1}[direction]
    points = _points(years, values)
    if target == 0:
        target = NEAR_ZERO
    if target is not None and target_year is None:
        target_year = DEFAULT_TARGET_YEAR
    if not points:
        return Assessment("insufficient_data", None)
    current_year, current = points[-1]
    usable = [(y, v) for y, v in points if base_year is None or y >= base_year]
    achieved = target is not None and _met(current, target, sense)
    if len(usable) < 2:
        score = 5.0 if achieved else None
        return Assessment(status_from_score(score, achieved), score, current_year=current_year, current_value=current)
    first_year, base = usable[0]
    if base == 0:
        base = NEAR_ZERO
    facts = {"base_year": first_year, "base_value": base, "current_year": current_year, "current_value": current}
    if base * current < 0:
        return Assessment("insufficient_data", None, **facts)
    sign = -1 if base < 0 and current < 0 else 1
    observed = sign * sense * cagr(current, base, current_year, first_year)
    expected = _expected(current, base, current_year, first_year, target, target_year)
    if achieved:
        return Assessment("target_achieved", 5.0, **facts, progress_value=None, **expected)
    if target is not None:
        ratio = _growth_ratio(observed, target, base, target_year, first_year)
        if ratio is None:  # the target lies on the other side of zero from the base: undefined
            return Assessment("insufficient_data", None, **facts, **expected)
        score = _score_with_target(ratio)
        return Assessment(status_from_score(score), score, **facts, progress_value=ratio, **expected)
    score = _score_without_target(observed, limit_coefficient(base, limit))
    return Assessment(status_from_score(score), score, **facts, progress_value=observed)


def _growth_ratio(observed: float, target: float, base: float, target_year: int, base_year: int) -> float | None:
    """R: the observed growth over the growth the target requires (None when the target and
    the base differ in sign). No growth required gives ±inf; so does a target year equal to
    the base year, where the required growth is undefined."""
    if target / base <= 0:
        return None
    if target_year == base_year:
        return math.inf if observed >= 0 else -math.inf
    required = abs(cagr(target, base, target_year, base_year))
    if required == 0:
        return math.inf if observed >= 0 else -math.inf
    return observed / required


def _expected(current, base, current_year, base_year, target, target_year) -> dict:
    """The value expected at the target year at the recent pace, and the share of the way."""
    if target is None or target_year is None or current_year == base_year or current / base <= 0:
        return {}
    try:
        growth = cagr(current, base, current_year, base_year)
        expected = current * (1 + growth) ** (target_year - current_year)
    except (ZeroDivisionError, OverflowError):
        return {}
    share = (expected - base) / (target - base) if target != base else None
    return {"expected_value": expected, "expected_share": share}


def projected(assessment: Assessment, year: int) -> float | None:
    """The value expected in ``year`` if the pace between base and current goes on."""
    a = assessment
    if None in (a.base_year, a.base_value, a.current_year, a.current_value) or a.current_year == a.base_year:
        return None
    if a.base_value * a.current_value <= 0:
        return None
    growth = cagr(a.current_value, a.base_value, a.current_year, a.base_year)
    try:
        return a.current_value * (1 + growth) ** (year - a.current_year)
    except (ZeroDivisionError, OverflowError):
        return None


def combine(assessments: Sequence[Assessment]) -> Assessment:
    """Several series (e.g. the kecamatan of one measure) as one: the mean score;
    ``target_achieved`` only when every series met its target."""
    scored = [a for a in assessments if a.score is not None]
    if not scored:
        return Assessment("insufficient_data", None)
    score = sum(a.score for a in scored) / len(scored)
    achieved = all(a.status == "target_achieved" for a in scored)
    return Assessment(status_from_score(score, achieved), score)
