"""Accounts on the command line: ``python -m kla.users add|list|disable|reset-password``.

Run on the server by someone who may manage it (the local operator, as the audit trail
records). Exit codes: 0 done, 1 refused (the message says why), 2 wrong use.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kla import config, fmt, store, users
from kla.text import t
from kla.users.prompt import read_password


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m kla.users", description="Akun dasbor KLA.")
    commands = parser.add_subparsers(dest="command", required=True)
    add = commands.add_parser("add", help="membuat akun")
    add.add_argument("name", metavar="NAMA")
    add.add_argument("--role", required=True, choices=users.ROLES)
    add.add_argument("--opd", nargs="+", default=[], metavar="KODE", help="OPD akun analis")
    commands.add_parser("list", help="daftar akun")
    disable = commands.add_parser("disable", help="menonaktifkan akun")
    disable.add_argument("name", metavar="NAMA")
    reset = commands.add_parser("reset-password", help="mengganti kata sandi dan membuka kunci")
    reset.add_argument("name", metavar="NAMA")
    for command in commands.choices.values():
        command.add_argument("--db", type=Path, help="berkas DuckDB (bawaan: $KLA_DB atau data/kla.duckdb)")
        command.add_argument("--lang", choices=("id", "en"), default="id")
    for command in (add, reset):
        command.add_argument("--password-stdin", action="store_true", help="baca kata sandi dari stdin")
    return parser


def _list(db_path: Path, lang: str) -> int:
    with store.reading(db_path) as con:
        accounts = users.list_users(con)
    if accounts.empty:
        print(t("account_none", lang))
    for row in accounts.itertuples():
        state = "aktif" if row.active else "nonaktif"
        last = fmt.date_time(row.last_login, lang) if row.last_login == row.last_login and row.last_login else "–"
        print(f"{row.name:<20} {row.role:<8} {row.opds or '–':<24} {state:<9} {last}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the accounts command line; returns the exit code."""
    args = _parser().parse_args(argv)
    db_path = args.db or config.database_path()
    if args.command == "list":
        if not db_path.exists():
            print(t("no_database", args.lang, path=db_path), file=sys.stderr)
            return 2
        return _list(db_path, args.lang)
    try:
        if args.command == "disable":
            with store.writing(db_path) as con:
                users.disable_user(con, args.name)
            print(t("account_disabled", args.lang, name=args.name))
            return 0
        password = read_password(args.password_stdin, confirm=True, lang=args.lang)
        with store.writing(db_path) as con:
            if args.command == "add":
                users.add_user(con, args.name, args.role, password, args.opd)
                print(t("account_added", args.lang, name=args.name.lower(), role=args.role))
            else:
                users.reset_password(con, args.name, password)
                print(t("account_password_reset", args.lang, name=args.name.lower()))
    except users.AccountError as refused:
        print(refused, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
