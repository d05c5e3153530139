"""Measure ``find_names`` on real Belarusian sentences whose person names are labelled.

Data (``../shared/data/ud_belarusian``, UD_Belarusian-HSE, CC BY-SA 4.0): the 2,697 sentences of
``ud_sentences.txt`` and the proper-noun forms of ``propn_forms.tsv`` with their ``NameType``.
The labels are per form, not per token, so a word is scored only where its form has one reading:

- a **person word**: every row of its form says ``NameType`` Giv, Sur, Pat or Prs;
- a **non-person word**: a capitalised word no proper-noun row lists (a sentence's first word, a
  common noun), or a form whose every row says Geo, Com, Oth or Pro;
- a form with no ``NameType`` (Beyonce), or with a person and a non-person reading, is not scored;
  nor is a Latin word no proper-noun row lists: the treebank tags such words as foreign, names
  among them ("Michael Renov").

A **gold name** is a run of person words next to each other (Кэтрын Эштан; А. Лукашэнка).
Scores, per split (``--part tune``: dev and train-2019, ``check``: test, ``all``):

- *recall*: gold names of two or more words (``full``) and of one word (``single``: a lone
  surname or given name) that a mention overlaps;
- *precision*: mentions whose every scored word is a person word (a mention with an unscored word
  counts only by its scored ones; one with none is left out and counted apart).

``-v`` prints the misses and the false mentions.  Not a test: the figures go to docs/names.md.

Run:  python tools/eval_find_names.py --shared ../shared [--part check] [-v]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

import regex

from belnews import find_names

PERSON = frozenset({"Giv", "Sur", "Pat", "Prs"})
OTHER = frozenset({"Geo", "Com", "Oth", "Pro"})
PARTS = {"tune": ("dev", "train-2019"), "check": ("test",), "all": ("dev", "train-2019", "test")}
WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’ʼ-]*\.?")


def _labels(path: Path) -> dict[str, bool | None]:
    """form -> True (person), False (other name), None (not scored)."""
    kinds: dict[str, set[str]] = defaultdict(set)
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            feats = dict(f.split("=", 1) for f in row["feats"].split("|") if "=" in f)
            kinds[row["form"]].add(feats.get("NameType", "none"))
    out: dict[str, bool | None] = {}
    for form, seen in kinds.items():
        out[form] = True if seen <= PERSON else False if seen <= OTHER else None
    return out


def _label(word: str, labels: dict[str, bool | None]) -> bool | None:
    if word in labels:
        return labels[word]
    if word.endswith(".") and word[:-1] in labels:
        return labels[word[:-1]]
    if word[0].isupper():
        # capitalised, not a proper noun of the treebank; a word in Latin letters the treebank
        # tags as foreign (Foreign=Yes, not PROPN), names and all ("Michael Renov"): unscored
        return None if word.isascii() else False
    return None  # lower case: no name is written so, and none is scored


def _gold(words: list[tuple[int, int, bool | None]]) -> list[tuple[int, int, int]]:
    """Runs of person words as (start, end, number of words)."""
    runs: list[tuple[int, int, int]] = []
    for start, end, label in words:
        if label is True:
            if runs and runs[-1][1] >= start - 1:
                first, _, size = runs[-1]
                runs[-1] = (first, end, size + 1)
            else:
                runs.append((start, end, 1))
    return runs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--part", choices=sorted(PARTS), default="check")
    parser.add_argument("-v", action="store_true", help="print misses and false mentions")
    args = parser.parse_args()
    ud = args.shared / "data" / "ud_belarusian"
    labels = _labels(ud / "propn_forms.tsv")
    with (ud / "ud_sentences_meta.tsv").open(encoding="utf-8") as handle:
        splits = [row["split"] for row in csv.DictReader(handle, delimiter="\t")]
    lines = (ud / "ud_sentences.txt").read_text(encoding="utf-8").splitlines()
    count: Counter[str] = Counter()
    for line, split in zip(lines, splits, strict=True):
        if split not in PARTS[args.part]:
            continue
        count["sentences"] += 1
        words = [(m.start(), m.end(), _label(m.group(), labels)) for m in WORD.finditer(line)]
        gold = _gold(words)
        found = find_names(line)
        for start, end, size in gold:
            kind = "full" if size > 1 else "single"
            hit = any(m.start < end and start < m.end for m in found)
            count[f"{kind} gold"] += 1
            count[f"{kind} found"] += hit
            if args.v and not hit:
                print(f"MISS {kind:6} {line[start:end]!r} | {line[:160]}")
        for mention in found:
            scored = [lab for s, e, lab in words if s < mention.end and mention.start < e]
            scored = [lab for lab in scored if lab is not None]
            if not scored:
                count["mentions unscored"] += 1
                continue
            count["mentions"] += 1
            right = all(scored)
            count["mentions right"] += right
            if args.v and not right:
                print(f"FALSE {mention.surface!r} | {line[:160]}")
    _report(count, args.part)
    return 0


def _report(count: Counter[str], part: str) -> None:
    def share(a: str, b: str) -> str:
        return f"{count[a]}/{count[b]} = {count[a] / max(count[b], 1):.3f}"

    print(f"part {part}: {count['sentences']} sentences")
    print(f"recall, names of 2+ words: {share('full found', 'full gold')}")
    print(f"recall, one-word names:    {share('single found', 'single gold')}")
    print(f"precision (scored words):  {share('mentions right', 'mentions')}")
    print(f"mentions with no scored word: {count['mentions unscored']}")


if __name__ == "__main__":
    sys.exit(main())
