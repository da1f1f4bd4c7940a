"""How every page prints (browser print, A4 landscape): no sidebar, no toolbars or buttons,
the content across the page, and no chart, table or card split over two pages."""

import streamlit as st

PRINT_CSS = """
<style>
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


def print_style() -> None:
    """Add the print rules to the page (they change nothing on screen)."""
    st.html(PRINT_CSS)
