"""The meeting deck as real files: `python -m kla.report` writes .pptx and .pdf, opened here."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pypdf import PdfReader

from kla import catalog, report, store
from kla.slides import build_deck

ROOT = Path(__file__).resolve().parent.parent
CLUSTER_TITLES_ID = [component.name("id") for component in catalog.COMPONENTS]
STATUS_WORDS_ID = ("Target tercapai", "Sesuai jalur", "Perlu percepatan", "Kemajuan terbatas", "Memburuk")


def _report(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kla.report", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


@pytest.fixture(scope="module")
def pptx_file(sample_db_master, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("deck") / "rapat.pptx"
    result = _report("--format", "pptx", "--out", str(out), "--db", str(sample_db_master))
    assert result.returncode == 0, result.stderr
    assert "11 halaman" in result.stdout
    return out


@pytest.fixture(scope="module")
def pdf_file(sample_db_master, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("deck") / "rapat.pdf"
    result = _report("--format", "pdf", "--out", str(out), "--db", str(sample_db_master), "--year", "2025")
    assert result.returncode == 0, result.stderr
    return out


def _slide_texts(slide) -> list[str]:
    texts = [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
    for shape in slide.shapes:
        if shape.has_table:
            texts += [cell.text for row in shape.table.rows for cell in row.cells]
    return texts


def _cluster_codes(sample_db_master, component: str) -> list[str]:
    with store.reading(sample_db_master) as con:
        deck = build_deck(con, 2025, "id")
    slide = next(s for s in deck.slides if s.key == component)
    return [text.split(" ")[0] for text in slide.table.frame.iloc[:, 0]]


def test_pptx_deck_has_every_slide_with_chart_and_scorecard(pptx_file, sample_db_master):
    deck = Presentation(str(pptx_file))
    slides = list(deck.slides)
    assert len(slides) >= 9
    assert deck.slide_width * 9 == deck.slide_height * 16  # 16:9
    titles = [_slide_texts(slide)[0] for slide in slides]
    assert titles[0] == "Kota Layak Anak Kota Batu"
    assert titles[-3:] == ["Perlu perhatian", "Data yang belum masuk", "Ringkasan dan tindak lanjut"]
    for component, title in zip(catalog.COMPONENTS, CLUSTER_TITLES_ID):
        slide = slides[titles.index(title)]
        pictures = [shape for shape in slide.shapes if shape.shape_type == MSO_SHAPE_TYPE.PICTURE]
        tables = [shape for shape in slide.shapes if shape.has_table]
        assert len(pictures) == 1, title
        assert pictures[0].image.content_type == "image/png" and len(pictures[0].image.blob) > 10_000
        assert len(tables) == 1, title
        cells = [cell.text for row in tables[0].table.rows for cell in row.cells]
        assert cells[:4] == ["Ukuran", "Capaian 2025", "Target 2025", "Status"]
        for code in _cluster_codes(sample_db_master, component.code):
            assert any(cell.startswith(code + " ") for cell in cells), (title, code)
        assert set(cells) & set(STATUS_WORDS_ID)
    for slide in slides:
        text = "\n".join(_slide_texts(slide))
        assert "Sumber:" in text and "Tahun data:" in text, text
        assert "Data contoh, bukan data resmi." in text
        assert "Sumber:" in slide.notes_slide.notes_text_frame.text


def test_pdf_deck_has_the_same_slides(pdf_file, sample_db_master):
    reader = PdfReader(str(pdf_file))
    assert len(reader.pages) >= 9
    texts = [page.extract_text() for page in reader.pages]
    for component, title in zip(catalog.COMPONENTS, CLUSTER_TITLES_ID):
        number = next(n for n, text in enumerate(texts) if text.startswith(title.split(":")[0]))
        page = reader.pages[number]
        assert len(page.images) == 1, title
        assert page.images[0].image.size[0] >= 700  # drawn at twice the size shown: sharp on a projector
        for code in _cluster_codes(sample_db_master, component.code):
            assert code in texts[number], (title, code)
        assert any(word in texts[number] for word in STATUS_WORDS_ID)
    for text in texts:
        assert "Sumber:" in text and "Data contoh, bukan data resmi." in text
    assert "Perlu perhatian" in texts[-3] and "Data yang belum masuk" in texts[-2]


def test_english_deck(sample_db_master):
    deck = report.build_deck(sample_db_master, 2024, "en")
    presentation = Presentation(io.BytesIO(report.deck_bytes(deck, "pptx")))
    titles = [_slide_texts(slide)[0] for slide in presentation.slides]
    assert titles[0] == "Kota Batu Child-Friendly City"
    assert "Cluster III: Basic health and welfare" in titles
    text = "\n".join(t for slide in presentation.slides for t in _slide_texts(slide))
    assert "Sample data, not official." in text and "Data contoh" not in text
    assert "2024 value" in text


def test_one_page_pdfs_of_a_cluster_and_an_indicator(sample_db_master):
    for page, code, expected in (("klaster", "III", "III-13A"), ("indikator", "III-13A", "Bumiaji")):
        reader = PdfReader(io.BytesIO(report.page_pdf(sample_db_master, page, code, 2025, "id")))
        assert len(reader.pages) == 1
        size = reader.pages[0].mediabox
        assert round(float(size.width) / 72 * 25.4) == 297 and round(float(size.height) / 72 * 25.4) == 210
        text = reader.pages[0].extract_text()
        assert expected in text and "Sumber:" in text and "Data contoh" in text
        assert len(reader.pages[0].images) == 1


def test_wrong_year_and_missing_database_are_explained(sample_db_master, tmp_path):
    result = _report(
        "--format", "pdf", "--out", str(tmp_path / "x.pdf"), "--db", str(sample_db_master), "--year", "1999"
    )
    assert result.returncode == 1 and "Tahun 1999 tidak punya data" in result.stderr
    result = _report("--format", "pptx", "--out", str(tmp_path / "x.pptx"), "--db", str(tmp_path / "tidak-ada.duckdb"))
    assert result.returncode == 1 and "Basis data tidak ditemukan" in result.stderr
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.pptx").exists()


def test_without_chromium_the_deck_says_what_to_install(sample_db_master, tmp_path):
    out = tmp_path / "x.pptx"
    result = _report(
        "--format",
        "pptx",
        "--out",
        str(out),
        "--db",
        str(sample_db_master),
        env={"BROWSER_PATH": "/tidak/ada/chromium"},
    )
    assert result.returncode == 1
    assert "Chromium tidak ditemukan" in result.stderr and "/tidak/ada/chromium" in result.stderr
    assert not out.exists()


def test_bad_use_exits_with_2(tmp_path):
    assert _report("--format", "docx", "--out", str(tmp_path / "x")).returncode == 2
