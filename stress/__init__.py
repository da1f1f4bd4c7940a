"""``make stress``: properties that must hold under concurrency, crashes, hostile files and load
(issue 9). Each property is a module with ``check(scale) -> Outcome``; ``make test`` runs the
quick versions through tests/, ``make stress`` the heavy ones through :mod:`stress.__main__`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Outcome:
    """One property's result: the line printed (``kill -9 during upload: 30/30 consistent``)
    and whether the property holds."""

    line: str
    holds: bool
