"""Every question the pages ask the database, one function each, one query each.

Functions take an open connection (read-only is enough) and return DataFrames or plain
values. The main series of a measure is the administrative one where it exists; survey
values are returned separately and never joined into the same line.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from kla.regions import Region
from kla.sql import first

RANKS_SQL = (
    "CASE level WHEN 'provinsi' THEN 0 WHEN 'kota' THEN 1 WHEN 'kabupaten' THEN 1 WHEN 'kecamatan' THEN 2 ELSE 3 END"
)
FINEST_RANK = 3

# A breakdown (bars per region, best and worst regions, lines per region) shows the level below
# the root and finer levels while they have at most this many regions: a city its kecamatan and
# desa, a province its kabupaten/kota (not 11.000 desa, which no chart or reader can take in).
MAX_REGIONS_SHOWN = 60


def region_ranks(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """The rank of the tree's root (0 province, 1 kabupaten/kota) and the finest rank that
    breakdowns show (see :data:`MAX_REGIONS_SHOWN`)."""
    counts = dict(con.execute(f"SELECT {RANKS_SQL} AS rank, count(*) FROM regions GROUP BY rank").fetchall())
    root = min(counts)
    shown = root + 1
    while shown < FINEST_RANK and 0 < counts.get(shown + 1, 0) <= MAX_REGIONS_SHOWN:
        shown += 1
    return root, shown


def root_region(con: duckdb.DuckDBPyConnection) -> tuple[str, str]:
    """Code and name of the region tree's root (the city)."""
    return first(con.execute("SELECT code, name FROM regions WHERE parent_code IS NULL"))


def region_names(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Region code → name as people write it (``Desa Punten``, ``Kecamatan Batu``, ``Kota Batu``)."""
    rows = con.execute("SELECT code, name, level, parent_code FROM regions").fetchall()
    return {row[0]: Region(*row).label for row in rows}


def is_sample(con: duckdb.DuckDBPyConnection) -> bool:
    """True when the database holds the generated sample data."""
    row = first(con.execute("SELECT value FROM settings WHERE key = 'sample_data'"))
    return bool(row and row[0] == "1")


def data_years(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Years that have at least one observation, oldest first."""
    return [row[0] for row in con.execute("SELECT DISTINCT year FROM observations ORDER BY year").fetchall()]


def measures(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The catalog in catalog order, with lead and supporting OPD by their short names."""
    return con.execute(
        """
        SELECT m.code, m.component, m.indicator_number, m.name_id, m.name_en, m.unit, m.direction,
               m.lead_opd, coalesce(o.short_name, m.lead_opd) AS lead_opd_name,
               coalesce(s.short_name, m.supporting_opd) AS supporting_opd, m.finest_level, m.sensitive
        FROM measures m
        LEFT JOIN opd o ON o.code = m.lead_opd
        LEFT JOIN opd s ON s.code = m.supporting_opd
        ORDER BY m.sort_order
        """
    ).df()


def city_series(con: duckdb.DuckDBPyConnection, code: str) -> pd.DataFrame:
    """The city's values of one measure for both sexes: year, value, source_kind, source."""
    return con.execute(
        """
        SELECT year, value, numerator, denominator, source_kind, source
        FROM observations o
        WHERE indicator_code = ? AND sex = 'L+P'
          AND region_code = (SELECT code FROM regions WHERE parent_code IS NULL)
        ORDER BY source_kind, year
        """,
        [code],
    ).df()


def targets(con: duckdb.DuckDBPyConnection, code: str) -> pd.DataFrame:
    """City goals and national benchmarks of one measure for the whole city."""
    return con.execute(
        """
        SELECT year, value, kind, source FROM targets
        WHERE indicator_code = ? AND region_code = (SELECT code FROM regions WHERE parent_code IS NULL)
        ORDER BY kind, year
        """,
        [code],
    ).df()


def regional_values(con: duckdb.DuckDBPyConnection, code: str, year: int) -> pd.DataFrame:
    """Values of one measure at its finest reported level below the city (down to the finest
    level breakdowns show, :func:`region_ranks`), for the latest year up to ``year`` that has
    regional values.

    Columns: year, region_code, region_name, level, parent_name, value, source, and the
    identity of each value (indicator_code, sex, source_kind). Only the administrative
    series; both sexes together.
    """
    return con.execute(
        f"""
        WITH regional AS (
            SELECT o.year, o.region_code, r.name AS region_name, r.level, p.name AS parent_name,
                   o.value, o.source, {RANKS_SQL.replace("level", "r.level")} AS rank, r.sort_order
            FROM observations o
            JOIN regions r ON r.code = o.region_code
            LEFT JOIN regions p ON p.code = r.parent_code
            WHERE o.indicator_code = ? AND o.year <= ? AND o.sex = 'L+P'
              AND o.source_kind = 'administrasi' AND r.parent_code IS NOT NULL
              AND {RANKS_SQL.replace("level", "r.level")} <= ?
        ),
        latest AS (SELECT max(year) AS year FROM regional),
        finest AS (SELECT max(rank) AS rank FROM regional WHERE year = (SELECT year FROM latest))
        SELECT year, region_code, region_name, level, parent_name, value, source,
               ? AS indicator_code, 'L+P' AS sex, 'administrasi' AS source_kind
        FROM regional
        WHERE year = (SELECT year FROM latest) AND rank = (SELECT rank FROM finest)
        ORDER BY sort_order
        """,
        [code, year, region_ranks(con)[1], code],
    ).df()


def goal_status(con: duckdb.DuckDBPyConnection, year: int) -> pd.DataFrame:
    """Per measure: the latest city value up to ``year`` against the city goal.

    The goal is the city goal for ``year``, or else the nearest later goal. ``status`` is
    ``met``, ``missed``, ``no_goal`` (no goal, or a monitor-only measure) or ``no_data``;
    ``gap`` is the shortfall relative to the goal (0.25 = a quarter short).
    """
    return con.execute(
        """
        WITH latest AS (
            SELECT indicator_code, year AS data_year, value, source_kind, source
            FROM observations
            WHERE sex = 'L+P' AND year <= $year
              AND region_code = (SELECT code FROM regions WHERE parent_code IS NULL)
            QUALIFY row_number() OVER (
                PARTITION BY indicator_code ORDER BY year DESC, source_kind = 'administrasi' DESC) = 1
        ),
        goal AS (
            SELECT indicator_code, year AS goal_year, value AS goal
            FROM targets
            WHERE kind = 'target_kota' AND year >= $year
              AND region_code = (SELECT code FROM regions WHERE parent_code IS NULL)
            QUALIFY row_number() OVER (PARTITION BY indicator_code ORDER BY year) = 1
        )
        SELECT m.code, m.component, m.name_id, m.name_en, m.unit, m.direction, m.lead_opd,
               coalesce(o.short_name, m.lead_opd) AS lead_opd_name,
               l.data_year, l.value, l.source, g.goal_year, g.goal,
               CASE
                   WHEN l.value IS NULL THEN 'no_data'
                   WHEN m.direction = 'pantau' OR g.goal IS NULL THEN 'no_goal'
                   WHEN m.direction = 'naik' AND l.value >= g.goal THEN 'met'
                   WHEN m.direction = 'turun' AND l.value <= g.goal THEN 'met'
                   ELSE 'missed'
               END AS status,
               CASE
                   WHEN g.goal IS NULL OR l.value IS NULL OR m.direction = 'pantau' THEN NULL
                   WHEN m.direction = 'naik' THEN (g.goal - l.value) / greatest(abs(g.goal), 1e-9)
                   ELSE (l.value - g.goal) / greatest(abs(g.goal), 1e-9)
               END AS gap
        FROM measures m
        LEFT JOIN latest l ON l.indicator_code = m.code
        LEFT JOIN goal g ON g.indicator_code = m.code
        LEFT JOIN opd o ON o.code = m.lead_opd
        ORDER BY m.sort_order
        """,
        {"year": year},
    ).df()


def freshness_by_opd(con: duckdb.DuckDBPyConnection, year: int) -> pd.DataFrame:
    """Per lead OPD: its measures, how many have city data for ``year``, the latest data year
    and the time of its last upload."""
    return con.execute(
        """
        WITH per_measure AS (
            SELECT m.lead_opd, m.code,
                   max(ob.year) AS latest_year,
                   bool_or(ob.year = $year) AS has_year
            FROM measures m
            LEFT JOIN observations ob ON ob.indicator_code = m.code
            GROUP BY m.lead_opd, m.code
        )
        SELECT p.lead_opd AS opd_code, coalesce(o.short_name, p.lead_opd) AS opd_name,
               o.full_name, count(*) AS measures,
               count(*) FILTER (WHERE p.has_year) AS with_year,
               max(p.latest_year) AS latest_year,
               (SELECT max(u.loaded_at) FROM uploads u WHERE u.opd_code = p.lead_opd AND u.kind = 'indikator')
                   AS last_upload
        FROM per_measure p LEFT JOIN opd o ON o.code = p.lead_opd
        GROUP BY p.lead_opd, o.short_name, o.full_name
        ORDER BY with_year::DOUBLE / count(*), opd_name
        """,
        {"year": year},
    ).df()


def upload_history(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every upload, newest first: id, kind, file, OPD, time, rows added/changed, status."""
    return con.execute(
        """
        SELECT u.upload_id, u.file_name, u.opd_code, coalesce(o.short_name, u.opd_code) AS opd_name,
               u.loaded_at, u.rows_in_file, u.rows_added, u.rows_changed, u.rows_unchanged, u.rows_missing,
               u.status, u.undone_at, u.sha256, u.archive_path, u.kind, u.uploaded_by
        FROM uploads u LEFT JOIN opd o ON o.code = u.opd_code
        ORDER BY u.upload_id DESC
        """
    ).df()


def city_values(con: duckdb.DuckDBPyConnection, year: int) -> pd.DataFrame:
    """Every measure's city values for both sexes up to ``year``, administrative and survey
    series apart: indicator_code, source_kind, year, value, source."""
    return con.execute(
        """
        SELECT indicator_code, source_kind, year, value, source
        FROM observations
        WHERE sex = 'L+P' AND year <= ? AND region_code = (SELECT code FROM regions WHERE parent_code IS NULL)
        ORDER BY indicator_code, source_kind, year
        """,
        [year],
    ).df()


def city_targets(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """City goals and national benchmarks for the whole city: indicator_code, kind, year, value, source."""
    return con.execute(
        """
        SELECT indicator_code, kind, year, value, source FROM targets
        WHERE region_code = (SELECT code FROM regions WHERE parent_code IS NULL)
        ORDER BY indicator_code, kind, year
        """
    ).df()


def measure_values(con: duckdb.DuckDBPyConnection, code: str, finest_rank: int = FINEST_RANK) -> pd.DataFrame:
    """Every current value of one measure down to ``finest_rank`` (all levels by default), with
    its region's name, level and parent."""
    return con.execute(
        f"""
        SELECT o.year, o.region_code, r.name AS region_name, r.level, {RANKS_SQL.replace("level", "r.level")} AS rank,
               p.name AS parent_name, o.sex, o.value, o.numerator, o.denominator, o.source, o.source_kind,
               o.indicator_code
        FROM observations o
        JOIN regions r ON r.code = o.region_code
        LEFT JOIN regions p ON p.code = r.parent_code
        WHERE o.indicator_code = ? AND {RANKS_SQL.replace("level", "r.level")} <= ?
        ORDER BY rank, r.sort_order, o.sex, o.source_kind, o.year
        """,
        [code, finest_rank],
    ).df()


def reporting(con: duckdb.DuckDBPyConnection, opd_code: str) -> pd.DataFrame:
    """For each measure an OPD leads and each year with any data: how many regions at the
    measure's usual level have a value, and how many there are."""
    return con.execute(
        f"""
        WITH levels AS (
            SELECT code, CASE finest_level WHEN 'kota' THEN 1 WHEN 'kecamatan' THEN 2 ELSE 3 END AS rank
            FROM measures WHERE lead_opd = ?
        ),
        region_ranks AS (SELECT code, {RANKS_SQL} AS rank FROM regions),
        expected AS (
            SELECT l.code, count(*) AS expected FROM levels l JOIN region_ranks r ON r.rank = l.rank GROUP BY l.code
        )
        SELECT l.code, o.year, count(DISTINCT o.region_code) AS delivered, e.expected
        FROM levels l
        JOIN expected e ON e.code = l.code
        JOIN observations o ON o.indicator_code = l.code AND o.sex = 'L+P'
        JOIN region_ranks r ON r.code = o.region_code AND r.rank = l.rank
        GROUP BY l.code, o.year, e.expected
        ORDER BY l.code, o.year
        """,
        [opd_code],
    ).df()


def region_values(con: duckdb.DuckDBPyConnection, region_code: str) -> pd.DataFrame:
    """Every current value in one region (all measures), with the region's name and rank."""
    return con.execute(
        f"""
        SELECT o.indicator_code, o.year, o.region_code, r.name AS region_name,
               {RANKS_SQL.replace("level", "r.level")} AS rank, o.sex, o.value, o.source, o.source_kind
        FROM observations o JOIN regions r ON r.code = o.region_code
        WHERE o.region_code = ?
        ORDER BY o.indicator_code, o.year
        """,
        [region_code],
    ).df()


def regions_at(con: duckdb.DuckDBPyConnection, level: str) -> pd.DataFrame:
    """Regions of a level (``kecamatan`` or ``desa``, which includes kelurahan): code and name."""
    levels = ("desa", "kelurahan") if level == "desa" else (level,)
    return con.execute(
        f"SELECT code, name, level FROM regions WHERE level IN ({', '.join('?' * len(levels))}) ORDER BY sort_order",
        list(levels),
    ).df()


def target_changes(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every recorded change to a city goal, newest first."""
    return con.execute("SELECT * FROM target_changes ORDER BY changed_at DESC").df()


def latest_by_region(con: duckdb.DuckDBPyConnection, year: int) -> pd.DataFrame:
    """Per measure and region below the city, down to the finest level breakdowns show
    (:func:`region_ranks`): the latest value up to ``year`` (both sexes, administrative
    series), with the region's name, parent and rank."""
    return con.execute(
        f"""
        SELECT o.indicator_code, o.region_code, r.name AS region_name, p.name AS parent_name,
               {RANKS_SQL.replace("level", "r.level")} AS rank, o.year, o.value, o.sex, o.source_kind
        FROM observations o
        JOIN regions r ON r.code = o.region_code
        LEFT JOIN regions p ON p.code = r.parent_code
        WHERE o.sex = 'L+P' AND o.source_kind = 'administrasi' AND o.year <= ? AND r.parent_code IS NOT NULL
          AND {RANKS_SQL.replace("level", "r.level")} <= ?
        QUALIFY row_number() OVER (PARTITION BY o.indicator_code, o.region_code ORDER BY o.year DESC) = 1
        """,
        [year, region_ranks(con)[1]],
    ).df()


def city_by_sex(con: duckdb.DuckDBPyConnection, year: int) -> pd.DataFrame:
    """The city's boys' and girls' values up to ``year`` (administrative series), per measure split by sex."""
    return con.execute(
        """
        SELECT indicator_code, year, sex, value FROM observations
        WHERE sex IN ('L', 'P') AND year <= ? AND source_kind = 'administrasi'
          AND region_code = (SELECT code FROM regions WHERE parent_code IS NULL)
        ORDER BY indicator_code, sex, year
        """,
        [year],
    ).df()


def missing_regions(con: duckdb.DuckDBPyConnection, opd_code: str, year: int) -> pd.DataFrame:
    """For each measure an OPD leads: the regions at its usual level without a value in ``year``."""
    return con.execute(
        f"""
        WITH levels AS (
            SELECT code, CASE finest_level WHEN 'kota' THEN 1 WHEN 'kecamatan' THEN 2 ELSE 3 END AS rank
            FROM measures WHERE lead_opd = ?
        ),
        region_ranks AS (SELECT code, name, sort_order, {RANKS_SQL} AS rank FROM regions)
        SELECT l.code AS indicator_code, r.name AS region_name
        FROM levels l JOIN region_ranks r ON r.rank = l.rank
        WHERE NOT EXISTS (
            SELECT 1 FROM observations o
            WHERE o.indicator_code = l.code AND o.region_code = r.code AND o.year = ? AND o.sex = 'L+P'
        )
        ORDER BY l.code, r.sort_order
        """,
        [opd_code, year],
    ).df()


def opd_names(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """OPD code → ``Dinkes · Dinas Kesehatan``, in list order."""
    return {code: f"{short} · {full}" for code, short, full in con.execute("SELECT * FROM opd").fetchall()}


def region_tree(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every region with its level and the code of the region it lies in (none for the city)."""
    return con.execute("SELECT code, level, parent_code FROM regions ORDER BY sort_order").df()
