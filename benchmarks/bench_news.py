"""Throughput of belnews.parse_article on the shared news pages, against trafilatura.extract.

    python benchmarks/bench_news.py [--seconds 3] [--shared ../shared] [--no-hostile]

Prints articles/s of ``parse_article`` over the shared pages given as text and as simple HTML
(headline in <h1>, paragraphs in <p>, teasers in a <ul>), trafilatura's pages/s on the same HTML
in the same run, the ratio, and a linear-time table for hostile input (1, 2, 4, 8 MB of one
repeated character -> seconds).  Not a test: the figures go to docs/performance.md.
"""

from __future__ import annotations

import argparse
import html
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from belnews.news import Article, parse_article
from belnews.news._deps import find_person_names

ROOT = Path(__file__).resolve().parent.parent


def simple_html(article: Article) -> str:
    """The page as the simple HTML the issue describes."""
    parts = ["<html><body>"]
    if article.headline:
        parts.append(f"<h1>{html.escape(article.headline)}</h1>")
    body = list(article.paragraphs)
    if article.dateline is not None and body:
        body[0] = f"{article.dateline.raw} {body[0]}"
    parts.extend(f"<p>{html.escape(p)}</p>" for p in body)
    if article.related:
        parts.append("<ul>")
        for teaser in article.related:
            marker = f"The material is available only to {teaser.paywall}" if teaser.paywall else ""
            text = ", ".join(teaser.categories) + (teaser.title or "") + marker
            parts.append(f'<li><a href="https://example.org/n">{html.escape(text)}</a></li>')
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)


def rate(function: Callable[[str], object], pages: Sequence[str], seconds: float) -> float:
    """Calls per second of ``function`` over ``pages`` (round-robin) for about ``seconds``."""
    for page in pages:  # warm caches and lazy compilation
        function(page)
    count = 0
    start = time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        for page in pages:
            function(page)
        count += len(pages)
    return count / elapsed


def hostile_table(units: Sequence[str], sizes: Sequence[int]) -> None:
    print("\nhostile input (one repeated character): seconds for parse_article")
    print("unit      " + "".join(f"{size:>4} MB  " for size in sizes))
    for unit in units:
        row = []
        for size in sizes:
            text = unit * (size * 1_000_000 // len(unit.encode()))
            start = time.perf_counter()
            parse_article(text)
            row.append(time.perf_counter() - start)
        print(f"{unit!r:<10}" + "".join(f"{s:>7.2f}  " for s in row))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--no-hostile", action="store_true")
    args = parser.parse_args(argv)

    paths = sorted((args.shared / "data" / "news").glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in paths]
    htmls = [simple_html(parse_article(text)) for text in texts]
    print(f"{len(texts)} shared news pages, {sum(map(len, texts)) // len(texts)} chars on average")

    text_rate = rate(parse_article, texts, args.seconds)
    html_rate = rate(parse_article, htmls, args.seconds)
    bodies = ["\n\n".join(parse_article(text).paragraphs) for text in texts]
    names_rate = rate(find_person_names, bodies, args.seconds)
    print(f"parse_article, text:         {text_rate:8.0f} articles/s")
    print(f"parse_article, simple HTML:  {html_rate:8.0f} articles/s")
    print(f"  of which find_names alone: {names_rate:8.0f} bodies/s (the names step)")
    try:
        import trafilatura
    except ImportError:
        print("trafilatura is not installed: pip install trafilatura")
    else:
        traf_rate = rate(trafilatura.extract, htmls, args.seconds)
        print(f"trafilatura.extract, HTML:   {traf_rate:8.0f} pages/s  ({trafilatura.__version__})")
        print(f"ratio parse_article(HTML) / trafilatura: {html_rate / traf_rate:.2f}x")
    if not args.no_hostile:
        hostile_table(["“", '"', "—", "•", "Ł", "-\n"], [1, 2, 4, 8])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
