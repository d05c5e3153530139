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

**Figures** (each size in its own process):

- ``top-1`` / ``top-10`` (strict): the first / any of the first ten candidates is the person or a
  namesake (the same Russian given name and surname); ``false hits``: an absent person's query
  returned any candidate.
- ``top-1 fair``: ``top-1``, except that an ``initials`` query also counts a first candidate the
  query cannot tell apart from the person: the same passport surname and a passport given name
  with the same first letter ("I. Petrou" cannot choose between Ivan and Ihar Petrou).
- ``initials, unambiguous only``: the strict top-1 of the ``initials`` queries whose person is
  the only one (up to namesakes) with that passport surname and initial.
- per kind: top-1, top-10, ``wrong first`` (the first candidate is another person; for ``absent``
  that is a false hit) and ``no answer``, with typo answers (``min_kind=FUZZY``) and without
  (the default ``PHONETIC``).
- lookups/s with every query new to the index (the goal's figure): each distinct mention of the
  mix looked up once, so the index's answer memo never answers; beside it the share of the mix
  that is distinct, lookups/s as shipped over the whole mix (its repeats answered by the memo),
  and ``repeated`` (the whole mix again).  Before the timed lookups a warm-up (not timed with
  them) loads what a process loads once: the lookups of :data:`WARM_UP` and the lexicons and
  romanization tables the stages read (round 6; until then only one name was looked up and
  ~0.25 CPU s of loading at 100k fell inside the timed window).  The garbage collector is left
  as Python leaves it, and the full collections inside the timed window are counted and timed;
  ``--gc freeze`` runs ``gc.collect()`` and ``gc.freeze()`` after the build instead, as a
  service that has loaded its index would.
- build time, peak memory, and the lookup time as the mention grows.

The baseline is ``rapidfuzz.process.extract`` (``token_sort_ratio``, cut-off 85) over the
unidecoded names, on a subset of the queries (it scans the whole directory per query).

**Seeds and halves**: ``--seed`` seeds the directory (which people, which surnames are held out)
and the queries.  The default seed (12, the one of every earlier figure) draws from the whole
lists.  Seed 2026 is a RESAMPLED seed, not held-out data: it reshuffles the same lists (every
given name and patronymic, and about 90 % of its surnames, are in seed 12's directory too), so it
shows how much the figures move with the draw, not how they generalize.  Held-out figures come
from ``--half``: the surname lemmas are split by a hash of the lemma (a man's and a woman's form
stay together) into a ``tune`` and a ``check`` half, and the directory and its absent surnames
are drawn from that half alone; given names and patronymics are shared by both halves.  Read
misses only on the tune half (``--misses N`` prints N missed queries per kind with what was
returned; it refuses anything but ``--half tune``); judge on ``--half check``.

    python benchmarks/bench_index.py --sizes 10000 100000          # table on stdout
    python benchmarks/bench_index.py --sizes 100000 --per-kind 300 --half tune --misses 10
    python benchmarks/bench_index.py --sizes 100000 --per-kind 300 --half check  # held out
    python benchmarks/bench_index.py --sizes 100000 --per-kind 300 --seed 2026   # resampled
    nice python benchmarks/bench_index.py --sizes 1000000 --per-kind 200 --baseline-queries 20
"""

from __future__ import annotations

import argparse
import collections
import functools
import gc
import hashlib
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
TUNE_SEED = 12  #: the seed of every figure before round 4: tune on it, read its misses
RESAMPLED_SEED = 2026  #: the same lists reshuffled (~90 % shared surnames): not held out
HALVES = ("tune", "check")  #: the surname lemmas split by hash: ``--half``


def half_of(lemma: str) -> str:
    """The half (``tune`` or ``check``) of a surname lemma, by a hash of its lower-case form."""
    digest = hashlib.blake2b(lemma.lower().encode("utf-8"), digest_size=1).digest()
    return HALVES[digest[0] % 2]


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


def directory(
    size: int, seed: int = TUNE_SEED, half: str | None = None
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """``size`` people (dicts with ru/be names) and what the absent queries are made from; with
    ``half``, only the surnames of that half (:func:`half_of`)."""
    lists = opencorpora_names()
    rng = random.Random(seed)
    surnames = [s.capitalize() for s in lists["Surn:masc"] if half is None or half_of(s) == half]
    rng.shuffle(surnames)
    held = len(surnames) // 10
    absent_surnames, surnames = surnames[:held], surnames[held:]
    men = [n.capitalize() for n in lists["Name:masc"]]
    women = [n.capitalize() for n in lists["Name:femn"]]
    patronymics = [p.capitalize() for p in lists["Patr:masc"]]
    to_be, given_be = _lexicon_converters()
    # One reading per distinct word (a few tens of thousands), not one per person: the lexicon's
    # own cache is smaller than the lists, and reading 2 million words took 3 of the 5 minutes
    # of a 1M run.  The same function, so the same directory.
    to_be = functools.lru_cache(maxsize=None)(to_be)
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


Query = tuple[str, str, int]  # (kind, mention, person id or -1)


class Judge:
    """What counts as a right answer (the definitions are in the module docstring)."""

    def __init__(self, people: list[dict[str, Any]], qs: list[Query]) -> None:
        self.people = people
        self._passport: dict[int, tuple[str, str]] = {}
        # Who bears each (initial, passport surname) of an initials query, up to namesakes.
        wanted = {self._initials_key(m) for kind, m, _ in qs if kind == "initials"}
        self.bearers: dict[tuple[str, str], set[tuple[str, str]]] = {key: set() for key in wanted}
        for person in people:
            bearers = self.bearers.get(self.passport(person["id"]))
            if bearers is not None:
                bearers.add((person["given"], person["surname"]))

    @staticmethod
    def _initials_key(mention: str) -> tuple[str, str]:
        initial, surname = mention.split(" ", 1)
        return initial[:1], surname

    def passport(self, id_: int) -> tuple[str, str]:
        """The first letter of the person's passport given name, and the passport surname."""
        key = self._passport.get(id_)
        if key is None:
            from belnews import to_latin

            given, surname = to_latin(self.people[id_]["be"], "passport", errors="ignore").split(
                " ", 1
            )
            key = self._passport[id_] = (given[:1], surname)
        return key

    def same(self, a: int, b: int) -> bool:
        """The person, or a namesake (same Russian given name and surname)."""
        pa, pb = self.people[a], self.people[b]
        return a == b or (pa["given"], pa["surname"]) == (pb["given"], pb["surname"])

    def fair(self, query: Query, id_: int) -> bool:
        """:meth:`same`, or for an ``initials`` query a person the query cannot tell apart."""
        kind, mention, target = query
        if self.same(id_, target):
            return True
        return kind == "initials" and self.passport(id_) == self._initials_key(mention)

    def unambiguous(self, query: Query) -> bool:
        """An ``initials`` query whose person is the only bearer of that surname and initial."""
        return len(self.bearers[self._initials_key(query[1])]) <= 1

    def score(self, found: list[list[int]], qs: list[Query]) -> dict[str, Any]:
        """Overall and per-kind figures of one list of answers (ids, best first) per query."""
        rows: dict[str, dict[str, int]] = {}
        fair = unambiguous_top1 = 0
        for query, ids in zip(qs, found, strict=True):
            kind, _, target = query
            row = rows.setdefault(kind, dict.fromkeys(("n", "top1", "top10", "wrong", "none"), 0))
            row["n"] += 1
            if not ids:
                row["none"] += 1
                continue
            if target < 0:
                row["wrong"] += 1  # a false hit
                continue
            top1 = self.same(ids[0], target)
            row["top1"] += top1
            row["top10"] += any(self.same(i, target) for i in ids[:10])
            row["wrong"] += not top1
            fair += self.fair(query, ids[0])
            if kind == "initials" and self.unambiguous(query):
                unambiguous_top1 += top1
        present = [r for k, r in rows.items() if k != "absent"]
        n = max(sum(r["n"] for r in present), 1)
        absent = rows.get("absent", {"n": 0, "wrong": 0})
        initials_n = [q for q in qs if q[0] == "initials"]
        unambiguous_n = sum(self.unambiguous(q) for q in initials_n)
        return {
            "top1": sum(r["top1"] for r in present) / n,
            "top10": sum(r["top10"] for r in present) / n,
            "top1_fair": fair / n,
            "false_hits": absent["wrong"] / max(absent["n"], 1),
            "initials_unambiguous_share": unambiguous_n / max(len(initials_n), 1),
            "initials_unambiguous_top1": unambiguous_top1 / max(unambiguous_n, 1),
            "by_kind": {k: round(r["top1"] / max(r["n"], 1), 3) for k, r in rows.items()},
            "kinds": rows,
        }

    def describe(self, id_: int) -> str:
        person = self.people[id_]
        return f"#{id_} {person['be']} ({person['given']} {person['surname']})"


def _misses(
    judge: Judge, qs: list[Query], answers: list[Any], count: int
) -> dict[str, list[dict[str, Any]]]:
    """Up to ``count`` missed queries per kind (an ``initials`` query only when no candidate the
    query cannot tell apart came first; an absent one when anything came back), with the first
    three answers."""
    out: dict[str, list[dict[str, Any]]] = {}
    for query, candidates in zip(qs, answers, strict=True):
        kind, mention, target = query
        if target < 0:
            missed = bool(candidates)
        else:
            missed = not candidates or not judge.fair(query, candidates[0].id)
        shown = out.setdefault(kind, [])
        if not missed or len(shown) >= count:
            continue
        shown.append(
            {
                "mention": mention,
                "want": judge.describe(target) if target >= 0 else "(absent)",
                "got": [
                    f"{judge.describe(c.id)} as {c.name!r}: {c.match.kind.name} {c.match.score:.2f}"
                    for c in candidates[:3]
                ],
            }
        )
    return out


def run_belnews(
    people: list[dict[str, Any]],
    qs: list[Query],
    judge: Judge,
    misses: int = 0,
    *,
    gc_mode: str = "as-is",
) -> dict[str, Any]:
    from belnews import MatchKind, NameIndex

    entries = [(person["id"], name) for person in people for name in names_of(person)]
    before = _peak_mb()
    start = time.perf_counter()
    cpu = time.process_time()
    index = NameIndex()
    for id_, name in entries:
        index.add(name, id=id_)
    build = time.perf_counter() - start
    build_cpu = time.process_time() - cpu
    memory = _peak_mb() - before
    # The first lookups load the lexicons and tables the rules read (once per process, like an
    # import): timed apart, with names that are in no query (_warm_up).
    start = time.perf_counter()
    _warm_up(index, {m for _, m, _ in qs})
    first_lookup = time.perf_counter() - start
    # The goal's figure: every query new to the index.  Each distinct mention is looked up once
    # (the timed list is deduplicated, so the index's answer memo, empty after the last add,
    # never answers); the repeats of the mix are then looked up as shipped (the memo answers
    # them), and "as shipped" is the whole mix over both times.
    mentions = [m for _, m, _ in qs]
    distinct = list(dict.fromkeys(mentions))
    _clear_memo(index)
    if gc_mode == "freeze":  # as a service would after loading its index (--gc freeze)
        gc.collect()
        gc.freeze()
    collections_seen = _FullCollections()
    gc.callbacks.append(collections_seen)
    start = time.perf_counter()
    cpu = time.process_time()
    first = {m: index.lookup(m, limit=10, min_kind=MatchKind.FUZZY) for m in distinct}
    elapsed = time.perf_counter() - start
    elapsed_cpu = time.process_time() - cpu
    gc.callbacks.remove(collections_seen)
    repeats = [m for m, n in collections.Counter(mentions).items() for _ in range(n - 1)]
    start = time.perf_counter()
    for mention in repeats:
        index.lookup(mention, limit=10, min_kind=MatchKind.FUZZY)
    shipped = len(mentions) / (elapsed + time.perf_counter() - start)
    answers = [first[m] for m in mentions]
    start = time.perf_counter()
    for mention in mentions:  # the same mentions again, as a news archive repeats its names
        index.lookup(mention, limit=10, min_kind=MatchKind.FUZZY)
    repeat = len(qs) / (time.perf_counter() - start)
    found = [[c.id for c in cs] for cs in answers]
    result = judge.score(found, qs)  # type: ignore[arg-type]
    # The same answers without FUZZY (typo) matches, as lookup's default (PHONETIC) gives them.
    strict = [[c.id for c in cs if c.match.kind >= MatchKind.PHONETIC] for cs in answers]
    result["strict"] = judge.score(strict, qs)  # type: ignore[arg-type]
    if misses:
        result["misses"] = _misses(judge, qs, answers, misses)
    growth = _growth(index, [m for k, m, _ in qs if k == "press"][:50])
    return {
        **result,
        "lookups_per_s": len(distinct) / elapsed,
        "lookups_per_cpu_s": len(distinct) / max(elapsed_cpu, 1e-9),
        "warm_up": "round 6",  # the method (see _warm_up); results without it: the first lookup only
        "gc": gc_mode,
        "full_collections": collections_seen.count,
        "full_collections_s": collections_seen.seconds,
        "distinct_share": len(distinct) / max(len(mentions), 1),
        "shipped_per_s": shipped,
        "first_lookup_s": first_lookup,
        "repeat_per_s": repeat,
        "build_s": build,
        "build_cpu_s": build_cpu,
        "memory_mb": memory,
        "growth": growth,
        "names": len(index),
    }


#: The warm-up lookups: one name (Міхал Багдановіч, in no query) as each query kind spells it,
#: so that each stage's first use of a lexicon or table falls before the timed lookups.
WARM_UP = (
    "Міхал Багдановіч",
    "Mikhail Bogdanovich",
    "BAHDANOVICH MIKHAL",
    "Михаила Богдановича",
    "M. Bahdanovich",
    "Mikhal Bahdanvoich",
)


def _warm_up(index: Any, timed: set[str]) -> None:
    """Load what a lookup loads once per process, before the timed lookups (round 6: until
    then only the first name was looked up, and the given-name senses and the romanization
    tables of the typo stage, ~0.25 CPU s, loaded inside the timed window).

    The lookups of :data:`WARM_UP` (none of them a timed query), then the two loads that no
    lookup of them is sure to reach: the given-name senses and the romanizations the typo
    stage types a name in (:func:`belnews.names._index_fast.typed_slip`).  The memo is emptied
    before the timed lookups, so none of these answers is served there."""
    from belnews import MatchKind, to_latin
    from belnews.names.given import given_name_groups

    for mention in WARM_UP:
        if mention not in timed:
            index.lookup(mention, min_kind=MatchKind.FUZZY)
    given_name_groups("Міхал")
    for system, lang in (("passport", "be"), ("bgn-pcgn", "be"), ("passport", "ru"),
                         ("bgn-pcgn", "ru"), ("wikipedia", "ru")):  # fmt: skip
        to_latin("Міхал", system, lang=lang, errors="ignore")


def _warm_up_line(x: dict[str, Any]) -> str:
    """What was loaded before the timed lookups of result ``x``, by the method that ran it (a
    ``--merge``d result of an earlier round looked up one name only)."""
    if x.get("warm_up") == "round 6":
        return (f"warm-up (round 6: the WARM_UP lookups, the given-name senses and the typo "
                f"stage's romanization tables, loaded before the timed lookups; before round 6 "
                f"these loads fell inside them; not in lookups/s): {x['first_lookup_s']:.2f} s")  # fmt: skip
    return (f"first lookup only (the method before round 6: the given-name senses and "
            f"romanization tables loaded inside the timed lookups): {x['first_lookup_s']:.2f} s")  # fmt: skip


class _FullCollections:
    """A ``gc.callbacks`` entry: how many full (generation 2) collections ran, and their time."""

    def __init__(self) -> None:
        self.count = 0
        self.seconds = 0.0
        self._start = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.count += 1
            self.seconds += time.perf_counter() - self._start


def _clear_memo(index: Any) -> None:
    """Empty the index's answer memo, if it has one (a private attribute: looked up softly)."""
    memo = getattr(index, "_memo", None)
    if memo is not None:
        memo.clear()


def _growth(index: Any, mentions: list[str]) -> dict[int, float]:
    """Microseconds per lookup as the mention grows: the name, then N more capitalised words."""
    filler = ["Гэта", "Была", "Звычайная", "Сустрэча", "Ў", "Мінску", "Ля", "Ратушы", "Ўвечары"]
    out = {}
    for extra in (0, 10, 40, 160, 640):
        padded = [
            m + " " + " ".join(filler[i % len(filler)] for i in range(extra)) for m in mentions
        ]
        _clear_memo(index)  # the work of each size, not the memo of the last size's answers
        start = time.perf_counter()
        for mention in padded:
            index.lookup(mention)
        out[extra] = round((time.perf_counter() - start) / len(padded) * 1e6, 1)
    return out


def run_rapidfuzz(
    people: list[dict[str, Any]], qs: list[Query], judge: Judge, count: int
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
    return {**judge.score(found, subset), "lookups_per_s": len(subset) / elapsed,
            "build_s": build, "queries": len(subset)}  # fmt: skip


def calibration() -> float:
    """Nanoseconds per iteration of a plain Python loop: how fast this machine runs Python now
    (so figures from a loaded machine can be compared with a quiet one's)."""
    start = time.process_time()
    total = 0
    for i in range(2_000_000):
        total += i
    return (time.process_time() - start) / 2_000_000 * 1e9


def one_size(
    size: int,
    per_kind: int,
    baseline: int,
    *,
    seed: int = TUNE_SEED,
    misses: int = 0,
    half: str | None = None,
    gc_mode: str = "as-is",
) -> dict[str, Any]:
    start = time.perf_counter()
    people, absent = directory(size, seed, half)
    qs = queries(people, absent, per_kind, seed - 7)  # the tune seed's queries are seed 5
    made = time.perf_counter() - start
    base = _peak_mb()
    result: dict[str, Any] = {"size": size, "seed": seed, "half": half, "queries": len(qs), "generate_s": made, "base_mb": base,
              "calibration_ns": calibration()}  # fmt: skip
    judge = Judge(people, qs)
    result["belnews"] = run_belnews(people, qs, judge, misses, gc_mode=gc_mode)
    result["belnews"]["peak_mb"] = _peak_mb()
    result["initials_ceiling"] = result["belnews"]["initials_unambiguous_share"]
    if baseline:
        result["rapidfuzz"] = run_rapidfuzz(people, qs, judge, baseline)
    return result


# --- the report -------------------------------------------------------------------------------


def _seed_label(result: dict[str, Any]) -> str:
    """The seed column: ``12``, ``2026 resampled``, ``12 check half``."""
    seed, half = result.get("seed", TUNE_SEED), result.get("half")
    if half is not None:
        return f"{seed} {half} half"
    return f"{seed} resampled" if seed != TUNE_SEED else str(seed)


def _label(lib: str) -> str:
    return "belnews, min_kind=FUZZY" if lib == "belnews" else lib


def _repeat(x: dict[str, Any]) -> str:
    return f" ({x['repeat_per_s']:,.0f} repeated)" if "repeat_per_s" in x else ""


def table(results: list[dict[str, Any]]) -> str:
    rows = [
        "| people | seed | library | top-1 | top-1 fair | top-10 | false hits | lookups/s (new) | "
        "build s | memory MB |",
        "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    strict_rows = []
    for r in results:
        seed = _seed_label(r)
        for lib in ("belnews", "rapidfuzz"):
            x = r.get(lib)
            if x is None:
                continue
            memory = f"{x['memory_mb']:.0f} (peak {x['peak_mb']:.0f})" if lib == "belnews" else "-"
            fair = f"{x['top1_fair']:.3f}" if "top1_fair" in x else "-"
            rows.append(
                f"| {r['size']:,} | {seed} | {_label(lib)} | {x['top1']:.3f} | {fair} | "
                f"{x['top10']:.3f} | {x['false_hits']:.2%} | {x['lookups_per_s']:,.0f}{_repeat(x)} | "
                f"{x['build_s']:.1f} | {memory} |"
            )
            if "strict" in x:
                y = x["strict"]
                strict_rows.append(
                    f"| {r['size']:,} | {seed} | belnews, default (no typo answers) | "
                    f"{y['top1']:.3f} | {y['top1_fair']:.3f} | {y['top10']:.3f} | "
                    f"{y['false_hits']:.2%} | (same run) | | |"
                )
    return "\n".join(rows + strict_rows)


def kinds_table(result: dict[str, Any]) -> str:
    """Per kind, typo answers on / default: top-1, top-10, wrong first, no answer."""
    x, y = result["belnews"], result["belnews"].get("strict")
    if "kinds" not in x or y is None:
        return ""
    rows = [
        "| kind | queries | top-1 | top-10 | wrong first | no answer |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for kind, row in x["kinds"].items():
        other = y["kinds"][kind]
        cells = [
            f"{row[k] / max(row['n'], 1):.3f} / {other[k] / max(other['n'], 1):.3f}"
            for k in ("top1", "top10", "wrong", "none")
        ]
        if kind == "absent":
            cells[0] = cells[1] = "-"
        rows.append(f"| {kind} | {row['n']} | " + " | ".join(cells) + " |")
    initials = (
        f"initials, unambiguous only (typo on / default): {x['initials_unambiguous_top1']:.3f} / "
        f"{y['initials_unambiguous_top1']:.3f} top-1 on the {x['initials_unambiguous_share']:.3f} "
        "of initials queries whose person is the only bearer of that surname and initial"
    )
    return "\n".join(rows) + "\n\n" + initials


def print_misses(result: dict[str, Any]) -> None:
    misses = result["belnews"].get("misses")
    if not misses:
        return
    for kind, shown in misses.items():
        if not shown:
            continue
        print(f"\n### {result['size']:,} people, seed {_seed_label(result)}: missed {kind} queries")
        for miss in shown:
            got = "; ".join(miss["got"]) or "nothing"
            print(f"- {miss['mention']!r}: want {miss['want']}; got {got}")


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
    parser.add_argument(
        "--seed", type=int, default=TUNE_SEED,
        help=f"directory and query seed: {TUNE_SEED} (default); {RESAMPLED_SEED} resamples the "
             "same lists (not held out)",
    )  # fmt: skip
    parser.add_argument("--half", choices=HALVES, help="only this half of the surname lemmas: "
                        "tune (misses may be read) or check (held out)")  # fmt: skip
    parser.add_argument("--misses", type=int, default=0, metavar="N",
                        help="print N missed queries per kind with what was returned")  # fmt: skip
    parser.add_argument("--gc", choices=("as-is", "freeze"), default="as-is", dest="gc_mode",
                        help="freeze: gc.collect() and gc.freeze() after the build, before the "
                             "timed lookups (as a service would); as-is (default): the collector "
                             "as Python leaves it")  # fmt: skip
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--merge", type=Path, nargs="*", default=[], help="earlier --json files")
    parser.add_argument("--plot", type=Path, help="draw the figures into this image (matplotlib)")
    args = parser.parse_args(argv)
    if args.misses and args.half != "tune":
        parser.error("--misses prints only the tune half's misses (--half tune): the other "
                     "directories hold check-half surnames")  # fmt: skip
    if args.one:
        result = one_size(args.sizes[0], args.per_kind, args.baseline_queries, seed=args.seed,
                          misses=args.misses, half=args.half, gc_mode=args.gc_mode)  # fmt: skip
        print(json.dumps(result))
        return 0
    opencorpora_names()  # build the cache once, outside the timed processes
    results = [r for path in args.merge for r in json.loads(path.read_text(encoding="utf-8"))]
    for size in args.sizes if not args.merge else []:
        command = [sys.executable, __file__, "--one", "--sizes", str(size),
                   "--per-kind", str(args.per_kind), "--baseline-queries", str(args.baseline_queries),
                   "--seed", str(args.seed), "--misses", str(args.misses),
                   "--gc", args.gc_mode]  # fmt: skip
        command += ["--half", args.half] if args.half else []
        out = subprocess.run(command, capture_output=True, text=True, check=True)
        result = json.loads(out.stdout.strip().splitlines()[-1])
        result["load"] = os.getloadavg()[0]
        results.append(result)
        print(json.dumps({k: v for k, v in result.items() if k != "belnews"}), file=sys.stderr)
    print(table(results))
    for r in results:
        x = r["belnews"]
        print(f"\n{r['size']:,} people, seed {_seed_label(r)}, load {r['load']:.1f}: "
              f"µs per lookup by extra words {x['growth']}")  # fmt: skip
        if "lookups_per_cpu_s" in x:
            print(f"CPU time: {x['lookups_per_cpu_s']:,.0f} lookups per CPU second, "
                  f"build {x['build_cpu_s']:.1f} CPU s")  # fmt: skip
        if "full_collections" in x:
            print(f"garbage collector {x['gc']}"
                  + (" (gc.collect() and gc.freeze() after the build)" if x["gc"] == "freeze" else "")
                  + f": {x['full_collections']} full collection(s) in the timed lookups, "
                  f"{x['full_collections_s']:.2f} s")  # fmt: skip
        if "shipped_per_s" in x:
            print(f"lookups/s: {x['lookups_per_s']:,.0f} with every query new to the index (the "
                  f"{x['distinct_share']:.3f} of the mix that is distinct, each looked up once: "
                  f"the goal's figure); {x['shipped_per_s']:,.0f} as shipped over the whole mix "
                  f"(its repeats answered by the index's memo)")  # fmt: skip
        if "first_lookup_s" in x:
            print(_warm_up_line(x))
        table_of_kinds = kinds_table(r)
        if table_of_kinds:
            print("\n" + table_of_kinds)
        else:
            print(f"by kind {x['by_kind']}")
        print(f"Python loop {r['calibration_ns']:.0f} ns/iteration")
        print_misses(r)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    if args.plot:
        plot(results, args.plot)
    return 0


if __name__ == "__main__":
    sys.exit(main())
