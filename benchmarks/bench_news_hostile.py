"""CPU seconds of plain-text ``parse_article`` on the hostile inputs of issue 15, at two sizes.

    python benchmarks/bench_news_hostile.py [--sizes 400000,1600000] [--one-process]

CPU time (``time.process_time``), not wall time, so that other processes on a shared machine do
not count; the growth from the small to the large size (4x) should be about 4.  Sizes are bytes of
UTF-8.  The generators are those of ``tests/test_news_text_growth.py``.

Each input kind is measured in a fresh process (after a small warm-up parse), so that one row
does not pay for the heap an earlier row left behind: a full garbage collection scans every live
object, and the caches the name finder filled on the capitalised-word rows made the rows after
them up to a third slower (the reason ``tests/timing.py`` freezes that heap too).
``--one-process`` measures every row in this process, one after the other, as before.
"""

from __future__ import annotations

import argparse
import json
import subprocess
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


def measure(name: str, sizes: list[int]) -> list[float]:
    """CPU seconds of ``parse_article`` on input kind ``name`` at each size (this process)."""
    make = CASES[name]
    parse_article(make(2_000))  # lazily loaded data and compiled patterns, outside the measure
    seconds = []
    for size in sizes:
        text = make(size)
        start = time.process_time()
        parse_article(text)
        seconds.append(time.process_time() - start)
    return seconds


def measure_fresh(name: str, sizes: list[int]) -> list[float]:
    """:func:`measure` in a fresh Python process."""
    command = [sys.executable, __file__, "--case", name, "--sizes", ",".join(map(str, sizes))]
    out = subprocess.run(command, capture_output=True, text=True, check=True)
    return [float(value) for value in json.loads(out.stdout.strip().splitlines()[-1])]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="400000,1600000")
    parser.add_argument("--one-process", action="store_true", help="every row in this process")
    parser.add_argument("--case", help=argparse.SUPPRESS)  # one row, for measure_fresh
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    if args.case is not None:
        print(json.dumps(measure(args.case, sizes)))
        return
    print(f"| input | {' | '.join(f'{s / 1e6:.1f} MB' for s in sizes)} | CPU s per MB | growth |")
    print(f"|---|{'---|' * len(sizes)}---|---|")
    for name, make in CASES.items():
        seconds = measure(name, sizes) if args.one_process else measure_fresh(name, sizes)
        per_mb = seconds[-1] / (len(make(sizes[-1]).encode()) / 1e6)
        growth = seconds[-1] / max(seconds[0], 1e-3)
        cells = " | ".join(f"{s:.2f} s" for s in seconds)
        print(f"| {name} | {cells} | {per_mb:.2f} | {growth:.1f}x |", flush=True)


if __name__ == "__main__":
    main()
