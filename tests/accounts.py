"""Accounts for tests: the passwords of the accounts the ``db`` fixture (``conftest.py``)
makes, and a look at the audit trail."""

from __future__ import annotations

from pathlib import Path

from kla import store

PASSWORDS = {
    "admin1": "sandi-admin-yang-panjang",
    "dinkes1": "sandi-dinkes-yang-panjang",
    "baca1": "sandi-baca-panjang",
}


def audit_rows(db: Path) -> list[tuple]:
    """Every audit row: actor, via, action, outcome, subject, old, new, reason (oldest first)."""
    with store.reading(db) as con:
        return con.execute(
            "SELECT actor, via, action, outcome, subject, old_value, new_value, reason FROM audit_log ORDER BY audit_id"
        ).fetchall()
