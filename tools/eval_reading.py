"""Measure ``read_latin`` on the second name dev set (tests/data/name_pairs_press_forms.tsv).

For every person with a Cyrillic nominative form (Russian ``ru`` or Belarusian ``be``), each of
the person's Latin nominative forms is read; a reading counts as right when every word of its
Russian (or Belarusian) form is a word of one of the person's Cyrillic forms of that language
(case aside; a patronymic printed on one side only does not count against it).  "Slavic" is
the share of all Latin nominative forms not taken for foreign names.  Figures per split
(tune/check, as made once in name_pairs_press.tsv).

With ``--heldout`` the Latin forms are those of ``tests/data/name_pairs_heldout_forms.tsv`` (pages
no earlier set used, built by the ``match`` helper in round 3; every case, since a case form is
read to its nominative), judged against the Cyrillic nominatives of both form files; split
``heldout``.

With ``--german`` it reads the German press spellings of ``tests/data/german_press_names.tsv``
(Duden transcription of Russian names) and counts the Russian forms read right (ё = е).

Run:  python tools/eval_reading.py [-v] [--heldout | --german]
"""

from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

from belnews.names.reading import read_latin
from belnews.text import Script, detect_script

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


def german(verbose: bool) -> int:
    rows = (DATA / "german_press_names.tsv").read_text(encoding="utf-8").splitlines()[1:]
    right = 0
    for latin, russian in (row.split("\t") for row in rows):
        got = read_latin(latin).ru
        ok = got.lower().replace("ё", "е") == russian.lower().replace("ё", "е")
        right += ok
        if verbose and not ok:
            print(latin, "->", got, "|", russian)
    print(f"german ru    {right:4}/{len(rows):<4} {right / len(rows):.3f}")
    return 0


def main() -> int:
    verbose = "-v" in sys.argv
    if "--german" in sys.argv:
        return german(verbose)
    with (DATA / "name_pairs_press.tsv").open(encoding="utf-8") as f:
        split = {}
        for row in csv.DictReader(f, delimiter="\t"):
            split[row["person_a"]] = row["split"]
            split[row["person_b"]] = row["split"]
    forms: dict[str, list[tuple[str, str]]] = defaultdict(list)
    with (DATA / "name_pairs_press_forms.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["case"] == "nom":
                forms[row["person"]].append((row["form"], row["lang"]))
    if "--heldout" in sys.argv:
        forms = _heldout(forms)
        split = dict.fromkeys(forms, "heldout")
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for person, found in forms.items():
        part = split.get(person, "tune")
        cyrillic = {lang: [f for f, spelled in found if spelled == lang] for lang in ("ru", "be")}
        for form, _ in found:
            if any(
                detect_script(w) in (Script.BELARUSIAN, Script.RUSSIAN, Script.CYRILLIC)
                for w in form.split()
            ):
                continue
            reading = read_latin(form)
            total[part + " slavic"] += 1
            right[part + " slavic"] += not reading.foreign
            for target in ("ru", "be"):
                if not cyrillic[target]:
                    continue
                words = {
                    w.lower() for ref in cyrillic[target] for w in ref.replace(",", " ").split()
                }
                got = getattr(reading, target).replace(",", " ").split()
                ok = all(w.lower() in words for w in got)
                total[f"{part} {target}"] += 1
                right[f"{part} {target}"] += ok
                if verbose and not ok:
                    print(part, target, form, "->", getattr(reading, target), "|", cyrillic[target])
    for key in sorted(total):
        print(f"{key:12} {right[key]:4}/{total[key]:<4} {right[key] / total[key]:.3f}")
    return 0


def _heldout(press: dict[str, list[tuple[str, str]]]) -> dict[str, list[tuple[str, str]]]:
    """The held-out set's forms (every case), with the Cyrillic nominatives of both files."""
    heldout: dict[str, list[tuple[str, str]]] = defaultdict(list)
    with (DATA / "name_pairs_heldout_forms.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            cyrillic = row["lang"] in ("ru", "be")
            if cyrillic and row["case"] != "nom":
                continue
            heldout[row["person"]].append((row["form"], row["lang"] if cyrillic else "latin"))
    for person, found in heldout.items():
        found.extend((form, lang) for form, lang in press.get(person, []) if lang in ("ru", "be"))
    return heldout


if __name__ == "__main__":
    raise SystemExit(main())
