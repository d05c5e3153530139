"""Throughput of belnews.normalize against ftfy.fix_text, in the same run, on the same text.

Corpus: Jakub Kolas, «Новая зямля» (../shared/data/texts/novaja_ziamla_kolas.txt, 565 KB of
Belarusian Cyrillic, public domain; it has real noise: U+02BC apostrophes and Roman numerals
typed with Cyrillic І/Х).  Two workloads:

* per line - each of the ~22,800 lines normalised on its own (what the CLI and to_latin do);
* whole text - the novel as one string.

Run:  python benchmarks/bench_normalize.py [--repeat N] [--corpus PATH]
ftfy is a benchmark peer only (the ``bench`` extra); belnews never imports it.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from belnews import normalize

DEFAULT_CORPUS = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "texts" / "novaja_ziamla_kolas.txt"
)


def best_seconds(work: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` runs (the least disturbed by other processes)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement (best kept)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()

    try:
        import ftfy
    except ImportError:  # pragma: no cover - a benchmark peer, not a dependency
        raise SystemExit("ftfy is not installed: pip install 'belnews[bench]'") from None

    text = args.corpus.read_text(encoding="utf-8")
    lines = text.split("\n")
    megabytes = len(text.encode("utf-8")) / 1e6
    clean = [line for line in lines if line and normalize(line) == line]
    print(
        f"corpus: {args.corpus.name}, {megabytes:.3f} MB, {len(lines)} lines, best of {args.repeat}"
    )
    print(f"ftfy {ftfy.__version__}")

    def per_line(fix: Callable[[str], str]) -> Callable[[], object]:
        return lambda: [fix(line) for line in lines]

    rows = [
        ("per line", per_line(normalize), per_line(ftfy.fix_text)),
        ("whole text", lambda: normalize(text), lambda: ftfy.fix_text(text)),
    ]
    print(f"{'workload':<12} {'belnews MB/s':>13} {'ftfy MB/s':>10} {'ratio':>7}")
    for name, ours, theirs in rows:
        t_ours = best_seconds(ours, args.repeat)
        t_theirs = best_seconds(theirs, args.repeat)
        print(
            f"{name:<12} {megabytes / t_ours:>13.1f} {megabytes / t_theirs:>10.1f}"
            f" {t_theirs / t_ours:>6.1f}x"
        )

    # The hot path that to_latin pays before any transliteration: one clean line.
    mean_len = statistics.mean(len(line) for line in clean)
    t_clean = best_seconds(lambda: [normalize(line) for line in clean], args.repeat)
    print(
        f"clean line (fast path): {t_clean / len(clean) * 1e6:.2f} µs per line "
        f"({len(clean)} lines that need no fix, mean {mean_len:.0f} characters)"
    )


if __name__ == "__main__":
    main()
