"""Charts as PNG images, rendered by kaleido through the machine's own Chromium.

Nothing is downloaded: kaleido is pointed at Debian's ``/usr/bin/chromium`` (or the browser
named in ``BROWSER_PATH``), and one browser is kept warm per process for a whole deck.
"""

from __future__ import annotations

import atexit
import os
import shutil
import threading
import warnings
from pathlib import Path

import plotly.graph_objects as go

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
_lock = threading.Lock()
_server_running = False


class ChromiumMissing(RuntimeError):
    """No Chromium to render charts with; the message names where it was looked for."""


def chromium_path() -> str | None:
    """The browser kaleido will use: ``BROWSER_PATH`` when set, else Debian's Chromium."""
    named = os.environ.get("BROWSER_PATH")
    if named:
        return named if Path(named).exists() or shutil.which(named) else None
    return next((path for path in CHROMIUM_CANDIDATES if Path(path).exists()), None)


def looked_for() -> str:
    """Where a browser was looked for, for a message that says what to install."""
    return os.environ.get("BROWSER_PATH") or ", ".join(CHROMIUM_CANDIDATES)


def _start_server() -> None:
    global _server_running
    if _server_running:
        return
    path = chromium_path()
    if path is None:
        raise ChromiumMissing(looked_for())
    os.environ["BROWSER_PATH"] = path
    import kaleido  # imported here: only a process that renders a chart needs it

    kaleido.start_sync_server(silence_warnings=True)
    atexit.register(kaleido.stop_sync_server, silence_warnings=True)
    _server_running = True


def png(fig: go.Figure, width: int, height: int, scale: float = 2) -> bytes:
    """``fig`` as a PNG of ``width`` × ``height`` CSS pixels at ``scale`` (2 = sharp on a projector)."""
    with _lock:
        _start_server()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # "kopts … ignored if using a server"
            return fig.to_image(format="png", width=width, height=height, scale=scale)
