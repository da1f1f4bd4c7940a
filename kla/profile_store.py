"""Where layout profiles are kept: one TOML file per profile in ``data/profil/`` (or
``$KLA_PROFIL``), each earlier version kept in ``lama/`` beside them."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from kla.config import DATA_DIR
from kla.layout_profile import Profile, ProfileError, from_toml, next_version, to_toml

SUFFIX = ".toml"


def profiles_dir() -> Path:
    """The folder of profiles: ``$KLA_PROFIL`` or ``data/profil``."""
    configured = os.environ.get("KLA_PROFIL", "").strip()
    return Path(configured) if configured else DATA_DIR / "profil"


def scan(folder: Path | None = None) -> tuple[list[Profile], list[Path]]:
    """Every readable profile (by OPD and name), and the files that are not valid profiles (a
    hand edit gone wrong), read once."""
    found, bad = [], []
    for path in sorted((folder or profiles_dir()).glob(f"*{SUFFIX}")):
        try:
            found.append(read(path))
        except ProfileError:
            bad.append(path)
    return sorted(found, key=lambda profile: (profile.opd, profile.name)), bad


def all_profiles(folder: Path | None = None) -> list[Profile]:
    """Every readable profile, by OPD and name (an unreadable file is left out, see :func:`scan`)."""
    return scan(folder)[0]


def read(path: Path) -> Profile:
    """The profile in ``path``; raises ProfileError."""
    try:
        return from_toml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ProfileError("profile_unreadable", detail=str(error)) from error


def find(name: str, folder: Path | None = None) -> Profile | None:
    """The profile whose name or file name is ``name`` (case ignored), if any."""
    wanted = name.strip().casefold()
    for profile in all_profiles(folder):
        if wanted in (profile.name.casefold(), profile.key):
            return profile
    return None


def save(profile: Profile, by: str, folder: Path | None = None) -> Profile:
    """Write ``profile`` as the next version of its file, keeping the earlier version in
    ``lama/``; returns the profile as saved (version and stamp filled in)."""
    folder = folder or profiles_dir()
    path = folder / f"{profile.key}{SUFFIX}"
    earlier = read(path) if path.exists() else None
    saved = next_version(profile, earlier, datetime.now().strftime("%Y-%m-%d %H:%M"), by)
    folder.mkdir(parents=True, exist_ok=True)
    if earlier is not None:
        kept = folder / "lama" / f"{profile.key}.v{earlier.version}{SUFFIX}"
        kept.parent.mkdir(exist_ok=True)
        kept.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    partial = path.with_name(path.name + ".tmp")
    partial.write_text(to_toml(saved), encoding="utf-8")
    partial.replace(path)
    return saved
