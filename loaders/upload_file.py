"""A file received as bytes (a browser upload): kept under a fixed name while it is read, and
its sheets handed out for mapping an unknown layout."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kla.text import t
from loaders.report import Problem
from loaders.workbook import ACCEPTED_SUFFIXES, Sheet, UnreadableWorkbook


@contextmanager
def temporary_copy(name: str, content: bytes) -> Iterator[Path]:
    """The bytes written to a fixed name in a private temporary folder, keeping only a known
    suffix: the name a user gave is recorded, never used as a path."""
    suffix = Path(name).suffix.lower()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"unggahan{suffix if suffix in ACCEPTED_SUFFIXES else '.bin'}"
        path.write_bytes(content)
        yield path


def uploaded_sheets(name: str, content: bytes, lang: str = "id") -> list[Sheet] | str:
    """The sheets of an uploaded workbook, read within the parser's limits like any upload, or
    the message that says why it cannot be read."""
    from loaders.ingest import start_reading  # the door checks of every upload

    with temporary_copy(name, content) as path:
        reading = start_reading(path, lang)
        if isinstance(reading, Problem):
            return reading.message
        try:
            with reading:
                return reading.sheets()
        except UnreadableWorkbook as unreadable:
            return t("err_not_workbook", lang, detail=t(unreadable.reason, lang))
