"""Count the Latin names of tests/data/name_variants.tsv that ``variants`` leaves empty, by class.

``variants(name) == {}`` means the name was taken for a foreign (non-Slavic) one.  Every Latin
name of the file is a spelling of a Belarusian person or place, so an empty result is a miss,
except the English forms of given names (Catherine, Joseph: rows of kind
``given_name_lexical``), which are kept as written on purpose when they stand alone.  Classes
are the row kinds the name appears in.

Run:  python tools/eval_variants.py [-v]
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

from belnews import variants
from belnews.text import has_cyrillic

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "name_variants.tsv"


def main() -> int:
    verbose = "-v" in sys.argv
    kinds: dict[str, str] = {}
    with DATA.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            for name in (row["a"], row["b"]):
                kinds.setdefault(name, row["kind"])
    latin = sorted(name for name in kinds if not has_cyrillic(name))
    empty = [name for name in latin if not variants(name)]
    by_kind = Counter(kinds[name] for name in empty)
    print(f"{len(latin)} Latin names, {len(empty)} with no variants")
    for kind, count in by_kind.most_common():
        print(f"  {kind:22} {count}")
    if verbose:
        for name in empty:
            print(kinds[name], name, sep="\t")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
