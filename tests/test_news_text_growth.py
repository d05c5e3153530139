"""The news parser on hostile input grows linearly: time at 4n ≤ 6 × time at n, in one run.

Ratios, not absolute times, in CPU time (``tests/timing.py``), so the tests depend neither on
the machine's speed nor on its load.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable

import pytest

from belnews.news import parse_article, parse_teasers
from belnews.news.quotes import find_quotes
from timing import assert_linear

N = 10_000  # characters at the small size; the large one is 4 × N


def _linear(function: Callable[[str], object], make: Callable[[int], str]) -> None:
    # n grows (up to 64 N) until a call takes a measurable CPU time
    assert_linear(function, make, N, max_n=64 * N)


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
