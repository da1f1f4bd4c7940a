"""A process that ends while the start-up integrity check is still inside DuckDB ends cleanly:
the check is waited for (DuckDB aborts the interpreter, exit 134, when a daemon thread is cut off
inside a query). Seen with a province database: a page test's process ended before its check."""

import os
import subprocess
import sys

from tests.cli import ROOT

ENDS_DURING_THE_CHECK = """
import sys
from streamlit.testing.v1 import AppTest
from kla import integrity

def slow_check(con, thorough=True):  # a large database: the check is still running at exit
    con.execute("SELECT count(*) FROM range(400000000) t(i) WHERE i % 7 = 3").fetchone()
    return []

integrity.check = slow_check
app = AppTest.from_file(sys.argv[1], default_timeout=60)
app.run()
app.run()  # the page view after the first starts the check
assert not app.exception, app.exception
from kla.ui import health
assert list(health._FINDINGS.values()) == [None]  # still checking as the process ends
"""


def test_a_process_ending_during_the_check_ends_cleanly(sample_db):
    env = {**os.environ, "KLA_DB": str(sample_db)}
    done = subprocess.run(
        [sys.executable, "-c", ENDS_DURING_THE_CHECK, str(ROOT / "dashboard.py")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-800:]
