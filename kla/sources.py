"""Survey and administrative series: a figure's source decides which line it belongs to.

Survey estimates (SSGI, SKI, Susenas…) and administrative counts (e-PPGBM, SIAK…) of the
same measure are different series and are never joined in one line.
"""

from __future__ import annotations

import re

import pandas as pd

from kla import fmt
from kla.text import t

SURVEY_SOURCES = ("ssgi", "ski", "riskesdas", "susenas", "sdki", "snphar", "supas", "sakernas", "survei", "survey")


def source_kind(source: str | None) -> str:
    """``survei`` when ``source`` names a survey, otherwise ``administrasi``."""
    words = set(re.split(r"[^a-z0-9]+", (source or "").lower()))
    return "survei" if words & set(SURVEY_SOURCES) else "administrasi"


MAX_SOURCES_NAMED = 4


def source_line(sources: list[str], years: list[int], sample: bool, lang: str, goal_sources: list[str] = ()) -> str:
    """``Sumber: SIAK. Tahun data: 2018–2025.``, the goals' sources, and the sample remark."""
    distinct = list(dict.fromkeys(s for s in sources if isinstance(s, str) and s))
    names = "; ".join(distinct[:MAX_SOURCES_NAMED]) or "–"
    if len(distinct) > MAX_SOURCES_NAMED:
        names += t("sources_more", lang, count=len(distinct) - MAX_SOURCES_NAMED)
    goals = "; ".join(dict.fromkeys(s for s in goal_sources if isinstance(s, str) and s))
    text = t("source_line", lang, sources=names, years=fmt.year_span(years))
    if goals:
        text += t("goal_sources", lang, sources=goals)
    return text + (t("source_sample", lang) if sample else "")


def series_sources(series: pd.DataFrame) -> dict[str, str]:
    """Per series kind (``administrasi``, ``survei``): the sources of its values, named once."""
    return {kind: ", ".join(dict.fromkeys(part["source"].dropna())) for kind, part in series.groupby("source_kind")}
