"""The overview's cards of goals met per cluster as one piece of HTML: a card per component with
how many of its measures meet the city goal, how many do not, and its average score.

Six ``st.metric`` cards in two rows of columns, under a heading, were 15 elements of every
overview run; as one HTML block they are one, and a warm overview run took about 1,5 ms less
(a tenth; alternating with the metrics). The browser lays them out by itself: as many equal
cards per row as fit, three on a laptop.
"""

from __future__ import annotations

from html import escape

import pandas as pd

from kla import catalog, fmt
from kla.text import t

STYLE = """<style>
.kla-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 1rem;
  margin: 0.25rem 0 1rem; }
.kla-card { border: 1px solid rgba(49, 51, 63, 0.2); border-radius: 0.5rem; padding: 1rem;
  break-inside: avoid; page-break-inside: avoid; }
.kla-card .kla-card-name { font-size: 0.875rem; }
.kla-card .kla-card-value { font-size: 2.25rem; line-height: 1.3; margin: 0.1rem 0 0.3rem; }
.kla-card .kla-card-foot { display: flex; flex-wrap: wrap; align-items: center; gap: 0.3rem 0.6rem;
  font-size: 0.875rem; }
.kla-card .kla-card-behind { background: #FDECEC; color: #B42318; border-radius: 0.5rem; padding: 0.05rem 0.4rem; }
.kla-card .kla-card-score { color: #6B7280; }
</style>"""


def goal_cards(summary: pd.DataFrame, scores: pd.Series, year: int, lang: str) -> str:
    """Under a heading naming ``year``, a card for each component of ``summary`` (see
    :func:`kla.overview.component_summary`), in its order: its short name (the full one when
    pointed at), its measures that meet the goal out of those that have a goal and a value,
    how many do not (when any), and its average score from ``scores`` (by component code;
    "–" without one)."""
    cards = []
    for row in summary.itertuples():
        judged = row.total - row.no_goal - row.no_data
        behind = (
            f'<span class="kla-card-behind">{escape(t("kpi_missed_delta", lang, missed=row.missed))}</span>'
            if row.missed
            else ""
        )
        score = fmt.number(scores.get(row.component, float("nan")), 1, lang)
        cards.append(
            f'<div class="kla-card" role="listitem" title="{escape(catalog.component(row.component).name(lang))}">'
            f'<div class="kla-card-name">{escape(row.component_name)}</div>'
            f'<div class="kla-card-value">{escape(t("kpi_met", lang, met=row.met, total=judged))}</div>'
            f'<div class="kla-card-foot">{behind}'
            f'<span class="kla-card-score">{escape(t("kpi_score", lang, score=score))}</span></div></div>'
        )
    heading = escape(t("kpi_heading", lang, year=year))
    return (
        f'{STYLE}<p class="kla-cards-heading"><strong>{heading}</strong></p>'
        f'<div class="kla-cards" role="list" aria-label="{heading}">{"".join(cards)}</div>'
    )
