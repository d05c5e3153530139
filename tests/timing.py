"""Growth ratios: how a function's time grows with its input, measured in one run.

Tests never compare a time with a constant (machines differ); they compare the time at ``4n``
with the time at ``n`` in the same run: a linear function gives about 4, a quadratic one 16.
The limit is 6 (issue 15).  Each size is timed several times, interleaved, and the minimum kept,
so a burst of load on a shared CI machine does not decide; a failing ratio is measured again
before it counts.  The objects that earlier tests left alive are frozen out of the garbage
collector while timing: a full collection scans every live object, so a heap grown by other tests
would otherwise add to the 4n time more than to the n time.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any

LIMIT = 6.0  #: time(4n) / time(n) above this is super-linear
FLOOR = 0.001  #: seconds; a smaller time at n is treated as this much (timer noise)


def _once(fn: Callable[[Any], object], arg: Any) -> float:
    # CPU time of this process: on a shared machine the wall clock also counts the time other
    # processes held the CPU (with the load at 9 on 2 cores, wall-time ratios fail at random).
    start = time.process_time()
    fn(arg)
    return time.process_time() - start


def growth_ratio(
    fn: Callable[[Any], object], small: Any, big: Any, *, repeats: int = 3, tries: int = 4
) -> float:
    """min over ``tries`` of (best time of ``fn(big)``) / (best time of ``fn(small)``)."""
    best = float("inf")
    gc.freeze()  # only fn's own objects are collected while it is timed
    try:
        for _ in range(tries):
            t_small = t_big = float("inf")
            for _ in range(repeats):
                t_small = min(t_small, _once(fn, small))
                t_big = min(t_big, _once(fn, big))
            best = min(best, t_big / max(t_small, FLOOR))
            if best <= LIMIT:
                break
    finally:
        gc.unfreeze()
    return best


MIN_TIME = 0.02  #: seconds at n: below this, n is doubled (timer noise and fixed costs decide)


def assert_linear(
    fn: Callable[[Any], object],
    make: Callable[[int], Any],
    n: int,
    *,
    max_n: int | None = None,
    repeats: int = 3,
    limit: float = LIMIT,
) -> None:
    """Assert that ``fn(make(4 * n))`` takes at most ``limit`` (LIMIT) times ``fn(make(n))``.

    ``n`` is doubled (up to ``max_n``, default ``64 * n``) until one call takes MIN_TIME, so the
    ratio compares times well above the timer's noise; a function still faster than MIN_TIME at
    ``max_n`` passes (a quadratic one would not be).
    """
    largest = 64 * n if max_n is None else max_n
    fn(make(n))  # warm up: first-use compilation and caches are not growth
    while (took := min(_once(fn, make(n)) for _ in range(2))) < MIN_TIME and n < largest:
        n *= 2
    if took < MIN_TIME:
        # Under MIN_TIME even at max_n: too fast for a ratio to mean anything (allocator and
        # cache effects decide it), and a super-linear function reaches MIN_TIME long before.
        return
    ratio = growth_ratio(fn, make(n), make(4 * n), repeats=repeats)
    assert ratio <= limit, f"time(4n)/time(n) = {ratio:.1f} > {limit} (n = {n})"
