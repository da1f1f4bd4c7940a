"""How every figure looks: the Okabe-Ito palette (safe for colour-blind readers; words always
beside the colour), the type, and numbers in the user's language (``1.234,5``)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

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

# Plotly's "plotly_white" cut to what these figures use, with the common type and margins. The
# full template is copied into every figure and sent with every chart (about 6 kB each, and 80%
# of the time to build a figure); this one is 1 kB. Registered as the default, so every figure
# starts from it; what is in it is checked by Plotly once, not again for every figure (setting
# the type and margins on each figure took 2 ms of its 2,3 ms).
_AXIS = {
    "gridcolor": "#EBF0F8",
    "linecolor": "#EBF0F8",
    "ticks": "",
    "title": {"standoff": 15},
    "zerolinecolor": "#EBF0F8",
    "automargin": True,
    "zerolinewidth": 2,
}
TEMPLATE = go.layout.Template(
    {
        "layout": {
            "xaxis": _AXIS,
            "yaxis": _AXIS,
            "hovermode": "closest",
            "hoverlabel": {"align": "left", "font": {"size": 15}},
            "font": FONT,
            "margin": {"l": 10, "r": 20, "t": 40, "b": 10},
            "paper_bgcolor": "white",
            "plot_bgcolor": "white",
            "colorway": pio.templates["plotly_white"].layout.colorway,
            "title": {"x": 0.05},
            "autotypenumbers": "strict",
        },
        "data": {"bar": [{"marker": {"line": {"color": "white", "width": 0.5}}}]},
    }
)
pio.templates["kla"] = TEMPLATE
pio.templates.default = "kla"


def styled(fig: go.Figure, lang: str, height: int, **extra: object) -> go.Figure:
    """``fig`` with the common look (the template's type and margins), numbers written in
    ``lang``, ``height`` pixels tall; ``extra`` layout settings win."""
    fig.update_layout(separators=PLOTLY_SEPARATORS[lang], height=height, **extra)
    return fig


def unit_suffix(unit: str) -> str:
    """What follows a number of ``unit`` on an axis or in a hover (``%`` for percentages)."""
    return "%" if unit == "persen" else ""


def hover_format(unit: str, values: pd.Series | list[float]) -> str:
    """The d3 number format of hover labels: whole numbers for counts, two decimals for small rates."""
    small = any(abs(v) < 1 for v in values if v == v and v is not None)
    return ",.0f" if unit in ("jumlah", "biner") else (",.2f" if small else ",.1f")


def spanning_line(
    fig: go.Figure,
    axis: str,
    value: float,
    line: dict,
    text: str = "",
    font: dict | None = None,
    position: str = "top",
) -> None:
    """A line across the whole plot at ``value`` of ``axis`` (``x``: vertical, ``y``:
    horizontal), with ``text`` beside it at ``position`` (``top``, ``top left`` or ``bottom
    left``). Plotly's ``add_vline``/``add_hline`` do the same three times slower."""
    across = "y" if axis == "x" else "x"
    fig.add_shape(
        type="line",
        line=line,
        **{f"{axis}ref": axis, f"{axis}0": value, f"{axis}1": value},
        **{f"{across}ref": "paper", f"{across}0": 0, f"{across}1": 1},
    )
    if not text:
        return
    if axis == "x":
        place = {"x": value, "y": 1, "yref": "paper", "xanchor": "center", "yanchor": "bottom"}
    else:
        place = {"x": 0, "xref": "paper", "y": value, "xanchor": "left"}
        place["yanchor"] = "top" if position.startswith("bottom") else "bottom"
    fig.add_annotation(text=text, showarrow=False, font=font, **place)
