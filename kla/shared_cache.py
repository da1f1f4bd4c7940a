"""Results shared by every session of the server process, each kept under a text key: the least
recently used is dropped beyond a number of entries, and none is kept longer than an hour.

The dashboard's reads and what its pages make of them were kept in Streamlit's resource cache.
Each look-up there cost about 0,1 ms (the key is hashed again, locks are taken, recorded
elements replayed, statistics kept), and a page run looks up 8-18 results: about a tenth of a
warm page run. A look-up here is a dictionary read. Two sessions that need the same missing
result at once make it once: the second waits for the first.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import TypeVar

Result = TypeVar("Result")

_ALL: list[SharedCache] = []


class SharedCache:
    """Results by key, at most ``max_entries`` of them, each for at most ``ttl_s`` seconds."""

    def __init__(self, max_entries: int, ttl_s: float = 3600) -> None:
        self.max_entries, self.ttl_s = max_entries, ttl_s
        self._entries: OrderedDict[str, tuple[object, float]] = OrderedDict()
        self._lock = threading.Lock()
        self._making: dict[str, threading.Lock] = {}
        _ALL.append(self)

    def get_or_make(self, key: str, make: Callable[[], Result]) -> Result:
        """The result kept under ``key``, or ``make()`` kept under it. A result that ``make``
        raises for is not kept."""
        found = self._fresh(key)
        if found is not None:
            return found[0]
        with self._lock:
            making = self._making.setdefault(key, threading.Lock())
        with making:
            found = self._fresh(key)
            if found is not None:
                return found[0]
            try:
                value = make()
                with self._lock:
                    self._entries[key] = (value, time.monotonic())
                    while len(self._entries) > self.max_entries:
                        self._entries.popitem(last=False)
                return value
            finally:
                with self._lock:
                    self._making.pop(key, None)

    def _fresh(self, key: str) -> tuple[object] | None:
        """``(result,)`` when one younger than the time to live is kept (and marks it as just
        used), else None."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if time.monotonic() - entry[1] > self.ttl_s:
                del self._entries[key]
                return None
            self._entries.move_to_end(key)
            return (entry[0],)

    def clear(self) -> None:
        """Forget every result."""
        with self._lock:
            self._entries.clear()


def clear_all() -> None:
    """Forget every result of every shared cache of the process."""
    for cache in _ALL:
        cache.clear()
