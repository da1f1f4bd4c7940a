"""Kelembagaan: the institutional measures (regulation, task force, child-friendly villages)."""

from kla.ui.cluster import render_cluster_page
from kla.ui.state import through_entry

through_entry()

render_cluster_page("KL")
