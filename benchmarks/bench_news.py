"""Throughput of belnews.parse_article on the shared news pages, against trafilatura.extract.

    python benchmarks/bench_news.py [--seconds 3] [--shared ../shared] [--no-hostile]
    python benchmarks/bench_news.py --against /tmp/base/src [--rounds 12]

Prints articles/s of ``parse_article`` over the shared pages given as text and as simple HTML
(headline in <h1>, paragraphs in <p>, teasers in a <ul>), trafilatura's pages/s on the same HTML
in the same run, the ratio, ``find_names`` alone on the article bodies (warm, then with its
caches emptied before every body: a stream of articles that share no capitalised word), and a
linear-time table for hostile input (1, 2, 4, 8 MB of one repeated character -> seconds).
Not a test: the figures go to docs/performance.md.

``--against SRC`` compares plain-text ``parse_article`` with another version of belnews (a
source tree, e.g. ``git archive 9e22275 | tar -x -C /tmp/base`` then ``--against
/tmp/base/src``): two fresh processes, one importing each version, parse the same pages in
interleaved rounds (CPU time per round), and the median of each gives the ratio.
"""

from __future__ import annotations

import argparse
import html
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from belnews.names import _find_info, find, forms, key, lexicon
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


def parse_with_people(page: str) -> Article:
    """parse_article with its names and quotes read (they are found when first read)."""
    article = parse_article(page)
    article.names, article.quotes  # noqa: B018 (read: the person steps run)
    return article


def parse_without_names(page: str) -> Article:
    """parse_article without the person steps: what the rest of the parser costs."""
    return parse_article(page, names=False)


def find_names_cold(body: str) -> object:
    """find_names on a body as if every word in it were new to the process.

    The finder's caches (per word, per run, per mention) and the nominative cache are emptied
    before each body: the figure for a stream of articles that share no capitalised word.
    """
    for cache in (find._info, find._cached_plan, find._base_and_key, forms._decide):
        cache.cache_clear()
    for cache in (find._surface_key, key.tokens_of, key._exact_token, key._exact_group):
        cache.cache_clear()  # (a name kept as written is keyed through these)
    forms._listed_woman.cache_clear()
    lexicon.is_given_form.cache_clear()
    find._LONE_KINDS.clear()
    _find_info._begins_nothing_listed.cache_clear()
    return find_in_language(body)


_LANGUAGES: dict[str, str | None] = {}  # body → the language parse_article detected for it


def find_in_language(body: str) -> object:
    """find_names as parse_article calls it: told the body's detected language."""
    return find_person_names(body, _LANGUAGES.get(body))


def rates(
    functions: dict[str, tuple[Callable[[str], object], Sequence[str]]], seconds: float
) -> dict[str, float]:
    """Calls per second of each function over its pages, measured in interleaved rounds.

    The machine is shared: alternating short rounds gives every contender the same load, so
    the ratios are fair even when the absolute figures move.
    """
    for function, pages in functions.values():  # warm caches and lazy compilation
        for page in pages:
            function(page)
    spent = dict.fromkeys(functions, 0.0)
    calls = dict.fromkeys(functions, 0)
    start = time.perf_counter()
    while time.perf_counter() - start < seconds * len(functions):
        for label, (function, pages) in functions.items():
            began = time.perf_counter()
            for page in pages:
                function(page)
            spent[label] += time.perf_counter() - began
            calls[label] += len(pages)
    return {label: calls[label] / spent[label] for label in functions}


def hostile_table(units: Sequence[str], sizes: Sequence[int]) -> None:
    print("\nhostile input (one repeated character): seconds for parse_article")
    print("unit      " + "".join(f"{size:>4} MB  " for size in sizes))
    for unit in units:
        row = []
        for size in sizes:
            text = unit * (size * 1_000_000 // len(unit.encode()))
            start = time.perf_counter()
            parse_with_people(text)
            row.append(time.perf_counter() - start)
        print(f"{unit!r:<10}" + "".join(f"{s:>7.2f}  " for s in row))


_WORKER = """
import json, sys, time
from belnews.news import parse_article
texts = json.loads(sys.stdin.readline())
def parse(text):  # names and quotes read: found when first read since round 18
    article = parse_article(text)
    return article.names, article.quotes
for text in texts:
    parse(text)
for line in sys.stdin:
    times = []
    for _ in range(int(line)):
        start = time.process_time()
        for text in texts:
            parse(text)
        times.append((time.process_time() - start) / len(texts))
    print(json.dumps(times), flush=True)
"""


def against(texts: Sequence[str], other_src: Path, rounds: int) -> None:
    """Plain-text parse_article of this belnews against the one in ``other_src``, interleaved."""
    import json
    import os
    import statistics
    import subprocess
    import sys

    trees = {"this version": str(ROOT / "src"), f"{other_src}": str(other_src)}
    workers = {
        label: subprocess.Popen(
            [sys.executable, "-c", _WORKER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": tree},
            cwd="/",
        )
        for label, tree in trees.items()
    }
    times: dict[str, list[float]] = {label: [] for label in workers}
    for worker in workers.values():
        assert worker.stdin is not None
        worker.stdin.write(json.dumps(list(texts)) + "\n")
    for _ in range(rounds):
        for label, worker in workers.items():
            assert worker.stdin is not None
            assert worker.stdout is not None
            worker.stdin.write("5\n")
            worker.stdin.flush()
            times[label].extend(json.loads(worker.stdout.readline()))
    for worker in workers.values():
        assert worker.stdin is not None
        worker.stdin.close()
        worker.wait()
    medians = {label: statistics.median(values) for label, values in times.items()}
    for label, median in medians.items():
        print(f"{label:<40} {median * 1e6:8.1f} µs per article (median CPU of {rounds * 5})")
    this, other = medians["this version"], medians[f"{other_src}"]
    print(f"plain-text parse_article, this version / {other_src}: {other / this:.2f}x the speed")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--no-hostile", action="store_true")
    parser.add_argument("--against", type=Path, help="another belnews source tree to compare")
    parser.add_argument("--rounds", type=int, default=12)
    args = parser.parse_args(argv)

    paths = sorted((args.shared / "data" / "news").glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in paths]
    if args.against is not None:
        against(texts, args.against, args.rounds)
        return 0
    htmls = [simple_html(parse_article(text)) for text in texts]
    print(f"{len(texts)} shared news pages, {sum(map(len, texts)) // len(texts)} chars on average")

    articles = [parse_article(text) for text in texts]
    bodies = ["\n\n".join(article.paragraphs) for article in articles]
    _LANGUAGES.update(zip(bodies, (article.language for article in articles), strict=True))
    contenders: dict[str, tuple[Callable[[str], object], Sequence[str]]] = {
        "parse_article, text": (parse_with_people, texts),
        "parse_article, simple HTML": (parse_with_people, htmls),
        "  same, without find_names": (parse_without_names, htmls),
        "  find_names alone (bodies)": (find_in_language, bodies),
    }
    try:
        import trafilatura
    except ImportError:
        print("trafilatura is not installed (pip install trafilatura): no comparison")
    else:
        contenders["trafilatura.extract, HTML"] = (trafilatura.extract, htmls)
        print(f"trafilatura {trafilatura.__version__}")
    figures = rates(contenders, args.seconds)
    for label, figure in figures.items():
        print(f"{label:<30} {figure:8.0f} /s")
    if "trafilatura.extract, HTML" in figures:
        ratio = figures["parse_article, simple HTML"] / figures["trafilatura.extract, HTML"]
        print(f"ratio parse_article(HTML) / trafilatura.extract: {ratio:.2f}x")
    # Measured apart: emptying the caches inside the interleaved rounds would slow the others.
    cold = rates({"cold": (find_names_cold, bodies)}, args.seconds)["cold"]
    print(f"{'  find_names, caches emptied':<30} {cold:8.0f} /s  (every body new to the process)")
    if not args.no_hostile:
        hostile_table(["“", '"', "—", "•", "Ł", "-\n"], [1, 2, 4, 8])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
