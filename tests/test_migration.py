"""A database written by the previous version of the application (schema 5, commit before
3d30deb: two uploads, one undone upload, one account) is brought up to date with nothing lost.

The fixture ``tests/fixtures/basis-data-skema-5.zip`` holds that database and its archive, as
``python -m loaders ingest`` and ``python -m kla.users add`` of that version wrote them."""

import zipfile
from pathlib import Path

from kla import integrity, schema, store, users

FIXTURE = Path(__file__).parent / "fixtures" / "basis-data-skema-5.zip"


def test_the_previous_versions_database_opens_up_to_date_and_whole(tmp_path):
    with zipfile.ZipFile(FIXTURE) as bundle:
        bundle.extractall(tmp_path)
    db = tmp_path / "kla.duckdb"
    with store.reading(db) as con:
        assert schema.current_version(con) == 5
        before = con.execute("SELECT * FROM observations ORDER BY ALL").fetchall()
    with store.writing(db) as con:
        assert schema.current_version(con) == schema.LATEST_VERSION
        assert con.execute("SELECT * FROM observations ORDER BY ALL").fetchall() == before
        assert len(before) == 2064
        assert con.execute("SELECT count(*) FROM budget").fetchone()[0] == 48
        assert con.execute("SELECT upload_id, status FROM uploads ORDER BY 1").fetchall() == [
            (1, "aktif"),
            (2, "aktif"),
            (3, "dibatalkan"),
        ]
        assert users.authenticate(con, "admin1", "rahasia-panjang-1").role == "admin"
        assert integrity.check(con) == []
