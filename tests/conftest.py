from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from loaders.sample_db import build_sample_database


@pytest.fixture(scope="session")
def sample_db_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample database, built once per test session by the real loader."""
    path = tmp_path_factory.mktemp("sample") / "kla.duckdb"
    assert build_sample_database(path) == 0
    return path


@pytest.fixture
def sample_db(sample_db_master: Path, tmp_path: Path) -> Path:
    """A private copy of the sample database that a test may change."""
    path = tmp_path / "kla.duckdb"
    shutil.copy(sample_db_master, path)
    return path


@pytest.fixture
def empty_db(tmp_path: Path) -> Path:
    """A path where no database exists yet."""
    return tmp_path / "baru.duckdb"
