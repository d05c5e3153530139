"""Measure ``base_form`` on the UD_Belarusian-HSE person-name forms (tests/data copy).

Prints right/total per case and overall (the figures ``tests/test_names_forms.py`` holds floors
for); ``-v`` lists the misses.

Run:  python tools/eval_forms.py [-v]
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

from belnews.names import base_form

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "ud_person_name_forms.tsv"


def main() -> int:
    with DATA.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for row in rows:
        feats = dict(f.split("=", 1) for f in row["feats"].split("|") if "=" in f)
        ok = base_form(row["form"]) == row["lemma"]
        for bucket in (feats.get("Case", "?"), "all"):
            total[bucket] += 1
            right[bucket] += ok
        if not ok and "-v" in sys.argv:
            print(row["form"], row["lemma"], base_form(row["form"]), feats.get("Case"))
    for bucket in sorted(total):
        share = right[bucket] / total[bucket]
        print(f"{bucket:4} {right[bucket]:4}/{total[bucket]:<4} {share:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
