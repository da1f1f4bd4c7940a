"""Plotly figures of measures for the pages: trends, bullets, breakdowns by region, the
clusters' statuses. Their look (colours, type, numbers) is :mod:`kla.figure_style`; the map
is :mod:`kla.map_figure`, the slide version :mod:`kla.slide_figure`."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from kla.figure_style import (
    BLUE,
    GREEN,
    GREY,
    ORANGE,
    PURPLE,
    SKY,
    VERMILLION,
    hover_format,
    spanning_line,
    styled,
    unit_suffix,
)
from kla.fmt import measure_value
from kla.privacy import hidden_mask, value_text
from kla.text import t

# Goal met, missed, no goal, no data: the colours of the clusters' status bars.
STATUS_COLOURS = {"met": BLUE, "missed": ORANGE, "no_goal": GREY, "no_data": "#D9D9D9"}

# How the goal and the benchmark look wherever they are drawn as a level line.
LEVEL_LINES = {
    "goal": ("line_goal", {"color": GREEN, "width": 3, "dash": "dot"}, "#00704F"),
    "benchmark": ("line_benchmark", {"color": PURPLE, "width": 2, "dash": "dashdot"}, "#8E3B6E"),
}


def _level_line(fig: go.Figure, axis: str, value: float, kind: str, unit: str, lang: str, position: str) -> None:
    """The goal or the benchmark as a labelled line across the chart (``axis`` ``x`` or ``y``)."""
    label_key, line, text_colour = LEVEL_LINES[kind]
    text = f"{t(label_key, lang)}: {measure_value(value, unit, lang)}"
    spanning_line(fig, axis, value, line, text, {"color": text_colour, "size": 14}, position)


def _value_ticks(unit: str, lang: str, largest: float | None = None) -> dict:
    """Axis ticks that suit the unit: whole numbers for counts (every one when there are
    few), yes/no for binary measures."""
    if unit == "biner":
        return {"tickvals": [0, 1], "ticktext": [measure_value(0, unit, lang), measure_value(1, unit, lang)]}
    if unit == "jumlah":
        return {"tickformat": ",d", **({"dtick": 1} if largest is not None and largest <= 8 else {})}
    return {}


def _year_line(
    points: pd.DataFrame,
    name: str,
    line: tuple[str, int, str],
    marker: tuple[str, int],
    number_format: str,
    suffix: str,
) -> go.Scatter:
    """A line with markers over ``points`` (columns year, value), styled by ``line``
    (colour, width, dash) and ``marker`` (symbol, size); hover shows the value and unit."""
    colour, width, dash = line
    symbol, size = marker
    return go.Scatter(
        x=points["year"],
        y=points["value"],
        name=name,
        mode="lines+markers",
        line={"color": colour, "width": width, "dash": dash},
        marker={"size": size, "symbol": symbol},
        hovertemplate=f"%{{x}}: %{{y:{number_format}}}{suffix}<extra>{name}</extra>",
    )


def trend_figure(
    series: pd.DataFrame,
    goals: pd.DataFrame,
    unit: str,
    lang: str,
    source_labels: dict[str, str],
    highlight_year: int | None = None,
) -> go.Figure:
    """City values per year, one line per series kind (administrative, survey), with the
    city goal points, the national benchmark as a level line, and the chosen year marked."""
    fig = go.Figure()
    styles = {"administrasi": (BLUE, "solid", "circle"), "survei": (ORANGE, "dash", "diamond")}
    all_values = list(series["value"]) + list(goals["value"])
    number_format = hover_format(unit, all_values)
    suffix = unit_suffix(unit)
    for kind, part in series.groupby("source_kind", sort=True):
        colour, dash, symbol = styles[kind]
        name = f"{t('series_' + kind, lang)} ({source_labels.get(kind, '')})".replace(" ()", "")
        fig.add_trace(_year_line(part, name, (colour, 3, dash), (symbol, 9), number_format, suffix))
    city_goals = goals[goals["kind"] == "target_kota"]
    if not city_goals.empty:
        label = t("line_goal", lang)
        fig.add_trace(_year_line(city_goals, label, (GREEN, 2, "dot"), ("star", 10), number_format, suffix))
    benchmarks = goals[goals["kind"] == "acuan_nasional"]
    years = list(series["year"]) + list(city_goals["year"])
    if not benchmarks.empty and years:
        row = benchmarks.iloc[-1]
        label = t("line_benchmark", lang)
        if pd.notna(row["year"]):
            label = f"{label} ({int(row['year'])})"
        fig.add_trace(
            go.Scatter(
                x=[min(years), max(years)],
                y=[row["value"], row["value"]],
                name=label,
                mode="lines",
                line={"color": PURPLE, "width": 2, "dash": "dashdot"},
                hovertemplate=f"%{{y:{number_format}}}{suffix}<extra>{label}</extra>",
            )
        )
    span = (max(years) - min(years)) if years else 0
    if highlight_year is not None and years and min(years) <= highlight_year <= max(years):
        spanning_line(fig, "x", highlight_year, {"color": GREY, "width": 1, "dash": "dot"})
    fig.update_xaxes(dtick=1 if span <= 8 else 2, tickformat="d", tickangle=0, title=None, showgrid=False)
    ticks = _value_ticks(unit, lang, max(all_values) if all_values else None)
    fig.update_yaxes(title=t("unit_" + unit, lang), rangemode="tozero", ticksuffix=suffix, **ticks)
    return styled(
        fig,
        lang,
        height=340,
        legend={"orientation": "h", "yanchor": "top", "y": -0.12, "x": 0},
        hovermode="x unified",
    )


def bullet_figure(value: float, goal: float | None, unit: str, direction: str, lang: str) -> go.Figure:
    """The latest value as a bullet bar against the goal (a green mark); the number itself
    is shown beside the chart by the page."""
    largest = max([v for v in (value, goal) if v is not None] + [1e-9])
    top = 100 if unit == "persen" and largest > 40 else largest * 1.25
    met = goal is not None and ((value >= goal) if direction == "naik" else (value <= goal))
    colour = GREY if goal is None or direction == "pantau" else (BLUE if met else ORANGE)
    gauge = {
        "shape": "bullet",
        "axis": {
            "range": [0, top],
            "tickformat": ",.0f" if unit == "jumlah" or top > 10 else (",.1f" if top > 1 else ",.2f"),
            "ticksuffix": unit_suffix(unit),
            **_value_ticks(unit, lang, top),
        },
        "bar": {"color": colour, "thickness": 0.6},
        "bgcolor": "#F3F4F6",
    }
    if goal is not None:
        gauge["threshold"] = {"line": {"color": GREEN, "width": 5}, "thickness": 0.9, "value": goal}
    fig = go.Figure(go.Indicator(mode="gauge", value=value, gauge=gauge, domain={"x": [0, 1], "y": [0, 1]}))
    return styled(fig, lang, height=90, margin={"l": 15, "r": 30, "t": 10, "b": 25})


def comparable_with_city_goal(unit: str, direction: str) -> bool:
    """Whether a region's value can be held against the city goal: rates can; counts
    cannot (the goal is a city-wide total), nor monitor-only measures."""
    return unit in ("persen", "per_1000_kh") and direction != "pantau"


def breakdown_figure(regional: pd.DataFrame, unit: str, direction: str, goal: float | None, lang: str) -> go.Figure:
    """Regions side by side, best at the top; for rates, coloured by whether each meets the
    city goal, which is drawn as a line. Values are written beside the region names, so no
    label ever sits on a bar or on the goal line. A value hidden from the public
    (:mod:`kla.privacy`) is a grey bar of no length, its label ending in ``<5``, at the bottom."""
    ascending = direction != "turun"
    data = regional.sort_values("value", ascending=ascending, na_position="first")
    hidden = hidden_mask(data)
    labels = [
        f"{name} ({parent}) · {value_text(value, unit, lang, secret)}"
        if level in ("desa", "kelurahan")
        else f"{name} · {value_text(value, unit, lang, secret)}"
        for name, parent, level, value, secret in zip(
            data["region_name"], data["parent_name"], data["level"], data["value"], hidden
        )
    ]
    judged = goal is not None and comparable_with_city_goal(unit, direction)
    if not judged:
        colours = [SKY] * len(data)
    elif direction == "naik":
        colours = [BLUE if v >= goal else ORANGE for v in data["value"]]
    else:
        colours = [BLUE if v <= goal else ORANGE for v in data["value"]]
    number_format = hover_format(unit, list(data["value"]))
    suffix = unit_suffix(unit)
    hover = "%{y}<extra></extra>" if unit == "biner" else f"%{{x:{number_format}}}{suffix}<extra></extra>"
    bar = go.Bar(x=data["value"], y=labels, orientation="h", marker={"color": colours}, hovertemplate=hover)
    if hidden.any():
        bar.update(
            x=data["value"].fillna(0),
            marker={"color": [GREY if secret else colour for secret, colour in zip(hidden, colours)]},
            hovertemplate=[f"%{{y}}<br>{t('privacy_hover', lang)}<extra></extra>" if s else hover for s in hidden],
        )
    fig = go.Figure(bar)
    if judged:
        _level_line(fig, "x", goal, "goal", unit, lang, "top")
    ticks = _value_ticks(unit, lang, data["value"].max())
    fig.update_xaxes(title=t("unit_" + unit, lang), rangemode="tozero", ticksuffix=suffix, **ticks)
    fig.update_yaxes(title=None, automargin=True)
    return styled(fig, lang, height=max(200, 26 * len(data) + 90), bargap=0.25, showlegend=False)


def cluster_status_figure(summary: pd.DataFrame, lang: str) -> go.Figure:
    """Stacked bars per component: how many measures meet, miss, have no goal, have no data.

    ``summary`` has columns component_name, met, missed, no_goal, no_data (one row each).
    """
    fig = go.Figure()
    labels = {
        "met": t("status_met", lang),
        "missed": t("status_missed", lang),
        "no_goal": t("status_no_goal", lang),
        "no_data": t("status_no_data", lang),
    }
    data = summary.iloc[::-1]
    for status, label in labels.items():
        if not data[status].any():
            continue
        fig.add_trace(
            go.Bar(
                y=data["component_name"],
                x=data[status],
                name=label,
                orientation="h",
                marker={"color": STATUS_COLOURS[status], "line": {"color": "white", "width": 1}},
                text=[str(v) if v else "" for v in data[status]],
                textposition="inside",
                insidetextanchor="middle",
                textfont={"size": 16, "color": "white" if status in ("met", "no_goal") else "#1F2937"},
                hovertemplate=f"%{{y}}: %{{x}} ({label})<extra></extra>",
            )
        )
    fig.update_xaxes(title=t("axis_measures", lang), dtick=1, showgrid=True)
    fig.update_yaxes(title=None, automargin=True)
    return styled(
        fig,
        lang,
        height=360,
        barmode="stack",
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0, "traceorder": "normal"},
    )


REGION_COLOURS = (BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY, "#8C6D31", "#5E3C99")


def regional_trend_figure(
    values: pd.DataFrame, unit: str, goal: float | None, lang: str, benchmark: float | None = None, root: int = 1
) -> go.Figure:
    """One line per region of the level below the root (kecamatan of a city; a thicker line for
    the root, whose rank is ``root``), administrative data, both sexes, with the city goal and
    the national benchmark as level lines. A line breaks where a value is hidden from the
    public (:mod:`kla.privacy`); the page says why."""
    main = values[(values["sex"] == "L+P") & (values["source_kind"] == "administrasi") & (values["rank"] <= root + 1)]
    number_format = hover_format(unit, list(main["value"]))
    suffix = unit_suffix(unit)
    fig = go.Figure()
    regions = main.groupby(["region_code", "region_name", "rank"], sort=False)
    for index, ((_code, name, rank), series) in enumerate(regions):
        city = rank == root
        fig.add_trace(
            _year_line(
                series,
                name,
                ("#1F2937" if city else REGION_COLOURS[index % len(REGION_COLOURS)], 4 if city else 2, "solid"),
                ("square" if city else "circle", 8),
                number_format,
                suffix,
            )
        )
    if goal is not None and not main.empty:
        _level_line(fig, "y", goal, "goal", unit, lang, "bottom left")
    if benchmark is not None and not main.empty:
        _level_line(fig, "y", benchmark, "benchmark", unit, lang, "top left")
    fig.update_xaxes(dtick=1, tickformat="d", tickangle=0, title=None, showgrid=False)
    fig.update_yaxes(title=t("unit_" + unit, lang), rangemode="tozero", ticksuffix=suffix)
    return styled(fig, lang, height=380, legend={"orientation": "h", "yanchor": "top", "y": -0.12, "x": 0})
