"""Excel in, DuckDB out: reading OPD workbooks, validating them, loading them atomically.

Nothing here imports Streamlit; the same functions serve the command line, the
dashboard's upload page and the tests.
"""
