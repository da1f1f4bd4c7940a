"""``python -m kla.report --format pptx|pdf --out FILE [--year Y] [--lang id|en] [--db PATH] [--publik]``

Builds the coordination-meeting deck from the database, without a browser. Whoever runs it
works on the server itself, so the deck holds every value; ``--publik`` writes the public
version instead, with small counts hidden (:mod:`kla.privacy`). Exit codes:
0 written, 1 the deck could not be made (no data for the year, no Chromium), 2 wrong use.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kla import config, queries, store
from kla.report import FORMATS, build_deck, deck_bytes
from kla.report.images import ChromiumMissing
from kla.slides import version_line
from kla.text import LANGUAGES, t


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m kla.report", description="Bahan rapat KLA: .pptx atau .pdf")
    parser.add_argument("--format", choices=sorted(FORMATS), required=True, help="pptx atau pdf")
    parser.add_argument("--out", type=Path, required=True, help="berkas tujuan")
    parser.add_argument("--year", type=int, help="tahun data (bawaan: tahun terakhir yang ada datanya)")
    parser.add_argument("--lang", choices=sorted(LANGUAGES), default="id", help="bahasa (id atau en)")
    parser.add_argument("--db", type=Path, default=None, help="berkas DuckDB (bawaan: $KLA_DB atau data/kla.duckdb)")
    parser.add_argument(
        "--publik", action="store_true", help="versi publik: jumlah kecil (<5) per kecamatan dan desa disembunyikan"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Write the deck; print where, or why not."""
    args = _arguments(argv)
    db = args.db or config.database_path()
    if not db.exists():
        print(t("report_no_database", args.lang, path=db), file=sys.stderr)
        return 1
    with store.reading(db) as con:
        years = queries.data_years(con)
    year = args.year or (years[-1] if years else None)
    if year not in years:
        print(t("report_no_year", args.lang, year=year, years=", ".join(map(str, years)) or "–"), file=sys.stderr)
        return 1
    deck = build_deck(db, year, args.lang, reveal=not args.publik)
    try:
        data = deck_bytes(deck, args.format)
    except ChromiumMissing as missing:
        print(t("presenter_no_browser", args.lang, path=missing), file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    temporary = args.out.with_name(args.out.name + ".part")
    temporary.write_bytes(data)
    temporary.replace(args.out)
    print(t("report_written", args.lang, path=args.out, slides=len(deck.slides)))
    print(version_line(deck.reveal, args.lang))
    return 0


if __name__ == "__main__":
    sys.exit(main())
