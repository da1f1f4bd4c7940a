"""Survey and administrative series: a figure's source decides which line it belongs to.

Survey estimates (SSGI, SKI, Susenas…) and administrative counts (e-PPGBM, SIAK…) of the
same measure are different series and are never joined in one line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from kla import fmt
from kla.text import t

SURVEY_SOURCES = ("ssgi", "ski", "riskesdas", "susenas", "sdki", "snphar", "supas", "sakernas", "survei", "survey")


def source_kind(source: str | None) -> str:
    """``survei`` when ``source`` names a survey, otherwise ``administrasi``."""
    words = set(re.split(r"[^a-z0-9]+", (source or "").lower()))
    return "survei" if words & set(SURVEY_SOURCES) else "administrasi"


MAX_SOURCES_NAMED = 4


def _once_each(values: Iterable | pd.Series) -> list:
    """``values`` once each, in the order first seen; a column is reduced by pandas (a province's
    280.000 rows took 0,1 s one by one in Python)."""
    distinct = values.unique() if isinstance(values, pd.Series) else values
    return [value for value in dict.fromkeys(distinct) if not pd.isna(value)]


def source_line(
    sources: Iterable[str] | pd.Series,
    years: Iterable[int] | pd.Series,
    sample: bool,
    lang: str,
    goal_sources: Iterable[str] | pd.Series = (),
) -> str:
    """``Sumber: SIAK. Tahun data: 2018–2025.``, the goals' sources, and the sample remark.
    ``sources`` and ``years`` may be whole columns: each value counts once."""
    distinct = [source for source in _once_each(sources) if isinstance(source, str) and source]
    names = "; ".join(distinct[:MAX_SOURCES_NAMED]) or "–"
    if len(distinct) > MAX_SOURCES_NAMED:
        names += t("sources_more", lang, count=len(distinct) - MAX_SOURCES_NAMED)
    goals = "; ".join(source for source in _once_each(goal_sources) if isinstance(source, str) and source)
    text = t("source_line", lang, sources=names, years=fmt.year_span(_once_each(years)))
    if goals:
        text += t("goal_sources", lang, sources=goals)
    return text + (t("source_sample", lang) if sample else "")


def series_sources(series: pd.DataFrame) -> dict[str, str]:
    """Per series kind (``administrasi``, ``survei``): the sources of its values, named once."""
    return {kind: ", ".join(dict.fromkeys(part["source"].dropna())) for kind, part in series.groupby("source_kind")}
