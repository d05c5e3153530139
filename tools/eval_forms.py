"""Measure ``base_form`` on the UD_Belarusian-HSE person-name forms.

Without ``--shared``: the 281 inflected singular forms of ``tests/data`` (the figures
``tests/test_names_forms.py`` holds floors for).  With ``--shared DIR``: every singular person-name
row (NameType Giv, Sur, Pat, Prs) of ``DIR/data/ud_belarusian/propn_forms.tsv``, nominatives
included (a nominative read as a case form is a miss too: Цапкала -> *Цапкал), per case and per
name type; ``--part`` keeps the rows whose form first occurs in the tune splits (dev, train-2019)
or the check split (test).

Prints right/total per bucket and overall; ``-v`` lists the misses.

Run:  python tools/eval_forms.py [-v]
      python tools/eval_forms.py --shared ../shared --part check [-v]
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

from belnews.names import base_form

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "ud_person_name_forms.tsv"
PERSON = frozenset({"Giv", "Sur", "Pat", "Prs"})
PARTS = {"tune": ("dev", "train-2019"), "check": ("test",), "all": ("dev", "train-2019", "test")}


def _rows(shared: Path | None, part: str) -> list[tuple[dict[str, str], dict[str, str]]]:
    """(row, its features) of the rows to score."""
    path = DATA if shared is None else shared / "data" / "ud_belarusian" / "propn_forms.tsv"
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    out = []
    for row in rows:
        feats = dict(f.split("=", 1) for f in row["feats"].split("|") if "=" in f)
        if shared is not None and (
            feats.get("NameType") not in PERSON
            or feats.get("Number") != "Sing"
            or row["first_split"] not in PARTS[part]
        ):
            continue
        out.append((row, feats))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, help="score the shared treebank's rows")
    parser.add_argument("--part", choices=sorted(PARTS), default="all")
    parser.add_argument("-v", action="store_true", help="list the misses")
    args = parser.parse_args()
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for row, feats in _rows(args.shared, args.part):
        got = base_form(row["form"])
        ok = got == row["lemma"]
        buckets = [feats.get("Case", "?"), "all"]
        if args.shared is not None:
            buckets.append(f"{feats.get('NameType')}-{feats.get('Case', '?')}")
        for bucket in buckets:
            total[bucket] += 1
            right[bucket] += ok
        if not ok and args.v:
            print(row["form"], row["lemma"], got, feats.get("Case"), sep="\t")
    for bucket in sorted(total):
        share = right[bucket] / total[bucket]
        print(f"{bucket:8} {right[bucket]:4}/{total[bucket]:<4} {share:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
