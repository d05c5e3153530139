"""Hostile HTML: every shape finishes, in time that grows linearly with its size.

Growth is measured as a RATIO in one run with the shared ``tests/timing.py`` helper (CPU time of
this process at 4n ≤ 6 × at n, interleaved, best of three, retried), never as an absolute time,
so a slow or busy machine does not fail it.
"""

from __future__ import annotations

import gzip
import random
from collections.abc import Callable

import pytest

from belnews.errors import NotTextError
from belnews.news import Article, parse_article, parse_teasers
from belnews.news._dom import MAX_DEPTH, parse_dom
from timing import LIMIT, assert_linear


def _junk(n: int) -> bytes:
    generator = random.Random(n)
    return bytes(generator.getrandbits(8) for _ in range(n))


def _paragraphs(n: int) -> str:
    """``n`` distinct paragraphs (a repeated one would be dropped as page furniture)."""
    sentence = "Minsk residents said the new tariffs would start in March, officials said."
    return "".join(f"<p>{i}. {sentence}</p>\n" for i in range(n))


# kind -> (make input of size n, n): n is chosen so that one run takes tens of milliseconds
SHAPES: dict[str, tuple[Callable[[int], str | bytes], int]] = {
    "nested divs": (lambda n: "<div>" * n + "x" + "</div>" * n, 20_000),
    "nested lists": (lambda n: "<ul><li>" * n + "x", 10_000),
    "nested sections and paragraphs": (lambda n: "<section><p>" * n + "x", 5_000),
    "nested custom elements": (lambda n: "<html><body>" + "<x-a>" * n + "x", 20_000),
    "unclosed attributes": (lambda n: "<div>" + "<a " * n, 20_000),
    "unclosed comments": (lambda n: "<html><body>" + "<!--" * n, 20_000),
    "stray end tags": (lambda n: "<html><body>" + "</" * n, 20_000),
    "unclosed p script": (lambda n: "<p><script>" + "var x = '<p>';" * n, 20_000),
    "binary junk": (_junk, 100_000),
    "nested spans around divs": (lambda n: "<article>" + "<span><div>y " * n + "x", 2_000),
    "many short labels": (lambda n: "<article><h1>T</h1>" + "<p>Tags:</p>" * n, 1_500),
    "many paragraphs": (lambda n: "<html><body><h1>T</h1><article>" + _paragraphs(n), 1_000),
    "truncated download": (
        lambda n: ("<html><body><article>" + _paragraphs(n) + "</article></body></html>")[: 40 * n],
        1_000,
    ),
}


# Shapes whose work is linear in instructions but whose tree outgrows the CPU caches inside the
# measured range, so that time per element still rises there (round 8, on a 2-core machine: "nested
# spans around divs" costs 4.2, 8.7 and 11.3 us per element at 2k, 32k and 128k elements, and
# cachegrind counts 3.96x the instructions for 4x the elements, 8,000 -> 32,000). Their limit
# still fails a quadratic cost (16x) by far.
CACHE_BOUND = {"nested spans around divs": 8.0}


@pytest.mark.parametrize("kind", sorted(SHAPES))
def test_hostile_html_is_linear(kind: str) -> None:
    make, n = SHAPES[kind]
    assert isinstance(parse_article(make(n)), Article)
    assert_linear(parse_article, make, n, max_n=16 * n, limit=CACHE_BOUND.get(kind, LIMIT))


@pytest.mark.parametrize("kind", ["unclosed attributes", "nested divs", "binary junk"])
def test_hostile_listing_is_linear(kind: str) -> None:
    make, n = SHAPES[kind]
    assert_linear(parse_teasers, make, n, max_n=16 * n)


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


def _author_boxes(n: int) -> str:
    """``n // 5000`` nested author boxes around ``10 n`` words: depth and size grow together (up
    to the 20 boxes a selector's candidates are capped at, for n ≤ 100,000)."""
    depth = max(1, n // 5000)
    wrap = '<div class="post-author-wrap">'
    words = "word " * (10 * n)
    return f"<html><body>{wrap * depth}<span>{words}</span>{'</div>' * depth}</body></html>"


def test_nested_author_boxes_are_linear() -> None:
    from belnews.news.meta import read_meta

    assert_linear(lambda html: read_meta(parse_dom(html)), _author_boxes, 5_000, max_n=25_000)


@pytest.mark.parametrize(
    "unit",
    ["Ann Lee and ", "A, ", "By by ", "Lee | ", "x.y ", "Ann Lee, AP Writer; "],
    ids=["joins", "commas", "by", "bars", "addresses", "credits"],
)
def test_a_long_stated_author_is_read_in_linear_time(unit: str) -> None:
    from belnews.news.meta_byline import author_names

    assert_linear(author_names, lambda n: unit * n, 2_000, max_n=32_000)


@pytest.mark.parametrize("unit", ["中", "中 ", "a", "Ł ", "中a。"])
def test_word_count_is_linear(unit: str) -> None:
    from belnews.text import word_count

    assert_linear(word_count, lambda n: unit * n, 20_000, max_n=320_000)
    assert_linear(lambda text: word_count(text, cap=25), lambda n: unit * n, 20_000, max_n=320_000)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (gzip.compress(b"<html><p>A page, compressed.</p></html>"), "gzip-compressed data"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "a WebP image"),
    ],
)
def test_a_file_that_holds_no_text_is_a_clear_error(data: bytes, kind: str) -> None:
    """A compressed file or a PDF saved as .html is no page: one clear error, not junk text."""
    with pytest.raises(NotTextError, match=f"not a web page or text: {kind}"):
        parse_article(data)
    assert isinstance(NotTextError("x"), ValueError)


def test_a_text_that_opens_like_a_signature_is_still_text() -> None:
    assert parse_article(b"GIF files are images. A paragraph about them, in plain text.").paragraphs
    assert parse_article(b"BZh, a word. A paragraph of text that follows it here.").paragraphs
