"""Plotly figures of the predicate page: the history against the bands, the estimated score
per year, and the points per indicator.

The bands are shaded from light to darker blue and always named beside the chart; the
predicates are drawn in Okabe-Ito colours with their words on them (see :mod:`kla.figures`).
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from kla import fmt
from kla.figure_style import BLUE, GREEN, GREY, ORANGE, styled
from kla.predicate import NO_PREDICATE, Band, History, band_label, band_named, band_range
from kla.predicate_estimate import Estimate
from kla.text import t

BAND_SHADES = ("#F1F5F9", "#E1EDF7", "#CCE0F0", "#B5D2E8", "#9DC3E0")
TEXT_DARK = "#1F2937"
GAP_STYLES = {  # years without a predicate: a pale full-height bar with a pattern and its word
    "tidak_ada_evaluasi": "x",
    "belum_tercatat": ".",
}
LEGEND_BELOW = {"orientation": "h", "yanchor": "top", "y": -0.1, "x": 0}


def _spans(bands: list[Band]) -> list[tuple[Band, float, float]]:
    """Each band with the stretch of the axis it shades: from the previous band's top, so
    that the shaded areas touch (600 to 700 for Madya, 601-700)."""
    return [(band, bands[i - 1].high if i else band.low, band.high) for i, band in enumerate(bands)]


def _shade_bands(fig: go.Figure, bands: list[Band], lang: str, floor: float | None = None) -> None:
    """The bands as shaded horizontal areas, each named at the right of the chart; with
    ``floor``, the stretch from there to the lowest band is named too (no predicate)."""
    areas = [(band.name, band_range(band, lang), low, high) for band, low, high in _spans(bands)]
    if floor is not None and floor < bands[0].low:
        below = band_label(NO_PREDICATE, lang).replace(" ", "<br>", 1)
        areas.insert(0, (below, f"< {fmt.number(bands[0].low, 0, lang)}", floor, bands[0].low))
    shades = ("white", *BAND_SHADES) if len(areas) > len(bands) else BAND_SHADES
    # All at once: each fig.add_hrect and fig.add_annotation checks the figure's whole list
    # again (about 0,1 s of the Predikat page's cold run); the same shapes and notes.
    shapes, notes = [], []
    for (name, span, low, high), shade in zip(areas, shades):
        shapes.append(
            {"type": "rect", "xref": "x domain", "x0": 0, "x1": 1, "yref": "y", "y0": low, "y1": high}
            | {"fillcolor": shade, "line": {"width": 0}, "layer": "below"}
        )
        notes.append(
            {
                "x": 1,
                "xref": "paper",
                "xanchor": "left",
                "y": (low + high) / 2,
                "text": f"<b>{name}</b><br>{span}",
                "showarrow": False,
                "align": "left",
                "font": {"size": 13, "color": TEXT_DARK},
            }
        )
    fig.update_layout(shapes=[*fig.layout.shapes, *shapes], annotations=[*fig.layout.annotations, *notes])


def _target_line(fig: go.Figure, target: str | None, bands: list[Band], lang: str) -> None:
    """The city's next target as a dashed green line at the lower end of its band."""
    band = band_named(target, bands)
    if band is not None:
        fig.add_hline(
            y=band.low,
            line={"color": GREEN, "width": 3, "dash": "dash"},
            annotation_text=t("predicate_target_line", lang, predicate=band.name),
            annotation_position="top left",
            annotation_font={"color": "#00704F", "size": 14},
        )


def _year_axis(fig: go.Figure, years: list[int]) -> None:
    fig.update_xaxes(
        tickvals=years,
        tickformat="d",
        tickangle=0,
        title=None,
        showgrid=False,
        range=[min(years) - 0.6, max(years) + 0.6],
    )


def _score_axis(fig: go.Figure, bands: list[Band], lang: str, bottom: float) -> None:
    edges = sorted({bottom, *(high for _, _, high in _spans(bands)), bands[0].low})
    fig.update_yaxes(
        range=[bottom, bands[-1].high],
        tickvals=edges,
        tickformat=",d",
        title=t("predicate_axis_score", lang),
        showgrid=False,
        zeroline=False,
    )


# How a year with a predicate is drawn, by status: legend key, fill, outline, text colour, pattern.
PREDICATE_STYLES = {
    "resmi": ("predicate_legend_official", BLUE, BLUE, "white", None),
    "diperdebatkan": ("predicate_legend_disputed", "rgba(230,159,0,0.25)", ORANGE, TEXT_DARK, "/"),
}


def _predicate_bars(years: pd.DataFrame, status: str, spans: dict[str, tuple[float, float]], lang: str) -> go.Bar:
    """The years of one status as bars spanning their predicate's band, named on the bar."""
    key, fill, outline, text_colour, pattern = PREDICATE_STYLES[status]
    part = years[(years["status"] == status) & years["predicate"].notna()]
    name = t(key, lang)
    return go.Bar(
        x=[int(year) for year in part["year"]],
        y=[spans[p][1] - spans[p][0] for p in part["predicate"]],
        base=[spans[p][0] for p in part["predicate"]],
        name=name,
        text=list(part["predicate"]),
        textposition="inside",
        insidetextanchor="middle",
        textangle=0,
        textfont={"color": text_colour, "size": 14},
        marker={
            "color": fill,
            "line": {"color": outline, "width": 2},
            **({"pattern": {"shape": pattern, "fgcolor": outline}} if pattern else {}),
        },
        hovertemplate=f"%{{x}}: %{{text}}<extra>{name}</extra>",
    )


def _gap_bars(years: pd.DataFrame, status: str, low: float, high: float, lang: str) -> go.Bar:
    """The years of one status without a predicate as pale patterned bars over the whole
    scale, with the status written along them."""
    part = years[years["status"] == status]
    word = t("predicate_status_" + status, lang)
    return go.Bar(
        x=[int(year) for year in part["year"]],
        y=[high - low] * len(part),
        base=[low] * len(part),
        name=word,
        text=[word] * len(part),
        textangle=-90,
        textposition="inside",
        insidetextanchor="middle",
        textfont={"color": TEXT_DARK, "size": 14},
        marker={
            "color": "rgba(158,158,158,0.12)",
            "line": {"color": GREY, "width": 1},
            "pattern": {"shape": GAP_STYLES[status], "fgcolor": GREY},
        },
        hovertemplate=f"%{{x}}: {word}<extra></extra>",
    )


def history_figure(history: History, bands: list[Band], lang: str) -> go.Figure:
    """Each year's predicate as a bar spanning its band (the official score is unknown); a
    disputed year hatched, with the word over it; years without an evaluation or without a
    record as pale patterned bars with their words; the city's next target as a dashed line."""
    spans = {band.name: (low, high) for band, low, high in _spans(bands)}
    years = history.years
    low, high = bands[0].low, bands[-1].high
    fig = go.Figure([_predicate_bars(years, status, spans, lang) for status in PREDICATE_STYLES])
    fig.add_traces([_gap_bars(years, status, low, high, lang) for status in GAP_STYLES])
    for row in years[(years["status"] == "diperdebatkan") & years["predicate"].notna()].itertuples():
        fig.add_annotation(
            x=row.year,
            y=spans[row.predicate][1],
            yanchor="bottom",
            showarrow=False,
            text=f"<i>{t('predicate_status_diperdebatkan', lang).lower()}</i>",
            font={"color": "#8A5A00", "size": 13},
        )
    _shade_bands(fig, bands, lang)
    _target_line(fig, history.next_target, bands, lang)
    _year_axis(fig, [int(year) for year in years["year"]])
    _score_axis(fig, bands, lang, low)
    return styled(
        fig,
        lang,
        height=460,
        barmode="overlay",
        bargap=0.25,
        legend=LEGEND_BELOW,
        margin={"l": 10, "r": 110, "t": 30, "b": 10},
    )


def estimate_figure(scores: pd.DataFrame, bands: list[Band], target: str | None, lang: str) -> go.Figure:
    """The estimated score per year (columns year, score) as a dashed line against the
    shaded bands, named "perkiraan, bukan nilai resmi" in its legend and on the chart."""
    name = t("predicate_estimate_trace", lang)
    lowest = float(scores["score"].min()) if not scores.empty else bands[0].low
    bottom = max(0.0, min(bands[0].low, (lowest - 50) // 100 * 100))
    fig = go.Figure(
        go.Scatter(
            x=scores["year"],
            y=scores["score"],
            name=name,
            mode="lines+markers+text",
            text=[fmt.number(score, 1, lang) for score in scores["score"]],
            textposition="top center",
            textfont={"color": TEXT_DARK, "size": 14},
            line={"color": ORANGE, "width": 3, "dash": "dash"},
            marker={"symbol": "diamond", "size": 11, "color": ORANGE},
            hovertemplate=f"%{{x}}: %{{y:,.1f}}<extra>{name}</extra>",
        )
    )
    fig.add_annotation(
        x=0,
        xref="paper",
        xanchor="left",
        y=1,
        yref="paper",
        yanchor="bottom",
        showarrow=False,
        text=f"<b>{t('predicate_estimate_label', lang)}</b>",
        font={"color": "#8A5A00", "size": 14},
    )
    _shade_bands(fig, bands, lang, floor=bottom)
    _target_line(fig, target, bands, lang)
    if not scores.empty:
        _year_axis(fig, [int(year) for year in scores["year"]])
    _score_axis(fig, bands, lang, bottom)
    return styled(
        fig, lang, height=420, showlegend=True, legend=LEGEND_BELOW, margin={"l": 10, "r": 110, "t": 40, "b": 10}
    )


def points_figure(result: Estimate, lang: str) -> go.Figure:
    """Per weighted indicator: its maximum points (its scaled weight) as a pale bar and the
    estimated points over it, the indicator's number and component written beside it."""
    data = result.indicators.iloc[::-1]
    labels = [f"{row.number} · {row.measures}" if row.measures else str(row.number) for row in data.itertuples()]
    fig = go.Figure()
    for column, key, colour in (
        ("max_points", "predicate_points_max", "#D9D9D9"),
        ("points", "predicate_points_estimated", BLUE),
    ):
        name = t(key, lang)
        fig.add_trace(
            go.Bar(
                x=data[column],
                y=labels,
                orientation="h",
                name=name,
                marker={"color": colour},
                text=[fmt.number(value, 1, lang) for value in data[column]] if column == "points" else None,
                textposition="outside",
                hovertemplate=f"%{{y}}: %{{x:,.1f}}<extra>{name}</extra>",
            )
        )
    fig.update_xaxes(title=t("predicate_axis_points", lang), rangemode="tozero")
    fig.update_yaxes(title=None, automargin=True, ticksuffix="  ")
    return styled(
        fig,
        lang,
        height=max(240, 24 * len(data) + 110),
        barmode="overlay",
        bargap=0.3,
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0},
    )
