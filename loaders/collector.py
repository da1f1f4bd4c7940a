"""Pausing Python's cycle collector while a workbook's cells become observations."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector for the block. Reading a large sheet creates hundreds of
    thousands of objects (cells, lists, strings) that cannot form cycles; each few hundred of
    them would otherwise start a collection, and the larger ones walk every object in memory.
    Reference counting still frees everything as usual; the collector resumes afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
