"""The least work ``parse_article`` on HTML needs, against trafilatura (issue 10's floor).

Issue 10 asks for ``parse_article`` on HTML at >= 5x trafilatura's pages/s.  Per page of the
181 article-benchmark pages (``bench_html.py``'s ``benchmark_pages``, ``--part all``), this
script times, the extractors taking turns page by page as ``bench_html.py`` does (so a burst
of load falls on all alike):

- ``lexbor parse``: ``selectolax.lexbor.LexborHTMLParser(html)`` alone - the C parser, the part
  no Python design avoids;
- ``lexbor parse + body.text()``: the parse and one walk of the tree in C (all its text);
- ``lexbor parse + Python walk``: the parse and one walk in Python over every node
  (``traverse(include_text=True)``, each node's tag read, each text node's text kept) - the
  least a Python extractor that looks at each node once pays;
- ``trafilatura``: ``trafilatura.extract(html)`` (the peer);
- ``belnews HTML steps``: ``bench_html``'s ``belnews_extract_body`` (parse, metadata, main
  content; no text steps);
- ``belnews parse_article``: the whole of it, with ``bench_html``'s ``split_timers`` (the text
  steps: normalize, find_names, quotes, language, the rest).

Each round is a first pass for belnews: its per-word caches are emptied before each round
(``bench_lookup_floor.word_caches``), as ``bench_html.py``'s one pass is the first; every
extractor runs once on the first page before the timed rounds (imports, lazy tables).  Each
figure is the median over ``--rounds`` rounds of the total; ratios are trafilatura's ms/page
over the extractor's.  What "5x" means: trafilatura's ms/page / 5, and which floors fit in it.

    python benchmarks/bench_html_floor.py [--shared ../shared] [--part all] [--rounds 3]
    python benchmarks/bench_html_floor.py --pages 2 --rounds 1          # a quick look
    # instructions of one extractor (X: see --only), load-proof: two runs that differ by one
    # round over the pages
    PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \\
        python benchmarks/bench_html_floor.py --only X --rounds 1
    valgrind ... --rounds 2 ...        # then (Ir(rounds 2) - Ir(rounds 1)) / 181 per page
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_html  # (the pages, the extractors and the split of the goal's benchmark)
from bench_lookup_floor import word_caches


def lexbor_parse(html: str) -> object:
    from selectolax.lexbor import LexborHTMLParser

    return LexborHTMLParser(html)


def lexbor_text(html: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    body = LexborHTMLParser(html).body
    return body.text() if body is not None else ""


def lexbor_walk(html: str) -> str:
    """The parse and one Python-level visit of every node: tag read, text nodes' text kept."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    root = tree.body or tree.root
    if root is None:
        return ""
    parts = []
    for node in root.traverse(include_text=True):
        if node.tag == "-text":
            parts.append(node.text_content or "")
    return "".join(parts)


EXTRACTORS: dict[str, Callable[[str], object]] = {
    "lexbor parse": lexbor_parse,
    "lexbor parse + body.text()": lexbor_text,
    "lexbor parse + Python walk": lexbor_walk,
    "trafilatura": bench_html.trafilatura_body,
    "belnews HTML steps": bench_html.belnews_extract_body,
    "belnews parse_article": bench_html.belnews_body,
}
SHORT = {"parse": "lexbor parse", "text": "lexbor parse + body.text()",
         "walk": "lexbor parse + Python walk", "trafilatura": "trafilatura",
         "html-steps": "belnews HTML steps", "belnews": "belnews parse_article"}  # fmt: skip
BELNEWS = "belnews parse_article"


def one_round(
    names: list[str], pages: list[str], caches: list[Any]
) -> tuple[dict[str, float], dict[str, float]]:
    """Seconds of each extractor over the pages (in turn page by page), and the belnews split;
    belnews's per-word ``caches`` emptied first."""
    for cache in caches:
        cache.cache_clear()
    spent = dict.fromkeys(names, 0.0)
    clock = time.perf_counter
    with bench_html.split_timers() as steps:
        steps.update(dict.fromkeys(steps, 0.0))
        for html in pages:
            for name in names:
                extract = EXTRACTORS[name]
                start = clock()
                extract(html)
                spent[name] += clock() - start
        split = dict(steps)
    return spent, split


def report(
    rounds: list[tuple[dict[str, float], dict[str, float]]], count: int, header: str
) -> None:
    names = list(rounds[0][0])
    ms = {n: 1000 * statistics.median(r[0][n] for r in rounds) / count for n in names}
    print(header)
    print("| extractor | ms/page | pages/s | trafilatura ms / this ms | round totals s |")
    print("|---|---:|---:|---:|---|")
    peer = ms.get("trafilatura")
    for name in names:
        ratio = f"{peer / ms[name]:.1f}x" if peer else "-"
        spread = " / ".join(f"{r[0][name]:.3f}" for r in rounds)
        print(f"| {name} | {ms[name]:.3f} | {1000 / ms[name]:,.0f} | {ratio} | {spread} |")
    if BELNEWS in ms:
        total = statistics.median(r[0][BELNEWS] for r in rounds)
        split = bench_html.split_ms(
            {k: statistics.median(r[1][k] for r in rounds) for k in rounds[0][1]}, total, count
        )
        print("\nparse_article ms/page: " + ", ".join(f"{k} {v:.2f}" for k, v in split.items()))
    if peer is None:
        return
    budget = peer / 5
    print(
        f"\n5x trafilatura = {budget:.2f} ms/page ({5000 / peer:,.0f} pages/s); trafilatura {peer:.2f} ms/page"
    )
    for name in names:
        if name != "trafilatura":
            print(f"- {name}: {ms[name]:.2f} ms = {ms[name] / budget:.0%} of the 5x budget, "
                  f"{peer / ms[name]:.1f}x trafilatura (for a floor: the most a design that "
                  f"did only this would reach)")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=bench_html.ROOT.parent / "shared")
    parser.add_argument("--part", choices=("tune", "check", "all"), default="all")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pages", type=int, default=0, help="only the first N pages (0: all)")
    parser.add_argument("--only", choices=tuple(SHORT), help="run one extractor (cachegrind)")
    args = parser.parse_args(argv)
    pages = [html for _id, html, _ in bench_html.benchmark_pages(args.shared, args.part)]
    pages = pages[: args.pages] if args.pages else pages
    if not pages:
        print(f"no pages under {args.shared}")
        return 1
    names = list(EXTRACTORS)
    if args.only:
        names = [SHORT[args.only]]
    for name in names:  # imports and lazily loaded data, outside the measure
        EXTRACTORS[name](pages[0])
    caches = word_caches()  # (found once: a walk of every module)
    rounds: list[Any] = [one_round(names, pages, caches) for _ in range(args.rounds)]
    if rounds:
        header = (f"## {len(pages)} pages (--part {args.part}), {args.rounds} rounds, "
                  f"load {os.getloadavg()[0]:.2f}")  # fmt: skip
        report(rounds, len(pages), header)
    return 0


if __name__ == "__main__":
    sys.exit(main())
