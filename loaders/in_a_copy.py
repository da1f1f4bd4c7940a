"""Work done in a copy of this process (a fork), beside work done here.

A thread is no use beside a library that holds the interpreter lock while it works (the
parsers do): the thread would only run after it. A copy runs on another core.
"""

from __future__ import annotations

import ctypes
import os
import pickle
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

T = TypeVar("T")
PR_SET_PDEATHSIG = 1  # Linux: the signal a process gets when its parent ends


class InACopy(Generic[T]):
    """``function(path)`` run in a copy of this process (a fork), started at once.

    A copy, not a thread: the parsers hold the interpreter lock while they parse, so a thread
    beside them would only run after them. The copy must be started before any thread, and it
    ends when this process ends."""

    def __init__(self, function: Callable[[Path], T], path: Path):
        read_end, write_end = os.pipe()
        parent = os.getpid()
        self._pid = os.fork()
        if self._pid == 0:  # the copy: do the work, send the outcome, and leave without cleaning up
            try:
                os.close(read_end)
                _end_with_parent(parent)
                outcome = pickle.dumps(_outcome(function, path), protocol=pickle.HIGHEST_PROTOCOL)
                with os.fdopen(write_end, "wb") as sink:
                    sink.write(outcome)
            finally:  # never back into the caller's code, whatever failed (memory, a signal)
                os._exit(0)
        os.close(write_end)
        self._answer = os.fdopen(read_end, "rb")
        self._outcome: tuple | None = None

    def result(self) -> T:
        """Wait for the copy; its result, or its error raised here: ValueError, MemoryError, or
        RuntimeError for any other (a copy that crashed included)."""
        if self._outcome is None:
            with self._answer:
                answer = self._answer.read()
            os.waitpid(self._pid, 0)
            self._outcome = pickle.loads(answer) if answer else ("failed", "the copy ended without an answer")
        kind, value = self._outcome
        if kind == "value":
            return value
        raise {"broken": ValueError, "memory": MemoryError}.get(kind, RuntimeError)(value)

    def stop(self) -> None:
        """End the copy if it still runs, and reap it."""
        if not self._answer.closed:
            os.kill(self._pid, signal.SIGKILL)
            os.waitpid(self._pid, 0)
            self._answer.close()


def _outcome(function: Callable[[Path], T], path: Path) -> tuple:
    try:
        return ("value", function(path))
    except ValueError as error:
        return ("broken", str(error))
    except MemoryError as error:
        return ("memory", repr(error))
    except BaseException as error:  # a fault of ours: the parse fails as for a crash
        return ("failed", repr(error))


def _end_with_parent(parent: int) -> None:
    """Have the kernel end this copy when its parent ends (however it ends); if the parent has
    ended already, end now."""
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)
