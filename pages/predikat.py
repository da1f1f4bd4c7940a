"""Predikat KLA: the city's predicate history, the bands, and an estimated score (never an official one)."""

from kla.ui.predicate_page import render_predicate_page

render_predicate_page()
