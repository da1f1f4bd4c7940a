"""Figures made legible for slides and printed pages: large type and a wrapped title."""

from __future__ import annotations

import plotly.graph_objects as go

from kla.figure_style import FONT

SLIDE_FONT_MIN = 18
TITLE_LINE = 42


def _wrapped(text: str, width: int = TITLE_LINE) -> str:
    """``text`` broken into lines of at most ``width`` characters for a chart title."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "<br>".join([*lines, line])


def for_slides(fig: go.Figure, title: str = "", height: int = 430) -> go.Figure:
    """A copy of ``fig`` for a slide or a printed page: type large enough to read at the back
    of a room (nothing under 18 px), an optional title, a fixed height."""
    slide = go.Figure(fig)
    slide.update_layout(
        font={**FONT, "size": 20},
        legend={"font": {"size": SLIDE_FONT_MIN}},
        hoverlabel={"font_size": SLIDE_FONT_MIN},
        height=height,
        margin={"l": 10, "r": 30, "t": 30 + 28 * (_wrapped(title).count("<br>") + 1) if title else 30, "b": 10},
        title={"text": _wrapped(title), "font": {"size": 20}, "x": 0, "xanchor": "left"} if title else None,
    )
    slide.update_xaxes(tickfont={"size": SLIDE_FONT_MIN}, title_font={"size": SLIDE_FONT_MIN})
    slide.update_yaxes(tickfont={"size": SLIDE_FONT_MIN}, title_font={"size": SLIDE_FONT_MIN})
    for annotation in slide.layout.annotations:
        annotation.font.size = max(annotation.font.size or 0, SLIDE_FONT_MIN)
    slide.update_traces(textfont_size=SLIDE_FONT_MIN, selector={"type": "bar"})
    return slide
