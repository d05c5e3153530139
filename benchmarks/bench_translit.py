"""Throughput of to_latin on Kolas's «Новая зямля», every system, beside the peers, in one run.

Two ways, because they differ by 10x for some peers: per line (22,779 calls, as pipelines call
it on names and sentences) and the whole text as one string.  Peers: PyICU's
``Belarusian-Latin/BGN`` transform (ICU, C++), ``unidecode``, ``latynkatar`` (the existing Python
Łacinka converter; benchmark peer only) and a bare ``str.translate`` with a 33-letter table.
Figures are MB/s of UTF-8 input (best of ``--repeat`` runs); ratios are against the peers
measured in the same run, so a loaded machine moves all of them together.

    python benchmarks/bench_translit.py [--shared ../shared] [--repeat 3] [--svg docs/img/translit.svg]

With ``--svg`` it also draws the figures of this run as a bar chart (docs/performance.md shows it).
"""

from __future__ import annotations

import argparse
import functools
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from belnews import system_ids, to_latin

GOALS = """goals (issue 3): per line bgn-pcgn >= ICU, lacinka >= 5x latynkatar, slowest system
>= 0.75x unidecode; whole text every system >= 3x ICU"""


def measure_once(fn: Callable[[str], object], lines: list[str], text: str) -> tuple[float, float]:
    """(seconds for all lines one by one, seconds for the whole text)."""
    start = time.perf_counter()
    for line in lines:
        fn(line)
    per_line = time.perf_counter() - start
    start = time.perf_counter()
    fn(text)
    return per_line, time.perf_counter() - start


def measure_all(
    candidates: dict[str, Callable[[str], object]], lines: list[str], text: str, repeat: int
) -> dict[str, tuple[float, float]]:
    """MB/s per candidate, best of ``repeat`` rounds; the rounds interleave the candidates so
    that a change in machine load during the run moves all of them alike."""
    size = len(text.encode("utf-8")) / 1e6
    best = {name: (float("inf"), float("inf")) for name in candidates}
    for _ in range(repeat):
        for name, fn in candidates.items():
            line, whole = measure_once(fn, lines, text)
            best[name] = (min(best[name][0], line), min(best[name][1], whole))
    return {name: (size / line, size / whole) for name, (line, whole) in best.items()}


def peers() -> dict[str, Callable[[str], object]]:
    found: dict[str, Callable[[str], object]] = {}
    table = str.maketrans(
        dict(
            zip("абвгдеёжзійклмнопрстуўфхцчшыьэюя", "abvgdeëžzijklmnoprstuŭfhcčšy'èûâ", strict=True)
        )
    )
    found["str.translate"] = lambda s: s.translate(table)
    try:
        import icu

        icu_bgn = icu.Transliterator.createInstance("Belarusian-Latin/BGN")
        found["ICU Belarusian-Latin/BGN"] = icu_bgn.transliterate
    except ImportError:
        print("PyICU not installed: ICU column skipped")
    try:
        from unidecode import unidecode

        found["unidecode"] = unidecode
    except ImportError:
        print("unidecode not installed")
    try:
        import latynkatar

        warnings.simplefilter("ignore", DeprecationWarning)
        found["latynkatar"] = latynkatar.convert
    except ImportError:
        print("latynkatar not installed: its column skipped")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared"
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--svg", type=Path, help="also write this run as an SVG bar chart")
    args = parser.parse_args()
    text = (args.shared / "data" / "texts" / "novaja_ziamla_kolas.txt").read_text("utf-8")
    lines = text.split("\n")
    print(f"«Новая зямля»: {len(text.encode()) / 1e6:.3f} MB, {len(lines)} lines\n")
    candidates = dict(peers())
    for sid in system_ids(lang="be"):
        to_latin("а", sid)  # load and compile outside the timing

        # a partial, like ICU's bound method: no Python wrapper around the call being measured
        candidates[f"belnews {sid}"] = functools.partial(to_latin, system=sid, errors="keep")
    results = measure_all(candidates, lines, text, args.repeat)
    icu = results.get("ICU Belarusian-Latin/BGN", (float("nan"),) * 2)
    uni = results.get("unidecode", (float("nan"),) * 2)
    lat = results.get("latynkatar", (float("nan"),) * 2)
    print(
        f"{'':34} {'per line':>9} {'whole':>9}   {'line/ICU':>8} {'line/unidecode':>14} {'whole/ICU':>9}"
    )
    for name, (line, whole) in results.items():
        print(
            f"{name:34} {line:7.1f}MB/s {whole:6.1f}MB/s   {line / icu[0]:7.2f}x {line / uni[0]:13.2f}x {whole / icu[1]:8.2f}x"
        )
    ours = {k: v for k, v in results.items() if k.startswith("belnews")}
    slowest = min(ours, key=lambda k: ours[k][0])
    print()
    print(GOALS)
    print(f"  bgn-pcgn per line / ICU        = {ours['belnews bgn-pcgn'][0] / icu[0]:.2f}x")
    print(f"  lacinka per line / latynkatar  = {ours['belnews lacinka'][0] / lat[0]:.2f}x")
    print(f"  slowest ({slowest[8:]}) / unidecode = {ours[slowest][0] / uni[0]:.2f}x")
    print(f"  slowest whole text / ICU       = {min(v[1] for v in ours.values()) / icu[1]:.2f}x")
    if args.svg:
        from _svgchart import bar_chart

        bar_chart(
            [(name.removeprefix("belnews "), values) for name, values in results.items()],
            series=("per line", "whole text"),
            title="to_latin on «Новая зямля»: every system beside the peers (one run)",
            unit="MB/s",
            path=args.svg,
            is_peer=[not name.startswith("belnews") for name in results],
        )
        print(f"\nchart written to {args.svg}")


if __name__ == "__main__":
    main()
