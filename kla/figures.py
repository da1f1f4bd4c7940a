"""Plotly figures for the pages, in the user's language and number style.

Colours are the Okabe-Ito palette (safe for colour-blind readers); every figure carries
its words too (legend, labels), never colour alone.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from kla.fmt import PLOTLY_SEPARATORS, measure_value
from kla.privacy import hidden_mask, value_text
from kla.scorecard import PROGRESS_COLOURS
from kla.text import t

BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY, GREY = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#9E9E9E",
)
STATUS_COLOURS = {"met": BLUE, "missed": ORANGE, "no_goal": GREY, "no_data": "#D9D9D9"}
FONT = {"family": "Source Sans, Segoe UI, Arial, sans-serif", "size": 15, "color": "#1F2937"}


def _layout(fig: go.Figure, lang: str, height: int, **extra: object) -> go.Figure:
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


# How the goal and the benchmark look wherever they are drawn as a level line.
LEVEL_LINES = {
    "goal": ("line_goal", {"color": GREEN, "width": 3, "dash": "dot"}, "#00704F"),
    "benchmark": ("line_benchmark", {"color": PURPLE, "width": 2, "dash": "dashdot"}, "#8E3B6E"),
}


def _level_line(fig: go.Figure, axis: str, value: float, kind: str, unit: str, lang: str, position: str) -> None:
    """The goal or the benchmark as a labelled line across the chart (``axis`` ``x`` or ``y``)."""
    label_key, line, text_colour = LEVEL_LINES[kind]
    draw = fig.add_vline if axis == "x" else fig.add_hline
    draw(
        **{axis: value},
        line=line,
        annotation_text=f"{t(label_key, lang)}: {measure_value(value, unit, lang)}",
        annotation_position=position,
        annotation_font={"color": text_colour, "size": 14},
    )


def _value_ticks(unit: str, lang: str, largest: float | None = None) -> dict:
    """Axis ticks that suit the unit: whole numbers for counts (every one when there are
    few), yes/no for binary measures."""
    if unit == "biner":
        return {"tickvals": [0, 1], "ticktext": [measure_value(0, unit, lang), measure_value(1, unit, lang)]}
    if unit == "jumlah":
        return {"tickformat": ",d", **({"dtick": 1} if largest is not None and largest <= 8 else {})}
    return {}


def _unit_suffix(unit: str) -> str:
    return "%" if unit == "persen" else ""


def _hover_format(unit: str, values: pd.Series | list[float]) -> str:
    small = any(abs(v) < 1 for v in values if v == v and v is not None)
    return ",.0f" if unit in ("jumlah", "biner") else (",.2f" if small else ",.1f")


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
    number_format = _hover_format(unit, all_values)
    suffix = _unit_suffix(unit)
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
        fig.add_vline(x=highlight_year, line={"color": GREY, "width": 1, "dash": "dot"})
    fig.update_xaxes(dtick=1 if span <= 8 else 2, tickformat="d", tickangle=0, title=None, showgrid=False)
    ticks = _value_ticks(unit, lang, max(all_values) if all_values else None)
    fig.update_yaxes(title=t("unit_" + unit, lang), rangemode="tozero", ticksuffix=suffix, **ticks)
    return _layout(
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
            "ticksuffix": _unit_suffix(unit),
            **_value_ticks(unit, lang, top),
        },
        "bar": {"color": colour, "thickness": 0.6},
        "bgcolor": "#F3F4F6",
    }
    if goal is not None:
        gauge["threshold"] = {"line": {"color": GREEN, "width": 5}, "thickness": 0.9, "value": goal}
    fig = go.Figure(go.Indicator(mode="gauge", value=value, gauge=gauge, domain={"x": [0, 1], "y": [0, 1]}))
    return _layout(fig, lang, height=90, margin={"l": 15, "r": 30, "t": 10, "b": 25})


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
    number_format = _hover_format(unit, list(data["value"]))
    suffix = _unit_suffix(unit)
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
    return _layout(fig, lang, height=max(200, 26 * len(data) + 90), bargap=0.25, showlegend=False)


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
    return _layout(
        fig,
        lang,
        height=360,
        barmode="stack",
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0, "traceorder": "normal"},
    )


REGION_COLOURS = (BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY, "#8C6D31", "#5E3C99")


def regional_trend_figure(
    values: pd.DataFrame, unit: str, goal: float | None, lang: str, benchmark: float | None = None
) -> go.Figure:
    """One line per kecamatan (and a thicker one for the city), administrative data, both sexes,
    with the city goal and the national benchmark as level lines. A line breaks where a value
    is hidden from the public (:mod:`kla.privacy`); the page says why."""
    main = values[(values["sex"] == "L+P") & (values["source_kind"] == "administrasi") & (values["rank"] <= 2)]
    number_format = _hover_format(unit, list(main["value"]))
    suffix = _unit_suffix(unit)
    fig = go.Figure()
    regions = main.groupby(["region_code", "region_name", "rank"], sort=False)
    for index, ((_code, name, rank), series) in enumerate(regions):
        city = rank < 2
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
    return _layout(fig, lang, height=380, legend={"orientation": "h", "yanchor": "top", "y": -0.12, "x": 0})


def _flat_regions(geojson: dict, part: pd.DataFrame, colour: str, name: str, hover: str) -> go.Choroplethmap:
    """The regions of ``part`` in one colour, named in the legend as ``name``."""
    return go.Choroplethmap(
        geojson=geojson,
        featureidkey="properties.kode",
        locations=part["region_code"],
        z=[1] * len(part),
        colorscale=[[0, colour], [1, colour]],
        showscale=False,
        name=name,
        showlegend=True,
        marker={"line": {"color": "white", "width": 1.5}, "opacity": 0.9},
        customdata=part[["region_name", "value", "status_word"]].to_numpy(),
        hovertemplate=hover,
    )


def map_figure(
    data: pd.DataFrame, geojson: dict, centre: dict, colour_by: str, unit: str, direction: str, lang: str
) -> go.Figure:
    """A map of the regions in ``data`` (region_code, region_name, value, status_word, status),
    coloured by value (darker = better) or by status, drawn without any map tiles. Regions
    whose value is hidden from the public (:mod:`kla.privacy`) are grey and named ``<5``."""
    suffix = _unit_suffix(unit)
    number_format = _hover_format(unit, list(data["value"]))
    hover = (
        f"<b>%{{customdata[0]}}</b><br>%{{customdata[1]:{number_format}}}{suffix}<br>%{{customdata[2]}}<extra></extra>"
    )
    hidden = hidden_mask(data)
    shown = data[~hidden]
    if colour_by == "status":
        fig = go.Figure()
        for status, part in shown.groupby("status", sort=False):
            fig.add_trace(_flat_regions(geojson, part, PROGRESS_COLOURS[status][0], part["status_word"].iloc[0], hover))
    else:
        light_to_dark = [[0, "#C6DBEF"], [1, "#08306B"]]  # the lightest region still stands out on white
        scale = light_to_dark if direction != "turun" else [[0, "#08306B"], [1, "#C6DBEF"]]
        fig = go.Figure(
            go.Choroplethmap(
                geojson=geojson,
                featureidkey="properties.kode",
                locations=shown["region_code"],
                z=shown["value"],
                colorscale=scale,
                marker={"line": {"color": "white", "width": 1.5}, "opacity": 0.9},
                colorbar={"title": {"text": t("unit_" + unit, lang)}, "ticksuffix": suffix},
                customdata=shown[["region_name", "value", "status_word"]].to_numpy(),
                hovertemplate=hover,
            )
        )
    if hidden.any():
        marker = t("privacy_hidden", lang)
        secret = f"<b>%{{customdata[0]}}</b><br>{marker}: {t('privacy_hover', lang)}<extra></extra>"
        fig.add_trace(_flat_regions(geojson, data[hidden], GREY, marker, secret))
    fig.update_layout(map={"style": "white-bg", "center": centre, "zoom": 10.6})
    return _layout(
        fig, lang, height=560, margin={"l": 0, "r": 0, "t": 10, "b": 0}, legend={"orientation": "h", "y": 0, "x": 0}
    )


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
