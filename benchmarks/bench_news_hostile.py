"""CPU seconds of plain-text ``parse_article`` on the hostile inputs of issue 15, at two sizes.

    python benchmarks/bench_news_hostile.py [--sizes 400000,1600000]

CPU time (``time.process_time``), not wall time, so that other processes on a shared machine do
not count; the growth from the small to the large size (4x) should be about 4.  Sizes are bytes of
UTF-8.  The generators are those of ``tests/test_news_text_growth.py``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from belnews.news import parse_article
from test_news_text_growth import (
    _capitalised_cyrillic,
    _quoted_capitalised_cyrillic,
    _teaching_list,
)


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: unit * (size // len(unit.encode()))


CASES: dict[str, Callable[[int], str]] = {
    "quotes with initials": _repeat("“A. B. Cdef said G. H. Ijk that” — "),
    "distinct capitalised Cyrillic words": lambda size: _capitalised_cyrillic(size // 2),
    "quotations of capitalised Cyrillic words": lambda size: _quoted_capitalised_cyrillic(
        size // 2
    ),
    "teaser list teaching new categories": _teaching_list,
    "dash bullets (-\\n)": _repeat("-\n"),
    "dialogue lines": _repeat("— Мы будзем змагацца, — сказала яна. — Заўсёды.\n"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="400000,1600000")
    sizes = [int(size) for size in parser.parse_args().sizes.split(",")]
    print(f"| input | {' | '.join(f'{s / 1e6:.1f} MB' for s in sizes)} | CPU s per MB | growth |")
    print(f"|---|{'---|' * len(sizes)}---|---|")
    for name, make in CASES.items():
        seconds = []
        for size in sizes:
            text = make(size)
            start = time.process_time()
            parse_article(text)
            seconds.append(time.process_time() - start)
        per_mb = seconds[-1] / (len(make(sizes[-1]).encode()) / 1e6)
        growth = seconds[-1] / max(seconds[0], 1e-3)
        cells = " | ".join(f"{s:.2f} s" for s in seconds)
        print(f"| {name} | {cells} | {per_mb:.2f} | {growth:.1f}x |", flush=True)


if __name__ == "__main__":
    main()
