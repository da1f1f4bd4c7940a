"""One open database per page run (:func:`kla.store.kept_open`): reads inside it share one
opened file; the file is let go at the end of the run, and at once for a write on the same
thread (an upload made from a page), so no writer is kept out longer than a page run."""

import duckdb
import pytest

from kla import store


def _may_open_for_writing(db) -> bool:
    """Whether this process can open ``db`` for writing right now (DuckDB refuses while the
    process holds it open read-only: "different configuration")."""
    try:
        duckdb.connect(str(db)).close()
        return True
    except duckdb.ConnectionException:
        return False


def _count(db) -> int:
    with store.reading(db) as con:
        return con.execute("SELECT count(*) FROM observations").fetchone()[0]


def test_reads_in_a_run_share_one_open_database_let_go_at_the_end(sample_db):
    with store.kept_open(sample_db):
        assert _may_open_for_writing(sample_db)  # nothing is opened before the first read
        first = _count(sample_db)
        assert not _may_open_for_writing(sample_db)  # kept open between the reads of the run
        assert _count(sample_db) == first
    assert _may_open_for_writing(sample_db)


def test_a_write_inside_the_run_lets_go_of_the_open_database(sample_db):
    with store.kept_open(sample_db):
        before = _count(sample_db)
        with store.writing(sample_db, wait_s=1) as con:  # without letting go: "database busy" after 1 s
            con.execute("DELETE FROM observation_history WHERE rowid IN (SELECT min(rowid) FROM observation_history)")
        assert _count(sample_db) == before - 1  # and a read after it sees the write


def test_the_database_is_let_go_when_the_run_stops_early(sample_db):
    with pytest.raises(RuntimeError), store.kept_open(sample_db):
        _count(sample_db)
        raise RuntimeError("st.stop() or st.rerun() end a run with an exception")
    assert _may_open_for_writing(sample_db)


def test_another_database_is_opened_as_before(sample_db, tmp_path):
    other = tmp_path / "lain.duckdb"
    other.write_bytes(sample_db.read_bytes())
    with store.kept_open(sample_db):
        assert _count(other) == _count(sample_db)
        assert _may_open_for_writing(other)  # only the run's own database is kept open


def test_the_database_stamp_is_looked_at_once_per_run_and_again_after_a_write(sample_db):
    looked = []

    def look() -> tuple:
        looked.append(1)
        return (sample_db.stat().st_mtime_ns, sample_db.stat().st_size)

    assert store.stamp_for_run(sample_db, look) == store.stamp_for_run(sample_db, look)
    assert len(looked) == 2  # outside a page run: on every call
    looked.clear()
    with store.kept_open(sample_db):
        before = store.stamp_for_run(sample_db, look)
        assert store.stamp_for_run(sample_db, look) == before and len(looked) == 1
        with store.writing(sample_db) as con:
            con.execute("CREATE TABLE catatan_stempel (isi VARCHAR)")
            con.execute("CHECKPOINT")
        assert store.stamp_for_run(sample_db, look) != before  # the write is seen at once
        assert len(looked) == 2
    looked.clear()
    store.stamp_for_run(sample_db, look)
    assert len(looked) == 1  # the run is over: nothing is kept
