"""Server-side run time of every page in Streamlit's AppTest, cold (caches cleared) and warm,
beside an empty page with one chart; and the peak memory of the process.

Run in its own process per size (``python -m bench.pages DB REGIONS RUNS``) so that the peak
resident memory belongs to that size alone; prints one JSON object.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = (
    "ringkasan",
    "kelembagaan",
    "klaster_1",
    "klaster_2",
    "klaster_3",
    "klaster_4",
    "klaster_5",
    "indikator",
    "wilayah",
    "opd",
    "anggaran",
    "predikat",
    "target",
    "unggah",
    "presentasi",
)


def _ms(action) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def _clear_caches() -> None:
    from kla.ui.state import clear_caches

    clear_caches()


EMPTY_WARM_UP_RUNS = 5
WARM_PASSES = 5  # each page's warm runs are taken in this many passes over all pages, not in one go
WARM_RUNS_PER_PASS = 3  # at least (more with --runs); a warm run takes 3-15 ms at kota; 15 in all


class EmptyPage:
    """The floor: :mod:`bench.empty_app`, timed between the pages' warm runs, so that its runs
    and theirs fall in the same moments of the machine (which on a shared machine slows down
    for a second now and then: timed in one go, a page then lost its goal by that second
    alone).

    Made before the dashboard's first run: the dashboard makes its slim Plotly template the
    process's default (:mod:`kla.figure_style`), and the empty page is timed with Plotly's own
    default, as written the usual way (with the slim one it runs about 1 ms faster)."""

    def __init__(self) -> None:
        import plotly.io as pio
        from streamlit.testing.v1 import AppTest

        self.app = AppTest.from_file(str(ROOT / "bench" / "empty_app.py"), default_timeout=600)
        self.template = pio.templates.default
        self.times: list[float] = []
        for _ in range(EMPTY_WARM_UP_RUNS):  # the first runs after a start take up to twice as long
            self.app.run()

    def time_runs(self, count: int) -> None:
        """One run that is not counted (the dashboard's runs just had the processor), then
        ``count`` timed runs."""
        import plotly.io as pio

        kept, pio.templates.default = pio.templates.default, self.template
        try:
            self.app.run()
            self.times += [_ms(self.app.run) for _ in range(count)]
        finally:
            pio.templates.default = kept

    def median_ms(self) -> float:
        """The median of every timed run."""
        return statistics.median(self.times)


def one_script_cache() -> None:
    """Keep compiled scripts from one AppTest run to the next, as a server does.

    A server compiles each script once and keeps its bytecode for the life of the process (one
    ``ScriptCache`` in ``runtime.py``); AppTest makes a new, empty ``ScriptCache`` for every run,
    so each run reads, transforms ("magic") and compiles the entry script and the page again.
    Applies to the empty page as much as to the dashboard's."""
    from streamlit.runtime.scriptrunner.script_cache import ScriptCache
    from streamlit.testing.v1 import app_test, local_script_runner

    kept = ScriptCache()
    app_test.ScriptCache = local_script_runner.ScriptCache = lambda: kept


def runs_as_on_a_server() -> None:
    """Make AppTest run the dashboard's pages the way the server does after its first run.

    A ``pages/`` folder beside the entry script is Streamlit's first multipage style, so the
    first run of a process goes through it (one page object per file, and the entry script
    compiled twice) until ``st.navigation`` turns it off for good
    (``PagesManager.uses_pages_directory``). AppTest turns it on again before every run, which
    adds 1-2 ms to each run that a served page never pays, and which the empty page (no
    ``pages/`` beside it) does not pay either.
    """
    from streamlit.runtime.pages_manager import PagesManager

    detect = PagesManager.__init__

    def after_the_first_run(manager: PagesManager, *args, **kwargs) -> None:
        if PagesManager.uses_pages_directory is None:  # AppTest's reset; a server never resets it
            PagesManager.uses_pages_directory = False
        detect(manager, *args, **kwargs)

    PagesManager.__init__ = after_the_first_run


def page_times(runs: int, floor: EmptyPage) -> dict[str, dict[str, float]]:
    """Median cold and warm run of each page for the public (not signed in, as officials and
    presenters browse: small counts are protected; the upload page shows its sign-in form).

    The cold runs come in the first pass over the pages; the warm runs in :data:`WARM_PASSES`
    passes, each page's followed by a few of ``floor``'s."""
    from streamlit.testing.v1 import AppTest

    from kla import background

    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=600)
    app.run()  # the server's first run, through the pages folder
    runs_as_on_a_server()
    app.run()  # the second starts the database's integrity check (a server's warm-up does after its first)
    background.wait_for_all()  # which a server has behind it seconds after its start: not the pages' time
    cold: dict[str, list[float]] = {page: [] for page in PAGES}
    warm: dict[str, list[float]] = {page: [] for page in PAGES}
    per_pass = max(runs, WARM_RUNS_PER_PASS)  # each page's warm runs in a pass, and the empty page's after them
    for number in range(WARM_PASSES):
        for page in PAGES:
            app.switch_page(f"pages/{page}.py").run()  # once, so that "warm" means the page's own caches are filled
            if number == 0:
                for _ in range(runs):
                    _clear_caches()
                    cold[page].append(_ms(app.run))
            app.run()  # not counted: leftovers of the cold runs (garbage, late caches) or of the empty page's runs
            warm[page] += [_ms(app.run) for _ in range(per_pass)]
            errors = [error.message for error in app.exception]
            if errors:
                raise RuntimeError(f"{page}: {errors[0]}")
            floor.time_runs(per_pass)
    return {
        f"/{page}": {
            "cold_ms": round(statistics.median(cold[page]), 1),
            "warm_ms": round(statistics.median(warm[page]), 1),
        }
        for page in PAGES
    }


def peak_rss_kb() -> int:
    """This process's peak resident memory in kB (``VmHWM``). Not ``ru_maxrss``: Linux carries
    that over from the parent at fork, so a child started by a big parent reports the parent's
    peak (the bench's parent has just loaded 100,000 rows: 1,5 GB)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("/proc/self/status has no VmHWM")


def main() -> None:
    """Time the pages against ``argv[1]`` (database) and ``argv[2]`` (region CSV)."""
    os.environ["KLA_DB"], os.environ["KLA_WILAYAH"] = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3])
    one_script_cache()
    floor = EmptyPage()
    pages = page_times(runs, floor)
    result = {"empty_page_ms": round(floor.median_ms(), 1), "pages": pages}
    result["rss_mb"] = round(peak_rss_kb() / 1024, 1)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
