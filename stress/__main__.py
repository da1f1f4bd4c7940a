"""``make stress`` (``python -m stress``): every property of issue 9 at full scale, one line each.

Options: ``--only NAME[,NAME]`` to run some of them (names as in :data:`PROPERTIES`),
``--scale quick`` for the small versions that ``make test`` also runs.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time

from stress import Outcome

# Module of each property, in the order they are run.
PROPERTIES = {
    "together": "stress.together",
    "crash": "stress.crash",
    "safekeeping": "stress.safekeeping",
    "roundtrip": "stress.roundtrip",
    "fuzz": "stress.fuzz",
    "load": "stress.load",
}


def main() -> int:
    """Run the properties and print one line per property; exit 1 if any does not hold."""
    parser = argparse.ArgumentParser(prog="python -m stress")
    parser.add_argument("--only", default=",".join(PROPERTIES))
    parser.add_argument("--scale", choices=("quick", "full"), default="full")
    args = parser.parse_args()
    outcomes: list[Outcome] = []
    for name in args.only.split(","):
        started = time.perf_counter()
        outcome = importlib.import_module(PROPERTIES[name]).check(args.scale)
        outcomes.append(outcome)
        verdict = "YA   " if outcome.holds else "TIDAK"
        print(f"{verdict} {outcome.line} ({time.perf_counter() - started:.0f} s)", flush=True)
    return 0 if all(outcome.holds for outcome in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
