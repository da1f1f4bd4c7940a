"""Survey and administrative series: a figure's source decides which line it belongs to.

Survey estimates (SSGI, SKI, Susenas…) and administrative counts (e-PPGBM, SIAK…) of the
same measure are different series and are never joined in one line.
"""

from __future__ import annotations

import re

SURVEY_SOURCES = ("ssgi", "ski", "riskesdas", "susenas", "sdki", "snphar", "supas", "sakernas", "survei", "survey")


def source_kind(source: str | None) -> str:
    """``survei`` when ``source`` names a survey, otherwise ``administrasi``."""
    words = set(re.split(r"[^a-z0-9]+", (source or "").lower()))
    return "survei" if words & set(SURVEY_SOURCES) else "administrasi"
