"""Name matching: belnews against the matchers a user would reach for, on the same pairs, in one run.

Pairs: the CHECK half of ``tests/data/name_pairs_press.tsv`` (sanctions lists and press of several
languages, hard negatives: relatives and namesakes; never used to tune belnews), the held-out set
``tests/data/name_pairs_heldout.tsv``, ``name_pairs_heldout2.tsv`` and ``name_pairs_heldout3.tsv``
(round 3: pages no other set used; the second collected after the round-3 rules were frozen, the
third after the last rule), and for reference the whole press set and
``tests/data/name_variants.tsv``.  Contenders, each giving a score per pair:

- ``belnews.match_names`` (its ``score``, 0 for NO_MATCH; ``min_kind=FUZZY`` so that the typo
  tier is on the curve) and its default verdict (``is_match``, ``min_kind=PHONETIC``);
- ``belnews.name_key`` equality;
- OpenSanctions' matcher: ``nomenklatura`` logic-v2 ``name_match`` (rigour's name analysis and
  comparison) on two FollowTheMoney ``Person`` entities holding one name each;
- ``unidecode`` + ``rapidfuzz.fuzz.token_sort_ratio``;
- Beider-Morse (``abydos.phonetic.BeiderMorse``, approximate): a pair matches when the codes
  share an alternative.

Each scored contender is shown at its best threshold (highest F1 on these very pairs - an
optimistic baseline) and at the lowest threshold that keeps false matches at or below 0.1 % of
the negative pairs.  ``--svg`` writes the precision-recall curves (docs/img/names_pr.svg).
Speed: ``match_names`` pairs/s with every cache emptied and warm; logic-v2 pairs/s on a sample.
``--index`` adds the old name_key and NameIndex speed section.

    python benchmarks/bench_match.py [--svg docs/img/names_pr.svg] [--index]
    python benchmarks/bench_match.py --speed-only     # the speed section alone (A/B runs)
"""

from __future__ import annotations

import argparse
import csv
import gc
import itertools
import random
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from belnews import system_ids, to_latin
from belnews.names import (
    MatchKind,
    NameIndex,
    _rules,
    _rules_foreign,
    _rules_readings,
    _skeleton,
    _tokens,
    forms,
    given,
    lexicon,
    match,
    match_names,
    name_key,
    places,
    press,
)
from belnews.names import index as index_module
from belnews.names import key as key_module
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
# Loading a data file is not part of a comparison either: functools.cache (unbounded, no
# arguments) marks the tables of given.py and places.py; their per-word lru caches are emptied.
_PER_WORD = "maxsize"

GOALS = """goals (issue 11): on the check half recall >= 0.95 at precision >= 0.999, no hard negative
matched; match_names >= 5,000 pairs/s"""

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
Pair = tuple[str, str, bool]


def load_press(split: str | None) -> list[Pair]:
    with (DATA / "name_pairs_press.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [(r["a"], r["b"], r["label"] == "1") for r in rows if split in (None, r["split"])]


def load_heldout(file_name: str = "name_pairs_heldout.tsv") -> list[Pair]:
    with (DATA / file_name).open(encoding="utf-8") as f:
        return [(r["a"], r["b"], r["label"] == "1") for r in csv.DictReader(f, delimiter="\t")]


def per_class(split: str, file_name: str = "name_pairs_press.tsv") -> None:
    """``match_names`` (default threshold) right/total per failure class of one half."""
    with (DATA / file_name).open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r["split"] == split]
    counts: dict[str, list[int]] = {}
    for r in rows:
        right = match_names(r["a"], r["b"]).is_match == (r["label"] == "1")
        tally = counts.setdefault(
            f"{'positive' if r['label'] == '1' else 'negative'} {r['class']}", [0, 0]
        )
        tally[0] += right
        tally[1] += 1
    print(f"  match_names per class ({split}):")
    for name, (right, total) in sorted(counts.items()):
        print(f"    {name:32} {right:4} / {total}")
    print()


def load_pairs() -> list[Pair]:
    with (DATA / "name_variants.tsv").open(encoding="utf-8") as f:
        return [(r["a"], r["b"], r["label"] == "1") for r in csv.DictReader(f, delimiter="\t")]


def precision_recall(pairs: Sequence[Pair], predicted: Sequence[bool]) -> tuple[float, float]:
    tp = sum(p and label for (_, _, label), p in zip(pairs, predicted, strict=True))
    fp = sum(p and not label for (_, _, label), p in zip(pairs, predicted, strict=True))
    fn = sum(label and not p for (_, _, label), p in zip(pairs, predicted, strict=True))
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def false_match_rate(pairs: Sequence[Pair], predicted: Sequence[bool]) -> float:
    negatives = sum(not label for *_, label in pairs)
    fp = sum(p and not label for (_, _, label), p in zip(pairs, predicted, strict=True))
    return fp / negatives if negatives else 0.0


def clear_caches() -> None:
    """Empty every cache of belnews.names (keys, tokens, candidates, links, matches)."""
    for module in (
        _skeleton,
        _tokens,
        key_module,  # tokens_of and its per-word caches (left warm before round 4)
        forms,
        match,
        lexicon,
        index_module,
        _rules,
        _rules_readings,
        _rules_foreign,
        press,
        given,
        places,
    ):
        for value in vars(module).values():
            if not callable(getattr(value, "cache_clear", None)) or value in _TABLES:
                continue
            if module in (given, places) and value.cache_parameters()["maxsize"] is None:
                continue  # a data table (functools.cache), loaded once
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


Scorer = Callable[[str, str], float]


def belnews_score(a: str, b: str) -> float:
    m = match_names(a, b, min_kind=MatchKind.FUZZY)
    return m.score if m.is_match else 0.0


def logic_v2_scorer() -> Scorer:
    """nomenklatura logic-v2's name feature on two Person entities (default configuration)."""
    from followthemoney import model
    from nomenklatura.matching.logic_v2.model import LogicV2
    from nomenklatura.matching.logic_v2.names.match import name_match
    from nomenklatura.matching.types import ScoringConfig

    config = ScoringConfig(weights={}, config={k: v.default for k, v in LogicV2.CONFIG.items()})

    ids = itertools.count()

    def entity(name: str) -> object:
        # A fresh id per entity: logic-v2 caches an entity's names by its id.
        person = model.make_entity("Person")
        person.id = f"p{next(ids)}"
        person.add("name", name)
        return person

    def score(a: str, b: str) -> float:
        return float(name_match(entity(a), entity(b), config).score)

    return score


def rapidfuzz_score(a: str, b: str) -> float:
    from rapidfuzz import fuzz
    from unidecode import unidecode

    return float(fuzz.token_sort_ratio(unidecode(a).lower(), unidecode(b).lower())) / 100


def beider_morse_scorer() -> Scorer:
    from abydos.phonetic import BeiderMorse

    bm = BeiderMorse()
    codes: dict[str, set[str]] = {}

    def code(name: str) -> set[str]:
        if name not in codes:
            codes[name] = set(bm.encode(name).split())
        return codes[name]

    return lambda a, b: float(bool(code(a) & code(b)))


def thresholds(pairs: Sequence[Pair], scores: Sequence[float]) -> tuple[float, float]:
    """The best-F1 threshold and the lowest threshold with <= 0.1 % false matches."""
    candidates = [*sorted(set(scores)), 2.0]
    best = max(
        candidates,
        key=lambda t: _f1(*precision_recall(pairs, [s >= t and s > 0 for s in scores])),
    )
    strict = next(
        t
        for t in candidates
        if false_match_rate(pairs, [s >= t and s > 0 for s in scores]) <= 0.001
    )
    return best, strict


def table(title: str, pairs: Sequence[Pair], scored: dict[str, list[float]]) -> None:
    positives = sum(label for *_, label in pairs)
    print(f"{title}: {len(pairs)} pairs ({positives} positive, {len(pairs) - positives} negative)")
    print(f"  {'matcher':48} {'precision':>9} {'recall':>7} {'false m.':>8}")
    for label, scores in scored.items():
        binary = set(scores) <= {0.0, 1.0}
        if binary:
            rows = [(label, 0.5)]
        else:
            best, strict = thresholds(pairs, scores)
            rows = [(f"{label} >= {best:.2f} (best F1)", best),
                    (f"{label} >= {strict:.2f} (<= 0.1 % false)", strict)]  # fmt: skip
        for name, t in rows:
            predicted = [s >= t and s > 0 for s in scores]
            p, r = precision_recall(pairs, predicted)
            fmr = false_match_rate(pairs, predicted)
            print(f"  {name:48} {p:9.3f} {r:7.3f} {fmr:8.3%}")
    print()


def score_all(pairs: Sequence[Pair], scorers: dict[str, Scorer]) -> dict[str, list[float]]:
    return {label: [fn(a, b) for a, b, _ in pairs] for label, fn in scorers.items()}


def pr_curve(pairs: Sequence[Pair], scores: Sequence[float]) -> list[tuple[float, float]]:
    points = []
    for t in sorted({s for s in scores if s > 0}):
        p, r = precision_recall(pairs, [s >= t for s in scores])
        points.append((r, p))
    return points


def write_svg(path: Path, pairs: Sequence[Pair], scored: dict[str, list[float]]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.4, 4.4))
    for label, scores in scored.items():
        points = pr_curve(pairs, scores)
        if len(points) > 1:
            ax.plot([r for r, _ in points], [p for _, p in points], label=label, drawstyle="steps")
        else:
            ax.plot([r for r, _ in points], [p for _, p in points], "o", label=label)
    ax.set_xlabel("recall")
    ax.set_ylabel("precision")
    ax.set_xlim(0, 1.01)
    ax.set_ylim(0.4, 1.01)
    ax.grid(alpha=0.3)
    ax.set_title("Name pairs, check half of name_pairs_press.tsv")
    ax.legend(loc="lower left", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, format="svg", metadata={"Date": None})
    print(f"wrote {path}")


def _cold_rates(pairs: Sequence[Pair], *, freeze: bool) -> list[float]:
    """Pairs per CPU second with every cache emptied, three runs (CPU time: the
    machine is shared).  ``freeze``: the heap the other contenders left (nomenklatura, abydos)
    is moved out of the garbage collector's reach first, as a program that only matches names
    would not carry it (``tests/timing.py`` does the same)."""
    rates = []
    for _ in range(3):
        clear_caches()
        gc.collect()
        if freeze:
            gc.freeze()
        start = time.process_time()
        for a, b, _ in pairs:
            match_names(a, b)
        rates.append(len(pairs) / max(time.process_time() - start, 1e-9))
        gc.unfreeze()
    return rates


def speed(pairs: Sequence[Pair], logic_v2: Scorer, sample: int) -> None:
    as_is = _cold_rates(pairs, freeze=False)
    frozen = _cold_rates(pairs, freeze=True)
    cold = sorted(frozen)[1]
    warm_runs = []
    for _ in range(3):
        match._match.cache_clear()
        start = time.process_time()
        for a, b, _ in pairs:
            match_names(a, b)
        warm_runs.append(len(pairs) / max(time.process_time() - start, 1e-9))
    warm = sorted(warm_runs)[1]
    start = time.perf_counter()
    for a, b, _ in pairs[:sample]:
        logic_v2(a, b)
    v2 = min(sample, len(pairs)) / (time.perf_counter() - start)
    runs = ", ".join(f"{r:,.0f}" for r in frozen)
    print(
        f"match_names: {cold:10,.0f} pairs/s, every cache emptied ({len(pairs):,} pairs; CPU time,"
    )
    print(
        f"             median of 3 runs: {runs}; the other contenders' heap frozen out of the GC)"
    )
    runs = ", ".join(f"{r:,.0f}" for r in as_is)
    print(
        f"match_names: {sorted(as_is)[1]:10,.0f} pairs/s, the same with that heap in the GC ({runs})"
    )
    print(f"match_names: {warm:10,.0f} pairs/s, word caches warm, pair cache emptied (median of 3)")
    print(f"logic-v2:    {v2:10,.0f} pairs/s ({min(sample, len(pairs))} pairs, data loaded)")
    print(f"ratio (cold): {cold / v2:,.0f}x")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, help="write the precision-recall curves here")
    parser.add_argument("--index", action="store_true", help="also time name_key and NameIndex")
    parser.add_argument("--index-size", type=int, default=100_000)
    parser.add_argument("--lookups", type=int, default=20_000)
    parser.add_argument("--bm-sample", type=int, default=300, help="names timed for Beider-Morse")
    parser.add_argument("--v2-sample", type=int, default=300, help="pairs timed for logic-v2")
    parser.add_argument(
        "--speed-only", action="store_true", help="only the match_names / logic-v2 speed section"
    )
    args = parser.parse_args()
    print(GOALS)
    print()

    logic_v2 = logic_v2_scorer()
    logic_v2("Аляксандр Лукашэнка", "Alexander Lukashenko")  # loads its data: not timed
    if args.speed_only:
        match_names("Аляксандр Лукашэнка", "Alexander Lukashenko")  # loads the lexicons
        speed(load_pairs() + load_press(None), logic_v2, args.v2_sample)
        return
    scorers: dict[str, Scorer] = {
        "belnews match_names score": belnews_score,
        "belnews match_names (default verdict)": lambda a, b: float(match_names(a, b).is_match),
        "belnews name_key equality": lambda a, b: float(name_key(a) == name_key(b)),
        "nomenklatura logic-v2 name_match": logic_v2,
        "unidecode+rapidfuzz token_sort_ratio": rapidfuzz_score,
        "Beider-Morse (abydos)": beider_morse_scorer(),
    }
    check = load_press("check")
    scored = score_all(check, scorers)
    table("press set, CHECK half", check, scored)
    per_class("check")
    if args.svg:
        curves = {k: v for k, v in scored.items() if "default" not in k}
        write_svg(args.svg, check, curves)
    for name, split in (
        ("name_pairs_heldout.tsv", "heldout"),
        ("name_pairs_heldout2.tsv", "heldout2"),
        ("name_pairs_heldout3.tsv", "heldout3"),
    ):
        heldout = load_heldout(name)
        table(f"held-out set ({name}, round 3)", heldout, score_all(heldout, scorers))
        per_class(split, name)
    everything = load_press(None)
    table("press set, both halves", everything, score_all(everything, scorers))
    old = load_pairs()
    table("name_variants.tsv (issue 4 set)", old, score_all(old, scorers))
    speed(old + everything, logic_v2, args.v2_sample)
    if args.index:
        index_speed(args)


def index_speed(args: argparse.Namespace) -> None:
    from abydos.phonetic import BeiderMorse

    bm = BeiderMorse()
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
