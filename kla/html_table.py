"""A short table as plain HTML, for the first page of a visit.

``st.table`` sends its rows as Arrow data, and the browser draws them only after it has fetched
and compiled Streamlit's Arrow code (about 1 MB) the first time a page shows a table: on the
overview that kept grey placeholders on the page for about 0,3 s after its script had finished.
Written as HTML, the overview's two short tables are drawn as soon as they arrive.
"""

from __future__ import annotations

from html import escape

import pandas as pd

STYLE = """<style>
.kla-table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 0.25rem 0 0.5rem; }
.kla-table th { text-align: left; font-weight: 600; color: #4B5563; border-bottom: 1px solid rgba(49, 51, 63, 0.2); }
.kla-table th, .kla-table td { padding: 0.35rem 0.6rem; vertical-align: top; }
.kla-table td { border-bottom: 1px solid rgba(49, 51, 63, 0.1); }
.kla-table tr { break-inside: avoid; page-break-inside: avoid; }
</style>"""


def _cell(value: object) -> str:
    return "–" if value is None or (isinstance(value, float) and pd.isna(value)) else escape(str(value))


def html_table(frame: pd.DataFrame) -> str:
    """``frame`` as an HTML table without its index: its columns as the header row, each value
    written as text ("–" when missing), every name and value escaped."""
    header = "".join(f'<th scope="col">{escape(str(column))}</th>' for column in frame.columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{_cell(value)}</td>" for value in row) + "</tr>"
        for row in frame.itertuples(index=False, name=None)
    )
    return f'{STYLE}<table class="kla-table"><thead><tr>{header}</tr></thead><tbody>{rows}</tbody></table>'
