"""``make bench``: speed and memory at three sizes, each beside its baseline in the same run."""
