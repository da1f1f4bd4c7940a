"""Klaster II: the cluster's scorecard, and a tab per measure with its trend, goal and regions."""

from kla.ui.cluster import render_cluster_page
from kla.ui.state import through_entry

through_entry()

render_cluster_page("II")
