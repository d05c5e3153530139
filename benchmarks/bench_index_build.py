"""NameIndex build alone (round 8, issue 12): the directory of ``bench_index.py``, its names
added one by one as ``run_belnews`` adds them; build CPU and wall seconds, peak memory, the
garbage collections inside the build; optionally the built index's state (to compare two trees)
and every ``lookup(limit=10)`` answer of the benchmark's query mix (FUZZY and PHONETIC, built
and reloaded by pickle) to ``cmp``.

    python benchmarks/bench_index_build.py --size 100000
    PYTHONHASHSEED=0 PYTHONPATH=src python benchmarks/bench_index_build.py --size 100000 \\
        --state /tmp/branch.state --answers /tmp/branch.txt     # then the same from the base
    python benchmarks/bench_index_build.py --compare /tmp/base.state /tmp/branch.state
    python benchmarks/bench_index_build.py --size 1000000 --repeat 2   # the same names twice

``--repeat 2`` adds the names a second time (the words are known to the index then: what most
adds of a big directory are); ``--gc off`` disables the collector during the build (to count
instructions under ``valgrind --tool=cachegrind`` without the collections' noise).
"""

from __future__ import annotations

import argparse
import gc
import pickle
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_index


def _collections() -> tuple[dict[int, list[float]], Any]:
    seen: dict[int, list[float]] = {0: [0, 0.0], 1: [0, 0.0], 2: [0, 0.0]}
    start = [0.0]

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            start[0] = time.perf_counter()
        else:
            entry = seen[info["generation"]]
            entry[0] += 1
            entry[1] += time.perf_counter() - start[0]

    return seen, callback


def build(args: argparse.Namespace) -> None:
    from belnews import MatchKind, NameIndex

    people, absent = bench_index.directory(args.size)
    entries = [(p["id"], name) for p in people for name in bench_index.names_of(p)]
    entries *= args.repeat
    seen, callback = _collections()
    before = bench_index._peak_mb()
    if args.gc == "off":
        gc.disable()
    gc.callbacks.append(callback)
    wall, cpu = time.perf_counter(), time.process_time()
    index = NameIndex()
    for id_, name in entries:
        index.add(name, id=id_)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    gc.callbacks.remove(callback)
    gc.enable()
    print(
        f"names {len(index):,}  build CPU {cpu:.2f} s  wall {wall:.2f} s  "
        f"memory +{bench_index._peak_mb() - before:.0f} MB (peak {bench_index._peak_mb():.0f} MB)  "
        + "  ".join(f"gen{g} {n:.0f}x {s:.2f} s" for g, (n, s) in seen.items())
    )
    if args.state:
        with open(args.state, "wb") as handle:
            pickle.dump(index.__getstate__(), handle, protocol=pickle.HIGHEST_PROTOCOL)
    if args.answers:
        qs = bench_index.queries(people, absent, args.per_kind, 5)
        loaded = pickle.loads(pickle.dumps(index))
        with open(args.answers, "w", encoding="utf-8") as out:
            for one in (index, loaded):
                for kind in (MatchKind.FUZZY, MatchKind.PHONETIC):
                    for _, mention, _ in qs:
                        answer = one.lookup(mention, limit=10, min_kind=kind)
                        out.write(f"{mention}\t{answer!r}\n")


def compare(a: str, b: str) -> int:
    """Two saved states: each part equal, and in the same order."""
    with open(a, "rb") as one, open(b, "rb") as two:
        first, second = pickle.load(one), pickle.load(two)
    same = True
    for part in first:
        equal = first[part] == second[part]
        ordered = not isinstance(first[part], dict | list) or list(first[part]) == list(
            second[part]
        )
        same = same and equal
        print(part, "equal" if equal else "DIFFERENT", "" if ordered else "(another order)")
    return 0 if same else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--gc", choices=("as-is", "off"), default="as-is")
    parser.add_argument("--per-kind", type=int, default=300)
    parser.add_argument("--state", help="write the built index's state (pickle) here")
    parser.add_argument("--answers", help="write every lookup answer of the mix here")
    parser.add_argument("--compare", nargs=2, metavar=("A", "B"), help="compare two states")
    args = parser.parse_args()
    if args.compare:
        return compare(*args.compare)
    build(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
