"""Kelembagaan: the institutional measures (regulation, task force, child-friendly villages)."""

from kla.ui.cluster import render_cluster_page

render_cluster_page("KL")
