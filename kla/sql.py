"""A small helper for DuckDB 2 results."""

from __future__ import annotations

import duckdb


def first(result: duckdb.DuckDBPyConnection) -> tuple | None:
    """The first row of an executed statement, reading the result to its end.

    DuckDB 2 keeps a result open until it is fully fetched and refuses other work on the
    connection meanwhile; ``fetchone()`` alone leaves it open.
    """
    rows = result.fetchall()
    return rows[0] if rows else None
