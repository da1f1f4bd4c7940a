"""Files refused at the door, before any parser runs: quickly, plainly, nothing written."""

import shutil
import struct
import time
import zipfile
from pathlib import Path

import msoffcrypto.format.ooxml
import pytest

from loaders.ingest import ingest_file
from tests.workbooks import write_workbook

ROWS = [["I-4A", 2024, "35.79", "", 96]]


def _only_error(report) -> str:
    assert report.status == "rejected"
    (error,) = report.errors
    return error.message


def test_a_file_over_the_size_limit(tmp_path, empty_db, monkeypatch):
    monkeypatch.setenv("KLA_MAX_UPLOAD_MB", "0.001")
    message = _only_error(ingest_file(write_workbook(tmp_path / "besar.xlsx", ROWS), empty_db))
    assert "melebihi batas" in message
    assert not empty_db.exists()


def test_a_password_protected_workbook(tmp_path, empty_db):
    plain = write_workbook(tmp_path / "biasa.xlsx", ROWS)
    locked = tmp_path / "terkunci.xlsx"
    with plain.open("rb") as source, locked.open("wb") as target:
        msoffcrypto.format.ooxml.OOXMLFile(source).encrypt("rahasia", target)
    assert "kata sandi" in _only_error(ingest_file(locked, empty_db))


def test_a_decompression_bomb_is_refused_quickly(tmp_path, empty_db):
    bomb = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            block = b"\0" * (1 << 20)
            for _ in range(300):
                member.write(block)
    assert bomb.stat().st_size < 2 * 2**20
    started = time.monotonic()
    message = _only_error(ingest_file(bomb, empty_db))
    assert time.monotonic() - started < 5
    assert "mengembang" in message


def test_too_many_members(tmp_path, empty_db):
    crowded = tmp_path / "ramai.xlsx"
    with zipfile.ZipFile(crowded, "w") as archive:
        for index in range(10_001):
            archive.writestr(f"x/{index}.xml", "")
    assert "bagian internal" in _only_error(ingest_file(crowded, empty_db))


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("data.xlsx", b"kode_indikator;tahun;nilai\nI-4A;2024;96\n"),
        ("data.ods", b"PK\x03\x04 not really"),
        ("data.xls", b"<html><body>laporan</body></html>"),
        ("kosong.xlsx", b""),
    ],
)
def test_non_workbooks_are_refused_in_plain_words(tmp_path, empty_db, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    message = _only_error(ingest_file(path, empty_db))
    assert "tidak dapat dibaca sebagai buku kerja" in message


def test_a_password_protected_ods(tmp_path, empty_db):
    from tests.workbooks import write_ods

    path = write_ods(tmp_path / "terkunci.ods", ROWS)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    # What LibreOffice writes for a file saved with a password: each part's encryption data.
    parts["META-INF/manifest.xml"] = parts["META-INF/manifest.xml"].replace(
        b'manifest:full-path="content.xml"',
        b'manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K" '
        b'manifest:checksum="x"/></manifest:file-entry><manifest:file-entry manifest:media-type="" '
        b'manifest:full-path="ignored.xml"',
    )
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert "kata sandi" in _only_error(ingest_file(path, empty_db))


def test_an_ods_whose_manifest_cannot_be_unpacked_is_called_damaged(tmp_path, empty_db):
    from tests.workbooks import write_ods

    path = write_ods(tmp_path / "rusak.ods", ROWS)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
        manifest = archive.getinfo("META-INF/manifest.xml")
    content = bytearray(path.read_bytes())
    start = manifest.header_offset + 30 + len(manifest.filename.encode()) + len(manifest.extra)
    content[start : start + 8] = b"\xff" * 8  # the deflated bytes no longer make sense
    path.write_bytes(bytes(content))
    assert "tidak dapat dibaca sebagai buku kerja" in _only_error(ingest_file(path, empty_db))


FIXTURES = Path(__file__).parent / "fixtures"


def test_a_zip_of_an_unknown_version_is_called_damaged(tmp_path, empty_db):
    path = write_workbook(tmp_path / "versi.xlsx", ROWS)
    content = bytearray(path.read_bytes())
    entry = content.find(b"PK\x01\x02")
    content[entry + 6 : entry + 8] = struct.pack("<H", 148)  # "needs zip version 14.8" (found by the fuzzer)
    path.write_bytes(bytes(content))
    assert "tidak dapat dibaca sebagai buku kerja" in _only_error(ingest_file(path, empty_db))


@pytest.mark.parametrize("name", ["rusak-ods-manifest.ods", "rusak-ods-terpotong.ods"])
def test_damaged_ods_files_found_by_the_fuzzer_are_refused_quickly(tmp_path, empty_db, name):
    # The first made zipfile raise OSError; on the second (content.xml cut after a row)
    # calamine spins for ever, and only the parser's time limit used to stop it.
    started = time.monotonic()
    report = ingest_file(shutil.copy(FIXTURES / name, tmp_path / name), empty_db)
    assert "tidak dapat dibaca sebagai buku kerja" in _only_error(report)
    assert time.monotonic() - started < 30
