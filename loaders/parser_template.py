"""The loader's side of the parser template (:mod:`loaders.parse_server`): one per process,
started when first needed or beforehand with :func:`ready_parser`, started again if it ended.
"""

from __future__ import annotations

import atexit
import pickle
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READY, STARTED = b"ready", b"started"  # as loaders.parse_server says them
READY_WAIT_S = 60.0  # the template's imports take ~0,2 s; a loaded machine may take much longer


class TemplateGone(OSError):
    """The template ended or did not answer as it should."""


@dataclass
class StartedParse:
    """A copy of the template parsing one file: ``answer`` is where it writes its answer,
    ``handle`` a pidfd with which to end it."""

    answer: socket.socket
    handle: int


class ParserTemplate:
    """A running template process and the socket to it; requests go one at a time."""

    def __init__(self):
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        with theirs:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "loaders.parse_server", str(theirs.fileno())],
                pass_fds=(theirs.fileno(),),
                stdin=subprocess.DEVNULL,
                cwd=ROOT,
            )
        self._control = ours
        self._ready = False
        self._lock = threading.Lock()

    def alive(self) -> bool:
        """Whether the template still runs."""
        return self._process.poll() is None

    def start(self, path: Path, memory_bytes: int, timeout_s: float) -> StartedParse:
        """Have a fresh copy parse ``path`` within these limits; raises :class:`TemplateGone`."""
        mine, theirs = socket.socketpair()
        try:
            with self._lock, theirs:
                self._wait_ready()
                request = pickle.dumps((str(path), memory_bytes, timeout_s))
                socket.send_fds(self._control, [request], [theirs.fileno()])
                self._control.settimeout(READY_WAIT_S)
                reply, fds, _, _ = socket.recv_fds(self._control, 64, 1)
        except OSError as error:
            mine.close()
            raise TemplateGone(str(error)) from error
        if reply != STARTED or len(fds) != 1:
            mine.close()
            raise TemplateGone(f"unexpected answer {reply!r}")
        return StartedParse(mine, fds[0])

    def wait_ready(self) -> None:
        """Wait until the template has imported its parsers; raises :class:`TemplateGone`."""
        with self._lock:
            self._wait_ready()

    def _wait_ready(self) -> None:  # with the lock held
        if self._ready:
            return
        self._control.settimeout(READY_WAIT_S)
        if self._control.recv(64) != READY:
            raise TemplateGone("the template did not start")
        self._ready = True

    def close(self) -> None:
        """End the template (closing its socket ends it)."""
        self._control.close()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


_TEMPLATE: ParserTemplate | None = None
_TEMPLATE_GUARD = threading.Lock()


def ready_parser(wait: bool = False) -> ParserTemplate:
    """This process's template, started now if it is not running (and, with ``wait``, once it
    has its parsers imported): the Unggah page starts it while the analyst picks a file, so
    that the first upload does not wait for the template's imports."""
    global _TEMPLATE
    with _TEMPLATE_GUARD:
        if _TEMPLATE is None or not _TEMPLATE.alive():
            _TEMPLATE = ParserTemplate()
        template = _TEMPLATE
    if wait:
        template.wait_ready()
    return template


def start_parse(path: Path, memory_bytes: int, timeout_s: float) -> StartedParse:
    """Start parsing ``path`` in a fresh copy of the template (a new template if the last one
    ended)."""
    try:
        return ready_parser().start(path, memory_bytes, timeout_s)
    except TemplateGone:
        with _TEMPLATE_GUARD:
            if _TEMPLATE is not None:
                _TEMPLATE.close()
        return ready_parser().start(path, memory_bytes, timeout_s)


@atexit.register
def _close_template() -> None:
    with _TEMPLATE_GUARD:
        if _TEMPLATE is not None and _TEMPLATE.alive():
            _TEMPLATE.close()
