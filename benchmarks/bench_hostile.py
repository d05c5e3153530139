"""Hostile inputs (issue 15): input kind x size x public function -> seconds, s/MB and growth.

Every public function is run on the input shapes that once made some function super-linear -
repeated carons, alternating combining marks, one huge word, capitalised words, sentences full
of names, initials, unclosed quotes, teaser lists that keep teaching new categories, nested or
unclosed markup - at three sizes (default 100 KB, 400 KB, 1.6 MB of UTF-8).  A row gives the
seconds at each size, the seconds per MB at the largest and the growth ratio t(4n)/t(n) of the
two largest; the worst case (highest s/MB) is named at the end.  The goal (issue 15): no cell
above 2 s/MB and no ratio above 6 (linear is 4).

Times are CPU seconds of this process (``time.process_time``): on a shared machine the wall clock
also counts the time other processes held the CPU.  Each call gets a fresh input (a counter
prefix: caches would otherwise time themselves) and a watchdog (``--timeout`` s, default 30): a
call that outlives it is reported as ``>30`` and the larger sizes of that row are skipped.

Run:  python benchmarks/bench_hostile.py [--sizes 100000,400000,1600000] [--markdown]
"""

from __future__ import annotations

import argparse
import csv
import datetime
import functools
import itertools
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

import belnews

ROOT = Path(__file__).resolve().parent.parent
MIN_GROWTH_TIME = 0.01  #: seconds at the middle size below which no growth ratio is given


# Shapes as functions of a target size in characters.
SHAPES: dict[str, Callable[[int], str]] = {
    "iso9-caron": lambda n: "ì " + "ǔ" * n,
    "caron-q": lambda n: "ǔq" * (n // 2),
    "alternating-marks": lambda n: "а" + "\u0301\u0316" * (n // 2),
    "one-letter-word": lambda n: "A" * n,
    "capitalised-words": lambda n: "Ааа Ббб " * (n // 8),
    "sentences": lambda n: (
        "Аляксандр Лукашэнка сустрэўся з Марыяй Калеснікавай у Мінску. " * (n // 62)
    ),
    "initials": lambda n: "A. B. " * (n // 6),
    "unclosed-quotes": lambda n: "«Слова " * (n // 7),
    "categories": lambda n: "".join(f"- Cat{i}Title number {i}\n" for i in range(n // 24)),
    "nested-markup": lambda n: "<li><p>" * (n // 7),
    "unclosed-attrs": lambda n: "<div>" + "<a " * (n // 3),
    "comments": lambda n: "<!--" * (n // 4),
    "end-tags": lambda n: "</" * (n // 2),
    "script-in-p": lambda n: "<p><script>" + "x" * n,
}


@functools.cache
def _index() -> belnews.NameIndex:
    """The 1,667 names of tests/data/name_variants.tsv."""
    with (ROOT / "tests" / "data" / "name_variants.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    index = belnews.NameIndex()
    for i, name in enumerate(sorted({row["a"] for row in rows} | {row["b"] for row in rows})):
        index.add(name, id=i)
    return index


FUNCTIONS: dict[str, Callable[[str], object]] = {
    "normalize": belnews.normalize,
    "detect_script": belnews.detect_script,
    "to_latin": functools.partial(belnews.to_latin, system="lacinka", errors="keep"),
    "to_cyrillic": functools.partial(belnews.to_cyrillic, system="lacinka"),
    "name_key": belnews.name_key,
    "variants": belnews.variants,
    "base_form": belnews.base_form,
    "match_names": lambda t: belnews.match_names(t, "Аляксандр Лукашэнка"),
    "NameIndex.lookup": lambda t: _index().lookup(t),
    "NameIndex.add": lambda t: belnews.NameIndex().add(t, id=0),
    "find_names": belnews.find_names,
    "parse_article": belnews.parse_article,
    "parse_teasers": belnews.parse_teasers,
}
TEXT_SHAPES = ["iso9-caron", "caron-q", "alternating-marks", "one-letter-word", "sentences"]
NAME_SHAPES = ["one-letter-word", "capitalised-words", "sentences", "alternating-marks"]
NEWS_SHAPES = [
    *("capitalised-words", "sentences", "initials", "unclosed-quotes", "categories"),
    "alternating-marks",
]
HTML_SHAPES = ["nested-markup", "unclosed-attrs", "comments", "end-tags", "script-in-p"]
CASES = (
    [(f, s) for f in ("normalize", "detect_script", "to_latin", "to_cyrillic") for s in TEXT_SHAPES]
    + [(f, s) for f in ("name_key", "variants", "base_form", "match_names") for s in NAME_SHAPES]
    + [("NameIndex.lookup", s) for s in NAME_SHAPES]
    + [("NameIndex.add", s) for s in NAME_SHAPES]
    + [(f, s) for f in ("find_names", "parse_article", "parse_teasers") for s in NEWS_SHAPES]
    + [("parse_article", s) for s in HTML_SHAPES]
)


class _Expired(Exception):
    pass


def _expired(signum: int, frame: object) -> None:
    raise _Expired


_fresh = itertools.count()


def timed(fn: Callable[[str], object], text: str, timeout: float) -> float | None:
    """Seconds of ``fn`` on a fresh copy of ``text``; None past ``timeout``.

    An error the library documents (BelnewsError) is an answer; any other escapes.
    """
    text = f"{next(_fresh)} {text}"
    signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    start = time.process_time()
    try:
        fn(text)
    except _Expired:
        return None
    except belnews.BelnewsError:
        pass
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.process_time() - start


def _size_label(size: int) -> str:
    return f"{size / 1e6:g} MB" if size >= 1_000_000 else f"{size // 1000} KB"


def run(sizes: list[int], timeout: float, repeat: int) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    _index()  # built before timing
    for name, shape in CASES:
        fn, make = FUNCTIONS[name], SHAPES[shape]
        times: list[float | None] = []
        for size in sizes:
            text = make(size)
            chars = max(1, size * len(text) // max(1, len(text.encode("utf-8"))))
            text = make(chars)  # ~size bytes of UTF-8
            best: float | None = None
            for _ in range(repeat):
                took = timed(fn, text, timeout)
                if took is None:
                    best = None
                    break
                best = took if best is None else min(best, took)
            times.append(best)
            if best is None:
                break
        times += [None] * (len(sizes) - len(times))
        last = times[-1]
        mb = sizes[-1] / 1e6
        per_mb = None if last is None else last / mb
        growth = None  # a ratio of times under MIN_GROWTH_TIME is allocator noise, not growth
        if times[-1] is not None and times[-2] is not None and times[-2] >= MIN_GROWTH_TIME:
            growth = times[-1] / times[-2]
        rows.append(
            {"function": name, "input": shape, "times": times, "s_per_mb": per_mb, "growth": growth}
        )
        print(f"{name:17} {shape:18} {_cells(times, timeout)}", file=sys.stderr)
    return rows


def _cells(times: list[float | None], timeout: float) -> str:
    return " | ".join(f"{t:.3f}" if t is not None else f">{timeout:g}" for t in times)


def markdown(rows: list[dict[str, object]], sizes: list[int], timeout: float) -> str:
    head = " | ".join(_size_label(s) for s in sizes)
    out = [
        f"| function | input | {head} | s/MB | growth ×4 |",
        "|---|---|" + "---:|" * (len(sizes) + 2),
    ]
    for row in rows:
        per_mb, growth = row["s_per_mb"], row["growth"]
        flag = ""
        if per_mb is None or (isinstance(per_mb, float) and per_mb > 2):
            flag = " ⚠"
        if isinstance(growth, float) and growth > 6:
            flag = " ⚠"
        out.append(
            f"| `{row['function']}` | {row['input']} | {_cells(row['times'], timeout)} "  # type: ignore[arg-type]
            f"| {'—' if per_mb is None else f'{per_mb:.2f}'}{flag} "
            f"| {'—' if growth is None else f'{growth:.1f}'} |"
        )
    measured = [r for r in rows if r["s_per_mb"] is not None]
    timed_out = [r for r in rows if r["s_per_mb"] is None]
    worst = max(measured, key=lambda r: r["s_per_mb"])  # type: ignore[arg-type, return-value]
    out += [
        "",
        f"Worst case: `{worst['function']}` on {worst['input']}, "
        f"{worst['s_per_mb']:.2f} s/MB at {_size_label(sizes[-1])}."
        + (
            f" Timed out (> {timeout:g} s): "
            + ", ".join(f"`{r['function']}` on {r['input']}" for r in timed_out)
            if timed_out
            else ""
        ),
    ]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,400000,1600000", help="bytes, comma-separated")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per call")
    parser.add_argument("--repeat", type=int, default=2, help="runs per size (min kept)")
    parser.add_argument("--markdown", action="store_true", help="print the docs table")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    started = datetime.datetime.now(datetime.timezone.utc)
    rows = run(sizes, args.timeout, args.repeat)
    if args.markdown:
        print(f"<!-- {started:%Y-%m-%d %H:%M} UTC -->")
        print(markdown(rows, sizes, args.timeout))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
