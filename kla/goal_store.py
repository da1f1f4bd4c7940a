"""Writing the city goals: the whole set from a file, or changes with their reason recorded."""

from __future__ import annotations

import duckdb
import pandas as pd

from kla import audit
from kla.sql import first
from kla.text import t
from kla.users import LOCAL_OPERATOR, User, require_admin


def replace_city_goals(con: duckdb.DuckDBPyConnection, goals: pd.DataFrame) -> int:
    """Replace the city goals with ``goals`` (indicator_code, year, region_code, value, source)."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM targets WHERE kind = 'target_kota'")
        con.register("incoming_goals", goals)
        con.execute(
            "INSERT INTO targets SELECT indicator_code, year, region_code, value, 'target_kota', source "
            "FROM incoming_goals"
        )
        con.unregister("incoming_goals")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return len(goals)


class GoalChangeRefused(ValueError):
    """A goal change without a reason, or with a value that is not a number."""


def change_city_goals(
    con: duckdb.DuckDBPyConnection,
    code: str,
    new_goals: dict[int, float | None],
    reason: str,
    user: User = LOCAL_OPERATOR,
) -> int:
    """Set the city goals of measure ``code`` per year (None removes a year's goal), recording
    each change with ``reason`` in ``target_changes`` and the audit trail, in one transaction.
    Only administrators may. Returns how many goals changed."""
    require_admin(user, "goal_change")
    if not reason.strip():
        raise GoalChangeRefused(t("goal_reason_needed"))
    root = first(con.execute("SELECT code FROM regions WHERE parent_code IS NULL"))[0]
    rows = con.execute(
        "SELECT year, value, source FROM targets WHERE kind = 'target_kota' AND indicator_code = ? AND region_code = ?",
        [code, root],
    ).fetchall()
    current = {year: value for year, value, _ in rows}
    # The goal keeps naming its document (e.g. the RPJMD); the reason goes to the change log.
    source = next((source for _, _, source in rows if source), t("goal_source_changed"))
    changes = [(year, current.get(year), value) for year, value in new_goals.items() if current.get(year) != value]
    con.execute("BEGIN TRANSACTION")
    try:
        for year, old, new in changes:
            con.execute(
                "DELETE FROM targets WHERE kind = 'target_kota' AND indicator_code = ? AND region_code = ? "
                "AND year = ?",
                [code, root, year],
            )
            if new is not None:
                con.execute(
                    "INSERT INTO targets VALUES (?, ?, ?, ?, 'target_kota', ?)", [code, year, root, new, source]
                )
            con.execute(
                "INSERT INTO target_changes VALUES (now(), ?, ?, ?, ?, ?, ?, ?)",
                [code, year, root, old, new, reason.strip(), user.name],
            )
            audit.record(con, user, "goal_change", subject=f"{code} {year}", old=old, new=new, reason=reason.strip())
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return len(changes)
