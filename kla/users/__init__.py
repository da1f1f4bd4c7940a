"""Accounts, roles and who may change what.

Three roles: ``admin`` (goals, weights, accounts, any OPD's data), ``analis`` (loads and undoes
the data of the OPDs bound to the account) and ``pembaca`` (reads, also the small counts
hidden from the public). Passwords are kept only as argon2id hashes. There is no default
account and no default password: the first admin is made with ``python -m kla.users add``.

The command line and Python code that pass no user act as :data:`LOCAL_OPERATOR`, someone
with access to the server itself, and the audit trail says so.
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import duckdb
import pandas as pd
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from kla import audit
from kla.sql import first
from kla.text import t

ROLES = ("admin", "analis", "pembaca")
NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
MIN_PASSWORD_LENGTH = 10
MAX_FAILURES = 5  # failed logins in a row before the account is locked
LOCK_MINUTES = 15
_HASHER = PasswordHasher()


@dataclass(frozen=True)
class User:
    """Someone acting in the app or on the command line."""

    name: str
    role: str
    opds: tuple[str, ...] = field(default=())
    via: str = "aplikasi"  # aplikasi | cli

    @property
    def is_admin(self) -> bool:
        """True for administrators and the local operator."""
        return self.role == "admin"

    def may_load(self, opd_code: str | None) -> bool:
        """Whether this user may load or undo data of ``opd_code``."""
        return self.is_admin or (self.role == "analis" and opd_code in self.opds)


LOCAL_OPERATOR = User("operator lokal", "admin", (), "cli")


class AccountError(ValueError):
    """An account action that cannot be done; the message says why, in Indonesian."""


class PermissionRefused(PermissionError):
    """The user may not do this; the message says why and who may."""


class LoginRefused(ValueError):
    """A login that did not succeed; the message never says whether the name exists."""


@functools.cache
def _unknown_user_hash() -> str:
    """A hash to check a wrong name against, so that it costs as long as a wrong password (made
    on first need: hashing takes a tenth of a second)."""
    return _HASHER.hash("tidak-ada-akun-seperti-ini")


def hash_password(password: str) -> str:
    """The argon2id hash of ``password``, after checking it is long enough."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(t("account_password_short", minimum=MIN_PASSWORD_LENGTH))
    return _HASHER.hash(password)


def _verify(stored: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def _checked_name(name: str) -> str:
    cleaned = name.strip().lower()
    if not NAME_PATTERN.match(cleaned):
        raise AccountError(t("account_bad_name", name=name))
    return cleaned


def require_admin(actor: User, action: str) -> None:
    """Raise :class:`PermissionRefused` unless ``actor`` is an administrator."""
    if not actor.is_admin:
        raise PermissionRefused(t("permission_admin_only", action=t("action_" + action), name=actor.name))


def has_admin(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether an active administrator account exists."""
    return bool(first(con.execute("SELECT count(*) FROM users WHERE role = 'admin' AND active"))[0])


def add_user(
    con: duckdb.DuckDBPyConnection,
    name: str,
    role: str,
    password: str,
    opds: Iterable[str] = (),
    actor: User = LOCAL_OPERATOR,
) -> User:
    """Create an account; an analyst needs at least one known OPD, other roles none."""
    require_admin(actor, "account_add")
    name, opds = _checked_name(name), tuple(sorted({code.strip().upper() for code in opds}))
    if role not in ROLES:
        raise AccountError(t("account_bad_role", role=role, roles=", ".join(ROLES)))
    if (role == "analis") != bool(opds):
        raise AccountError(t("account_opd_rule"))
    known = {row[0] for row in con.execute("SELECT code FROM opd").fetchall()}
    if unknown := [code for code in opds if code not in known]:
        raise AccountError(t("account_unknown_opd", opds=", ".join(unknown), known=", ".join(sorted(known))))
    if first(con.execute("SELECT count(*) FROM users WHERE name = ?", [name]))[0]:
        raise AccountError(t("account_exists", name=name))
    password_hash = hash_password(password)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(
            "INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, now())",
            [name, role, password_hash],
        )
        for code in opds:
            con.execute("INSERT INTO user_opd VALUES (?, ?)", [name, code])
        audit.record(con, actor, "account_add", subject=name, new=f"{role} {' '.join(opds)}".strip())
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return User(name, role, opds)


def _existing(con: duckdb.DuckDBPyConnection, name: str) -> str:
    cleaned = name.strip().lower()
    if not first(con.execute("SELECT count(*) FROM users WHERE name = ?", [cleaned]))[0]:
        raise AccountError(t("account_unknown", name=name))
    return cleaned


def disable_user(con: duckdb.DuckDBPyConnection, name: str, actor: User = LOCAL_OPERATOR) -> None:
    """Disable an account: it can no longer log in; its history stays."""
    require_admin(actor, "account_disable")
    name = _existing(con, name)
    con.execute("UPDATE users SET active = FALSE WHERE name = ?", [name])
    audit.record(con, actor, "account_disable", subject=name, old="aktif", new="nonaktif")


def reset_password(con: duckdb.DuckDBPyConnection, name: str, password: str, actor: User = LOCAL_OPERATOR) -> None:
    """Give an account a new password and lift a lock."""
    require_admin(actor, "account_reset")
    name = _existing(con, name)
    con.execute(
        "UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE name = ?",
        [hash_password(password), name],
    )
    audit.record(con, actor, "account_reset", subject=name)


def list_users(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every account (never its hash): name, role, OPDs, active, last login, locked until."""
    return con.execute(
        """
        SELECT u.name, u.role, coalesce(string_agg(o.opd_code, ' ' ORDER BY o.opd_code), '') AS opds,
               u.active, u.created_at, u.last_login, u.locked_until
        FROM users u LEFT JOIN user_opd o ON o.user_name = u.name
        GROUP BY ALL ORDER BY u.name
        """
    ).df()


def failure_pause_s(failures: int) -> float:
    """How long a failed login waits before answering: 0,5 s, doubling, at most 4 s."""
    return min(0.5 * 2 ** max(failures - 1, 0), 4.0)


def authenticate(
    con: duckdb.DuckDBPyConnection,
    name: str,
    password: str,
    via: str = "aplikasi",
    now: datetime | None = None,
    pause: Callable[[float], None] = time.sleep,
) -> User:
    """The user ``name`` if ``password`` is theirs; otherwise :class:`LoginRefused`.

    Every attempt is audited. Failures in a row slow the answer down and, at
    :data:`MAX_FAILURES`, lock the account for :data:`LOCK_MINUTES` minutes.
    """
    now = now or datetime.now()
    cleaned = name.strip().lower()
    row = first(
        con.execute(
            "SELECT password_hash, active, failed_logins, locked_until, role FROM users WHERE name = ?", [cleaned]
        )
    )
    someone = User(cleaned or "?", "pembaca", (), via)
    if row is None or not row[1]:
        _verify(_unknown_user_hash(), password)
        audit.record(con, someone, "login", outcome="ditolak", detail="nama tidak dikenal atau nonaktif")
        pause(failure_pause_s(1))
        raise LoginRefused(t("login_wrong"))
    stored, _, failures, locked_until, role = row
    if locked_until is not None and locked_until > now:
        audit.record(con, someone, "login", outcome="ditolak", detail="akun terkunci")
        minutes = max(1, int((locked_until - now).total_seconds() // 60) + 1)
        raise LoginRefused(t("login_locked", minutes=minutes))
    if not _verify(stored, password):
        failures += 1
        locked = now + timedelta(minutes=LOCK_MINUTES) if failures >= MAX_FAILURES else None
        con.execute(
            "UPDATE users SET failed_logins = ?, locked_until = ? WHERE name = ?",
            [0 if locked else failures, locked, cleaned],
        )
        audit.record(con, someone, "login", outcome="ditolak", detail=f"kata sandi salah ({failures}×)")
        if locked:
            raise LoginRefused(t("login_locked", minutes=LOCK_MINUTES))
        pause(failure_pause_s(failures))
        raise LoginRefused(t("login_wrong"))
    if _HASHER.check_needs_rehash(stored):
        con.execute("UPDATE users SET password_hash = ? WHERE name = ?", [_HASHER.hash(password), cleaned])
    con.execute(
        "UPDATE users SET failed_logins = 0, locked_until = NULL, last_login = ? WHERE name = ?", [now, cleaned]
    )
    opds = tuple(
        row[0]
        for row in con.execute("SELECT opd_code FROM user_opd WHERE user_name = ? ORDER BY 1", [cleaned]).fetchall()
    )
    user = User(cleaned, role, opds, via)
    audit.record(con, user, "login")
    return user
