from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from kla import store, users
from loaders.sample_db import build_sample_database
from tests.accounts import PASSWORDS
from tests.page_runs import dashboard_app


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


@pytest.fixture
def db(sample_db: Path) -> Path:
    """The sample database with accounts: admin1 (admin), dinkes1 (analis of DINKES) and baca1
    (pembaca), their passwords in :data:`tests.accounts.PASSWORDS`."""
    with store.writing(sample_db) as con:
        users.add_user(con, "admin1", "admin", PASSWORDS["admin1"])
        users.add_user(con, "dinkes1", "analis", PASSWORDS["dinkes1"], ["dinkes"])
        users.add_user(con, "baca1", "pembaca", PASSWORDS["baca1"])
    return sample_db


@pytest.fixture
def files(monkeypatch) -> dict[str, Callable]:
    """The download buttons' files by name, made on demand as a click would make them."""
    made: dict[str, Callable] = {}
    original = MediaFileManager.add_deferred

    def remember(self, data, mimetype, coordinates, file_name=None, **rest):
        made[file_name] = data
        return original(self, data, mimetype, coordinates, file_name=file_name, **rest)

    monkeypatch.setattr(MediaFileManager, "add_deferred", remember)
    return made


@pytest.fixture
def app(sample_db: Path, monkeypatch) -> AppTest:
    """The dashboard in AppTest, reading a copy of the sample database."""
    monkeypatch.setenv("KLA_DB", str(sample_db))
    return dashboard_app()
