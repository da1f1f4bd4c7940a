"""The privacy rule where people see data: pages (AppTest), their table downloads, page PDFs
and meeting decks. Anyone not signed in sees "<5"; someone signed in sees the numbers.

The case (tests/privacy_case.py): small counts of reported violence (V-21B) in 2024, by desa
and by kecamatan and sex, on top of the sample data.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import openpyxl
import pytest
from pptx import Presentation
from pypdf import PdfReader
from streamlit.testing.v1 import AppTest

from kla import report, store
from kla.slides import build_deck, indicator_slide
from kla.text import t
from kla.users import User
from tests import privacy_case as case
from tests.page_runs import dashboard_app

ROOT = Path(__file__).resolve().parent.parent
NOTE = t("privacy_note")
KECAMATAN = {case.BATU: "Batu", case.BUMIAJI: "Bumiaji", case.JUNREJO: "Junrejo"}
SEX_WORDS = {"L+P": t("sex_both"), "L": t("sex_boys"), "P": t("sex_girls")}


@pytest.fixture(scope="module")
def case_db(sample_db_master, tmp_path_factory) -> Path:
    return case.build(sample_db_master, tmp_path_factory.mktemp("privasi"))


def _open(case_db: Path, monkeypatch, page: str, signed_in: bool = False, **params: str) -> AppTest:
    monkeypatch.setenv("KLA_DB", str(case_db))
    app = dashboard_app()
    app.session_state["year"] = case.YEAR
    if signed_in:
        app.session_state["kla_user"] = User("dinkes1", "analis", ("DINKES",))
        app.session_state["kla_last_seen"] = time.time()
    for name, value in params.items():
        app.query_params[name] = value
    app.run()
    app.switch_page(page).run()
    assert not app.exception, [e.message for e in app.exception]
    return app


def _chart(app: AppTest, key: str) -> dict:
    return next(json.loads(c.proto.spec) for c in app.get("plotly_chart") if c.proto.id.endswith("-" + key))


def _numbers(array: list | dict) -> list:
    """A spec's array as a list (Plotly writes numeric arrays as base64 typed arrays); None for a gap."""
    if isinstance(array, dict):
        array = np.frombuffer(base64.b64decode(array["bdata"]), dtype=np.dtype(array["dtype"])).tolist()
    return [None if value is None or value != value else value for value in array]


def _captions(app: AppTest) -> list[str]:
    return [caption.value for caption in app.caption]


def _bars(app: AppTest) -> dict[str, tuple[str, float]]:
    """The V-21B desa breakdown of the cluster page: desa → (its label, its bar length)."""
    bars = _chart(app, "regions-V-21B")["data"][0]
    return {label.split(" (")[0]: (label, length) for label, length in zip(bars["y"], _numbers(bars["x"]))}


def test_cluster_page_shows_small_desa_counts_as_less_than_five_to_the_public(case_db, monkeypatch):
    app = _open(case_db, monkeypatch, "pages/klaster_5.py", ukuran=case.CODE)
    bars = _bars(app)
    for desa in case.HIDDEN_DESA:
        label, length = bars[desa]
        assert label.endswith(" · <5") and length == 0, (desa, label, length)
    for desa, value in case.SHOWN_DESA.items():
        assert bars[desa] == (f"{desa} ({bars[desa][0].split('(')[1].split(')')[0]}) · {value}", value)
    spec = _chart(app, "regions-V-21B")["data"][0]
    colours = dict(zip((label.split(" (")[0] for label in spec["y"]), spec["marker"]["color"]))
    assert {colours[desa] for desa in case.HIDDEN_DESA} == {"#9E9E9E"}  # grey
    hidden_hovers = [hover for hover in spec["hovertemplate"] if "disembunyikan" in hover]
    assert len(hidden_hovers) == len(case.HIDDEN_DESA) and all("%{x" not in hover for hover in hidden_hovers)
    assert NOTE in _captions(app)


def test_cluster_page_shows_the_numbers_to_someone_signed_in(case_db, monkeypatch):
    app = _open(case_db, monkeypatch, "pages/klaster_5.py", signed_in=True, ukuran=case.CODE)
    bars = _bars(app)
    for desa, value in {**case.HIDDEN_DESA, **case.SHOWN_DESA}.items():
        label, length = bars[desa]
        assert label.endswith(f" · {value}") and length == value
    assert NOTE not in _captions(app)


def _indicator(case_db, monkeypatch, signed_in: bool = False, files=None) -> AppTest:
    return _open(case_db, monkeypatch, "pages/indikator.py", signed_in, kode=case.CODE)


def _values_2024(app: AppTest):
    values = app.dataframe[1].value
    return values[values[t("col_year")] == str(case.YEAR)].set_index(["Kode wilayah", t("col_sex")])


def test_indicator_page_hides_small_counts_in_tables_and_lines(case_db, monkeypatch):
    app = _indicator(case_db, monkeypatch)
    values = _values_2024(app)
    for (region, sex), value in case.VALUES.items():
        shown = values.loc[(region, SEX_WORDS[sex]), t("col_value")]
        assert shown == ("<5" if (region, sex) in case.HIDDEN else str(value)), (region, sex, shown)
    statuses = app.dataframe[0].value
    for code, name in KECAMATAN.items():
        rows = statuses[(statuses["Wilayah"] == name) & (statuses["Tingkat"] == t("level_kecamatan"))]
        for sex, word in SEX_WORDS.items():
            latest = rows[rows[t("col_sex")] == word][t("col_latest")].iloc[0]
            expected = "<5" if (code, sex) in case.HIDDEN else str(case.VALUES[(code, sex)])
            assert latest == f"{expected} ({case.YEAR})"
    lines = {
        trace["name"]: dict(zip(_numbers(trace["x"]), _numbers(trace["y"]))) for trace in _chart(app, "regions")["data"]
    }
    assert lines["Batu"][case.YEAR] == 20
    assert lines["Bumiaji"][case.YEAR] is None and lines["Junrejo"][case.YEAR] is None  # the line breaks
    assert lines["Bumiaji"][case.YEAR - 1] is not None
    captions = _captions(app)
    assert t("privacy_line_note") in captions and captions.count(NOTE) == 2  # both tables


def test_indicator_page_shows_the_numbers_to_someone_signed_in(case_db, monkeypatch):
    app = _indicator(case_db, monkeypatch, signed_in=True)
    values = _values_2024(app)
    for (region, sex), value in case.VALUES.items():
        assert values.loc[(region, SEX_WORDS[sex]), t("col_value")] == str(value)
    lines = {
        trace["name"]: dict(zip(_numbers(trace["x"]), _numbers(trace["y"]))) for trace in _chart(app, "regions")["data"]
    }
    assert lines["Bumiaji"][case.YEAR] == 15 and lines["Junrejo"][case.YEAR] == 4
    assert NOTE not in _captions(app) and t("privacy_line_note") not in _captions(app)


def _download(files: dict[str, Callable], stem: str, extension: str) -> bytes:
    (name,) = [name for name in files if name.startswith(stem) and name.endswith("." + extension)]
    return files[name]()


def test_table_downloads_write_less_than_five_never_the_number(case_db, monkeypatch, files):
    _indicator(case_db, monkeypatch)
    stem = "v-21b-tabel-nilai"
    sheet = openpyxl.load_workbook(io.BytesIO(_download(files, stem, "xlsx"))).active
    header = [cell.value for cell in sheet[1]]
    year, code, sex, value = (header.index(name) for name in ("Tahun", "Kode wilayah", "Jenis kelamin", "Nilai"))
    words = {word: sex for sex, word in SEX_WORDS.items()}
    seen = set()
    for row in sheet.iter_rows(min_row=2):
        if row[year].value != case.YEAR or row[code].value is None:
            continue
        key = (row[code].value, words[row[sex].value])
        if key in case.HIDDEN:
            assert row[value].value == "<5" and row[value].data_type == "s"  # a text cell
            assert all(cell.value == "<5" for cell in row[value : value + 3])  # numerator and denominator too
            seen.add(key)
        elif key in case.VALUES:
            assert row[value].value == case.VALUES[key]
    assert seen == case.HIDDEN
    rows = list(csv.DictReader(io.StringIO(_download(files, stem, "csv").decode("utf-8-sig"))))
    hidden = [
        r
        for r in rows
        if r["Tahun"] == str(case.YEAR) and (r["Kode wilayah"], words[r["Jenis kelamin"]]) in case.HIDDEN
    ]
    assert len(hidden) == len(case.HIDDEN) and {r["Nilai"] for r in hidden} == {"<5"}
    statuses = openpyxl.load_workbook(io.BytesIO(_download(files, "v-21b-status-tiap-wilayah", "xlsx"))).active
    latest = [row[3].value for row in statuses.iter_rows(min_row=2) if row[0].value in case.HIDDEN_DESA]
    assert latest == [f"<5 ({case.YEAR})"] * len(case.HIDDEN_DESA)


def test_page_pdf_for_the_public_hides_small_counts(case_db, monkeypatch, files):
    _indicator(case_db, monkeypatch)
    (name,) = [name for name in files if name.endswith(".pdf")]
    text = PdfReader(io.BytesIO(files[name]())).pages[0].extract_text()
    assert t("privacy_footer_public") in text
    lines = [line for line in text.splitlines() if line.startswith(tuple(case.HIDDEN_DESA))]
    assert len(lines) == len(case.HIDDEN_DESA) and all("<5" in line for line in lines), lines


def test_region_map_colours_hidden_kecamatan_grey_and_says_less_than_five(case_db, monkeypatch):
    app = _open(case_db, monkeypatch, "pages/wilayah.py", kode=case.CODE)
    traces = {trace.get("name"): trace for trace in _chart(app, "map")["data"]}
    hidden = traces["<5"]
    assert sorted(hidden["locations"]) == [case.BUMIAJI, case.JUNREJO]
    assert hidden["colorscale"][0][1] == "#9E9E9E" and "disembunyikan" in hidden["hovertemplate"]
    assert all(row[1] is None for row in hidden["customdata"])
    (shown,) = [trace for name, trace in traces.items() if name != "<5"]
    assert list(shown["locations"]) == [case.BATU] and _numbers(shown["z"]) == [20]
    assert NOTE in _captions(app)


def test_region_map_shows_every_kecamatan_to_someone_signed_in(case_db, monkeypatch):
    app = _open(case_db, monkeypatch, "pages/wilayah.py", signed_in=True, kode=case.CODE)
    (trace,) = _chart(app, "map")["data"]
    assert dict(zip(trace["locations"], _numbers(trace["z"]))) == {case.BATU: 20, case.BUMIAJI: 15, case.JUNREJO: 4}


@pytest.mark.parametrize(
    ("desa", "signed_in", "expected"),
    [
        (case.TEMAS, False, "<5"),
        (case.SONGGOKERTO, False, "<5"),  # 5 on its own, hidden so that Batu's total keeps Temas hidden
        (case.TEMAS, True, "3"),
        (case.SONGGOKERTO, True, "5"),
    ],
)
def test_desa_profile_hides_what_the_breakdown_hides(case_db, monkeypatch, desa, signed_in, expected):
    app = _open(case_db, monkeypatch, "pages/wilayah.py", signed_in, kode="III-13A", wilayah=desa)
    profile = app.dataframe[0].value.set_index(t("col_code"))
    assert profile.loc[case.CODE, t("col_latest")] == f"{expected} ({case.YEAR})"
    assert (NOTE in _captions(app)) == (not signed_in)


def _region_rows(frame, names) -> dict[str, str]:
    return {row.iloc[0]: row.iloc[2] for _, row in frame.iterrows() if row.iloc[0] in names}


def test_indicator_sheet_for_the_public_and_in_full(case_db):
    names = {**case.HIDDEN_DESA, **case.SHOWN_DESA}
    with store.reading(case_db) as con:
        public = indicator_slide(con, case.CODE, case.YEAR, "id").table.frame
        full = indicator_slide(con, case.CODE, case.YEAR, "id", reveal=True).table.frame
    assert _region_rows(public, names) == {
        name: "<5" if name in case.HIDDEN_DESA else str(v) for name, v in names.items()
    }
    assert _region_rows(full, names) == {name: str(value) for name, value in names.items()}


def test_deck_for_the_public_says_so_and_holds_no_hidden_number(case_db):
    with store.reading(case_db) as con:
        public = build_deck(con, case.YEAR, "id")
        full = build_deck(con, case.YEAR, "id", reveal=True)
    assert t("privacy_deck_public") in public.slides[0].points
    assert t("privacy_deck_full") in full.slides[0].points
    assert public.footer(2) == full.footer(2)  # the presenter's footer stays as it was
    for slide in public.slides:
        if slide.table is not None:
            cells = slide.table.frame.astype(str).to_numpy().ravel()
            assert not any(cell.startswith(tuple(case.HIDDEN_DESA)) for cell in cells)
    deck = Presentation(io.BytesIO(report.deck_bytes(public, "pptx")))
    for slide in deck.slides:
        texts = [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
        assert any(text.endswith(t("privacy_footer_public")) for text in texts)
        assert t("privacy_deck_public") in slide.notes_slide.notes_text_frame.text


@pytest.mark.parametrize(("signed_in", "version"), [(False, "privacy_deck_public"), (True, "privacy_deck_full")])
def test_presenter_says_which_version_it_shows(case_db, monkeypatch, signed_in, version):
    monkeypatch.setenv("KLA_DB", str(case_db))
    app = dashboard_app()
    if signed_in:
        app.session_state["kla_user"] = User("pembaca1", "pembaca")
        app.session_state["kla_last_seen"] = time.time()
    app.run()
    app.switch_page("pages/presentasi.py").run()
    assert not app.exception
    assert t(version) in "\n".join(m.value for m in app.markdown)


def test_command_line_deck_is_full_by_default_and_public_with_publik(case_db, tmp_path):
    for flag, version in (("--publik", "public"), ("", "full")):
        out = tmp_path / f"rapat-{version}.pptx"
        result = subprocess.run(
            [sys.executable, "-m", "kla.report", "--format", "pptx", "--out", str(out), "--db", str(case_db)]
            + ([flag] if flag else []),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
        assert t(f"privacy_deck_{version}") in result.stdout
        first = Presentation(str(out)).slides[0]
        texts = [shape.text_frame.text for shape in first.shapes if shape.has_text_frame]
        assert any(text.endswith(t(f"privacy_footer_{version}")) for text in texts)
