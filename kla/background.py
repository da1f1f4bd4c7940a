"""Work done in background threads that the process waits for when it ends.

DuckDB aborts the whole process (exit 134) when the interpreter ends while a daemon thread is
inside a query. Threads started here are daemons, so they never keep a stopping server
alive by themselves, but the interpreter's exit waits for them (up to :data:`EXIT_WAIT_S`
seconds each) before it tears anything down.
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Callable

EXIT_WAIT_S = 60
_STARTED: list[threading.Thread] = []
_STARTED_GUARD = threading.Lock()


def start(work: Callable[..., object], name: str, *args: object) -> threading.Thread:
    """Run ``work(*args)`` in a new daemon thread called ``name``, waited for at exit."""
    thread = threading.Thread(target=work, args=args, name=name, daemon=True)
    with _STARTED_GUARD:
        # a finished thread has nothing left to wait for (one not yet started has no ident)
        _STARTED[:] = [started for started in _STARTED if started.ident is None or started.is_alive()]
        _STARTED.append(thread)
    thread.start()
    return thread


def wait_for_all(timeout_s: float = EXIT_WAIT_S) -> None:
    """Wait for the work started so far (up to ``timeout_s`` seconds each); the process does
    at exit, and ``make bench`` before it times pages (a server has its start-up work behind it)."""
    with _STARTED_GUARD:
        started = list(_STARTED)
    for thread in started:
        if thread is not threading.current_thread():
            thread.join(timeout=timeout_s)


atexit.register(wait_for_all)
