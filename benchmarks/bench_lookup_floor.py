"""The least work a ``NameIndex.lookup`` of a NEW mention needs in this design (issue 12's floor).

Issue 12 asks for >= 20,000 lookups/s at 100,000 people (50 µs per lookup) and >= 5,000/s at
1M (200 µs).  This script times, per mention, the lower bounds of a lookup built from the
library's own pieces, on ``bench_index.py``'s directory and query mix (the same generator,
seed and kinds):

- **(a) keys**: tokenising the mention and making its words' keys, the calls ``lookup`` makes
  first (``name_tokens``, ``full_words``, ``surname_keys``, ``NameIndex._wanted``: the
  composite keys);
- **(b) probe**: the block probe (``NameIndex._collect``: the slots filed under those keys) and
  the rows fetched and sifted for the candidates (``sift``: reads each slot's stored row);
- **(c) grade one**: ``match_names(mention, name)`` of ONE candidate (the full grade: the first
  answer of the lookup, else the first slot of the block; a mention with an empty block has
  nothing to grade, 0 µs); beside it **(c') fast grade**, ``NameIndex._grade`` of that one slot
  (the clear-case path first, the full rules only when unclear): what ``lookup`` pays per graded
  name;
- **(d) lookup**: the whole ``lookup(mention, limit=10, min_kind=FUZZY)``, as ``bench_index.py``
  times it;
- **bench_index's way**: before the stages, one plain pass of ``lookup`` over the mentions as
  ``bench_index.py`` times the goal (caches as they stand, garbage collector as-is, wall and CPU
  lookups/s, full collections counted), so both methods are seen on the same machine state;
- **ref**: a pure-Python reference with no belnews code: per word of the mention one
  ``str.lower``, one ``re`` sub (vowels and non-letters out) and one dict lookup in the
  directory's word keys - the interpreter's own floor for "key every word, probe a dict".

``floor = a + b + c`` is the least a lookup can do in this design and still grade a candidate by
the matcher (one candidate, no second stage); ``1e6 / floor`` is the most lookups/s this design
can reach however the stages are tuned; ``a + b + c'`` the same with the clear-case grade.

**Every query new** (``--caches cold``, the default): before each timed call every per-word cache
of belnews is emptied (each bounded ``lru_cache`` / ``word_cache`` of a ``belnews`` module, as
``bench_find.py`` does; the loaded tables - unbounded or one-entry caches - are kept) and the
index's answer memo too.  That is stricter than ``bench_index.py``'s goal figure, whose lookups
are new to the memo but find the words of earlier mentions (Ivan, Aleksandr) and of the
directory (``add`` warms ``word_fine``) cached.  ``--caches warm`` empties only the memo: after
the first round every word is cached, so its figures are the floor of a lookup whose words are
all known.

Before the timed rounds, ``bench_index.py``'s warm-up and one untimed round of every stage
over the queries load what a process loads once (the first ``match_names`` of a press spelling
loaded a table for ~4 ms: a process's cost, not a lookup's).  Each query's stages are timed one
after the other (a, b, c, c', d, ref), query by query, so a
burst of load falls on all alike; ``--rounds`` passes; each figure is the mean over the
queries of each query's median µs over the rounds.  The machine is shared: the load
(``os.getloadavg``) is printed; instruction counts are load-proof:

    python benchmarks/bench_lookup_floor.py                         # 100k, 100 per kind, cold
    python benchmarks/bench_lookup_floor.py --sizes 1000000 --per-kind 50
    python benchmarks/bench_lookup_floor.py --caches warm
    python benchmarks/bench_lookup_floor.py --gc freeze   # gc.collect() + gc.freeze() after the build
    # instructions per query of one stage (X in a b c fast d ref), load-proof: two runs that
    # differ by one round of N calls of X (each run also makes its untimed round and the
    # prepared inputs, alike in both), less the same for --stage none (a call that does
    # nothing: the loop, and with --caches cold the emptying of the caches before each call):
    PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \\
        python benchmarks/bench_lookup_floor.py --queries 140 --stage X --rounds 1 \\
        --index-cache /tmp/floor-100k.pkl
    valgrind ... --rounds 2 ...       # d(X) = Ir(rounds 2) - Ir(rounds 1); the same for none
    # instructions per query of X: (d(X) - d(none)) / 140.  PYTHONHASHSEED=0: with a random
    # seed the ~10G instructions of the setup moved by +-20M between runs (more than a
    # stage's 140 calls: stage b came out negative).  With --caches cold the count of X
    # includes freeing what X cached, at the next emptying (outside the timed call).

With ``--index-cache PATH`` the directory's index and queries are pickled there on the first
run and read back after (``NameIndex.save`` format inside a pickle), so a run under cachegrind
does not build again (a read index has not warmed ``word_fine`` as ``add`` does: no matter with
``--caches cold``, which empties it); only read a file you made.
"""

from __future__ import annotations

import argparse
import gc
import os
import pickle
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_index  # (the directory and the query mix of the goal's benchmark)

STAGES = ("a", "b", "c", "fast", "d", "ref")
LABELS = {
    "a": "(a) tokens + keys",
    "b": "(b) block probe + rows",
    "c": "(c) match_names, one candidate",
    "fast": "(c') _grade, one candidate",
    "d": "(d) whole lookup",
    "ref": "ref: pure Python, per word lower+re.sub+dict",
    "none": "none: a call that does nothing (the loop's own cost)",
}
KINDS = (*bench_index.KINDS, "absent")
_REF_KEY = re.compile(r"[^a-zа-яёіўґ']|[aeiouyаеёиоуыэюяі]")


def word_caches() -> list[Any]:
    """Every per-word cache of belnews (each bounded ``lru_cache`` / ``word_cache`` of a
    ``belnews`` module, as ``bench_find.py`` finds them), not the loaded tables (unbounded or
    one-entry caches): found once, emptied before each call by :func:`one_round`."""
    caches = {}
    for name, module in list(sys.modules.items()):
        if name == "belnews" or name.startswith("belnews."):
            for value in vars(module).values():
                info = getattr(value, "cache_info", None)
                if callable(info) and (info().maxsize or 0) > 1:
                    caches[id(value)] = value
    return list(caches.values())


def build(size: int, per_kind: int, seed: int, cache: Path | None) -> tuple[Any, list[Any]]:
    """The index of ``bench_index``'s directory of ``size`` people and its query mix (each
    distinct mention once, as the goal's figure looks them up), from ``cache`` when given and
    there (a pickle this script wrote)."""
    if cache is not None and cache.exists():
        with cache.open("rb") as handle:
            return pickle.load(handle)  # type: ignore[no-any-return]  # our own file
    from belnews import NameIndex

    people, absent = bench_index.directory(size, seed)
    qs = bench_index.queries(people, absent, per_kind, seed - 7)
    seen: set[str] = set()
    distinct = [q for q in qs if not (q[1] in seen or seen.add(q[1]))]  # type: ignore[func-returns-value]
    index = NameIndex()
    for person in people:
        for name in bench_index.names_of(person):
            index.add(name, id=person["id"])
    if cache is not None:
        with cache.open("wb") as handle:
            pickle.dump((index, distinct), handle, protocol=pickle.HIGHEST_PROTOCOL)
    return index, distinct


class Prepared:
    """One query and the inputs of each stage, computed once outside the timed calls."""

    def __init__(self, index: Any, kind: str, mention: str) -> None:
        from belnews import MatchKind
        from belnews.names._blocking import cut, name_tokens, sift, surname_keys
        from belnews.names._index_fast import full_words

        self.kind = kind
        self.mention = mention = cut(mention)
        self.tokens = tokens = name_tokens(mention)
        self.words = full_words(tokens)
        self.wanted = index._wanted(tokens, surname_keys(tokens, inflected=False))
        self.slots = slots = index._collect(self.wanted)
        top, _near = sift(index._names, slots, self.words)
        answer = index.lookup(mention, limit=10, min_kind=MatchKind.FUZZY)
        self.slot: int | None = None
        self.name: str | None = None
        if answer:  # the first answer's row (one of its names), else the block's first row
            wanted_name = answer[0].name
            self.slot = next((s for s in slots if index._names[s][1] == wanted_name), None)
            self.name = wanted_name
        if self.slot is None and (top or slots):
            self.slot = (top or slots)[0]
            self.name = self.name or index._names[self.slot][1]
        self.block = len(slots)


def stage_calls(
    index: Any, directory_keys: dict[str, None]
) -> dict[str, Callable[[Prepared], Any]]:
    """Each stage as a call on a prepared query (the calls lookup makes, in its order)."""
    from belnews import MatchKind, match_names
    from belnews.names._blocking import name_tokens, sift, surname_keys
    from belnews.names._index_fast import full_words

    names, lookup = index._names, index.lookup
    fuzzy = MatchKind.FUZZY

    def keys(q: Prepared) -> Any:
        tokens = name_tokens(q.mention)
        return full_words(tokens), index._wanted(tokens, surname_keys(tokens, inflected=False))

    def probe(q: Prepared) -> Any:
        return sift(names, index._collect(q.wanted), q.words)

    def grade(q: Prepared) -> Any:
        return None if q.name is None else match_names(q.mention, q.name, min_kind=fuzzy)

    def fast(q: Prepared) -> Any:
        return None if q.slot is None else index._grade(q.mention, q.tokens, [q.slot])

    def whole(q: Prepared) -> Any:
        return lookup(q.mention, limit=10, min_kind=fuzzy)

    def ref(q: Prepared) -> Any:
        sub, get = _REF_KEY.sub, directory_keys.get
        return [get(sub("", word.lower())) for word in q.mention.split()]

    def nothing(q: Prepared) -> Any:
        return None

    return {
        "a": keys,
        "b": probe,
        "c": grade,
        "fast": fast,
        "d": whole,
        "ref": ref,
        "none": nothing,
    }


def ref_keys(index: Any) -> dict[str, None]:
    """The reference's dict: every directory name's words keyed as the reference keys them."""
    out: dict[str, None] = {}
    for row in index._names:
        for word in row[1].split():
            out[_REF_KEY.sub("", word.lower())] = None
    return out


def one_round(
    index: Any,
    prepared: list[Prepared],
    calls: dict[str, Callable[[Prepared], Any]],
    stages: tuple[str, ...],
    caches: list[Any],
) -> dict[str, list[float]]:
    """µs of each stage for each query, the stages in turn query by query (``caches``, the
    per-word caches of :func:`word_caches` with ``--caches cold``, emptied before each call;
    the answer memo always)."""
    clock = time.perf_counter_ns
    memo = index._memo
    out: dict[str, list[float]] = {stage: [] for stage in stages}
    for q in prepared:
        for stage in stages:
            for cache in caches:
                cache.cache_clear()
            memo.clear()
            call = calls[stage]
            start = clock()
            call(q)
            out[stage].append((clock() - start) / 1000)
    return out


def summary(rounds: list[dict[str, list[float]]], prepared: list[Prepared]) -> dict[str, Any]:
    """Per stage: each query's median µs over the rounds (a burst of load, or a garbage
    collection, in one round does not count), their mean (``1e6 / mean`` is lookups/s) and
    median, per kind their mean; and each round's plain mean, to show the spread."""
    out: dict[str, Any] = {}
    for stage in rounds[0]:
        per_query = [statistics.median(r[stage][i] for r in rounds) for i in range(len(prepared))]
        kinds = {}
        for kind in KINDS:
            at = [per_query[i] for i, q in enumerate(prepared) if q.kind == kind]
            if at:
                kinds[kind] = statistics.fmean(at)
        out[stage] = {"mean": statistics.fmean(per_query), "median": statistics.median(per_query),
                      "rounds": [statistics.fmean(r[stage]) for r in rounds], "kinds": kinds}  # fmt: skip
    return out


def goal_pass(index: Any, mentions: list[str]) -> dict[str, float]:
    """``bench_index.py``'s goal figure, its way: one pass of ``lookup`` over the distinct
    mentions (memo empty, word caches as the build and the earlier mentions left them, the
    garbage collector as-is): lookups per wall and per CPU second, full collections and their
    seconds.  Run before any stage, so no word of a mention is cached by this script."""
    from belnews import MatchKind

    index._memo.clear()
    seen = bench_index._FullCollections()
    gc.callbacks.append(seen)
    start, cpu = time.perf_counter(), time.process_time()
    for mention in mentions:
        index.lookup(mention, limit=10, min_kind=MatchKind.FUZZY)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    gc.callbacks.remove(seen)
    index._memo.clear()
    return {"wall": len(mentions) / wall, "cpu": len(mentions) / max(cpu, 1e-9),
            "collections": seen.count, "collections_s": seen.seconds}  # fmt: skip


def report(result: dict[str, Any], prepared: list[Prepared], header: str) -> None:
    print(header)
    stages = [s for s in (*STAGES, "none") if s in result]
    print(
        "| stage | µs/query (mean) | µs (median query) | round means | " + " | ".join(KINDS) + " |"
    )
    print("|---|---:|---:|---|" + "---:|" * len(KINDS))
    for stage in stages:
        row = result[stage]
        cells = [f"{row['kinds'].get(k, 0):.1f}" for k in KINDS]
        spread = " / ".join(f"{m:.0f}" for m in row["rounds"])
        print(
            f"| {LABELS[stage]} | {row['mean']:.1f} | {row['median']:.1f} | {spread} | "
            + " | ".join(cells)
            + " |"
        )
    blocks = [q.block for q in prepared]
    graded = sum(q.name is not None for q in prepared)
    print(f"\nslots in the mention's blocks: mean {statistics.fmean(blocks):.1f}, max {max(blocks)};"
          f" queries with a candidate to grade: {graded}/{len(prepared)}")  # fmt: skip
    if all(s in result for s in ("a", "b", "c")):
        floor = result["a"]["mean"] + result["b"]["mean"] + result["c"]["mean"]
        print(f"floor a+b+c = {floor:.1f} µs: at most {1e6 / floor:,.0f} lookups/s in this design")
    if all(s in result for s in ("a", "b", "fast")):
        floor = result["a"]["mean"] + result["b"]["mean"] + result["fast"]["mean"]
        print(
            f"floor a+b+c' = {floor:.1f} µs (clear-case grade): at most {1e6 / floor:,.0f} lookups/s"
        )
    if "d" in result:
        print(f"whole lookup {result['d']['mean']:.1f} µs: {1e6 / result['d']['mean']:,.0f} lookups/s;"
              " goal 50 µs (20,000/s) at 100k, 200 µs (5,000/s) at 1M")  # fmt: skip
    if "ref" in result:
        print(f"pure-Python reference {result['ref']['mean']:.2f} µs/mention "
              f"({1e6 / result['ref']['mean']:,.0f}/s)")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    parser.add_argument(
        "--per-kind", type=int, default=100, help="queries per kind (bench_index's mix)"
    )
    parser.add_argument(
        "--queries", type=int, default=0, help="only N queries, spread evenly over the mix (0: all)"
    )
    parser.add_argument("--seed", type=int, default=bench_index.TUNE_SEED)
    parser.add_argument("--rounds", type=int, default=3, help="passes over the queries (median)")
    parser.add_argument("--caches", choices=("cold", "warm"), default="cold",
                        help="cold: every per-word cache emptied before each call (default)")  # fmt: skip
    parser.add_argument("--stage", choices=(*STAGES, "none", "all"), default="all",
                        help="time one stage only (for cachegrind: see the docstring)")  # fmt: skip
    parser.add_argument("--gc", choices=("as-is", "freeze"), default="as-is", dest="gc_mode",
                        help="freeze: gc.collect() and gc.freeze() after the build (as bench_index's --gc)")  # fmt: skip
    parser.add_argument("--index-cache", type=Path, help="pickle the index and queries here")
    args = parser.parse_args(argv)
    for size in args.sizes:
        start = time.perf_counter()
        cache = args.index_cache if len(args.sizes) == 1 else None
        index, qs = build(size, args.per_kind, args.seed, cache)
        built = time.perf_counter() - start
        bench_index._warm_up(index, {m for _, m, _ in qs})  # the loads of a process, untimed
        if args.gc_mode == "freeze":  # as a service would after loading its index
            gc.collect()
            gc.freeze()
        qs = qs[:: max(1, len(qs) // args.queries)][: args.queries] if args.queries else qs
        goal = goal_pass(index, [m for _, m, _ in qs]) if args.stage == "all" else None
        prepared = [Prepared(index, kind, mention) for kind, mention, _ in qs]
        calls = stage_calls(index, ref_keys(index))
        stages = STAGES if args.stage == "all" else (args.stage,)
        caches = word_caches() if args.caches == "cold" else []  # (found once: a slow walk)
        one_round(index, prepared, calls, stages, caches)  # untimed: every lazy table loaded
        rounds = [one_round(index, prepared, calls, stages, caches) for _ in range(args.rounds)]
        header = (f"\n## {size:,} people ({len(index):,} names), {len(prepared)} distinct queries,"
                  f" caches {args.caches}, gc {args.gc_mode}, {args.rounds} rounds, load {os.getloadavg()[0]:.2f},"
                  f" built/read in {built:.1f} s; Python loop {bench_index.calibration():.0f} ns/iteration")  # fmt: skip
        report(summary(rounds, prepared), prepared, header)
        if goal is not None:
            print(f"bench_index's way (one pass, word caches as they stand, gc {args.gc_mode}): "
                  f"{goal['wall']:,.0f} lookups/s wall, {goal['cpu']:,.0f} per CPU s, "
                  f"{goal['collections']} full collection(s), {goal['collections_s']:.2f} s")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
