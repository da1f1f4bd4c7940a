"""Anggaran: the child budget over the years, absorption per OPD, spending per child, and each
cluster's money beside its progress."""

from kla.ui.budget_page import render_budget_page

render_budget_page()
