"""The map of regions, coloured by value or by status, drawn without any map tiles (it works
on a city intranet without internet)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from kla.figure_style import GREY, hover_format, styled, unit_suffix
from kla.privacy import hidden_mask
from kla.scorecard import PROGRESS_COLOURS
from kla.text import t


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
    suffix = unit_suffix(unit)
    number_format = hover_format(unit, list(data["value"]))
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
    return styled(
        fig, lang, height=560, margin={"l": 0, "r": 0, "t": 10, "b": 0}, legend={"orientation": "h", "y": 0, "x": 0}
    )
