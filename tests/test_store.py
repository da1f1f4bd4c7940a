import duckdb
import pandas as pd
import pytest

from kla import goal_store, schema, store, uploads
from kla.users import User


def _rows(values: dict[tuple[str, int, str, str], float], source: str = "SIAK") -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "indicator_code": code,
                "year": year,
                "region_code": region,
                "sex": sex,
                "source_kind": "administrasi",
                "value": value,
                "numerator": None,
                "denominator": None,
                "source": source,
                "note": None,
            }
            for (code, year, region, sex), value in values.items()
        ]
    )


def _meta(name: str = "a.xlsx") -> uploads.UploadMeta:
    return uploads.UploadMeta(name, "0" * 64, "DISPENDUKCAPIL", 0)


def test_a_new_file_is_created_with_schema_and_reference_data(empty_db):
    with store.writing(empty_db) as con:
        assert schema.current_version(con) == schema.LATEST_VERSION
        assert con.execute("SELECT count(*) FROM measures").fetchone()[0] == 35
        assert con.execute("SELECT count(*) FROM regions").fetchone()[0] == 28
        assert con.execute("SELECT count(*) FROM opd").fetchone()[0] == 10
        assert con.execute("SELECT count(*) FROM components").fetchone()[0] == 6
        benchmarks = con.execute("SELECT count(*) FROM targets WHERE kind = 'acuan_nasional'").fetchone()[0]
        assert benchmarks == 12


def test_observations_view_has_the_contract_columns(empty_db):
    with store.writing(empty_db) as con:
        columns = [row[0] for row in con.execute("DESCRIBE observations").fetchall()]
    assert columns[:9] == [
        "indicator_code",
        "year",
        "region_code",
        "sex",
        "value",
        "numerator",
        "denominator",
        "source",
        "upload_id",
    ]


def test_migrating_twice_changes_nothing(empty_db):
    with store.writing(empty_db) as con:
        pass
    with store.writing(empty_db) as con:
        versions = con.execute("SELECT version FROM schema_version").fetchall()
    assert versions == [(version,) for version in range(1, schema.LATEST_VERSION + 1)]


def test_a_database_from_a_newer_version_is_refused(empty_db):
    with store.writing(empty_db) as con:
        con.execute("INSERT INTO schema_version VALUES (999, now())")
    con = duckdb.connect(str(empty_db))
    with pytest.raises(RuntimeError, match="lebih baru"):
        schema.migrate(con)
    con.close()


def test_a_new_value_supersedes_the_old_one_which_stays_in_history(empty_db):
    key = ("I-4A", 2024, "35.79", "L+P")
    with store.writing(empty_db) as con:
        one = uploads.write_upload(con, _meta("a.xlsx"), _rows({key: 96.0}))
        other = uploads.write_upload(con, _meta("b.xlsx"), _rows({key: 97.0, ("I-4A", 2025, "35.79", "L+P"): 98.0}))
        first, counts1, second, counts2 = one.upload_id, one.counts, other.upload_id, other.counts
        current = con.execute("SELECT year, value, upload_id FROM observations ORDER BY year").fetchall()
        history = con.execute(
            "SELECT value, upload_id, superseded_by FROM observation_history WHERE year = 2024 ORDER BY upload_id"
        ).fetchall()
    assert (counts1.added, counts1.changed) == (1, 0)
    assert (counts2.added, counts2.changed, counts2.unchanged) == (1, 1, 0)
    assert current == [(2024, 97.0, second), (2025, 98.0, second)]
    assert history == [(96.0, first, second), (97.0, second, None)]
    # The changed value, old and new, compared in the same transaction.
    changed = other.changes.to_dict("records")
    assert [(row["year"], row["old_value"], row["new_value"]) for row in changed] == [(2024, 96.0, 97.0)]
    assert one.changes.empty


def test_an_identical_value_counts_as_unchanged_and_is_vouched_for_by_both_uploads(empty_db):
    key = ("I-4A", 2024, "35.79", "L+P")
    with store.writing(empty_db) as con:
        first = uploads.write_upload(con, _meta(), _rows({key: 96.0})).upload_id
        written = uploads.write_upload(con, _meta(), _rows({key: 96.0}))
        second, counts = written.upload_id, written.counts
        rows = con.execute("SELECT upload_id, superseded_by FROM observation_history ORDER BY 1").fetchall()
        current = con.execute("SELECT value, upload_id FROM observations").fetchall()
    assert (counts.added, counts.changed, counts.unchanged) == (0, 0, 1)
    assert rows == [(first, second), (second, None)]
    assert current == [(96.0, second)]


def test_survey_and_administrative_values_are_separate_series(empty_db):
    key = ("III-13A", 2022, "35.79", "L+P")
    survey = _rows({key: 25.2}, source="SSGI").assign(source_kind="survei")
    with store.writing(empty_db) as con:
        uploads.write_upload(con, _meta(), _rows({key: 13.8}, source="e-PPGBM"))
        uploads.write_upload(con, _meta(), survey)
        values = con.execute("SELECT source_kind, value FROM observations ORDER BY source_kind").fetchall()
    assert values == [("administrasi", 13.8), ("survei", 25.2)]


def test_a_failing_write_leaves_nothing_behind(empty_db):
    good = ("I-4A", 2024, "35.79", "L+P")
    bad = _rows({("I-4A", 2025, "35.79", "X"): 1.0})  # sex 'X' breaks a CHECK constraint
    with store.writing(empty_db) as con:
        uploads.write_upload(con, _meta(), _rows({good: 96.0}))
        with pytest.raises(duckdb.Error):
            uploads.write_upload(con, _meta(), pd.concat([_rows({("I-4A", 2023, "35.79", "L+P"): 95.0}), bad]))
        assert con.execute("SELECT count(*) FROM observation_history").fetchone()[0] == 1
        assert con.execute("SELECT count(*) FROM uploads").fetchone()[0] == 1


def test_a_writer_works_on_one_thread_while_the_history_is_small(empty_db, monkeypatch):
    with store.writing(empty_db) as con:
        uploads.write_upload(con, _meta(), _rows({("I-4A", 2024, "35.79", "L+P"): 96.0}))
        assert con.execute("SELECT current_setting('threads')").fetchone()[0] == 1
    monkeypatch.setattr(store, "ONE_THREAD_BELOW_ROWS", 1)  # one row is a large history now
    with duckdb.connect() as default, store.writing(empty_db) as con:
        threads = default.execute("SELECT current_setting('threads')").fetchone()[0]
        assert con.execute("SELECT current_setting('threads')").fetchone()[0] == threads


def test_a_draft_database_is_put_in_place_only_where_none_is(empty_db):
    with store.DatabaseDraft(empty_db) as draft:
        with store.writing(draft.path) as con:
            store.set_setting(con, "dari", "draf")
        assert draft.put_in_place()
    with store.DatabaseDraft(empty_db) as late:
        with store.writing(late.path) as con:
            store.set_setting(con, "dari", "draf kedua")
        assert not late.put_in_place()
    with store.reading(empty_db) as con:
        assert con.execute("SELECT value FROM settings WHERE key = 'dari'").fetchone()[0] == "draf"
    assert sorted(path.name for path in empty_db.parent.iterdir()) == [empty_db.name]


def test_reading_a_missing_database_says_how_to_make_one(tmp_path):
    with pytest.raises(FileNotFoundError, match="make run"), store.reading(tmp_path / "nothing.duckdb"):
        pass


def test_a_locked_database_gives_a_plain_message(empty_db):
    import subprocess
    import sys

    with store.writing(empty_db):
        pass
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(empty_db)!r}); print('ok', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ok"
        with pytest.raises(store.DatabaseBusy, match="sedang dipakai"), store.reading(empty_db, wait_s=0.5):
            pass
    finally:
        holder.kill()
        holder.wait()


def test_goal_changes_are_recorded_with_their_reason(sample_db):
    with store.writing(sample_db) as con:
        with pytest.raises(goal_store.GoalChangeRefused, match="alasan"):
            goal_store.change_city_goals(con, "III-13A", {2025: 7.5}, "  ")
        new_goals = {2025: 7.5, 2026: 7.0, 2027: None, 2028: 5.75}  # 2028 unchanged
        changed = goal_store.change_city_goals(con, "III-13A", new_goals, "Revisi RPJMD 2026", User("uji", "admin"))
        goals = con.execute(
            "SELECT year, value FROM targets WHERE indicator_code = 'III-13A' AND kind = 'target_kota' ORDER BY year"
        ).fetchall()
        log = con.execute(
            "SELECT year, old_value, new_value, reason, changed_by FROM target_changes ORDER BY year"
        ).fetchall()
    assert changed == 3  # 2025: 8 → 7.5, 2026: 7.25 → 7, 2027: 6.5 → removed
    assert (2025, 7.5) in goals and all(year != 2027 for year, _ in goals)
    with store.reading(sample_db) as con:
        sources = {
            row[0]
            for row in con.execute(
                "SELECT source FROM targets WHERE indicator_code = 'III-13A' AND kind = 'target_kota'"
            ).fetchall()
        }
    assert sources == {"RPJMD Kota Batu 2025-2029 (contoh)"}  # the reason goes to the log, not the source
    assert log[0] == (2025, 8.0, 7.5, "Revisi RPJMD 2026", "uji")
    assert log[-1][:3] == (2027, 6.5, None)
