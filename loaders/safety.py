"""Checks at the door, before any parser sees a file: size, zip bombs, encryption."""

from __future__ import annotations

import os
import zipfile
import zlib
from pathlib import Path

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
ZIP_SUFFIXES = (".xlsx", ".xlsm", ".ods")
MAX_MEMBERS = 10_000
MAX_RATIO = 200  # a workbook's XML compresses well, but not 200 times over
MANIFEST_BYTES = 4 * 2**20


def max_upload_bytes() -> int:
    """The size limit for one file: ``$KLA_MAX_UPLOAD_MB`` megabytes, 25 by default."""
    return int(float(os.environ.get("KLA_MAX_UPLOAD_MB", "25")) * 1024 * 1024)


def max_unpacked_bytes() -> int:
    """How much a zipped workbook may unpack to: ``$KLA_MAX_UNPACKED_MB``, 400 by default."""
    return int(float(os.environ.get("KLA_MAX_UNPACKED_MB", "400")) * 1024 * 1024)


class RefusedFile(ValueError):
    """A file refused before parsing; ``reason`` is a key of :mod:`kla.text`, ``values`` fill it."""

    def __init__(self, reason: str, **values: object):
        super().__init__(reason)
        self.reason, self.values = reason, values


def check_file(path: Path) -> None:
    """Raise :class:`RefusedFile` when ``path`` is too big, a zip bomb, or encrypted."""
    size = path.stat().st_size
    limit = max_upload_bytes()
    if size > limit:
        raise RefusedFile("err_too_big", size_mb=round(size / 2**20, 1), limit_mb=round(limit / 2**20, 1))
    with path.open("rb") as handle:
        magic = handle.read(8)
    if magic.startswith(OLE_MAGIC) and ENCRYPTED_STREAM in path.read_bytes():
        raise RefusedFile("err_encrypted")  # an encrypted Office file is an OLE container holding this stream
    if path.suffix.lower() in ZIP_SUFFIXES and magic.startswith(ZIP_MAGIC):
        _check_zip(path, size)


# What Python's zipfile raises on a damaged archive (found by the fuzzer: an unknown "zip
# version" raises NotImplementedError, a garbled entry OSError or ValueError).
DAMAGED_ZIP = (zipfile.BadZipFile, KeyError, EOFError, NotImplementedError, OSError, ValueError, zlib.error)


def _check_zip(path: Path, size: int) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except DAMAGED_ZIP:
        return  # the parser reports a damaged file in plain words
    if len(members) > MAX_MEMBERS:
        raise RefusedFile("err_zip_members", count=len(members))
    unpacked = sum(member.file_size for member in members)
    if unpacked > max_unpacked_bytes() or unpacked > MAX_RATIO * max(size, 1) + 10 * 2**20:
        raise RefusedFile("err_zip_bomb", unpacked_mb=round(unpacked / 2**20))
    if path.suffix.lower() == ".ods" and _ods_encrypted(path):  # only now is unpacking it safe
        raise RefusedFile("err_encrypted")


def _ods_encrypted(path: Path) -> bool:
    """A password-protected LibreOffice file lists encryption data in its manifest. A manifest
    that cannot be unpacked is left for the parser to call damaged."""
    try:
        with zipfile.ZipFile(path) as archive, archive.open("META-INF/manifest.xml") as handle:
            manifest = handle.read(MANIFEST_BYTES)
    except DAMAGED_ZIP:
        return False
    return b"encryption-data" in manifest
