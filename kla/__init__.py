"""Domain package of the KLA dashboard: catalog, store, queries, figures and UI text.

Both the Streamlit pages and the loaders import from here; nothing in this package
imports Streamlit except :mod:`kla.ui`, the small helper module that exists for pages.
"""
