"""Name matching: belnews against the baselines a user would reach for, on the same pairs, in one run.

Pairs: ``tests/data/name_variants.tsv`` (real spellings of real people and places, with hard
negatives).  Contenders:

- ``belnews.match_names`` (``.is_match``) and ``belnews.name_key`` equality;
- Beider-Morse phonetic matching (``abydos.phonetic.BeiderMorse``, generic names, approximate
  mode): a pair matches when the two phonetic codes share an alternative;
- ``unidecode`` + ``rapidfuzz.fuzz.token_sort_ratio`` at its best threshold (the threshold with
  the best F1 on these very pairs - an optimistic baseline), and at the lowest threshold that
  keeps precision >= 0.99.

Speed: names/s of ``name_key`` (caches cleared, distinct names) and of Beider-Morse ``encode``
on the same names; ``NameIndex`` lookups/s against 100,000 indexed names.  The 100,000 names are
synthetic and deterministic (seeded): a given name from the table (Belarusian, Russian or Latin
form) plus a surname from 1-3 Belarusian syllables and a common surname ending, written in
Cyrillic or in one of the Belarusian romanizations; the lookups are 20,000 indexed names
re-spelled in another system, a quarter of them as the bare surname and a quarter with an
initial.  Lookups are timed four ways: a first pass right after indexing (every mention is new to
the process; only what ``add`` computed is cached) over half of the mentions, the other half
after ``gc.freeze()`` (a big index otherwise makes every full collection long), a second pass
over all mentions, and a pass with every cache of ``belnews.names`` emptied (the worst case).

    python benchmarks/bench_match.py [--index-size 100000] [--lookups 20000] [--bm-sample 300]
"""

from __future__ import annotations

import argparse
import csv
import gc
import random
import time
from collections.abc import Callable
from pathlib import Path

from belnews import system_ids, to_latin
from belnews.names import (
    NameIndex,
    _skeleton,
    _tokens,
    forms,
    lexicon,
    match,
    match_names,
    name_key,
)
from belnews.names import index as index_module
from belnews.names.lexicon import given_names

# The given-name table itself stays loaded: reading it is not part of a lookup.
_TABLES = {
    lexicon.given_names,
    lexicon._by_skeleton,
    lexicon._by_form,
    lexicon.listed_skeletons,
    lexicon._fine_forms,
    lexicon._ambiguous,
}

GOALS = """goals (issue 4): match_names recall >= 0.97 at precision >= 0.99, above both baselines;
name_key >= 100x Beider-Morse names/s; NameIndex >= 20,000 lookups/s at 100,000 names"""

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "name_variants.tsv"


def load_pairs() -> list[tuple[str, str, bool]]:
    with DATA.open(encoding="utf-8") as f:
        return [(r["a"], r["b"], r["label"] == "1") for r in csv.DictReader(f, delimiter="\t")]


def precision_recall(
    pairs: list[tuple[str, str, bool]], predicted: list[bool]
) -> tuple[float, float]:
    tp = sum(p and label for (_, _, label), p in zip(pairs, predicted, strict=True))
    fp = sum(p and not label for (_, _, label), p in zip(pairs, predicted, strict=True))
    fn = sum(label and not p for (_, _, label), p in zip(pairs, predicted, strict=True))
    return (tp / (tp + fp) if tp + fp else 1.0), tp / (tp + fn)


def clear_caches() -> None:
    """Empty every cache of belnews.names (keys, tokens, candidates, links, matches)."""
    for module in (_skeleton, _tokens, forms, match, lexicon, index_module):
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)) and value not in _TABLES:
                value.cache_clear()


def names_per_second(fn: Callable[[str], object], names: list[str]) -> float:
    start = time.perf_counter()
    for name in names:
        fn(name)
    return len(names) / (time.perf_counter() - start)


SYLLABLE_ONSETS = [*"бвгдзклмнпрстфцчш", "дз", "шч"]
VOWELS = list("аеіоуыэяю")
CODAS = ["", "", "н", "р", "л", "м", "ў", "й"]
ENDINGS = ["", "ка", "енка", "скі", "ская", "цкі", "ава", "аў", "овіч", "ук", "ін", "ёнак", "ец"]


def synthetic_names(count: int, seed: int = 4) -> list[str]:
    rng = random.Random(seed)
    givens = sorted({f for g in given_names().values() for f in g.be + g.ru})
    systems = system_ids(lang="be")
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < count:
        stem = "".join(
            rng.choice(SYLLABLE_ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS)
            for _ in range(rng.randint(2, 3))
        )
        surname = (stem + rng.choice(ENDINGS)).capitalize()
        name = f"{rng.choice(givens)} {surname}"
        if name in seen:
            continue
        seen.add(name)
        script = rng.random()
        out.append(name if script < 0.4 else to_latin(name, rng.choice(systems)))
    return out


def respelled(names: list[str], count: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    systems = system_ids(lang="be")
    out = []
    for name in rng.sample(names, count):
        text = to_latin(name, rng.choice(systems)) if any("Ѐ" <= c <= "ӿ" for c in name) else name
        words = text.split()
        form = rng.random()
        if form < 0.25:
            text = words[-1]  # surname only
        elif form < 0.5:
            text = f"{words[0][0]}. {words[-1]}"  # initial
        out.append(text)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-size", type=int, default=100_000)
    parser.add_argument("--lookups", type=int, default=20_000)
    parser.add_argument("--bm-sample", type=int, default=300, help="names timed for Beider-Morse")
    args = parser.parse_args()

    pairs = load_pairs()
    positives = sum(label for *_, label in pairs)
    print(f"pairs: {len(pairs)} ({positives} positive, {len(pairs) - positives} negative)")
    print(GOALS)
    print()

    rows: list[tuple[str, float, float, str]] = []

    clear_caches()
    start = time.perf_counter()
    predicted = [match_names(a, b).is_match for a, b, _ in pairs]
    pairs_s = len(pairs) / (time.perf_counter() - start)
    p, r = precision_recall(pairs, predicted)
    rows.append(("belnews match_names", p, r, f"{pairs_s:,.0f} pairs/s (cold)"))

    predicted = [name_key(a) == name_key(b) for a, b, _ in pairs]
    p, r = precision_recall(pairs, predicted)
    rows.append(("belnews name_key equality", p, r, ""))

    from abydos.phonetic import BeiderMorse

    bm = BeiderMorse()
    codes: dict[str, set[str]] = {}

    def bm_code(name: str) -> set[str]:
        if name not in codes:
            codes[name] = set(bm.encode(name).split())
        return codes[name]

    predicted = [bool(bm_code(a) & bm_code(b)) for a, b, _ in pairs]
    p, r = precision_recall(pairs, predicted)
    rows.append(("Beider-Morse (abydos)", p, r, ""))

    from rapidfuzz import fuzz
    from unidecode import unidecode

    scores = [
        fuzz.token_sort_ratio(unidecode(a).lower(), unidecode(b).lower()) for a, b, _ in pairs
    ]
    best = max(
        range(101),
        key=lambda t: _f1(*precision_recall(pairs, [s >= t for s in scores])),
    )
    p, r = precision_recall(pairs, [s >= best for s in scores])
    rows.append((f"unidecode+rapidfuzz >= {best} (best F1)", p, r, ""))
    strict = next(
        (t for t in range(101) if precision_recall(pairs, [s >= t for s in scores])[0] >= 0.99),
        100,
    )
    p, r = precision_recall(pairs, [s >= strict for s in scores])
    rows.append((f"unidecode+rapidfuzz >= {strict} (P >= 0.99)", p, r, ""))

    print(f"{'matcher':45} {'precision':>9} {'recall':>7}")
    for label, p, r, note in rows:
        print(f"{label:45} {p:9.3f} {r:7.3f}  {note}")
    print()

    # Speed of keys: distinct names, caches cleared, against Beider-Morse on a sample.
    names = synthetic_names(args.index_size)
    clear_caches()
    key_rate = names_per_second(name_key, names)
    sample = names[: args.bm_sample]
    bm_rate = names_per_second(bm.encode, sample)
    print(f"name_key:      {key_rate:12,.0f} names/s  ({len(names):,} distinct names, cold caches)")
    print(f"Beider-Morse:  {bm_rate:12,.0f} names/s  ({len(sample):,} names)")
    print(f"ratio:         {key_rate / bm_rate:12,.0f}x")
    print()

    queries = respelled(names, args.lookups)
    clear_caches()
    gc.collect()
    index = NameIndex()
    start = time.perf_counter()
    for i, name in enumerate(names):
        index.add(name, id=i)
    build = time.perf_counter() - start
    # First pass: every mention is new to the process (only what add() computed is cached).
    # Half of the mentions with the collector as it is, half after gc.freeze(), which a
    # long-running worker calls once its big index is built.
    half = len(queries) // 2
    start = time.perf_counter()
    answered = sum(bool(index.lookup(q)) for q in queries[:half])
    lookup_rate = half / (time.perf_counter() - start)
    gc.collect()
    gc.freeze()
    start = time.perf_counter()
    answered += sum(bool(index.lookup(q)) for q in queries[half:])
    frozen_rate = (len(queries) - half) / (time.perf_counter() - start)
    start = time.perf_counter()
    for q in queries:
        index.lookup(q)
    warm_rate = len(queries) / (time.perf_counter() - start)
    # The worst case: every cache emptied after the index was built.
    clear_caches()
    start = time.perf_counter()
    for q in queries:
        index.lookup(q)
    cold_rate = len(queries) / (time.perf_counter() - start)
    gc.unfreeze()
    print(f"NameIndex: {len(index):,} names indexed in {build:.1f} s")
    print(
        f"NameIndex: {lookup_rate:,.0f} lookups/s, first pass ({half:,} re-spelled mentions "
        f"never seen before; {answered / len(queries):.1%} of all answered)"
    )
    print(f"NameIndex: {frozen_rate:,.0f} lookups/s, first pass, after gc.freeze() (other half)")
    print(f"NameIndex: {warm_rate:,.0f} lookups/s, second pass over the same mentions")
    print(f"NameIndex: {cold_rate:,.0f} lookups/s, every cache emptied after indexing")


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


if __name__ == "__main__":
    main()
