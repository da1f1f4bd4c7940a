"""OPD: who still owes data; one agency's measures, statuses and deliveries year by year."""

from kla.ui.opd_page import render_opd_page

render_opd_page()
