"""The mutation fuzzer (issue 9, item 4): its quick run in ``make test`` (a few hundred damaged
workbooks, each handled cleanly), and the fuzzer's own parts: starting workbooks, mutations,
the judge of messages, and the worker that survives hangs and deaths."""

import random

import pytest

from loaders.ingest import ingest_file
from stress import fuzz
from stress.fuzz_worker import Result, Worker
from stress.mutations import mutations_for


def test_damaged_workbooks_are_handled_cleanly(tmp_path):
    tally = fuzz.run(range(fuzz.CASES["quick"]), tmp_path)
    assert tally.holds, "\n".join([tally.line(), *tally.failures])
    assert tally.verdicts["ditolak"] > tally.total / 2


def test_the_starting_workbooks_load(tmp_path):
    for seed in fuzz.write_seeds(tmp_path / "awal"):
        report = ingest_file(seed, tmp_path / "kla.duckdb", dry_run=True)
        assert report.status == "accepted", (seed.name, report.errors)


@pytest.mark.parametrize("suffix", [".xlsx", ".ods", ".xls"])
def test_each_mutation_damages_the_bytes_the_same_way_for_the_same_seed(tmp_path, suffix):
    seed = next(path for path in fuzz.write_seeds(tmp_path) if path.suffix == suffix)
    data = seed.read_bytes()
    for mutation in mutations_for(suffix):
        damaged = mutation(data, random.Random(1))
        assert damaged != data, mutation.__name__
        assert damaged == mutation(data, random.Random(1)), mutation.__name__


def test_only_the_loaders_indonesian_messages_count_as_clean():
    assert fuzz.is_indonesian_message("Nilai persen 196,80 di luar 0-100. Periksa apakah angkanya persen.")
    assert not fuzz.is_indonesian_message("KeyError: 'reason_unknown_format'")
    assert not fuzz.is_indonesian_message("The percentage 196.8 is outside 0-100.")
    assert fuzz._verdict(Result("report", "rejected", ("Traceback (most recent call last)",)), True) == "pesan"
    assert fuzz._verdict(Result("report", "rejected", ()), True) == "pesan"
    assert fuzz._verdict(Result("report", "accepted"), False) == "dimuat"


def test_the_worker_survives_a_hang_and_a_death(tmp_path):
    seed = fuzz.write_seeds(tmp_path / "awal")[0]
    bench = fuzz.Bench(tmp_path, seed)
    with Worker(bench.db, tmp_path / "pekerja.log") as worker:
        assert worker.load(seed, 0.001).kind == "hang"
        assert worker.load(seed, 30).status == "accepted"  # a new child took over
        assert worker.restarts == 1
    with Worker(bench.db, tmp_path / "pekerja.log", memory_bytes=20 * 2**20) as starved:
        assert starved.load(seed, 30).kind == "died"  # cannot even start Python's imports
