"""Command line: ``python -m loaders ingest|sample|make-sample``.

Exit codes: 0 when every file is accepted, 1 when any is rejected, 2 on usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kla import catalog, config
from kla.fmt import number
from kla.text import t
from loaders.ingest import ingest_file
from loaders.report import FileReport


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m loaders", description="Memuat data KLA ke DuckDB.")
    commands = parser.add_subparsers(dest="command", required=True)
    ingest = commands.add_parser("ingest", help="memeriksa dan memuat berkas Excel/ODS")
    ingest.add_argument("files", nargs="+", type=Path, metavar="FILE")
    ingest.add_argument("--db", type=Path, help="berkas DuckDB (bawaan: $KLA_DB atau data/kla.duckdb)")
    ingest.add_argument("--opd", help="kode OPD pengunggah, misalnya DINKES")
    ingest.add_argument("--dry-run", action="store_true", help="periksa saja, tidak menulis apa pun")
    ingest.add_argument("--json", action="store_true", help="cetak laporan sebagai JSON")
    ingest.add_argument("--lang", choices=("id", "en"), default="id", help="bahasa pesan")
    sample = commands.add_parser("sample", help="membangun basis data contoh dari data/sample/")
    sample.add_argument("--db", type=Path)
    make = commands.add_parser("make-sample", help="menulis ulang buku kerja contoh di data/sample/")
    make.add_argument("--out", type=Path, default=config.SAMPLE_DIR)
    return parser


def _print_human(report: FileReport, lang: str) -> None:
    verdict = t("cli_accepted" if report.status == "accepted" else "cli_rejected", lang)
    extra = t("cli_dry_run", lang) if report.dry_run else ""
    print(f"{report.file}: {verdict}{extra}")
    if report.status == "accepted":
        counts = {name: number(getattr(report, name), 0, lang) for name in ("rows", "added", "changed", "unchanged")}
        upload = t("cli_upload_id", lang, upload_id=report.upload_id) if report.upload_id else ""
        print(f"  {t('cli_counts', lang, **counts)}{upload}")
    for key, problems in (("cli_error", report.errors), ("cli_warning", report.warnings)):
        for problem in problems:
            where = f" {problem.cell or problem.sheet}" if problem.cell or problem.sheet else ""
            print(f"  {t(key, lang)}{where}: {problem.message}")


def _ingest(args: argparse.Namespace) -> int:
    db_path = args.db or config.database_path()
    if args.opd:
        known = [opd.code for opd in catalog.read_opds()]
        args.opd = args.opd.strip().upper()
        if args.opd not in known:
            print(t("err_unknown_opd", args.lang, opd=args.opd, known=", ".join(known)), file=sys.stderr)
            return 2
    reports = []
    for path in args.files:
        if not path.is_file():
            print(t("cli_file_missing", args.lang, path=path), file=sys.stderr)
            return 2
    for path in args.files:
        reports.append(ingest_file(path, db_path, opd=args.opd, dry_run=args.dry_run, lang=args.lang))
    if args.json:
        print(json.dumps({"files": [report.as_json() for report in reports]}, ensure_ascii=False, indent=2))
    else:
        for report in reports:
            _print_human(report, args.lang)
    return 0 if all(report.status == "accepted" for report in reports) else 1


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    if args.command == "ingest":
        return _ingest(args)
    if args.command == "sample":
        from loaders.sample_db import build_sample_database

        return build_sample_database(args.db or config.database_path())
    from loaders.sample_data import write_sample

    write_sample(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
