"""The parser template: ``python -m loaders.parse_server FD``, started once by the loader.

It imports the parsers (python-calamine, fastexcel and pyarrow) and waits. For each workbook
the loader sends, it makes a fresh copy of itself (a fork) that parses that one file within
its limits and ends (see :mod:`loaders.parse_worker`): a damaged file costs that copy only, as
with a new process, but without a new interpreter and its imports for every upload (about
60 ms, and 70 ms more where pyarrow is needed).

The loader talks to it over the socket ``FD`` (message by message): the template says
``ready`` once; then for each request (the file, its limits, and a socket for the answer
passed along) it answers ``started`` with a process handle of the copy (a pidfd), with which
the loader can end it. The template ends, quietly, when the loader closes the socket or ends
(also when it ends without having read ``ready``: the socket then reports a reset).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import socket
import sys
from pathlib import Path

import fastexcel  # noqa: F401  (imported here once, not in every copy)

import loaders.column_sheets  # noqa: F401  (pyarrow, numpy)
from loaders.parse_worker import parse_into

READY, STARTED = b"ready", b"started"


def serve(control: socket.socket) -> None:
    """Answer the loader's requests on ``control`` until it closes it."""
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the copies are reaped by the kernel
    control.sendall(READY)
    while True:
        request, fds, _, _ = socket.recv_fds(control, 4096, 1)
        if not request:
            return
        path, memory_bytes, timeout_s = pickle.loads(request)
        (answer_fd,) = fds
        pid = os.fork()
        if pid == 0:
            _parse_and_end(control, Path(path), memory_bytes, timeout_s, answer_fd)
        os.close(answer_fd)
        handle = os.pidfd_open(pid)
        try:
            socket.send_fds(control, [STARTED], [handle])
        finally:
            os.close(handle)


def _parse_and_end(control: socket.socket, path: Path, memory_bytes: int, timeout_s: float, answer_fd: int) -> None:
    """In the copy: parse, answer, end (never returns)."""
    code = 0
    try:
        control.close()
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        parse_into(path, memory_bytes, timeout_s, answer_fd)
    except BaseException:  # the answer says what it can; the loader reads a missing one as a damaged file
        code = 1
    finally:
        os._exit(code)


def main() -> None:
    """Serve the socket whose descriptor is ``argv[1]``; end when the loader has gone."""
    gone = (ConnectionResetError, BrokenPipeError)  # the loader ended: nothing left to serve
    with socket.socket(fileno=int(sys.argv[1])) as control, contextlib.suppress(*gone):
        serve(control)


if __name__ == "__main__":
    main()
