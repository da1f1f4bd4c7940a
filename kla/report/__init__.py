"""Files for meetings: the deck as ``.pptx`` or ``.pdf``, and single pages as one-page PDFs.

``python -m kla.report --format pptx --out rapat.pptx`` builds the deck without a browser;
the presenter page and the cluster and indicator pages offer the same files for download.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kla import fmt, queries, slides, store
from kla.scorecard import city_scorecard
from kla.text import t

FORMATS = {
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "pdf": "application/pdf",
}


def build_deck(db: Path | str, year: int, lang: str, today: dt.date | None = None, reveal: bool = False) -> slides.Deck:
    """The meeting deck for ``year`` from the database file ``db``; small counts hidden
    unless ``reveal`` (see :mod:`kla.privacy`)."""
    with store.reading(db) as con:
        return slides.build_deck(con, year, lang, today, reveal)


def deck_bytes(deck: slides.Deck, file_format: str) -> bytes:
    """``deck`` as a ``pptx`` or ``pdf`` file (public or full, as the deck was built)."""
    # The writers (python-pptx, fpdf2 and their fonts) load only when a file is asked for,
    # so that pages start without them.
    from kla.report.pdf_deck import pdf_bytes
    from kla.report.pptx_deck import pptx_bytes

    if file_format == "pptx":
        return pptx_bytes(deck)
    footers = [deck.file_footer(number) for number in range(1, len(deck.slides) + 1)]
    return pdf_bytes(list(deck.slides), footers, deck.slides[0].title, deck.lang)


def page_pdf(
    db: Path | str,
    page: str,
    code: str,
    year: int,
    lang: str,
    today: dt.date | None = None,
    reveal: bool = False,
) -> bytes:
    """A one-page A4 landscape PDF of a cluster page (``page="klaster"``, ``code`` a component
    such as ``III``) or of the indicator page (``page="indikator"``, ``code`` such as ``III-13A``);
    small counts hidden unless ``reveal``, and the footer says which."""
    from kla.report.pdf_deck import A4_LANDSCAPE_MM, pdf_bytes

    today = today or dt.date.today()
    with store.reading(db) as con:
        _, city = queries.root_region(con)
        sample = queries.is_sample(con)
        if page == "indikator":
            slide = slides.indicator_slide(con, code, year, lang, reveal)
        else:
            slide = slides.cluster_slide(con, city_scorecard(con, year), code, year, sample, lang)
    footer = t("page_footer", lang, city=city, year=year, date=fmt.date(today, lang))
    footer += t("source_sample", lang) if sample else ""
    footer += f" · {slides.version_line(reveal, lang, short=True)}"
    return pdf_bytes([slide], [footer], slide.title, lang, size_mm=A4_LANDSCAPE_MM)
