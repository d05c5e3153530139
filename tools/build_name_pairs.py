"""Build ``tests/data/name_pairs_press.tsv``: the second name-matching dev set (issue 11).

Input (hand-transcribed, each form with the page or list it was read from):

- ``tests/data/name_pairs_press_forms.tsv``: ``person``, ``form`` (exactly as printed),
  ``lang`` (the convention of the spelling: ``be``/``ru``/``uk`` Cyrillic, ``en-be``/``en-ru``
  English press or sanctions lists from the Belarusian or the Russian form, ``pl``, ``de``,
  ``lt``, ``cs``, ``sl``, ``it``, ``pt`` press), ``case`` (``nom`` or the grammatical case
  printed), ``source``;
- ``tests/data/name_pairs_press_relations.tsv``: pairs of *different* people who are easy to
  confuse (``parent_child``, ``spouse``, ``sibling``, ``namesake``, ``same_given_name``,
  ``different_person``), with the evidence.

Output rows: every pair of two forms of one person (label 1) and every pair of forms of two
related people (label 0, at most ``NEGATIVES_PER_RELATION`` per relation, chosen by a hash), each
with its failure ``class`` (what a matcher has to bridge), both person ids, both sources and the
``split``.  The split is made ONCE, by a hash of the person's family (the id up to its first
``_``), so that a family's pairs - positives and hard negatives alike - land on one side:
``tune`` (used to develop the matcher) or ``check`` (only measured).

    python tools/build_name_pairs.py          # rewrites tests/data/name_pairs_press.tsv
    python tools/build_name_pairs.py --heldout
    python tools/build_name_pairs.py --heldout 2
    python tools/build_name_pairs.py --heldout 3

``--heldout`` builds ``tests/data/name_pairs_heldout.tsv`` from ``name_pairs_heldout_forms.tsv``
and ``name_pairs_heldout_relations.tsv`` the same way, every row with the split ``heldout``, with
one difference: that set also has lone surnames (Lukašenku, Cichanovskej), which name a whole
family, so its hard negatives pair only forms that carry a given name on both sides.  It is a
third set, collected in round 3 from pages no earlier set used (German, Austrian, Dutch, Czech,
Slovak, Slovenian, Croatian, Bosnian, Polish, Romanian, Portuguese press and wikis), and only
measured.  ``--heldout 2`` builds ``name_pairs_heldout2.tsv`` (split ``heldout2``): a second
batch, collected after the round-3 rules were frozen; ``--heldout 3`` a third, collected after the
last round-3 rule and measured once.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import itertools
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
NEGATIVES_PER_RELATION = 12
_CYRILLIC_LANGS = {"be", "ru", "uk"}
_FOREIGN = {"pl", "de", "lt", "cs", "sl", "it", "pt", "fr", "nl", "sk", "hr", "bs", "ro"}
_PATRONYMIC_ENDS = ("vich", "vič", "wicz", "witsch", "vna", "auna", "wna", "ovna", "evna")


def _hash(text: str) -> int:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:8], 16)


def split_of(person: str) -> str:
    """``tune`` or ``check``, by a hash of the person's family id (fixed once)."""
    family = person.split("_", 1)[0]
    return "check" if _hash(family) % 2 else "tune"


def _has_patronymic(form: str) -> bool:
    words = [w.strip(",").lower() for w in form.split()]
    return len(words) >= 3 and any(w.endswith(_PATRONYMIC_ENDS) for w in words)


def pair_class(a: dict[str, str], b: dict[str, str]) -> str:
    """The failure class of a positive pair: what a matcher must bridge to link it."""
    if a["case"] != "nom" or b["case"] != "nom":
        return "inflected"
    if _has_patronymic(a["form"]) != _has_patronymic(b["form"]) or (
        _has_patronymic(a["form"]) and _has_patronymic(b["form"])
    ):
        return "patronymic"
    langs = {a["lang"], b["lang"]}
    if langs & _FOREIGN:
        return "foreign_press"
    if len(langs & _CYRILLIC_LANGS) == 1 and len(langs) == 2:
        return "script"
    if {"en-be", "en-ru"} <= langs or {"be", "ru"} <= langs:
        return "cross_language"
    return "same_convention"


def build(stem: str = "name_pairs_press", *, heldout: bool = False) -> list[dict[str, str]]:
    with (DATA / f"{stem}_forms.tsv").open(encoding="utf-8") as f:
        forms = list(csv.DictReader(f, delimiter="\t"))
    with (DATA / f"{stem}_relations.tsv").open(encoding="utf-8") as f:
        relations = list(csv.DictReader(f, delimiter="\t"))
    by_person: dict[str, list[dict[str, str]]] = {}
    for row in forms:
        by_person.setdefault(row["person"], []).append(row)
    rows: list[dict[str, str]] = []
    for person, items in by_person.items():
        for a, b in itertools.combinations(items, 2):
            split = stem.removeprefix("name_pairs_") if heldout else split_of(person)
            rows.append(_row(a, b, "1", pair_class(a, b), split))
    for rel in relations:
        cross = [
            (a, b)
            for a, b in itertools.product(by_person[rel["person_a"]], by_person[rel["person_b"]])
            if not heldout or (_words(a["form"]) > 1 and _words(b["form"]) > 1)
        ]
        cross.sort(key=lambda ab: _hash(ab[0]["form"] + "\t" + ab[1]["form"]))
        pair = min(rel["person_a"], rel["person_b"])
        side = stem.removeprefix("name_pairs_") if heldout else split_of(pair)
        for a, b in cross[:NEGATIVES_PER_RELATION]:
            rows.append(_row(a, b, "0", rel["relation"], side))
    return rows


def _words(form: str) -> int:
    return len(form.replace(",", " ").split())


def _row(a: dict[str, str], b: dict[str, str], label: str, kind: str, split: str) -> dict[str, str]:
    return {
        "a": a["form"],
        "b": b["form"],
        "label": label,
        "class": kind,
        "person_a": a["person"],
        "person_b": b["person"],
        "split": split,
        "source": f"{a['source']} | {b['source']}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--heldout",
        nargs="?",
        const="",
        help="build name_pairs_heldout.tsv (--heldout N: name_pairs_heldoutN.tsv)",
    )
    args = parser.parse_args()
    heldout = args.heldout is not None
    stem = f"name_pairs_heldout{args.heldout}" if heldout else "name_pairs_press"
    rows = build(stem, heldout=heldout)
    out = DATA / f"{stem}.tsv"
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{out}: {len(rows)} rows")


if __name__ == "__main__":
    main()
