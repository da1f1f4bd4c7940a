"""The start-up integrity check of the database (:mod:`kla.integrity`), told to the operator in
the server's log and to everyone on the pages, started after the first page so that it never
makes that page wait."""

from __future__ import annotations

import sys
import threading

import streamlit as st

from kla import background, integrity, store
from kla.text import t
from kla.ui import warm_up
from kla.ui.state import db_path

# Per database file: None while the check runs, then its findings. Kept for the life of the
# process (not in Streamlit's caches, which a page may clear).
_FINDINGS: dict[str, list[integrity.Finding] | None] = {}
_LOCK = threading.Lock()


def _check(path: str) -> None:
    try:
        with store.reading(path, wait_s=120) as con:
            findings = integrity.check(con, thorough=False)
    except Exception as error:  # a file that cannot even be opened is the first thing to say
        findings = [integrity.Finding("integrity_file_unreadable", (("path", path), ("error", str(error)[:200])))]
    _FINDINGS[path] = findings
    if findings:
        lines = [t("integrity_title", path=path)] + [f"- {f.message('id')}" for f in findings]
        print("\n".join([*lines, findings[0].fix("id")]), file=sys.stderr, flush=True)


def integrity_banner(lang: str) -> None:
    """Start the check after the first page view of this process (see :func:`start_check`);
    once it has found problems, say them at the top of every page."""
    path = str(db_path())
    if warm_up.first_page_served():
        start_check(path)
    findings = _FINDINGS.get(path)
    if findings:
        listed = "\n".join(f"- {finding.message(lang)}" for finding in findings)
        st.error(
            f"{t('integrity_title', lang, path=path)}\n\n{listed}\n\n{findings[0].fix(lang)}", icon=":material/error:"
        )


def start_check(path: str) -> None:
    """Start the check of the database at ``path`` in the background, the first time this
    process asks for it: the server's warm-up once the first page has been drawn (or no
    browser has come), or else the page view after the first. The process waits for it at
    exit (:mod:`kla.background`)."""
    with _LOCK:
        if path not in _FINDINGS:
            _FINDINGS[path] = None
            background.start(_check, "kla-integrity", path)
