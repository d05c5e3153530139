"""The news parser on hostile input grows linearly: time at 4n ≤ 6 × time at n, in one run.

Ratios, not absolute times, so the tests do not depend on the machine's speed or load; each
size is timed a few times and the fastest run counts (the others were disturbed).
"""

from __future__ import annotations

import itertools
import random
import time
from collections.abc import Callable

import pytest

from belnews.news import parse_article, parse_teasers
from belnews.news.quotes import find_quotes

N = 10_000  # characters at the small size; the large one is 4 × N
REPEATS = 3
ATTEMPTS = 3
LIMIT = 6
MEASURABLE = 0.02  # seconds: below this, timer noise and warm-up decide the ratio


def _fastest(function: Callable[[str], object], text: str) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        start = time.perf_counter()
        function(text)
        best = min(best, time.perf_counter() - start)
    return best


def _ratio(function: Callable[[str], object], make: Callable[[int], str]) -> float:
    """Time at 4n over time at n, for the first n (from ``N``) that takes a measurable time.

    On a loaded machine one measurement can be disturbed, so the pair is measured up to
    ``ATTEMPTS`` times and the best ratio counts: linear work passes at once, quadratic work
    (a ratio near 16) cannot pass by luck.
    """
    n = N
    function(make(n))  # warm the caches (lexicons, compiled patterns) before timing
    small = _fastest(function, make(n))
    while small < MEASURABLE and n < 256 * N:
        n *= 4
        small = _fastest(function, make(n))
    best = float("inf")
    for _ in range(ATTEMPTS):
        best = min(best, _fastest(function, make(4 * n)) / small)
        if best <= LIMIT:
            break
        small = min(small, _fastest(function, make(n)))
    return best


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
    words = [f"{capital}{tail}ска" for capital, tail in pairs][: n // 9 + 1]
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
    assert _ratio(parse_article, _repeat(unit)) <= LIMIT


def test_parse_article_grows_linearly_on_a_teaching_list() -> None:
    assert _ratio(parse_article, _teaching_list) <= LIMIT


@pytest.mark.parametrize(
    "make",
    [_quoted_capitalised_cyrillic, _repeat("«Аб Вг Дж» — Ёз Ік Лм. ")],
    ids=["words", "quotes"],
)
def test_quotes_grow_linearly_on_capitalised_words(make: Callable[[int], str]) -> None:
    # find_names (belnews.names) is timed by its own tests; here only the quote finder
    assert _ratio(lambda text: find_quotes(text.split("\n")), make) <= LIMIT


@pytest.mark.parametrize("make", [_teaching_list, _repeat("-\n"), _repeat("- ")])
def test_parse_teasers_grows_linearly(make: Callable[[int], str]) -> None:
    assert _ratio(parse_teasers, make) <= LIMIT
