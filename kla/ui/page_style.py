"""Style rules every page shares.

- Printing (browser print, A4 landscape): no sidebar, no toolbars or buttons, the content
  across the page, and no chart, table or card split over two pages.
- Streamlit's own "Download as CSV" in a table's toolbar is hidden: it writes text that a
  spreadsheet runs as a formula; every table has its own safe Excel and CSV buttons instead
  (:func:`kla.ui.parts.downloads`).
"""

import base64
from pathlib import Path

import streamlit as st

from kla.config import PROJECT_ROOT

ICON = PROJECT_ROOT / "assets" / "ikon.png"

PAGE_CSS = """
<style>
[data-testid="stElementToolbarButton"]:has([aria-label="Download as CSV"]),
[data-testid="stElementToolbar"] button[aria-label="Download as CSV"] { display: none !important; }
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stExpandSidebarButton"],
  header[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
  [data-testid="stStatusWidget"], [data-testid="stDownloadButton"], [data-testid="stElementToolbar"],
  [data-testid="stPageLink"], [data-testid="stPopover"], .modebar-container {
    display: none !important;
  }
  [data-testid="stMain"], [data-testid="stAppViewContainer"] {
    margin-left: 0 !important; overflow: visible !important;
  }
  [data-testid="stMainBlockContainer"] { max-width: 100% !important; padding: 0 !important; }
  [data-testid="stPlotlyChart"], [data-testid="stVerticalBlockBorderWrapper"], [data-testid="stTable"],
  [data-testid="stDataFrame"], [data-testid="stMetric"], [data-testid="stAlert"] {
    break-inside: avoid; page-break-inside: avoid;
  }
  [data-testid="stPlotlyChart"] .js-plotly-plot, [data-testid="stPlotlyChart"] .svg-container {
    max-width: 100% !important;
  }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
</style>
"""


def page_style() -> None:
    """Add the shared rules to the page."""
    st.html(PAGE_CSS)


def favicon(path: Path = ICON) -> str:
    """The browser-tab icon as a ``data:`` address. Streamlit hands such an address to the
    browser as it is; given the file, it opens and re-encodes it with Pillow, whose first use
    costs about 40 ms of the first page after a start."""
    return "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode("ascii")
