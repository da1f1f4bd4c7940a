"""kill -9 during an upload leaves the state before or after it, never a part (issue 9, item 2):
the quick version of ``make stress``'s property (5 kills; 30 in ``make stress``)."""

from stress.crash import check


def test_a_loader_killed_at_random_moments_leaves_a_whole_state():
    outcome = check("quick")
    assert outcome.holds, outcome.line
