"""What a city IT auditor checks: no raw HTML with user text, SQL with parameters only,
upload names never used as paths, secrets kept out of git."""

from __future__ import annotations

import ast
import re
import subprocess
from pathlib import Path

import pytest

from kla import store
from loaders.archive import archive_dir
from loaders.ingest import ingest_bytes
from tests.workbooks import write_workbook

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted(
    [
        ROOT / "dashboard.py",
        *(ROOT / "kla").rglob("*.py"),
        *(ROOT / "loaders").rglob("*.py"),
        *(ROOT / "pages").glob("*.py"),
    ]
)
# Text right before an interpolated value that would make it a SQL value, not an identifier.
VALUE_CONTEXT = re.compile(r"(=|'|<|>|\blike|\bin\s*\(|\bvalues\s*\()\s*$", re.IGNORECASE)


def _calls(tree: ast.AST, name: str):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == name:
            yield node


# Builders of markup that escape every value they write (each has a test that a name written
# as markup comes out as text: tests/test_status_bars.py, tests/test_goal_cards.py,
# tests/test_html_table.py).
ESCAPING_BUILDERS = {"status_bars", "goal_cards", "html_table"}


def _fixed_or_escaped(node: ast.expr) -> bool:
    """A module constant, or markup from an escaping builder, called directly or through a
    cache (``memo(status_bars, ...)``)."""
    if isinstance(node, ast.Name):
        return node.id.isupper()
    if isinstance(node, ast.Call):
        return any(isinstance(part, ast.Name) and part.id in ESCAPING_BUILDERS for part in (node.func, *node.args[:1]))
    return False


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_raw_html_is_only_fixed_text(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for call in [*_calls(tree, "html"), *_calls(tree, "markdown"), *_calls(tree, "write")]:
        unsafe = any(k.arg == "unsafe_allow_html" for k in call.keywords)
        assert not unsafe, f"{path.name}:{call.lineno} uses unsafe_allow_html"
        if call.func.attr == "html":
            assert _fixed_or_escaped(call.args[0]), (
                f"{path.name}:{call.lineno}: st.html only with a module constant or an escaping builder's markup"
            )


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_sql_takes_values_as_parameters(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.JoinedStr):
            continue
        text = "".join(part.value for part in node.values if isinstance(part, ast.Constant)).lower()
        if not any(word in text for word in ("select ", "insert ", "update ", "delete ", " where ")):
            continue
        before = ""
        for part in node.values:
            if isinstance(part, ast.Constant):
                before = str(part.value)
                continue
            source = ast.unparse(part.value)
            placeholders = "'?'" in source or source.strip("'\"") == "?"
            subquery = source.endswith("_sql")  # SQL text built in code, named so by convention
            assert placeholders or subquery or not VALUE_CONTEXT.search(before), (
                f"{path.name}:{node.lineno}: a value is written into SQL: …{before[-30:]}{{{source}}}"
            )


def test_an_uploaded_files_name_is_recorded_never_used_as_a_path(tmp_path, sample_db):
    content = write_workbook(tmp_path / "x.xlsx", [["KL-2A", 2025, "Kota", "", 6]]).read_bytes()
    outside = tmp_path / "keluar.xlsx"
    name = f"../../../../{outside}"
    report = ingest_bytes(name, content, sample_db)
    assert report.status == "accepted" and report.file == name
    assert not outside.exists()
    with store.reading(sample_db) as con:
        archived = con.execute("SELECT archive_path FROM uploads WHERE upload_id = ?", [report.upload_id]).fetchone()[0]
    assert Path(archived).parent == archive_dir(sample_db) and Path(archived).stem == report_sha(archived)


def report_sha(archived: str) -> str:
    """The archive names a file by its SHA-256 (64 hex digits)."""
    stem = Path(archived).stem
    assert len(stem) == 64 and all(c in "0123456789abcdef" for c in stem)
    return stem


def test_secrets_stay_out_of_git():
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert ".streamlit/secrets.toml" in ignored and ".env" in ignored
    assert (ROOT / ".streamlit" / "secrets.toml.example").exists() and (ROOT / ".env.example").exists()
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    if tracked:  # a checkout with git: no secrets file and no database is tracked
        assert ".streamlit/secrets.toml" not in tracked and ".env" not in tracked
        assert not [name for name in tracked if name.endswith(".duckdb")]
