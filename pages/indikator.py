"""Indikator: one measure in depth (?kode=III-13A): city trend, regions, statuses, values."""

from kla.ui.indicator_page import render_indicator_page

render_indicator_page()
