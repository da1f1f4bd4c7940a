"""The process-wide cache of reads and what pages make of them (:mod:`kla.shared_cache`)."""

import threading
import time

import pytest

from kla import shared_cache
from kla.shared_cache import SharedCache


def test_a_result_is_made_once_and_then_found():
    cache, made = SharedCache(max_entries=4), []
    for _ in range(3):
        assert cache.get_or_make("a", lambda: made.append("a") or 1) == 1
    assert made == ["a"]


def test_the_least_recently_used_result_goes_first():
    cache, made = SharedCache(max_entries=2), []

    def get(key: str) -> str:
        return cache.get_or_make(key, lambda: made.append(key) or key)

    get("a"), get("b"), get("a"), get("c")  # "b" was used longest ago: dropped for "c"
    get("a"), get("b")
    assert made == ["a", "b", "c", "b"]


def test_a_result_older_than_its_time_to_live_is_made_again(monkeypatch):
    cache, now = SharedCache(max_entries=4, ttl_s=60), [1000.0]
    monkeypatch.setattr(shared_cache.time, "monotonic", lambda: now[0])
    assert cache.get_or_make("a", lambda: 1) == 1
    now[0] += 59
    assert cache.get_or_make("a", lambda: 2) == 1
    now[0] += 2
    assert cache.get_or_make("a", lambda: 2) == 2


def test_a_failure_is_not_kept():
    cache = SharedCache(max_entries=4)

    def fail() -> int:
        raise RuntimeError("basis data sibuk")

    with pytest.raises(RuntimeError):
        cache.get_or_make("a", fail)
    assert cache.get_or_make("a", lambda: 1) == 1


def test_sessions_that_need_the_same_result_at_once_make_it_once():
    cache, made, started = SharedCache(max_entries=4), [], threading.Event()

    def slow() -> str:
        started.set()
        time.sleep(0.2)
        made.append("a")
        return "a"

    results = []
    first = threading.Thread(target=lambda: results.append(cache.get_or_make("a", slow)))
    first.start()
    started.wait(5)
    second = threading.Thread(target=lambda: results.append(cache.get_or_make("a", slow)))
    second.start()
    first.join(5), second.join(5)
    assert results == ["a", "a"] and made == ["a"]


def test_clearing_forgets_every_cache():
    one, two = SharedCache(max_entries=4), SharedCache(max_entries=4)
    one.get_or_make("a", lambda: 1), two.get_or_make("b", lambda: 2)
    shared_cache.clear_all()
    assert one.get_or_make("a", lambda: 3) == 3 and two.get_or_make("b", lambda: 4) == 4
