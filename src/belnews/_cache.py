"""``word_cache``: a bounded cache of a function of one word that the garbage collector skips.

A bounded :func:`functools.lru_cache` keeps its entries on a linked list that every full
garbage collection walks, entry by entry (cache misses all the way): with the per-word caches of
the names machinery full, a full collection of a process that has read a 100k directory took
0.7 s, and a 1M build runs many.  An unbounded ``lru_cache`` keeps only a dict, and a dict of
strings (words to skeletons, to folded forms) is not tracked by the collector at all.

``word_cache(maxsize)`` is such an unbounded ``lru_cache`` (the same C speed for a hit) whose
miss empties it when it holds ``maxsize`` entries: bounded, without per-hit bookkeeping.  It
keeps the ``lru_cache`` API (``cache_info`` reports ``maxsize``, ``cache_clear``,
``__wrapped__``).  Emptied rather than trimmed: the answers are pure functions of the word, so
an emptied cache is refilled with the same answers.
"""

from __future__ import annotations

import functools
import itertools
import threading
from collections.abc import Callable
from typing import TypeVar

__all__ = ["word_cache"]

_R = TypeVar("_R")


def word_cache(maxsize: int) -> Callable[[Callable[[str], _R]], functools._lru_cache_wrapper[_R]]:
    """A decorator: cache a function of one word (a ``str``), at most ``maxsize`` entries (and
    one more for each other thread in the middle of a miss when the cache is emptied).

    >>> @word_cache(2)
    ... def shout(word: str) -> str:
    ...     return word.upper()
    >>> [shout(w) for w in ("a", "b", "a", "c")], shout.cache_info().maxsize
    (['A', 'B', 'A', 'C'], 2)
    >>> shout.cache_info()  # emptied when "c" came, then "c" kept; counts as lru_cache's
    CacheInfo(hits=1, misses=3, maxsize=2, currsize=1)
    """

    def decorate(function: Callable[[str], _R]) -> functools._lru_cache_wrapper[_R]:
        info = functools._lru_cache_wrapper.cache_info  # the C method: maxsize None, currsize
        clear = functools._lru_cache_wrapper.cache_clear
        # A miss is counted without a lock: ``next`` of an ``itertools.count`` is one C call,
        # atomic under the GIL, so no two threads' misses count as one (a locked count took a
        # miss from ~0.15 to ~0.8 µs).  Only the emptying takes the lock (with the counts kept
        # before it), once per ``maxsize`` misses; a thread whose miss was counted on the
        # counter an emptying replaced stores one entry more (the bound's "one more").
        lock = threading.Lock()
        added = itertools.count()  # misses since the last emptying: at least the entries
        before = [0, 0]  # hits and misses before the last emptying (C's cache_clear zeroes them)

        def miss(word: str) -> _R:
            nonlocal added
            if next(added) >= maxsize:
                with lock:
                    hits, misses, _, _ = info(cached)
                    before[0] += hits
                    before[1] += misses
                    # The new count first, then the emptying: a thread that misses in between
                    # counts on the new count (an entry the emptying then drops is counted
                    # too: an earlier emptying, never a larger cache).  The other order let
                    # the threads still counting on the old count, below the bound, store
                    # entries no count saw while this one was between the two steps (65
                    # entries for a bound of 50 with 8 threads).
                    added = itertools.count(1)  # (this miss's entry counted)
                    clear(cached)  # (the wrapper stores the new answer after this returns)
            return function(word)

        functools.update_wrapper(miss, function)
        cached = functools.lru_cache(maxsize=None)(miss)
        cached.__wrapped__ = function  # (the function itself, as lru_cache gives it)

        def cache_info() -> functools._CacheInfo:
            hits, misses, _, size = info(cached)
            return functools._CacheInfo(hits + before[0], misses + before[1], maxsize, size)

        def cache_clear() -> None:
            nonlocal added
            with lock:
                added = itertools.count()  # (a full bound again after an emptying from outside)
                clear(cached)
                before[:] = [0, 0]

        setattr(cached, "cache_info", cache_info)  # noqa: B010 (reports the bound, not None)
        setattr(cached, "cache_clear", cache_clear)  # noqa: B010 (resets the count too)
        return cached

    return decorate
