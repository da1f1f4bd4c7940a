"""The audit trail: who did what, when, through what, with old → new and the reason.

Every login (success and failure), upload, undo, goal or weight change and account change
writes one row of ``audit_log``; nothing ever deletes one.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import duckdb
import pandas as pd

from kla import fmt
from kla.text import t

if TYPE_CHECKING:
    from kla.users import User

ACTIONS = (
    "login",
    "logout",
    "upload",
    "undo",
    "goal_change",
    "weight_change",
    "account_add",
    "account_disable",
    "account_reset",
    "restore",
)


def record(
    con: duckdb.DuckDBPyConnection,
    actor: User,
    action: str,
    outcome: str = "berhasil",
    subject: str | None = None,
    old: object = None,
    new: object = None,
    reason: str | None = None,
    detail: str | None = None,
) -> None:
    """Write one audit row for ``actor`` (its name and whether it acted in the app or the CLI)."""
    if action not in ACTIONS:
        raise ValueError(action)
    con.execute(
        "INSERT INTO audit_log (logged_at, actor, via, action, outcome, subject, old_value, new_value, reason, detail) "
        "VALUES (now(), ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            actor.name,
            actor.via,
            action,
            outcome,
            subject,
            None if old is None else str(old),
            None if new is None else str(new),
            reason,
            detail,
        ],
    )


def trail(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every audit row, newest first."""
    return con.execute(
        "SELECT audit_id, logged_at, actor, via, action, outcome, subject, old_value, new_value, reason, detail "
        "FROM audit_log ORDER BY audit_id DESC"
    ).df()


def trail_table(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The trail for reading: time, who (and through what), action, outcome, subject, old → new,
    reason and detail, in words."""
    return pd.DataFrame(
        {
            t("col_time", lang): [fmt.date_time(moment, lang) for moment in rows["logged_at"]],
            t("audit_col_actor", lang): [
                f"{actor} ({t('audit_via_' + via, lang)})" for actor, via in zip(rows["actor"], rows["via"])
            ],
            t("audit_col_action", lang): [t("action_" + action, lang) for action in rows["action"]],
            t("audit_col_outcome", lang): [t("audit_outcome_" + outcome, lang) for outcome in rows["outcome"]],
            t("audit_col_subject", lang): rows["subject"].fillna("–"),
            t("audit_col_change", lang): [
                "–"
                if old is None and new is None
                else f"{old if old is not None else '–'} → {new if new is not None else '–'}"
                for old, new in zip(
                    rows["old_value"].where(rows["old_value"].notna(), None),
                    rows["new_value"].where(rows["new_value"].notna(), None),
                )
            ],
            t("audit_col_reason", lang): rows["reason"].fillna("–"),
            t("audit_col_detail", lang): rows["detail"].fillna("–"),
        }
    )


def filtered(
    rows: pd.DataFrame,
    actions: list[str],
    actors: list[str],
    outcomes: list[str],
    days: int,
    now: datetime | None = None,
) -> pd.DataFrame:
    """The rows of the last ``days`` days with one of ``actions``, ``actors`` and ``outcomes``
    (an empty choice lets everything through)."""
    since = (now or datetime.now()) - timedelta(days=days)
    keep = rows["logged_at"] >= since
    for column, chosen in (("action", actions), ("actor", actors), ("outcome", outcomes)):
        if chosen:
            keep &= rows[column].isin(chosen)
    return rows[keep]
