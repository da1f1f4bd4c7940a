"""Warnings a validator cannot give: values far from their series' history, sudden jumps.

Both compare the incoming values with the values already in the database (and, for jumps,
with the other years of the same file), in one query each, so they stay fast for large files.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import duckdb
import pandas as pd

from kla.fmt import number
from kla.text import t
from loaders.report import Problem

SERIES = ("indicator_code", "region_code", "sex", "source_kind")
ROBUST_Z_LIMIT = 3.5
MIN_HISTORY = 4
JUMP_FACTOR = 3.0
JUMP_MIN_VALUE = 5.0  # below this, a threefold change is ordinary (1 → 4 playgrounds)
MAX_LISTED = 20

_JOIN = " AND ".join(f"a.{c} = b.{c}" for c in SERIES)


def _listed(con: duckdb.DuckDBPyConnection, sql: str, parameters: dict) -> tuple[list[tuple], int]:
    """The first rows that ``sql`` finds, by cell (as many as are listed), and how many it finds."""
    found = con.execute(
        f"SELECT *, count(*) OVER () FROM ({sql}) AS found ORDER BY cell LIMIT {MAX_LISTED}", parameters
    ).fetchall()
    return [row[:-1] for row in found], found[0][-1] if found else 0


def _far_from_history(con: duckdb.DuckDBPyConnection) -> tuple[list[tuple], int]:
    return _listed(
        con,
        f"""
        WITH history AS (
            SELECT b.* FROM observations b
            WHERE EXISTS (SELECT 1 FROM incoming_check a WHERE {_JOIN})
        ),
        centre AS (SELECT {", ".join(SERIES)}, median(value) AS centre, count(*) AS n FROM history GROUP BY ALL),
        spread AS (
            SELECT {", ".join("h." + c for c in SERIES)}, median(abs(h.value - c.centre)) AS mad
            FROM history h JOIN centre c USING ({", ".join(SERIES)}) GROUP BY ALL
        )
        SELECT a.cell, a.indicator_code, a.year, a.value, c.centre
        FROM incoming_check a
        JOIN centre c USING ({", ".join(SERIES)})
        JOIN spread s USING ({", ".join(SERIES)})
        WHERE c.n >= $min_history AND s.mad > 0
          AND abs(0.6745 * (a.value - c.centre) / s.mad) > $z_limit
        """,
        {"min_history": MIN_HISTORY, "z_limit": ROBUST_Z_LIMIT},
    )


def _jumps(con: duckdb.DuckDBPyConnection) -> tuple[list[tuple], int]:
    return _listed(
        con,
        f"""
        WITH known AS (
            SELECT {", ".join(SERIES)}, year, value FROM incoming_check
            UNION ALL
            SELECT {", ".join("b." + c for c in SERIES)}, b.year, b.value FROM observations b
            WHERE EXISTS (SELECT 1 FROM incoming_check a WHERE {_JOIN})
              AND NOT EXISTS (SELECT 1 FROM incoming_check a WHERE {_JOIN} AND a.year = b.year)
        )
        SELECT a.cell, a.indicator_code, a.year, a.value, b.year AS previous_year, b.value AS previous
        FROM incoming_check a JOIN known b ON {_JOIN} AND b.year = a.year - 1
        WHERE a.value > 0 AND b.value > 0 AND greatest(a.value, b.value) >= $min_value
          AND greatest(a.value / b.value, b.value / a.value) > $factor
        """,
        {"min_value": JUMP_MIN_VALUE, "factor": JUMP_FACTOR},
    )


def plausibility_warnings(con: duckdb.DuckDBPyConnection, rows: pd.DataFrame, lang: str) -> list[Problem]:
    """Warnings for values of ``rows`` (with a ``cell`` column) that look like mistakes."""
    if rows.empty:
        return []
    con.register("incoming_all", rows[[*SERIES, "year", "value", "cell"]])
    # Only values that are new or changed: what is already in the database was seen before.
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE incoming_check AS
        SELECT a.* FROM incoming_all a
        WHERE NOT EXISTS (SELECT 1 FROM observations b WHERE {_JOIN} AND a.year = b.year AND a.value = b.value)
        """
    )
    con.unregister("incoming_all")
    try:
        (far, far_count), (jumps, jump_count) = _far_from_history(con), _jumps(con)
    finally:
        con.execute("DROP TABLE incoming_check")
    listed = ([("far", row) for row in far] + [("jump", row) for row in jumps])[:MAX_LISTED]
    problems = [_problem(kind, row, lang) for kind, row in listed]
    unlisted = far_count + jump_count - len(listed)
    if unlisted > 0:
        problems.append(Problem(None, None, None, t("warn_more_unusual", lang, count=unlisted)))
    return problems


@contextmanager
def warnings_alongside(
    con: duckdb.DuckDBPyConnection, rows: pd.DataFrame, lang: str
) -> Iterator[Callable[[], list[Problem]]]:
    """:func:`plausibility_warnings` of ``rows`` against the database of ``con`` as it is on
    entering the block, worked out on a second connection in a thread while the block writes
    to the database (a load): the block gets a function that waits for them. The thread's own
    transaction keeps what it sees from the block's writes; DuckDB runs both at once."""
    cursor = con.cursor()
    cursor.execute("BEGIN TRANSACTION")
    cursor.execute("SELECT count(*) FROM observation_history").fetchall()  # the snapshot starts here
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["warnings"] = plausibility_warnings(cursor, rows, lang)
        except BaseException as error:  # handed to the caller, who waits for the thread
            outcome["error"] = error

    thread = threading.Thread(target=work, name="plausibility")
    thread.start()

    def warnings() -> list[Problem]:
        thread.join()
        if "error" in outcome:
            raise outcome["error"]
        return outcome["warnings"]

    try:
        yield warnings
    finally:
        thread.join()
        cursor.execute("ROLLBACK")
        cursor.close()


def _problem(kind: str, row: tuple, lang: str) -> Problem:
    """The warning for one row of :func:`_far_from_history` (``far``) or :func:`_jumps`."""
    if kind == "far":
        cell, code, year, value, centre = row
        message = t(
            "warn_far_from_history",
            lang,
            code=code,
            year=year,
            value=number(value, 2, lang),
            centre=number(centre, 2, lang),
        )
    else:
        cell, code, year, value, before, previous = row
        shown = {"value": number(value, 2, lang), "previous_year": before, "previous": number(previous, 2, lang)}
        message = t("warn_jump", lang, code=code, year=year, **shown)
    return Problem(cell.rsplit("!", 1)[0], cell, None, message)
