"""Plotly figures of the child budget, in the user's language and number style.

Amounts on axes are in miliar rupiah (billions), which is how the budget is spoken of in
meetings; hover labels give the rounded amount in words (``Rp 1,25 M``).
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from kla import fmt
from kla.figure_style import BLUE, GREY, ORANGE, PURPLE, SKY, VERMILLION, styled
from kla.progress import status_from_score
from kla.scorecard import PROGRESS_COLOURS
from kla.text import t

BILLION = 1e9
# Okabe-Ito colours in a fixed order for the groups of a stacked bar (clusters or OPDs).
GROUP_COLOURS = (BLUE, ORANGE, "#009E73", SKY, VERMILLION, PURPLE, "#F0E442", GREY, "#000000", "#8C564B")


def _rupiah_hover(values: pd.Series, lang: str) -> list[str]:
    return [fmt.rupiah_short(value, lang) for value in values]


def budget_trend_figure(by_year: pd.DataFrame, totals: pd.DataFrame, lang: str) -> go.Figure:
    """Allocation per group (stacked bars) and the total realisation (line) per year."""
    fig = go.Figure()
    for index, (name, part) in enumerate(by_year.groupby("name", sort=False)):
        fig.add_bar(
            x=part["year"],
            y=part["allocation"] / BILLION,
            name=name,
            marker_color=GROUP_COLOURS[index % len(GROUP_COLOURS)],
            customdata=_rupiah_hover(part["allocation"], lang),
            hovertemplate=f"{name} %{{x}}: %{{customdata}}<extra>{t('budget_allocation', lang)}</extra>",
        )
    fig.add_scatter(
        x=totals["year"],
        y=totals["realisation"] / BILLION,
        name=t("budget_realisation_total", lang),
        mode="lines+markers",
        line={"color": "#1F2937", "width": 3},
        marker={"size": 9, "symbol": "diamond"},
        customdata=_rupiah_hover(totals["realisation"], lang),
        hovertemplate="%{x}: %{customdata}<extra></extra>",
    )
    fig.update_xaxes(dtick=1, tickformat="d")
    fig.update_yaxes(title_text=t("budget_axis_billion", lang), tickformat=",.0f", rangemode="tozero")
    return styled(fig, lang, 460, barmode="stack", legend={"orientation": "h", "y": -0.15})


def absorption_figure(absorption: pd.DataFrame, floor: float, lang: str) -> go.Figure:
    """Each OPD's absorption as a horizontal bar, lagging ones in orange, with the floor line."""
    colours = [ORANGE if lagging else BLUE for lagging in absorption["lagging"]]
    words = [t("budget_lagging" if lagging else "budget_on_pace", lang) for lagging in absorption["lagging"]]
    fig = go.Figure(
        go.Bar(
            x=absorption["absorption"],
            y=absorption["name"],
            orientation="h",
            marker_color=colours,
            text=[f"{fmt.number(value, 1, lang)}% · {word}" for value, word in zip(absorption["absorption"], words)],
            textposition="inside",
            insidetextanchor="end",
            customdata=list(
                zip(_rupiah_hover(absorption["realisation"], lang), _rupiah_hover(absorption["allocation"], lang))
            ),
            hovertemplate="%{y}: %{customdata[0]} / %{customdata[1]}<extra></extra>",
        )
    )
    fig.add_vline(
        x=floor,
        line={"color": VERMILLION, "width": 2, "dash": "dash"},
        annotation_text=t("budget_floor", lang, floor=fmt.number(floor, 0, lang)),
        annotation_position="top",
    )
    fig.update_xaxes(range=[0, 105], ticksuffix="%", title_text=t("budget_absorption", lang))
    fig.update_yaxes(autorange="reversed")
    return styled(fig, lang, 120 + 38 * len(absorption), showlegend=False)


def per_child_figure(per_child: pd.DataFrame, lang: str) -> go.Figure:
    """Allocation and realisation per child 0-17, per year, in rupiah."""
    fig = go.Figure()
    for column, colour, key, dash in (
        ("allocation_per_child", SKY, "budget_allocation", "dot"),
        ("realisation_per_child", BLUE, "budget_realisation", "solid"),
    ):
        fig.add_scatter(
            x=per_child["year"],
            y=per_child[column],
            name=t(key, lang),
            mode="lines+markers",
            line={"color": colour, "width": 3, "dash": dash},
            customdata=[fmt.rupiah(round(value), lang) for value in per_child[column]],
            hovertemplate="%{x}: %{customdata}<extra></extra>",
        )
    fig.update_xaxes(dtick=1, tickformat="d")
    fig.update_yaxes(title_text=t("budget_axis_per_child", lang), tickformat=",.0f", rangemode="tozero")
    return styled(fig, lang, 380, legend={"orientation": "h", "y": -0.2})


def money_and_progress_figure(clusters: pd.DataFrame, lang: str) -> go.Figure:
    """Per cluster, side by side: its share of the budget and its average progress score."""
    fig = make_subplots(
        rows=1,
        cols=2,
        shared_yaxes=True,
        horizontal_spacing=0.04,
        subplot_titles=(t("budget_share_title", lang), t("budget_score_title", lang)),
    )
    fig.add_bar(
        x=clusters["share"],
        y=clusters["name"],
        orientation="h",
        marker_color=BLUE,
        text=[
            f"{fmt.number(share, 1, lang)}% · {fmt.rupiah_short(amount, lang)}"
            for share, amount in zip(clusters["share"], clusters["allocation"])
        ],
        textposition="auto",
        hovertemplate="%{y}: %{x:.1f}%<extra></extra>",
        row=1,
        col=1,
    )
    scores = clusters["score"].astype(float)
    fig.add_bar(
        x=scores.fillna(0),
        y=clusters["name"],
        orientation="h",
        marker_color=[PROGRESS_COLOURS[status_from_score(None if pd.isna(score) else score)][0] for score in scores],
        marker_line={"color": "#1F2937", "width": 1},
        text=[
            t("budget_no_score", lang)
            if pd.isna(score)
            else f"{fmt.number(score, 1, lang)} · {t('progress_' + status_from_score(score), lang)}"
            for score in scores
        ],
        textposition="outside",
        cliponaxis=False,
        hovertemplate="%{y}: %{x:.1f}<extra></extra>",
        row=1,
        col=2,
    )
    fig.update_xaxes(ticksuffix="%", rangemode="tozero", row=1, col=1)
    # Room right of +5 for the words beside the longest bar; ticks only on the score scale.
    fig.update_xaxes(
        range=[-5.2, 10], tickvals=[-5, -2.5, 0, 2.5, 5], zeroline=True, zerolinecolor="#6B7280", row=1, col=2
    )
    fig.update_yaxes(autorange="reversed")
    return styled(fig, lang, 120 + 60 * len(clusters), showlegend=False, margin={"l": 10, "r": 20, "t": 60, "b": 10})
