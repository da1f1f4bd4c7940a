"""Target: the city goals and national benchmarks; goals changed here are recorded with a reason."""

from kla.ui.goals_page import render_goals_page

render_goals_page()
