"""The archive of loaded files: each file kept by its SHA-256 in ``arsip/`` beside the
database, with the layout profile that read it (if any), so the database can be rebuilt
exactly as it was loaded."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import replace
from pathlib import Path

from kla.layout_profile import Profile, to_toml


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def archive_dir(db_path: Path) -> Path:
    """Where raw uploaded files are kept, by their SHA-256: ``arsip/`` beside the database."""
    return db_path.parent / "arsip"


def archive_file(path: Path, sha256: str, db_path: Path) -> Path:
    """Keep the file at ``path`` in the archive under its SHA-256 (once: the same bytes are one file)."""
    target = archive_dir(db_path) / f"{sha256}{path.suffix.lower()}"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".tmp")
        shutil.copyfile(path, partial)
        partial.replace(target)
    return target


def archived_profiles(archived: Path) -> list[Path]:
    """The profiles archived beside an archived file (``<sha>.profil-1.toml`` …)."""
    return sorted(archived.parent.glob(f"{archived.stem}.profil-*.toml"))


def archive_profiles(used: list[Profile], archived: Path, year: int | None) -> None:
    """Keep each profile that read a file beside it, with the year chosen at upload if any."""
    for number, profile in enumerate(used, start=1):
        kept = replace(profile, chosen_year=year or profile.chosen_year)
        target = archived.with_name(f"{archived.stem}.profil-{number}.toml")
        partial = target.with_name(target.name + ".tmp")
        partial.write_text(to_toml(kept), encoding="utf-8")
        partial.replace(target)
