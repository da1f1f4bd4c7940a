"""Command line: ``python -m loaders
ingest|profiles|history|undo|template|rebuild|check|backup|restore|sample|make-sample``.

Exit codes: 0 on success (every file accepted), 1 when a file is rejected or an action is
refused, 2 on usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import duckdb

from kla import catalog, config, profile_store, queries, store, uploads
from kla.fmt import date_time, number
from kla.text import t
from kla.users import LOCAL_OPERATOR, LoginRefused, PermissionRefused, User
from kla.users.prompt import sign_in_on_cli
from loaders.ingest import ingest_file
from loaders.profile_sheets import LayoutChoice
from loaders.report import FileReport

KIND_CHOICES = tuple(uploads.KINDS)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m loaders", description="Memuat data KLA ke DuckDB.")
    commands = parser.add_subparsers(dest="command", required=True)
    ingest = commands.add_parser("ingest", help="memeriksa dan memuat berkas Excel/ODS")
    ingest.add_argument("files", nargs="+", type=Path, metavar="FILE")
    ingest.add_argument("--opd", help="kode OPD pengunggah, misalnya DINKES")
    ingest.add_argument("--dry-run", action="store_true", help="periksa saja, tidak menulis apa pun")
    ingest.add_argument(
        "--kind", choices=KIND_CHOICES, help="jenis data: indikator atau anggaran (bawaan: dikenali dari judul kolom)"
    )
    ingest.add_argument(
        "--profile", metavar="NAMA", help="baca dengan profil tata letak ini (bawaan: dikenali dari judul kolom)"
    )
    ingest.add_argument("--tahun", type=int, metavar="TAHUN", help="tahun data, untuk profil yang tahunnya dipilih")
    profiles = commands.add_parser("profiles", help="daftar profil tata letak ekspor OPD")
    profiles.add_argument("--lang", choices=("id", "en"), default="id", help="bahasa pesan")
    history = commands.add_parser("history", help="daftar unggahan, terbaru dulu")
    undo = commands.add_parser("undo", help="membatalkan satu unggahan")
    undo.add_argument("upload_id", type=int, metavar="UPLOAD_ID")
    template = commands.add_parser("template", help="menulis templat unggahan sebuah OPD")
    template.add_argument("--opd", help="kode OPD (wajib untuk templat indikator)")
    template.add_argument("--kind", choices=KIND_CHOICES, default="indikator", help="templat indikator atau anggaran")
    template.add_argument("--out", type=Path, required=True)
    template.add_argument("--year", type=int, default=date.today().year - 1)
    rebuild = commands.add_parser("rebuild", help="membangun ulang basis data dari arsip berkas")
    check = commands.add_parser("check", help="memeriksa keutuhan basis data dan arsipnya")
    backup = commands.add_parser("backup", help="menyimpan basis data dan arsipnya dalam satu berkas .zip")
    backup.add_argument("--out", type=Path, required=True, metavar="BERKAS")
    restore = commands.add_parser("restore", help="memulihkan basis data dari berkas cadangan")
    restore.add_argument("backup_file", type=Path, metavar="BERKAS")
    sample = commands.add_parser("sample", help="membangun basis data contoh dari data/sample/")
    for command in (ingest, history, undo, rebuild, check, backup, restore, sample):
        command.add_argument("--db", type=Path, help="berkas DuckDB (bawaan: $KLA_DB atau data/kla.duckdb)")
    for command in (ingest, history, undo, template, rebuild, check, backup, restore):
        command.add_argument("--lang", choices=("id", "en"), default="id", help="bahasa pesan")
    for command in (ingest, history, check):
        command.add_argument("--json", action="store_true", help="cetak sebagai JSON")
    for command in (ingest, undo, restore):
        command.add_argument(
            "--as", dest="as_user", metavar="NAMA", help="bertindak sebagai akun ini (bawaan: operator lokal)"
        )
        command.add_argument("--password-stdin", action="store_true", help="baca kata sandi akun dari stdin")
    make = commands.add_parser("make-sample", help="menulis ulang buku kerja contoh di data/sample/")
    make.add_argument("--out", type=Path, default=config.SAMPLE_DIR)
    return parser


def _print_human(report: FileReport, lang: str) -> None:
    verdict = t("cli_accepted" if report.status == "accepted" else "cli_rejected", lang)
    extra = t("cli_dry_run", lang) if report.dry_run else ""
    print(f"{report.file} ({t('upload_kind_' + report.kind, lang)}): {verdict}{extra}")
    if report.status == "accepted":
        counts = {name: number(getattr(report, name), 0, lang) for name in ("rows", "added", "changed", "unchanged")}
        upload = t("cli_upload_id", lang, upload_id=report.upload_id) if report.upload_id else ""
        print(f"  {t('cli_counts', lang, **counts)}{upload}")
    if report.profile:
        print(f"  {t('cli_read_with_profile', lang, profile=report.profile)}")
    history = uploads.KINDS[report.kind]
    for change in report.changes[:20]:
        shown = [column for column in history.identity if column != "source_kind" and change[column] != ""]
        identity = " ".join(str(change[column]) for column in shown)
        column = "value" if history is uploads.OBSERVATIONS else "allocation"
        old, new = number(change[f"old_{column}"], 2, lang), number(change[f"new_{column}"], 2, lang)
        print(f"  {identity}: {old} → {new}")
    for key, problems in (("cli_error", report.errors), ("cli_warning", report.warnings)):
        for problem in problems:
            where = f" {problem.cell or problem.sheet}" if problem.cell or problem.sheet else ""
            print(f"  {t(key, lang)}{where}: {problem.message}")


def _checked_opd(opd: str | None, lang: str) -> str | None:
    """The OPD code in upper case; exits with 2 when it is not a registered OPD."""
    if not opd:
        return None
    known = [item.code for item in catalog.read_opds()]
    if opd.strip().upper() not in known:
        print(t("err_unknown_opd", lang, opd=opd, known=", ".join(known)), file=sys.stderr)
        raise SystemExit(2)
    return opd.strip().upper()


def _acting_user(args: argparse.Namespace, db_path: Path) -> User:
    """The account named by ``--as`` (signed in with its password), else the local operator;
    exits with 1 when the sign-in is refused."""
    if not args.as_user:
        return LOCAL_OPERATOR
    if not db_path.exists():
        print(t("no_database", args.lang, path=db_path), file=sys.stderr)
        raise SystemExit(2)
    try:
        return sign_in_on_cli(db_path, args.as_user, args.password_stdin, args.lang)
    except LoginRefused as refused:
        print(refused, file=sys.stderr)
        raise SystemExit(1) from refused


def _ingest(args: argparse.Namespace, db_path: Path) -> int:
    opd = _checked_opd(args.opd, args.lang)
    for path in args.files:
        if not path.is_file():
            print(t("cli_file_missing", args.lang, path=path), file=sys.stderr)
            return 2
    layout = _layout_choice(args)
    user = _acting_user(args, db_path)
    print(t("cli_acting_as", args.lang, name=user.name), file=sys.stderr)
    reports = [
        ingest_file(
            path, db_path, opd=opd, dry_run=args.dry_run, lang=args.lang, kind=args.kind, user=user, layout=layout
        )
        for path in args.files
    ]
    if args.json:
        print(
            json.dumps({"files": [report.as_json() for report in reports]}, ensure_ascii=False, indent=2, default=str)
        )
    else:
        for report in reports:
            _print_human(report, args.lang)
    return 0 if all(report.status == "accepted" for report in reports) else 1


def _layout_choice(args: argparse.Namespace) -> LayoutChoice:
    """The profile named by ``--profile`` (exits with 2 when there is none by that name), or
    every saved one; with the year of ``--tahun``."""
    if not args.profile:
        return LayoutChoice(year=args.tahun)
    profile = profile_store.find(args.profile)
    if profile is None:
        known = ", ".join(p.name for p in profile_store.all_profiles()) or "–"
        print(t("cli_unknown_profile", args.lang, name=args.profile, known=known), file=sys.stderr)
        raise SystemExit(2)
    return LayoutChoice(profile=profile, year=args.tahun)


def _profiles(args: argparse.Namespace) -> int:
    """List the saved layout profiles, and any profile file that cannot be read."""
    found, unreadable = profile_store.scan()
    for profile in found:
        line = t("cli_profile_line", args.lang, name=profile.name, opd=profile.opd, version=profile.version)
        print(f"{profile.key:<32} {line}")
    for path in unreadable:
        print(t("cli_profile_unreadable", args.lang, path=path), file=sys.stderr)
    if not found:
        print(t("cli_no_profiles", args.lang, folder=profile_store.profiles_dir()))
    return 0


def _history(args: argparse.Namespace, db_path: Path) -> int:
    with store.reading(db_path) as con:
        uploads = queries.upload_history(con)
    if args.json:
        columns = ["upload_id", "kind", "file_name", "opd_code", "loaded_at", "rows_added", "rows_changed", "status"]
        print(uploads[columns].to_json(orient="records", date_format="iso", force_ascii=False, indent=2))
        return 0
    for upload in uploads.itertuples():
        opd = upload.opd_name if isinstance(upload.opd_name, str) else "–"
        print(
            f"#{upload.upload_id:<4} {date_time(upload.loaded_at, args.lang):<20} {upload.kind:<10} {opd:<15} "
            f"{upload.file_name:<30} +{upload.rows_added} ~{upload.rows_changed} {upload.status}"
        )
    return 0


def _undo(args: argparse.Namespace, db_path: Path) -> int:
    user = _acting_user(args, db_path)
    print(t("cli_acting_as", args.lang, name=user.name), file=sys.stderr)
    with store.writing(db_path) as con:
        try:
            result = uploads.undo_upload(con, args.upload_id, user)
        except (uploads.UndoRefused, PermissionRefused) as refused:
            print(refused, file=sys.stderr)
            return 1
    print(t("cli_undone", args.lang, upload_id=args.upload_id, withdrawn=result.withdrawn, restored=result.restored))
    return 0


def _template(args: argparse.Namespace) -> int:
    from loaders.budget_template import write_budget_template
    from loaders.template import write_template

    opd = _checked_opd(args.opd, args.lang)
    if args.kind == uploads.BUDGET.kind:
        rows = write_budget_template(args.out, args.year, opd, args.lang)
        print(t("cli_budget_template", args.lang, path=args.out, rows=rows, opd=opd or "-", year=args.year))
        return 0
    if opd is None:
        print(t("cli_template_needs_opd", args.lang), file=sys.stderr)
        return 2
    rows = write_template(opd, args.out, args.year, args.lang)
    print(t("cli_template", args.lang, path=args.out, rows=rows, opd=opd, year=args.year))
    return 0


def _rebuild(args: argparse.Namespace, db_path: Path) -> int:
    from loaders.rebuild import rebuild

    try:
        count, identical = rebuild(db_path)
    except FileNotFoundError as missing:
        print(t("cli_rebuild_missing", args.lang, files=missing), file=sys.stderr)
        return 1
    print(t("cli_rebuilt" if identical else "cli_rebuilt_different", args.lang, count=count, path=db_path))
    return 0 if identical else 1


def _check(args: argparse.Namespace, db_path: Path) -> int:
    from kla import integrity

    try:
        with store.reading(db_path) as con:
            findings, counts = integrity.check(con), integrity.summary(con)
    except store.DatabaseBusy as busy:
        print(busy, file=sys.stderr)
        return 1
    except duckdb.Error as error:  # a file too damaged to open
        print(t("integrity_file_unreadable", args.lang, path=db_path, error=str(error)[:300]), file=sys.stderr)
        print(t("fix_restore_or_rebuild", args.lang), file=sys.stderr)
        return 1
    if args.json:
        problems = [{"masalah": f.message(args.lang), "tindakan": f.fix(args.lang)} for f in findings]
        print(json.dumps({"utuh": not findings, **counts, "masalah": problems}, ensure_ascii=False, indent=2))
    elif findings:
        print(t("integrity_title", args.lang, path=db_path))
        for finding in findings:
            print(f"- {finding.message(args.lang)}")
        print(findings[0].fix(args.lang))
    else:
        print(t("integrity_ok", args.lang, path=db_path, **counts))
    return 1 if findings else 0


def _backup(args: argparse.Namespace, db_path: Path) -> int:
    from loaders.backup import BackupRefused, backup

    try:
        done = backup(db_path, args.out, args.lang)
    except (BackupRefused, store.DatabaseBusy) as refused:
        print(refused, file=sys.stderr)
        return 1
    print(
        t(
            "cli_backup_done",
            args.lang,
            path=done.path,
            uploads=done.uploads,
            values=done.values,
            files=done.archived_files,
        )
    )
    return 0


def _restore(args: argparse.Namespace, db_path: Path) -> int:
    from loaders.backup import BackupRefused, restore

    try:
        user = _acting_user(args, db_path) if db_path.exists() else LOCAL_OPERATOR
        done = restore(args.backup_file, db_path, user, args.lang)
    except (BackupRefused, store.DatabaseBusy, PermissionRefused) as refused:
        print(refused, file=sys.stderr)
        return 1
    counts = {"uploads": done.uploads, "values": done.values, "files": done.archived_files}
    print(t("cli_restore_done", args.lang, path=done.path, **counts))
    if done.previous is not None:
        print(t("cli_restore_previous", args.lang, path=done.previous))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    db_path = getattr(args, "db", None) or config.database_path()
    if args.command == "sample":
        from loaders.sample_db import build_sample_database

        return build_sample_database(db_path)
    if args.command == "make-sample":
        from loaders.sample_data import write_sample

        write_sample(args.out)
        return 0
    if args.command == "template":
        return _template(args)
    if args.command == "profiles":
        return _profiles(args)
    if args.command not in ("ingest", "restore") and not db_path.exists():
        print(t("no_database", args.lang, path=db_path), file=sys.stderr)
        return 2
    handlers = {
        "ingest": _ingest,
        "history": _history,
        "undo": _undo,
        "rebuild": _rebuild,
        "check": _check,
        "backup": _backup,
        "restore": _restore,
    }
    try:
        return handlers[args.command](args, db_path)
    except store.DatabaseBusy as busy:  # another process held the database longer than we waited
        print(busy, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
