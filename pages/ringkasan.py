"""Ringkasan: the city at a glance (goals met per cluster, furthest behind, data freshness)."""

from kla.ui.overview_page import render_overview_page

render_overview_page()
