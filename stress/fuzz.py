"""Mutation fuzzer: valid workbooks with damaged bytes must be handled cleanly (issue 9, item 4).

Each case takes one of the starting workbooks (.xlsx, .xls, .ods, .xlsm; long, wide, one
measure per sheet, a budget), damages it with one mutation of :mod:`stress.mutations`
chosen by the case number, and loads it into a copy of a small database through a
long-lived child process (:mod:`stress.fuzz_worker`). Clean means: the loader answers
with a report; a rejected file has at least one error, every error is one of the loader's
Indonesian messages, and the database folder is byte for byte as before; an accepted file
(the damage missed what matters) is fine and the database is put back afterwards. Never an
exception, a hang (20 s), the memory limit, or a dead process.

A case is reproduced from its number alone: ``python -m stress.fuzz --case 1234`` writes the
damaged file and loads it in this process, showing the report or the traceback.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import string
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kla.text import TEXT, t
from stress import Outcome
from stress.fuzz_worker import Result, Worker
from stress.mutations import mutations_for
from stress.workbook_cases import EXAMPLE_VALUES, Case
from tests.workbooks import write_workbook

CASES = {"quick": 300, "full": 3000}
CASE_TIMEOUT_S = 20.0
BASE_SEED = 9
BUDGET_HEADER = ["No", "Tahun", "OPD", "Klaster", "Program", "Kegiatan", "Pagu (Rp)", "Realisasi (Rp)"]
BUDGET_ROWS = [
    [1, 2024, "DINKES", "III", "Program Pemenuhan Upaya Kesehatan", "Posyandu", "Rp 1.250.000.000", 1_100_000_000],
    [2, 2024, "DINKES", "III", "Program Pemenuhan Upaya Kesehatan", "Imunisasi", "75 jt", "Rp 70.500.000,50"],
]
FAILURES = ("pengecualian", "macet", "memori", "mati", "pesan", "berubah")
TOO_SLOW = t("reason_too_slow")  # clean, but the parser ran into the loader's time limit


def write_seeds(folder: Path) -> list[Path]:
    """The valid starting workbooks, written into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    layouts = [("long", ".xlsx", True), ("long", ".xls", False), ("long", ".ods", False), ("wide", ".xlsx", False)]
    layouts += [("per_sheet", ".xlsx", False), ("wide", ".ods", False)]
    seeds = []
    for index, (layout, suffix, extras) in enumerate(layouts):
        values = EXAMPLE_VALUES if layout != "wide" else EXAMPLE_VALUES[:2]
        path = Case(layout, suffix, values, extras).write(folder)
        seeds.append(path.rename(folder / f"awal-{index}{suffix}"))
    seeds.append(write_workbook(folder / "anggaran.xlsx", BUDGET_ROWS, BUDGET_HEADER, "Anggaran"))
    macro = folder / "awal-makro.xlsm"  # an .xlsm is an .xlsx by another name, to the loader
    macro.write_bytes(seeds[0].read_bytes())
    seeds.append(macro)
    return seeds


@dataclass(frozen=True)
class Damaged:
    """One case: its number, the starting workbook, the mutation and the damaged bytes."""

    number: int
    seed: Path
    mutation: str
    content: bytes


def damage(number: int, seeds: list[Path]) -> Damaged:
    """Case ``number``: the starting workbook and mutation follow from the number (so every
    pair comes round), the mutation's random choices from a generator seeded with it."""
    rng = random.Random(f"{BASE_SEED}-{number}")
    seed = seeds[number % len(seeds)]
    mutations = mutations_for(seed.suffix)
    mutation = mutations[(number // len(seeds)) % len(mutations)]
    return Damaged(number, seed, mutation.__name__, mutation(seed.read_bytes(), rng))


@cache
def _indonesian_messages() -> list[re.Pattern]:
    """Every Indonesian error text as a pattern, its ``{placeholders}`` matching anything."""
    patterns = []
    for entry in (entry for key, entry in TEXT.items() if key.startswith("err_")):
        parts = string.Formatter().parse(entry["id"])
        regex = "".join(re.escape(literal) + (".*" if name is not None else "") for literal, name, _, _ in parts)
        patterns.append(re.compile(regex, re.DOTALL))
    return patterns


def is_indonesian_message(message: str) -> bool:
    """Whether ``message`` is one of the loader's Indonesian error texts (values filled in)."""
    return any(pattern.fullmatch(message) for pattern in _indonesian_messages())


@dataclass
class Tally:
    """Every case's verdict, the failures with what reproduces them, and the slowest case."""

    verdicts: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    slowest: tuple[float, int] = (0.0, -1)  # seconds, case number
    parser_timeouts: list[int] = field(default_factory=list)  # rejected only at the parser's time limit

    @property
    def total(self) -> int:
        """How many cases ran."""
        return sum(self.verdicts.values())

    @property
    def holds(self) -> bool:
        """Whether every case was handled cleanly."""
        return self.total > 0 and not any(self.verdicts[kind] for kind in FAILURES)

    def line(self) -> str:
        """The one line ``make stress`` prints."""
        clean = self.verdicts["ditolak"] + self.verdicts["dimuat"]
        counts = ", ".join(f"{self.verdicts[kind]} {kind}" for kind in FAILURES[:3])
        others = "".join(f", {self.verdicts[kind]} {kind}" for kind in FAILURES[3:] if self.verdicts[kind])
        timeouts = self.parser_timeouts
        slow = f"; {len(timeouts)} ditolak di batas waktu pengurai: kasus {timeouts[:5]}" if timeouts else ""
        return (
            f"fuzzer: {clean}/{self.total} berkas rusak ditangani dengan bersih ({self.verdicts['ditolak']} ditolak, "
            f"{self.verdicts['dimuat']} tetap terbaca; {counts}{others}{slow}; "
            f"terlama {self.slowest[0]:.1f} s, kasus {self.slowest[1]})"
        )


def _verdict(result: Result, unchanged: bool) -> str:
    if result.kind == "exception":
        return "pengecualian"
    if result.kind in ("hang", "died"):
        return {"hang": "macet", "died": "mati"}[result.kind]
    if result.kind == "memory":
        return "memori"
    if result.status == "accepted":
        return "dimuat"
    if not result.errors or not all(map(is_indonesian_message, result.errors)):
        return "pesan"
    return "ditolak" if unchanged else "berubah"


class Bench:
    """A small database, its pristine bytes, and the working copy the worker loads into."""

    def __init__(self, folder: Path, seed: Path):
        from loaders.ingest import ingest_file

        self.folder = folder / "kerja"
        self.db = self.folder / "kla.duckdb"
        report = ingest_file(seed, self.db)
        assert report.status == "accepted", report.errors
        shutil.rmtree(self.folder / "arsip")
        self.pristine = self.db.read_bytes()

    def unchanged(self) -> bool:
        """Whether the working folder holds just the database, byte for byte as it was."""
        return [path.name for path in self.folder.iterdir()] == [self.db.name] and self.db.read_bytes() == self.pristine

    def restore(self) -> None:
        """Put the pristine database back, alone in its folder."""
        shutil.rmtree(self.folder)
        self.folder.mkdir()
        self.db.write_bytes(self.pristine)


def run(numbers: Iterable[int], folder: Path) -> Tally:
    """Run the cases ``numbers`` with files and databases in ``folder``."""
    seeds = write_seeds(folder / "awal")
    bench, tally = Bench(folder, seeds[0]), Tally()
    with Worker(bench.db, folder / "pekerja.log") as worker:
        for number in numbers:
            case = damage(number, seeds)
            path = folder / f"rusak{case.seed.suffix}"
            path.write_bytes(case.content)
            result = worker.load(path, CASE_TIMEOUT_S)
            unchanged = bench.unchanged()
            verdict = _verdict(result, unchanged)
            tally.verdicts[verdict] += 1
            tally.slowest = max(tally.slowest, (result.seconds, number))
            if any(TOO_SLOW in message for message in result.errors):
                tally.parser_timeouts.append(number)
            if verdict in FAILURES:
                tally.failures.append(f"kasus {number} ({case.seed.name}, {case.mutation}): {verdict} {result}")
            if not unchanged:
                bench.restore()
    return tally


def check(scale: str) -> Outcome:
    """The fuzzer at the scale's number of cases."""
    with tempfile.TemporaryDirectory() as folder:
        tally = run(range(CASES[scale]), Path(folder))
    return Outcome(tally.line() + "".join(f"\n  {failure}" for failure in tally.failures[:10]), tally.holds)


def reproduce(number: int, out: Path | None) -> int:
    """Write case ``number``'s damaged file (to ``out`` if given) and load it in this process."""
    from loaders.ingest import ingest_file

    with tempfile.TemporaryDirectory() as folder:
        seeds = write_seeds(Path(folder) / "awal")
        case = damage(number, seeds)
        path = out or Path(folder) / f"rusak{case.seed.suffix}"
        path.write_bytes(case.content)
        bench = Bench(Path(folder), seeds[0])
        print(f"kasus {number}: {case.seed.name}, {case.mutation}, {len(case.content)} bita → {path}")
        report = ingest_file(path, bench.db)
        print(report.status, *(f"- {problem.message}" for problem in report.errors), sep="\n")
    return 0


def main() -> int:
    """``python -m stress.fuzz --case N [--out FILE]``, or ``--scale quick|full`` to run all."""
    parser = argparse.ArgumentParser(prog="python -m stress.fuzz")
    parser.add_argument("--case", type=int)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--scale", choices=sorted(CASES), default="quick")
    args = parser.parse_args()
    if args.case is not None:
        return reproduce(args.case, args.out)
    outcome = check(args.scale)
    print(outcome.line)
    return 0 if outcome.holds else 1


if __name__ == "__main__":
    sys.exit(main())
