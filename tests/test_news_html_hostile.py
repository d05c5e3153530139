"""Hostile HTML: every shape finishes, in time that grows linearly with its size.

Growth is measured as a RATIO in one run (time at 4n ≤ 6 × time at n, best of three), never as
an absolute time, so a slow or busy machine does not fail it.
"""

from __future__ import annotations

import gc
import random
import time
from collections.abc import Callable

import pytest

from belnews.news import Article, parse_article, parse_teasers
from belnews.news._dom import MAX_DEPTH, parse_dom

MAX_GROWTH = 6.0  # time at 4n may be at most 6x the time at n


def _growth(
    function: Callable[[str | bytes], object], small: str | bytes, large: str | bytes
) -> float:
    """Time of ``large`` over time of ``small``: best of three each, runs interleaved (so a
    burst of load on the machine hits both), the garbage collector paused (as ``timeit``)."""
    best_small = best_large = float("inf")
    gc.disable()
    try:
        for _ in range(3):
            for data, is_large in ((small, False), (large, True)):
                start = time.perf_counter()
                function(data)
                elapsed = time.perf_counter() - start
                if is_large:
                    best_large = min(best_large, elapsed)
                else:
                    best_small = min(best_small, elapsed)
    finally:
        gc.enable()
    return best_large / max(best_small, 5e-3)  # below 5 ms a ratio is noise


def _junk(n: int) -> bytes:
    generator = random.Random(n)
    return bytes(generator.getrandbits(8) for _ in range(n))


_PARAGRAPH = "<p>Minsk residents said the new tariffs would start in March, officials said.</p>\n"

# kind -> (make input of size n, n): n is chosen so that one run takes tens of milliseconds
SHAPES: dict[str, tuple[Callable[[int], str | bytes], int]] = {
    "nested divs": (lambda n: "<div>" * n + "x" + "</div>" * n, 20_000),
    "nested lists": (lambda n: "<ul><li>" * n + "x", 10_000),
    "nested sections and paragraphs": (lambda n: "<section><p>" * n + "x", 10_000),
    "nested custom elements": (lambda n: "<html><body>" + "<x-a>" * n + "x", 20_000),
    "unclosed attributes": (lambda n: "<div>" + "<a " * n, 20_000),
    "unclosed comments": (lambda n: "<html><body>" + "<!--" * n, 20_000),
    "stray end tags": (lambda n: "<html><body>" + "</" * n, 20_000),
    "unclosed p script": (lambda n: "<p><script>" + "var x = '<p>';" * n, 20_000),
    "binary junk": (_junk, 100_000),
    "many paragraphs": (lambda n: "<html><body><h1>T</h1><article>" + _PARAGRAPH * n, 1_000),
    "truncated download": (
        lambda n: ("<html><body><article>" + _PARAGRAPH * n + "</article></body></html>")[: 40 * n],
        1_000,
    ),
}


@pytest.mark.parametrize("kind", sorted(SHAPES))
def test_hostile_html_is_linear(kind: str) -> None:
    make, n = SHAPES[kind]
    small, large = make(n), make(4 * n)
    assert isinstance(parse_article(small), Article)
    ratio = _growth(parse_article, small, large)
    assert ratio <= MAX_GROWTH, f"{kind}: time grew {ratio:.1f}x for 4x input"


@pytest.mark.parametrize("kind", ["unclosed attributes", "nested divs", "binary junk"])
def test_hostile_listing_is_linear(kind: str) -> None:
    make, n = SHAPES[kind]
    small, large = make(n), make(4 * n)
    ratio = _growth(parse_teasers, small, large)
    assert ratio <= MAX_GROWTH, f"{kind}: time grew {ratio:.1f}x for 4x input"


@pytest.mark.parametrize(
    "html",
    [
        "<p><script>",
        "<p><style>",
        "<h1><nav>",
        "<li><footer>",
        "<blockquote><figure>",
        "<time><form>",
        "<h2>A</h2><p>December 2, 2024</p><h1>T</h1>",
        "<p>unclosed <b>tags",
        "<!doctype",
        "<html><p></p></html>",
        "\x00\x01<p>\x00",
    ],
)
def test_small_hostile_pages_return(html: str) -> None:
    article = parse_article(html)
    assert isinstance(article, Article)
    assert article.body == "\n\n".join(article.paragraphs)


def test_deep_nesting_keeps_the_text() -> None:
    depth = MAX_DEPTH * 4
    tree = parse_dom("<div>" * depth + "deep text" + "</div>" * depth)
    assert tree.body is not None
    assert "deep text" in tree.body.text()
    assert parse_article("<div>" * depth + "<p>Deep text of the page, one sentence.</p>").paragraphs


def test_binary_junk_bytes_decode_with_a_stated_fallback() -> None:
    article = parse_article(_junk(5_000))
    assert article.encoding is not None
    assert article.encoding.endswith("(fallback)")
