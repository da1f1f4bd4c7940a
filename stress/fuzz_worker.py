"""The fuzzer's loader: one long-lived child process (``python -m stress.fuzz_worker DB
MEMORY_BYTES``) that loads file after file within a memory limit, and the parent's handle on
it, which gives each file a time limit and starts a new child when one dies, hangs, runs out
of memory or raises.

The child reads one path per line and answers each with one line of JSON (a :class:`Result`).
It leads its own process group, so that killing it also ends the parser process the loader
starts for each file.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import select
import signal
import subprocess
import sys
import time
import traceback
from dataclasses import asdict, dataclass, replace
from pathlib import Path

MEMORY_BYTES = 1536 * 2**20
# The loader's own limits for its parser process, inside the fuzzer's: a parser that needs
# more is refused by the loader in plain words, which counts as a clean rejection.
PARSER_LIMITS = {"KLA_PARSE_MEMORY_MB": "1024", "KLA_PARSE_TIMEOUT_S": "15"}


@dataclass(frozen=True)
class Result:
    """What became of one file: ``report`` (the loader answered with ``status`` and the
    ``errors``' messages), ``exception``, ``memory``, ``hang`` or ``died``; ``detail`` holds
    the traceback or the exit code."""

    kind: str
    status: str | None = None
    errors: tuple[str, ...] = ()
    detail: str = ""
    seconds: float = 0.0


def _load_one(path: Path, db_path: Path) -> Result:
    from loaders.ingest import ingest_file

    started = time.perf_counter()
    try:
        report = ingest_file(path, db_path)
    except MemoryError:
        return Result("memory", detail=traceback.format_exc())
    except Exception:  # any exception escaping the loader is a finding
        return Result("exception", detail=traceback.format_exc())
    messages = tuple(problem.message for problem in report.errors)
    return Result("report", report.status, messages, seconds=time.perf_counter() - started)


def main() -> int:
    """The child: load each path read from standard input, answering with a line of JSON."""
    db_path, memory_bytes = Path(sys.argv[1]), int(sys.argv[2])
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    os.environ.update(PARSER_LIMITS)
    for line in sys.stdin:
        result = _load_one(Path(line.rstrip("\n")), db_path)
        sys.stdout.write(json.dumps(asdict(result)) + "\n")
        sys.stdout.flush()
    return 0


class Worker:
    """The parent's handle on the loading child; :meth:`load` one file at a time. The
    child's standard error goes to ``log``."""

    def __init__(self, db_path: Path, log: Path, memory_bytes: int = MEMORY_BYTES):
        self._db_path, self._log, self._memory_bytes = db_path, log, memory_bytes
        self.restarts = 0
        self._start()

    def _start(self) -> None:
        with self._log.open("ab") as log:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "stress.fuzz_worker", str(self._db_path), str(self._memory_bytes)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                cwd=Path(__file__).resolve().parent.parent,
                start_new_session=True,
            )

    def _kill(self) -> None:
        """End the child and everything it started; a new child takes its place."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self._process.pid, signal.SIGKILL)
        self._process.communicate()
        self._start()
        self.restarts += 1

    def _answer(self, timeout_s: float) -> Result:
        """The child's answer to the path just sent, or what became of it within ``timeout_s``."""
        ready, _, _ = select.select([self._process.stdout], [], [], timeout_s)
        if not ready:
            return Result("hang", detail=f"> {timeout_s:.0f} s")
        line = self._process.stdout.readline()
        if not line:
            self._process.wait(5)
            return Result("died", detail=f"kode keluar {self._process.returncode}")
        return Result(**json.loads(line))

    def load(self, path: Path, timeout_s: float) -> Result:
        """Load ``path`` in the child, waiting at most ``timeout_s`` seconds."""
        started = time.perf_counter()
        try:
            self._process.stdin.write(f"{path}\n".encode())
            self._process.stdin.flush()
        except BrokenPipeError:
            pass  # the child is gone: its answer is an empty line
        result = self._answer(timeout_s)
        if result.kind != "report":
            self._kill()
        return result if result.seconds else replace(result, seconds=time.perf_counter() - started)

    def close(self) -> None:
        """Ask the child to stop, and make sure it did."""
        try:
            self._process.communicate(timeout=10)  # closes its standard input: it ends
        except subprocess.TimeoutExpired:
            os.killpg(self._process.pid, signal.SIGKILL)
            self._process.communicate()

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


if __name__ == "__main__":
    sys.exit(main())
