"""Presentasi: the meeting deck one slide at a time (?slide=3), for a shared screen or projector."""

from kla.ui.presenter import presenter_page

presenter_page()
