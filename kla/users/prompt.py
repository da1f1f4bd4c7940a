"""Asking for a password on the command line: typed unseen at a terminal, or one line of
standard input (``--password-stdin``, for scripts). Never an argument, never echoed."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from kla import store
from kla.text import t
from kla.users import AccountError, User, authenticate


def read_password(from_stdin: bool, confirm: bool = False, lang: str = "id") -> str:
    """The password from standard input's first line, or typed twice at the terminal."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    password = getpass.getpass(t("account_password_prompt", lang))
    if confirm and getpass.getpass(t("account_password_again", lang)) != password:
        raise AccountError(t("account_password_mismatch", lang))
    return password


def sign_in_on_cli(db_path: Path, name: str, from_stdin: bool, lang: str = "id") -> User:
    """The account ``name``, signed in with its password (:class:`kla.users.LoginRefused` if
    wrong), acting through the command line."""
    password = read_password(from_stdin, lang=lang)
    with store.writing(db_path) as con:
        return authenticate(con, name, password, via="cli")
