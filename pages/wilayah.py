"""Wilayah: a map of kecamatan or desa coloured by a measure's value or status, and a region's profile."""

from kla.ui.region_page import render_region_page

render_region_page()
