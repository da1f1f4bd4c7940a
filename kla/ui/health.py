"""The start-up integrity check of the database (:mod:`kla.integrity`), told to the operator in
the server's log and to everyone on the pages, without making the first page wait for it."""

from __future__ import annotations

import atexit
import sys
import threading

import streamlit as st

from kla import integrity, store
from kla.text import t
from kla.ui.state import db_path

# Per database file: None while the check runs, then its findings. Kept for the life of the
# process (not in Streamlit's caches, which a page may clear).
_FINDINGS: dict[str, list[integrity.Finding] | None] = {}
_LOCK = threading.Lock()
_CHECKS: list[threading.Thread] = []
EXIT_WAIT_S = 60


@atexit.register
def _wait_for_checks() -> None:
    """Let a check still running finish before the interpreter ends: DuckDB aborts the whole
    process (exit 134) when a daemon thread is cut off inside a query."""
    for check in _CHECKS:
        check.join(timeout=EXIT_WAIT_S)


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
    """Start the check the first time this process sees the database; once it has found
    problems, say them at the top of every page."""
    path = str(db_path())
    with _LOCK:
        if path not in _FINDINGS:
            _FINDINGS[path] = None
            check = threading.Thread(target=_check, args=(path,), name="kla-integrity", daemon=True)
            _CHECKS.append(check)
            check.start()
    findings = _FINDINGS.get(path)
    if findings:
        listed = "\n".join(f"- {finding.message(lang)}" for finding in findings)
        st.error(
            f"{t('integrity_title', lang, path=path)}\n\n{listed}\n\n{findings[0].fix(lang)}", icon=":material/error:"
        )
