"""The overview's chart of goals per cluster as plain HTML: stacked bars that the browser draws
by itself, with no chart library to load.

The overview is the first page of most visits. A browser fetches and compiles Plotly's code
(4,6 MB) the first time a page shows a Plotly chart, and Streamlit shows grey placeholders for
the page's charts, figures and tables until it has: 2-2,5 s on the development machine, after
the page's script had finished. Drawn as HTML, the overview can be read as soon as it arrives.
The meeting slides still draw the same counts with Plotly (:func:`kla.figures.cluster_status_figure`).
"""

from __future__ import annotations

from html import escape

import pandas as pd

from kla.figures import STATUS_COLOURS
from kla.overview import STATUSES
from kla.text import t

TEXT_COLOURS = {"met": "white", "missed": "#1F2937", "no_goal": "white", "no_data": "#1F2937"}

STYLE = """<style>
.kla-bars { font-size: 1rem; margin: 0.25rem 0 0.5rem; }
.kla-bars .kla-keys { display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; margin-bottom: 0.6rem; }
.kla-bars .kla-key i { display: inline-block; width: 0.9rem; height: 0.9rem; margin-right: 0.35rem;
  vertical-align: -0.1rem; border-radius: 2px; }
.kla-bars .kla-row { display: flex; align-items: center; gap: 0.75rem; margin: 0.3rem 0; }
.kla-bars .kla-name { flex: 0 0 9rem; text-align: right; }
.kla-bars .kla-track { flex: 1; }
.kla-bars .kla-bar { display: flex; height: 2.1rem; }
.kla-bars .kla-bar span { display: flex; align-items: center; justify-content: center; min-width: 1.6rem;
  font-weight: 600; border-right: 1px solid white; }
.kla-bars .kla-axis { margin-left: 9.75rem; color: #4B5563; font-size: 0.9rem; }
</style>"""


def status_bars(summary: pd.DataFrame, lang: str) -> str:
    """The counts of measures per status for each component of ``summary`` (see
    :func:`kla.overview.component_summary`) as one bar per component, in its order, its
    length the number of its measures on a scale shared by all; each part written with its
    count and named when pointed at."""
    labels = {status: t("status_" + status, lang) for status in STATUSES}
    shown = [status for status in STATUSES if summary[status].any()]
    widest = max(int(summary[list(STATUSES)].sum(axis=1).max()), 1)
    keys = "".join(
        f'<span class="kla-key"><i style="background:{STATUS_COLOURS[status]}"></i>{escape(labels[status])}</span>'
        for status in shown
    )
    rows = []
    for row in summary.itertuples():
        counts = {status: int(getattr(row, status)) for status in shown}
        name = escape(row.component_name)
        parts = "".join(
            f'<span style="flex:{count};background:{STATUS_COLOURS[status]};color:{TEXT_COLOURS[status]}"'
            f' title="{name}: {count} ({escape(labels[status])})">{count}</span>'
            for status, count in counts.items()
            if count
        )
        width = 100 * sum(counts.values()) / widest
        rows.append(
            f'<div class="kla-row"><span class="kla-name">{name}</span>'
            f'<div class="kla-track"><div class="kla-bar" style="width:{width:.1f}%">{parts}</div></div></div>'
        )
    axis = escape(t("axis_measures", lang))
    return (
        f'{STYLE}<div class="kla-bars" role="figure" aria-label="{axis}">'
        f'<div class="kla-keys">{keys}</div>{"".join(rows)}<div class="kla-axis">{axis}</div></div>'
    )
