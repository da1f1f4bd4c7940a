"""The shipped sample: up to date with its generator, consistent, plausible, honest."""

import pytest
from python_calamine import CalamineWorkbook

from kla import config, store
from loaders.sample_data import write_sample


def _cells(path):
    workbook = CalamineWorkbook.from_path(str(path))
    return {name: workbook.get_sheet_by_name(name).to_python() for name in workbook.sheet_names}


def test_committed_workbooks_are_what_the_generator_writes(tmp_path):
    written = [path.relative_to(tmp_path) for path in write_sample(tmp_path)]
    committed = sorted(p.relative_to(config.SAMPLE_DIR) for p in config.SAMPLE_DIR.rglob("*") if p.is_file())
    assert sorted(written) == committed
    for path in written:
        if path.suffix == ".xlsx":
            assert _cells(tmp_path / path) == _cells(config.SAMPLE_DIR / path), path
        else:
            assert (tmp_path / path).read_text(encoding="utf-8") == (config.SAMPLE_DIR / path).read_text(
                encoding="utf-8"
            )


def test_every_workbook_says_it_is_sample_data():
    for path in config.SAMPLE_DIR.rglob("*.xlsx"):
        first_sheet = next(iter(_cells(path).values()))
        assert config.SAMPLE_MARKER in str(first_sheet[0][0]), path.name


def _query(db, sql, params=()):
    with store.reading(db) as con:
        return con.execute(sql, params).fetchall()


def test_every_measure_has_data_and_the_sample_is_flagged(sample_db_master):
    assert _query(sample_db_master, "SELECT count(DISTINCT indicator_code) FROM observations") == [(35,)]
    assert _query(sample_db_master, "SELECT min(year), max(year) FROM observations") == [(2018, 2025)]
    assert _query(sample_db_master, "SELECT value FROM settings WHERE key = 'sample_data'") == [("1",)]


@pytest.mark.parametrize("level", ["kecamatan", "kota"])
def test_parts_add_up_to_the_whole(sample_db_master, level):
    """Counts sum; rates come from summed numerators and denominators."""
    mismatches = _query(
        sample_db_master,
        """
        WITH parts AS (
            SELECT o.indicator_code, o.year, o.sex, r.parent_code AS parent,
                   sum(o.numerator) AS num, sum(o.denominator) AS den, sum(o.value) AS total
            FROM observations o JOIN regions r ON r.code = o.region_code
            WHERE o.source_kind = 'administrasi'
            GROUP BY ALL
        )
        SELECT w.indicator_code, w.year, w.region_code
        FROM observations w
        JOIN regions rw ON rw.code = w.region_code AND rw.level = ?
        JOIN parts p ON p.parent = w.region_code AND p.indicator_code = w.indicator_code
                    AND p.year = w.year AND p.sex = w.sex
        JOIN measures m ON m.code = w.indicator_code
        WHERE w.source_kind = 'administrasi'
          AND CASE WHEN w.denominator IS NOT NULL THEN w.numerator <> p.num OR w.denominator <> p.den
                   ELSE abs(w.value - p.total) > 1e-9 END
        """,
        [level],
    )
    assert mismatches == []


def test_sexes_add_up_to_both(sample_db_master):
    mismatches = _query(
        sample_db_master,
        """
        SELECT b.indicator_code, b.year, b.region_code
        FROM observations b
        JOIN (SELECT indicator_code, year, region_code, source_kind, sum(coalesce(numerator, value)) AS total
              FROM observations WHERE sex IN ('L', 'P') GROUP BY ALL) s
            USING (indicator_code, year, region_code, source_kind)
        WHERE b.sex = 'L+P' AND abs(coalesce(b.numerator, b.value) - s.total) > 1e-9
        """,
    )
    assert mismatches == []


def _city(db, code, year, kind="administrasi"):
    rows = _query(
        db,
        "SELECT value FROM observations WHERE indicator_code = ? AND year = ? AND region_code = '35.79' "
        "AND sex = 'L+P' AND source_kind = ?",
        [code, year, kind],
    )
    return rows[0][0] if rows else None


def test_plausible_against_published_facts(sample_db_master):
    db = sample_db_master
    assert 24 <= _city(db, "III-13A", 2019) <= 27
    assert 10 <= _city(db, "III-13A", 2025) <= 12
    assert 95 <= _city(db, "I-4A", 2023) <= 98
    assert 75 <= _city(db, "I-4B", 2025) <= 80
    assert _city(db, "II-7B", 2022) == 61
    assert _city(db, "III-13A", 2022, "survei") == pytest.approx(25.2)
    children = _query(
        db,
        "SELECT denominator FROM observations WHERE indicator_code='I-4A' AND year=2023 "
        "AND region_code='35.79' AND sex='L+P'",
    )[0][0]
    assert 60_000 <= children <= 63_000


def test_some_opds_are_late_for_2025_and_there_are_gaps(sample_db_master):
    late = _query(
        sample_db_master,
        """
        SELECT DISTINCT m.lead_opd FROM measures m
        WHERE NOT EXISTS (SELECT 1 FROM observations o WHERE o.indicator_code = m.code AND o.year = 2025)
        ORDER BY 1
        """,
    )
    assert [row[0] for row in late] == ["DINSOS", "DISPERKIM", "KEMENAG"]
    assert _query(sample_db_master, "SELECT sum(rows_missing) FROM uploads")[0][0] > 0


def test_goals_for_every_judged_measure_and_national_benchmarks(sample_db_master):
    without_goal = _query(
        sample_db_master,
        """
        SELECT m.code FROM measures m WHERE m.direction <> 'pantau' AND
            (SELECT count(DISTINCT year) FROM targets t WHERE t.indicator_code = m.code AND t.kind = 'target_kota'
             AND t.year BETWEEN 2025 AND 2029) < 5
        """,
    )
    assert without_goal == []
    assert _query(
        sample_db_master, "SELECT value, year FROM targets WHERE indicator_code='III-13A' AND kind='acuan_nasional'"
    ) == [(14.0, 2024)]


def test_a_failed_sample_build_leaves_no_database(tmp_path):
    from loaders.sample_db import build_sample_database
    from tests.workbooks import write_workbook

    broken = tmp_path / "sampel"
    broken.mkdir()
    write_workbook(broken / "a.xlsx", [["I-4A", 2024, "35.79", "", 96]])
    write_workbook(broken / "b.xlsx", [["I-99", 2024, "35.79", "", 1]])
    target = tmp_path / "kla.duckdb"
    assert build_sample_database(target, broken) == 1
    assert not target.exists()
