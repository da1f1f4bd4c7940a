"""How every figure looks: the Okabe-Ito palette (safe for colour-blind readers; words always
beside the colour), the type, and numbers in the user's language (``1.234,5``)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from kla.fmt import PLOTLY_SEPARATORS

BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY, GREY = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#9E9E9E",
)
FONT = {"family": "Source Sans, Segoe UI, Arial, sans-serif", "size": 15, "color": "#1F2937"}


def styled(fig: go.Figure, lang: str, height: int, **extra: object) -> go.Figure:
    """``fig`` with the common look, ``height`` pixels tall; ``extra`` layout settings win."""
    settings = {
        "template": "plotly_white",
        "separators": PLOTLY_SEPARATORS[lang],
        "font": FONT,
        "height": height,
        "margin": {"l": 10, "r": 20, "t": 40, "b": 10},
        "hoverlabel": {"font_size": 15},
    }
    fig.update_layout(**(settings | extra))
    return fig


def unit_suffix(unit: str) -> str:
    """What follows a number of ``unit`` on an axis or in a hover (``%`` for percentages)."""
    return "%" if unit == "persen" else ""


def hover_format(unit: str, values: pd.Series | list[float]) -> str:
    """The d3 number format of hover labels: whole numbers for counts, two decimals for small rates."""
    small = any(abs(v) < 1 for v in values if v == v and v is not None)
    return ",.0f" if unit in ("jumlah", "biner") else (",.2f" if small else ",.1f")
