"""Klaster II: every measure of the cluster with its trend, goal and regions."""

from kla.ui.cluster import render_cluster_page

render_cluster_page("II")
