"""The news parser on hostile input grows linearly: time at 4n ≤ 6 × time at n, in one run.

Ratios, not absolute times (as ``tests/timing.py``), measured in CPU time, so the tests depend
neither on the machine's speed nor on its load.
"""

from __future__ import annotations

import itertools
import random
import time
from collections.abc import Callable

import pytest

from belnews.news import parse_article, parse_teasers
from belnews.news.quotes import find_quotes
from timing import LIMIT, MIN_TIME

N = 10_000  # characters at the small size; the large one is 4 × N


def _cpu(function: Callable[[str], object], text: str, repeats: int = 3) -> float:
    """The least CPU time of ``repeats`` calls (CPU time: other processes do not count)."""
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        function(text)
        best = min(best, time.process_time() - start)
    return best


def _linear(function: Callable[[str], object], make: Callable[[int], str]) -> None:
    """time(4n) ≤ LIMIT × time(n), n grown (up to 64 N) until a call takes MIN_TIME of CPU.

    ``tests/timing.assert_linear`` with CPU time instead of wall time: on a machine shared by
    many processes, wall time decides by the load, CPU time by the work.
    """
    n = N
    function(make(n))  # warm up: first-use compilation and caches are not growth
    small = _cpu(function, make(n))
    while small < MIN_TIME and n < 64 * N:
        n *= 2
        small = _cpu(function, make(n))
    if small < MIN_TIME:
        return  # too fast for a ratio to mean anything, even at 64 N
    big = make(4 * n)
    ratio = float("inf")
    for _ in range(3):  # a failing ratio is measured again before it counts
        ratio = min(ratio, _cpu(function, big) / small)
        if ratio <= LIMIT:
            break
        small = min(small, _cpu(function, make(n)))
    assert ratio <= LIMIT, f"time(4n)/time(n) = {ratio:.1f} > {LIMIT} (n = {n})"


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: unit * max(1, n // len(unit))


def _teaching_list(n: int) -> str:
    """A teaser list where every other bullet teaches a new category (issue 15)."""
    lines = ["- EconomyFarm gets moneyThe material is available only to POZIRK+"]
    size, i = 0, 0
    while size < n:
        word = "".join(chr(ord("a") + int(d)) for d in str(i))
        lines += [f"- Cat{word}x", f"- Cat{word}xNew title of the story"]
        size += 2 * len(word) + 32
        i += 1
    return "\n".join(lines)


def _capitalised_cyrillic(n: int) -> str:
    """Distinct capitalised Cyrillic words (issue 15), in a shuffled order."""
    lower = "абвгдежзіклмнопрстуўфхцчшыэюя"
    tails = ("".join(letters) for letters in itertools.product(lower, repeat=4))
    capitals = itertools.cycle("АБВГДЕЖЗІКЛМНОПРСТУФХЦЧШЭЮЯ")
    pairs = zip(capitals, tails, strict=False)  # the cycle of capitals never ends
    words = [f"{capital}{tail}ска" for capital, tail in itertools.islice(pairs, n // 9 + 1)]
    random.Random(15).shuffle(words)
    return " ".join(words)


def _quoted_capitalised_cyrillic(n: int) -> str:
    """Quotations and attributions made of distinct capitalised Cyrillic words."""
    words = _capitalised_cyrillic(n).split()
    groups = (words[i : i + 6] for i in range(0, len(words), 6))
    return " ".join(f"«{' '.join(g[:3])}», — {' '.join(g[3:])}." for g in groups)


UNITS = [
    *('"', "“", "”", "«", "»", "„", "—", "–", "-", "•", "Ł", "A", "- ", "-\n", "“he said” "),
    "“We will win this,” he said to Pavieł Łatuška. ",  # names and pronouns, one paragraph
    "“A. B. Cdef said G. H. Ijk that” — ",  # quotes with initials (issue 15)
    "«Мы будзем змагацца», — сказаў Павел Латушка. ",
    "— Мы будзем змагацца, — сказала яна. — Заўсёды.\n",
]


@pytest.mark.parametrize("unit", UNITS)
def test_parse_article_grows_linearly(unit: str) -> None:
    _linear(parse_article, _repeat(unit))


def test_parse_article_grows_linearly_on_a_teaching_list() -> None:
    _linear(parse_article, _teaching_list)


@pytest.mark.parametrize(
    "make",
    [_quoted_capitalised_cyrillic, _repeat("«Аб Вг Дж» — Ёз Ік Лм. ")],
    ids=["words", "quotes"],
)
def test_quotes_grow_linearly_on_capitalised_words(make: Callable[[int], str]) -> None:
    # find_names (belnews.names) is timed by its own tests; here only the quote finder
    _linear(lambda text: find_quotes(text.split("\n")), make)


@pytest.mark.parametrize("make", [_teaching_list, _repeat("-\n"), _repeat("- ")])
def test_parse_teasers_grows_linearly(make: Callable[[int], str]) -> None:
    _linear(parse_teasers, make)
