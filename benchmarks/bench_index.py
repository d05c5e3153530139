"""NameIndex at 10k / 100k / 1M people from real name lists, against a rapidfuzz baseline.

**The directory** (deterministic, seeded): given names, surnames and patronymics are the lemmas
tagged Name / Surn / Patr in the OpenCorpora dictionary shipped as ``pymorphy3-dicts-ru``
(CC BY-SA 3.0; read through ``pymorphy3``'s dictionary, cached once in
``~/.cache/belnews-bench/opencorpora_names.json``).  Each person gets a Russian name (women's
surnames and patronymics made from the men's: -ов/-ова, -ский/-ская, -ович/-овна), a Belarusian
form (given names through belnews' given-name table; other words through
``belnews.names.surnames.belarusian_surname`` when the lexicon provides it, else the approximate
rules in :func:`belarusian`), and is filed under the Belarusian name, plus (seeded coin flips)
the Russian full name with patronymic and the passport romanization.  10 % of the surnames are
held out: people who are not in the index are made from them, or from an indexed surname with a
given name that no indexed bearer of it has.

**Queries**: other spellings of indexed people - ``press`` (Russian name in English press
romanization), ``passport`` (``SURNAME GIVEN``), ``russian`` (Cyrillic), ``inflected`` (Russian
genitive, by pymorphy3), ``initials`` (``I. Surname``), ``typo`` (one letter of the surname
changed, dropped or doubled in the passport spelling) - and absent people.

**Figures**: top-1 / top-10 accuracy (a candidate counts when it is the person or a namesake with
the same given name and surname), false hits (any candidate for an absent person), lookups/s,
build time, peak memory (each size in its own process), and the lookup time as the mention grows.
The baseline is ``rapidfuzz.process.extract`` (``token_sort_ratio``, cut-off 85) over the
unidecoded names, on a subset of the queries (it scans the whole directory per query).

    python benchmarks/bench_index.py --sizes 10000 100000          # table on stdout
    nice python benchmarks/bench_index.py --sizes 1000000 --baseline-queries 50
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

CACHE = Path(os.path.expanduser("~/.cache/belnews-bench/opencorpora_names.json"))
KINDS = ("press", "passport", "russian", "inflected", "initials", "typo")


# --- the name lists ---------------------------------------------------------------------------


def opencorpora_names() -> dict[str, list[str]]:
    """Lemmas tagged Name/Surn/Patr (masc/femn) in OpenCorpora, cached after the first run."""
    if CACHE.exists():
        return json.loads(CACHE.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
    import pymorphy3

    dictionary = pymorphy3.MorphAnalyzer().dictionary
    wanted: dict[int, str] = {}
    for pid in range(len(dictionary.paradigms)):
        tag = str(dictionary.build_tag_info(pid, 0))
        for grammeme in ("Surn", "Name", "Patr"):
            if grammeme in tag:
                wanted[pid] = f"{grammeme}:{'femn' if 'femn' in tag else 'masc'}"
    out: dict[str, set[str]] = {}
    for word, (pid, idx) in dictionary.words.iteritems():
        if idx == 0 and pid in wanted:
            out.setdefault(wanted[pid], set()).add(word)
    lists = {key: sorted(words) for key, words in out.items()}
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    CACHE.write_text(json.dumps(lists, ensure_ascii=False), encoding="utf-8")
    return lists


def feminine(surname: str) -> str:
    for masc, fem in (("ский", "ская"), ("цкий", "цкая"), ("ой", "ая"), ("ый", "ая"), ("ий", "яя")):
        if surname.endswith(masc):
            return surname[: -len(masc)] + fem
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    return surname


def patronymic_feminine(patronymic: str) -> str:
    for masc, fem in (("ович", "овна"), ("евич", "евна"), ("ич", "ична")):
        if patronymic.endswith(masc):
            return patronymic[: -len(masc)] + fem
    return patronymic


_BE_ENDINGS = (
    ("ский", "скі"), ("цкий", "цкі"), ("ская", "ская"), ("ов", "оў"), ("ев", "еў"), ("ёв", "ёў"),
    ("енко", "енка"), ("ко", "ка"), ("ий", "і"), ("ый", "ы"),
)  # fmt: skip


def belarusian(word: str) -> str:
    """An approximate Belarusian form of a Russian name word (when the lexicon has none):
    its ending (-ов/-оў, -ский/-скі, -енко/-енка), и/і, щ/шч, ъ/', unstressed о/а after the
    first syllable, р hard before я/е/ю."""
    low = word.lower()
    for ru, be in _BE_ENDINGS:
        if low.endswith(ru):
            low = low[: -len(ru)] + "\0" + be
            break
    head, _, tail = low.partition("\0")
    first = next((i for i, c in enumerate(head) if c in "аеёиоуыэюя"), len(head))
    head = head[: first + 1] + head[first + 1 :].replace("о", "а")
    low = (head + tail).replace("и", "і").replace("щ", "шч").replace("ъ", "'")
    low = low.replace("ря", "ра").replace("ре", "рэ").replace("рю", "ру")
    return low[:1].upper() + low[1:]


def _lexicon_converters() -> tuple[Callable[[str], str], dict[str, str]]:
    from belnews.names.lexicon import given_names

    given_be = {}
    for group in given_names().values():
        for ru in group.ru:
            given_be[ru] = group.be[0]
    try:
        from belnews.names.surnames import belarusian_surname  # type: ignore[import-not-found]
    except ImportError:
        return belarusian, given_be
    return belarusian_surname, given_be  # type: ignore[no-any-return]


# --- the directory and the queries ------------------------------------------------------------


def directory(size: int, seed: int = 12) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """``size`` people (dicts with ru/be names) and what the absent queries are made from."""
    lists = opencorpora_names()
    rng = random.Random(seed)
    surnames = [s.capitalize() for s in lists["Surn:masc"]]
    rng.shuffle(surnames)
    held = len(surnames) // 10
    absent_surnames, surnames = surnames[:held], surnames[held:]
    men = [n.capitalize() for n in lists["Name:masc"]]
    women = [n.capitalize() for n in lists["Name:femn"]]
    patronymics = [p.capitalize() for p in lists["Patr:masc"]]
    to_be, given_be = _lexicon_converters()
    people, seen = [], set()
    while len(people) < size:
        woman = rng.random() < 0.45
        given = rng.choice(women if woman else men)
        surname = rng.choice(surnames)
        patronymic = rng.choice(patronymics)
        if woman:
            surname, patronymic = feminine(surname), patronymic_feminine(patronymic)
        if (given, surname, patronymic) in seen:
            continue
        seen.add((given, surname, patronymic))
        be_given = given_be.get(given) or to_be(given)
        people.append(
            {
                "id": len(people),
                "given": given,
                "surname": surname,
                "patronymic": patronymic,
                "be": f"{be_given} {to_be(surname)}",
                "extra": (rng.random() < 0.5, rng.random() < 0.3),
            }
        )
    return people, {"surnames": absent_surnames, "men": men, "women": women}


def names_of(person: dict[str, Any]) -> list[str]:
    from belnews import to_latin

    names = [person["be"]]
    with_ru, with_passport = person["extra"]
    if with_ru:
        names.append(f"{person['surname']} {person['given']} {person['patronymic']}")
    if with_passport:
        names.append(to_latin(person["be"], "passport", errors="ignore"))
    return names


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(2, max(3, len(word) - 1))
    how = rng.choice(("swap", "drop", "double"))
    if how == "drop":
        return word[:i] + word[i + 1 :]
    if how == "double":
        return word[:i] + word[i] + word[i:]
    return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]


def _mention(
    kind: str, person: dict[str, Any], rng: random.Random, genitive: Callable[[str], str]
) -> str:
    from belnews import to_latin

    ru = f"{person['given']} {person['surname']}"
    given_lat, surname_lat = to_latin(person["be"], "passport", errors="ignore").split(" ", 1)
    if kind == "press":
        return to_latin(ru, "wikipedia", lang="ru", errors="ignore")
    if kind == "passport":
        return f"{surname_lat.upper()} {given_lat.upper()}"
    if kind == "russian":
        return ru
    if kind == "inflected":
        return f"{genitive(person['given'])} {genitive(person['surname'])}"
    if kind == "initials":
        return f"{given_lat[0]}. {surname_lat}"
    return f"{given_lat} {_typo(surname_lat, rng)}"


def queries(
    people: list[dict[str, Any]], absent: dict[str, Any], count: int, seed: int = 5
) -> list[tuple[str, str, int]]:
    """(kind, mention, person id or -1) - ``count`` per kind, plus ``count`` absent."""
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    rng = random.Random(seed)

    def genitive(word: str) -> str:
        form = morph.parse(word.lower())[0].inflect({"gent"})
        return form.word.capitalize() if form else word

    out = []
    for kind in KINDS:
        for person in rng.sample(people, count):
            out.append((kind, _mention(kind, person, rng, genitive), person["id"]))
    indexed = {}
    for person in people:
        indexed.setdefault(person["surname"], set()).add(person["given"][0])
    surnames = sorted(indexed)
    for i in range(count):
        woman = rng.random() < 0.45
        given = rng.choice(absent["women"] if woman else absent["men"])
        if i % 2:  # an indexed surname, a given name no bearer of it has (not even its initial)
            surname = rng.choice(surnames)
            pool = [g for g in (absent["women"] if woman else absent["men"])
                    if g[0] not in indexed[surname]]  # fmt: skip
            if not pool:
                continue
            given = rng.choice(pool)
        else:
            surname = rng.choice(absent["surnames"])
            surname = feminine(surname) if woman else surname
        out.append(("absent", f"{given} {surname}", -1))
    return out


# --- one size, measured in its own process ----------------------------------------------------


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _same(people: list[dict[str, Any]], a: int, b: int) -> bool:
    pa, pb = people[a], people[b]
    return a == b or (pa["given"], pa["surname"]) == (pb["given"], pb["surname"])


def _score(
    people: list[dict[str, Any]], found: list[list[int]], qs: list[tuple[str, str, int]]
) -> dict[str, Any]:
    per_kind: dict[str, list[int]] = {}
    for (kind, _, target), ids in zip(qs, found, strict=True):
        row = per_kind.setdefault(kind, [0, 0, 0])
        row[0] += 1
        if target < 0:
            row[1] += bool(ids)  # a false hit
            continue
        row[1] += bool(ids) and _same(people, ids[0], target)
        row[2] += any(_same(people, i, target) for i in ids[:10])
    present = [r for k, r in per_kind.items() if k != "absent"]
    n = sum(r[0] for r in present)
    absent = per_kind.get("absent", [0, 0, 0])
    return {
        "top1": sum(r[1] for r in present) / max(n, 1),
        "top10": sum(r[2] for r in present) / max(n, 1),
        "false_hits": absent[1] / max(absent[0], 1),
        "by_kind": {k: round(r[1] / max(r[0], 1), 3) for k, r in per_kind.items()},
    }


def run_belnews(people: list[dict[str, Any]], qs: list[tuple[str, str, int]]) -> dict[str, Any]:
    from belnews import MatchKind, NameIndex

    entries = [(person["id"], name) for person in people for name in names_of(person)]
    before = _peak_mb()
    start = time.perf_counter()
    index = NameIndex()
    for id_, name in entries:
        index.add(name, id=id_)
    build = time.perf_counter() - start
    memory = _peak_mb() - before
    # The first lookup loads the lexicons the rules read (once per process, like an import):
    # timed apart, with a name that is in no query.
    start = time.perf_counter()
    index.lookup("Міхал Багдановіч", min_kind=MatchKind.FUZZY)
    first_lookup = time.perf_counter() - start
    start = time.perf_counter()
    answers = [index.lookup(m, limit=10, min_kind=MatchKind.FUZZY) for _, m, _ in qs]
    elapsed = time.perf_counter() - start
    start = time.perf_counter()
    for _, mention, _ in qs:  # the same mentions again, as a news archive repeats its names
        index.lookup(mention, limit=10, min_kind=MatchKind.FUZZY)
    repeat = len(qs) / (time.perf_counter() - start)
    found = [[c.id for c in cs] for cs in answers]
    result = _score(people, found, qs)  # type: ignore[arg-type]
    # The same answers without FUZZY (typo) matches, as lookup's default (PHONETIC) gives them.
    strict = [[c.id for c in cs if c.match.kind >= MatchKind.PHONETIC] for cs in answers]
    result["strict"] = _score(people, strict, qs)  # type: ignore[arg-type]
    growth = _growth(index, [m for k, m, _ in qs if k == "press"][:50])
    return {
        **result,
        "lookups_per_s": len(qs) / elapsed,
        "first_lookup_s": first_lookup,
        "repeat_per_s": repeat,
        "build_s": build,
        "memory_mb": memory,
        "growth": growth,
        "names": len(index),
    }


def _growth(index: Any, mentions: list[str]) -> dict[int, float]:
    """Microseconds per lookup as the mention grows: the name, then N more capitalised words."""
    filler = ["Гэта", "Была", "Звычайная", "Сустрэча", "Ў", "Мінску", "Ля", "Ратушы", "Ўвечары"]
    out = {}
    for extra in (0, 10, 40, 160, 640):
        padded = [
            m + " " + " ".join(filler[i % len(filler)] for i in range(extra)) for m in mentions
        ]
        index._memo.clear()  # the work of each size, not the memo of the last size's answers
        start = time.perf_counter()
        for mention in padded:
            index.lookup(mention)
        out[extra] = round((time.perf_counter() - start) / len(padded) * 1e6, 1)
    return out


def run_rapidfuzz(
    people: list[dict[str, Any]], qs: list[tuple[str, str, int]], count: int
) -> dict[str, Any]:
    from rapidfuzz import fuzz, process
    from unidecode import unidecode

    start = time.perf_counter()
    choices, owners = [], []
    for person in people:
        for name in names_of(person):
            choices.append(unidecode(name).lower())
            owners.append(person["id"])
    build = time.perf_counter() - start
    rng = random.Random(3)
    subset = rng.sample(qs, min(count, len(qs)))
    start = time.perf_counter()
    found = []
    for _, mention, _ in subset:
        hits = process.extract(
            unidecode(mention).lower(), choices, scorer=fuzz.token_sort_ratio, limit=10,
            score_cutoff=85,
        )  # fmt: skip
        found.append([owners[i] for _, _, i in hits])
    elapsed = time.perf_counter() - start
    return {**_score(people, found, subset), "lookups_per_s": len(subset) / elapsed,
            "build_s": build, "queries": len(subset)}  # fmt: skip


def initials_ceiling(people: list[dict[str, Any]], qs: list[tuple[str, str, int]]) -> float:
    """The share of ``initials`` queries that are unambiguous: their person is the only one with
    that passport surname and given-name letter (for the others any index guesses among
    several people, unless it ranks some spellings above others)."""
    from belnews import to_latin

    bearers: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for person in people:
        given, surname = to_latin(person["be"], "passport", errors="ignore").split(" ", 1)
        bearers.setdefault((given[:1], surname), set()).add((person["given"], person["surname"]))
    wanted = [m for kind, m, _ in qs if kind == "initials"]
    alone = sum(len(bearers.get((m[:1], m.split(" ", 1)[1]), ())) <= 1 for m in wanted)
    return alone / max(len(wanted), 1)


def calibration() -> float:
    """Nanoseconds per iteration of a plain Python loop: how fast this machine runs Python now
    (so figures from a loaded machine can be compared with a quiet one's)."""
    start = time.process_time()
    total = 0
    for i in range(2_000_000):
        total += i
    return (time.process_time() - start) / 2_000_000 * 1e9


def one_size(size: int, per_kind: int, baseline: int) -> dict[str, Any]:
    start = time.perf_counter()
    people, absent = directory(size)
    qs = queries(people, absent, per_kind)
    made = time.perf_counter() - start
    base = _peak_mb()
    result = {"size": size, "queries": len(qs), "generate_s": made, "base_mb": base,
              "calibration_ns": calibration()}  # fmt: skip
    result["belnews"] = run_belnews(people, qs)
    result["belnews"]["peak_mb"] = _peak_mb()
    result["initials_ceiling"] = initials_ceiling(people, qs)
    if baseline:
        result["rapidfuzz"] = run_rapidfuzz(people, qs, baseline)
    return result


# --- the report -------------------------------------------------------------------------------


def _label(lib: str) -> str:
    return "belnews, min_kind=FUZZY" if lib == "belnews" else lib


def _repeat(x: dict[str, Any]) -> str:
    return f" ({x['repeat_per_s']:,.0f} repeated)" if "repeat_per_s" in x else ""


def table(results: list[dict[str, Any]]) -> str:
    rows = [
        "| people | library | top-1 | top-10 | false hits | lookups/s | build s | memory MB |",
        "|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    strict_rows = []
    for r in results:
        for lib in ("belnews", "rapidfuzz"):
            x = r.get(lib)
            if x is None:
                continue
            memory = f"{x['memory_mb']:.0f} (peak {x['peak_mb']:.0f})" if lib == "belnews" else "-"
            rows.append(
                f"| {r['size']:,} | {_label(lib)} | {x['top1']:.3f} | {x['top10']:.3f} | "
                f"{x['false_hits']:.2%} | {x['lookups_per_s']:,.0f}{_repeat(x)} | {x['build_s']:.1f} | "
                f"{memory} |"
            )
            if "strict" in x:
                y = x["strict"]
                strict_rows.append(
                    f"| {r['size']:,} | belnews, default (no typo answers) | {y['top1']:.3f} | "
                    f"{y['top10']:.3f} | {y['false_hits']:.2%} | (same run) | | |"
                )
    return "\n".join(rows + strict_rows)


def plot(results: list[dict[str, Any]], path: Path) -> None:
    """Two panels: lookups/s and top-1 by directory size (belnews, rapidfuzz); microseconds per
    lookup as the mention grows."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, middle, right) = plt.subplots(1, 3, figsize=(12, 3.6))
    sizes = [r["size"] for r in results]
    for lib, style in (("belnews", "o-"), ("rapidfuzz", "s--")):
        rows = [r[lib] for r in results if lib in r]
        if rows:
            left.plot(sizes[: len(rows)], [x["lookups_per_s"] for x in rows], style, label=lib)
            middle.plot(sizes[: len(rows)], [x["top1"] for x in rows], style, label=lib)
    left.set(xscale="log", yscale="log", xlabel="people indexed", ylabel="lookups/s")
    middle.set(xscale="log", xlabel="people indexed", ylabel="top-1 accuracy", ylim=(0, 1))
    for r in results:
        growth = r["belnews"]["growth"]
        right.plot([int(k) for k in growth], list(growth.values()), "o-", label=f"{r['size']:,}")
    right.set(xscale="symlog", xlabel="extra words in the mention", ylabel="µs per lookup")
    for axis in (left, middle, right):
        axis.legend(fontsize=8)
        axis.grid(alpha=0.3)
    fig.suptitle("NameIndex on directories of real names (bench_index.py)")
    fig.tight_layout()
    fig.savefig(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--per-kind", type=int, default=1000, help="queries per kind")
    parser.add_argument("--baseline-queries", type=int, default=300)
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--merge", type=Path, nargs="*", default=[], help="earlier --json files")
    parser.add_argument("--plot", type=Path, help="draw the figures into this image (matplotlib)")
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one_size(args.sizes[0], args.per_kind, args.baseline_queries)))
        return 0
    opencorpora_names()  # build the cache once, outside the timed processes
    results = [r for path in args.merge for r in json.loads(path.read_text(encoding="utf-8"))]
    for size in args.sizes if not args.merge else []:
        command = [sys.executable, __file__, "--one", "--sizes", str(size),
                   "--per-kind", str(args.per_kind), "--baseline-queries", str(args.baseline_queries)]  # fmt: skip
        out = subprocess.run(command, capture_output=True, text=True, check=True)
        result = json.loads(out.stdout.strip().splitlines()[-1])
        result["load"] = os.getloadavg()[0]
        results.append(result)
        print(json.dumps(result), file=sys.stderr)
    print(table(results))
    for r in results:
        print(f"\n{r['size']:,} people, load {r['load']:.1f}: by kind {r['belnews']['by_kind']}; "
              f"µs per lookup by extra words {r['belnews']['growth']}")  # fmt: skip
        if "first_lookup_s" in r["belnews"]:
            print(f"first lookup (loads the lexicons, not in lookups/s): "
                  f"{r['belnews']['first_lookup_s']:.2f} s")  # fmt: skip
        if "initials_ceiling" in r:
            print(f"initials: {r['initials_ceiling']:.3f} unambiguous (one bearer of that "
                  f"surname and initial; the rest are a guess for any index); Python loop {r['calibration_ns']:.0f} ns/iteration")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    if args.plot:
        plot(results, args.plot)
    return 0


if __name__ == "__main__":
    sys.exit(main())
