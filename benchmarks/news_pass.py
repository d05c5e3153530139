"""parse_article over the article benchmark pages, ``--passes`` times, after page 0 (imports
and lazily loaded data): a fixed amount of work for an instruction counter, which no load on a
shared machine tilts.  The work of the passes is the count with ``--passes 1`` minus the count
with ``--passes 0`` (the same process without the passes)::

    PYTHONPATH=<tree>/src valgrind --tool=cachegrind --cache-sim=no \\
        --cachegrind-out-file=/dev/null python benchmarks/news_pass.py --passes 0
    # the same with --passes 1; "I refs" of the two, subtracted, over 181 pages

Compile the tree's bytecode first (``python -m compileall -q <tree>/src``) so that neither run
writes ``__pycache__`` and both import alike.  About 2 minutes a run under cachegrind.

``--warmup outside`` reads the warm-up pages of ``bench_html --warmup outside`` (untimed pages)
instead of page 0 before the passes, in both runs: one-time work that page 0 does not reach
(lazily compiled patterns) then falls outside the difference.  The default, ``page0``, keeps
the figures comparable with earlier rounds.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_html import benchmark_pages, warmup_pages


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=1)
    parser.add_argument("--part", choices=("tune", "check", "all"), default="all")
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared"
    )
    parser.add_argument("--warmup", choices=("page0", "outside"), default="page0")
    args = parser.parse_args(argv)
    import belnews

    pages = [html for _, html, _ in benchmark_pages(args.shared, args.part)]
    for html in warmup_pages(args.shared, args.part, args.warmup, pages)[0]:
        belnews.parse_article(html)
    for _ in range(args.passes):
        for html in pages:
            belnews.parse_article(html)


if __name__ == "__main__":
    main()
