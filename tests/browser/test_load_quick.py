"""Load (issue 9, item 5), the quick version of :mod:`stress.load`: four sessions click through
four pages each while the command line loads files; every page renders without an exception."""

import pytest

from stress.load import check

pytestmark = pytest.mark.browser


def test_sessions_clicking_through_while_files_load_all_see_their_pages():
    outcome = check("quick")
    assert outcome.holds, outcome.line
