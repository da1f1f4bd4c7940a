"""Round trip: every value of a generated contract-valid workbook, loaded into a fresh
database, reads back exactly as written (issue 9, item 4).

Values are stored as doubles, so the comparison is exact: a number cell as written, text
(``1.234,5``) as the number it names, a percent-formatted cell as its fraction × 100, and a
value computed from ``pembilang``/``penyebut`` as ``pembilang / penyebut × 100`` (or × 1000).

Hypothesis profiles: ``ci`` (the default, seeded, for ``make test``) and ``stress`` (many
more examples, random, for ``make stress``); ``$HYPOTHESIS_PROFILE`` picks one for pytest.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from kla import store
from loaders.ingest import ingest_file
from stress import Outcome
from stress.workbook_cases import Case, Identity, Stored, cases

SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile(
    "ci", max_examples=50, deadline=None, derandomize=True, database=None, suppress_health_check=SLOW_OK
)
settings.register_profile("stress", max_examples=1000, deadline=None, database=None, suppress_health_check=SLOW_OK)
SCALE_PROFILES = {"quick": "ci", "full": "stress"}
STORED_SQL = """
    SELECT indicator_code, year, region_code, sex, value, numerator, denominator, source
    FROM observations
"""


def profile(name: str | None = None) -> settings:
    """The settings of profile ``name`` (default: ``$HYPOTHESIS_PROFILE`` or ``ci``)."""
    return settings.get_profile(name or os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def read_back(db_path: Path) -> dict[Identity, Stored]:
    """Every current value in the database, by identity."""
    with store.reading(db_path) as con:
        return {(row[0], row[1], row[2], row[3]): Stored(*row) for row in con.execute(STORED_SQL).fetchall()}


def round_trip(case: Case, folder: Path) -> list[str]:
    """Write ``case`` into ``folder``, load it into a new database there and return every
    difference between what was written and what was read back (empty: the trip holds)."""
    path = case.write(folder)
    report = ingest_file(path, folder / "kla.duckdb")
    if report.status != "accepted":
        return [f"{path.name} ditolak: {problem.cell or ''} {problem.message}" for problem in report.errors]
    expected, found = case.stored(), read_back(folder / "kla.duckdb")
    problems = [f"tidak tersimpan: {expected[key]}" for key in expected.keys() - found.keys()]
    problems += [f"tak diharapkan: {found[key]}" for key in found.keys() - expected.keys()]
    problems += [
        f"berbeda: ditulis {expected[key]}, terbaca {found[key]}"
        for key in expected.keys() & found.keys()
        if expected[key] != found[key]
    ]
    return sorted(problems)


def check_case(case: Case) -> None:
    """Assert the round trip of ``case`` holds (in a temporary folder)."""
    with tempfile.TemporaryDirectory() as folder:
        problems = round_trip(case, Path(folder))
    assert not problems, "\n".join([f"{case.layout} {case.suffix}", *problems])


def check(scale: str) -> Outcome:
    """The round trip over the examples of the scale's hypothesis profile."""
    runs = 0

    @profile(SCALE_PROFILES[scale])
    @given(cases())
    def trip(case: Case) -> None:
        nonlocal runs
        runs += 1
        check_case(case)

    try:
        trip()
    except Exception as failure:  # a difference, or an exception escaping the loader: both found
        first = [type(failure).__name__, *str(failure).splitlines()[:3]]
        return Outcome(f"pulang-pergi: GAGAL setelah {runs} buku kerja: {' / '.join(first)}", False)
    return Outcome(f"pulang-pergi: {runs}/{runs} buku kerja acak terbaca kembali persis sama", True)
