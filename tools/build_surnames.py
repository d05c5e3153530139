"""Build the lists that score the be <-> ru surname reading model (``belnews.names.surnames``).

* ``src/belnews/data/names/surnames_ru.txt``: every Russian surname lemma of the OpenCorpora
  dictionary shipped in ``pymorphy3-dicts-ru`` (tag ``Surn``), one a line, lower case, ё as е.
  It says which of the candidate Russian forms of a Belarusian surname is a real surname
  (Калеснікава -> Колесникова, not Калесникова).
* ``src/belnews/data/names/be_trigrams.tsv``: letter-trigram counts of Belarusian words (with
  ``^``/``$`` at the word edges) from real Belarusian text: the UD_Belarusian-HSE sentences
  (CC BY-SA 4.0) and Jakub Kolas's «Новая зямля» (public domain), both in ``../shared``.  It
  scores the candidate Belarusian forms of a Russian surname (there is no free Belarusian
  surname list; the letter model knows akanne and яканне from the language itself).

Run:  python tools/build_surnames.py [--opencorpora-cache FILE] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "belnews" / "data" / "names"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_given_names import _scan_opencorpora  # noqa: E402

_BE_WORD = re.compile("[абвгджзйклмнопрстуўфхцчшыьэюяёеі’']+")
MIN_COUNT = 2


def russian_surnames(cache: Path | None) -> list[str]:
    if cache is not None and cache.exists():
        lines = cache.read_text(encoding="utf-8").splitlines()
    else:
        lines = list(_scan_opencorpora())
    found = set()
    for line in lines:
        word, tag = line.split("\t")
        if "Surn" in tag and "-" not in word and len(word) > 2:
            found.add(word.replace("ё", "е"))
    return sorted(found)


def belarusian_trigrams(shared: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    sources = [
        shared / "data" / "ud_belarusian" / "ud_sentences.txt",
        shared / "data" / "texts" / "novaja_ziamla_kolas.txt",
    ]
    for source in sources:
        text = source.read_text(encoding="utf-8").lower().replace("’", "'")
        for word in _BE_WORD.findall(text):
            padded = f"^{word}$"
            for i in range(len(padded) - 2):
                counts[padded[i : i + 3]] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opencorpora-cache", type=Path, default=None)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args(argv)
    surnames = russian_surnames(args.opencorpora_cache)
    (DATA / "surnames_ru.txt").write_text("".join(s + "\n" for s in surnames), encoding="utf-8")
    trigrams = belarusian_trigrams(args.shared)
    rows = sorted((t, c) for t, c in trigrams.items() if c >= MIN_COUNT)
    with (DATA / "be_trigrams.tsv").open("w", encoding="utf-8", newline="\n") as f:
        f.write("trigram\tcount\n")
        for trigram, count in rows:
            f.write(f"{trigram}\t{count}\n")
    print(f"{len(surnames)} Russian surnames, {len(rows)} Belarusian trigrams", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
