"""belnews._cache.word_cache: bounded, under threads too, and emptied from outside as lru_cache."""

from __future__ import annotations

import random
import sys
import threading

from belnews._cache import word_cache


def test_threads_keep_the_bound_and_the_answers() -> None:
    """Misses of several threads are all counted: unlocked, lost counts let the cache outgrow
    its bound (131 entries for a bound of 50 with 8 threads, review of round 5)."""

    @word_cache(50)
    def mirror(word: str) -> str:
        return word[::-1] + "!"

    wrong: list[str] = []
    sizes: list[int] = []

    def work(seed: int) -> None:
        draw = random.Random(seed)
        for _ in range(20_000):
            word = str(draw.randrange(400))
            if mirror(word) != word[::-1] + "!":
                wrong.append(word)
            sizes.append(mirror.cache_info().currsize)

    threads = [threading.Thread(target=work, args=(seed,)) for seed in range(8)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert not wrong
    assert max(sizes) <= 50 + len(threads)  # (one per thread in a miss at an emptying)


def test_a_clear_from_outside_resets_the_count() -> None:
    """After ``cache_clear`` the cache holds ``maxsize`` new words before it empties itself."""

    @word_cache(3)
    def upper(word: str) -> str:
        return word.upper()

    upper("a"), upper("b")
    upper.cache_clear()
    for word in "xyz":
        upper(word)
    assert upper.cache_info().currsize == 3
    upper("w")
    assert upper.cache_info().currsize == 1


def test_the_counts_survive_its_own_emptying() -> None:
    """``cache_info`` counts every hit and miss since the last ``cache_clear``, as lru_cache's
    does: the C cache's own counts restart at each emptying (review: 0 misses after 5 calls)."""

    @word_cache(2)
    def same(word: str) -> str:
        return word

    for word in "abcab":
        same(word)
    assert same.cache_info()[:2] == (0, 5)  # a, b, c (emptied), a, b (emptied): all misses
    same("b")
    assert same.cache_info()[:2] == (1, 5)
    same.cache_clear()
    assert same.cache_info()[:2] == (0, 0)
