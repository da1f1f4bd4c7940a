"""Small Streamlit helpers for the pages: state, cached loading and shared page parts.

This is the only part of :mod:`kla` that imports Streamlit.
"""
