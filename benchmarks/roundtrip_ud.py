"""Round trip on the 2,697 sentences of UD Belarusian-HSE, per reversible system.

For every sentence ``s`` with its own orthography ``o`` (nar/tar, from ud_sentences_meta.tsv; an
empty or "mix" tag counts as Narkamaŭka), checks

    to_cyrillic(to_latin(s, system), system, orthography=o) == normalize(s)

and prints the share of sentences that survive, overall and for Narkamaŭka / Taraškievica, also
counting separately the sentences that contain Latin letters of their own (those cannot survive:
to_cyrillic reads every Latin word as romanized Belarusian).

    python benchmarks/roundtrip_ud.py [--shared ../shared] [--show N]
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

from belnews import normalize, to_cyrillic, to_latin

ORTHOGRAPHY = {"nar": "narkamauka", "tar": "taraskievica"}
CASES = [
    ("lacinka", {}),
    ("lacinka", {"assimilation": False}),
    ("national-2007", {}),
    ("iso9", {}),
    ("gost-b", {}),
]
LATIN = re.compile(r"[A-Za-z]")


def sentences(shared: Path) -> Iterator[tuple[str, str]]:
    """(sentence, orthography) pairs of the UD corpus."""
    ud = shared / "data" / "ud_belarusian"
    lines = (ud / "ud_sentences.txt").read_text("utf-8").splitlines()
    meta = (ud / "ud_sentences_meta.tsv").read_text("utf-8").splitlines()[1:]
    for line, row in zip(lines, meta, strict=True):
        tag = row.split("\t")[3]
        yield line, ORTHOGRAPHY.get(tag, "narkamauka")


def failures(system: str, options: dict[str, bool], corpus: list[tuple[str, str]]) -> list[int]:
    bad = []
    for i, (sentence, orthography) in enumerate(corpus):
        latin = to_latin(sentence, system, errors="keep", **options)
        back = to_cyrillic(latin, system, orthography=orthography, **options)
        if back != normalize(sentence):
            bad.append(i)
    return bad


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared"
    )
    parser.add_argument("--show", type=int, default=0, help="print this many failures per system")
    args = parser.parse_args()
    corpus = list(sentences(args.shared))
    own_latin = {i for i, (s, _) in enumerate(corpus) if LATIN.search(normalize(s))}
    groups = {
        "all": set(range(len(corpus))),
        "narkamauka": {i for i, (_, o) in enumerate(corpus) if o == "narkamauka"},
        "taraskievica": {i for i, (_, o) in enumerate(corpus) if o == "taraskievica"},
    }
    print(f"{len(corpus)} sentences; {len(own_latin)} contain Latin letters of their own")
    header = f"{'system':32} " + " ".join(f"{g:>22}" for g in groups) + "   without own Latin"
    print(header)
    for system, options in CASES:
        bad = set(failures(system, options, corpus))
        label = system + "".join(f" {k}={v}" for k, v in options.items())
        cells = []
        for members in groups.values():
            ok = len(members - bad)
            cells.append(f"{ok:>5}/{len(members):<5} {100 * ok / len(members):6.2f}%")
        clean = groups["all"] - own_latin
        ok = len(clean - bad)
        print(
            f"{label:32} "
            + " ".join(f"{c:>22}" for c in cells)
            + f"   {100 * ok / len(clean):6.2f}%"
        )
        for i in sorted(bad - own_latin)[: args.show]:
            sentence, orthography = corpus[i]
            latin = to_latin(sentence, system, errors="keep", **options)
            print(f"    [{i}] {orthography}: {normalize(sentence)}")
            print(f"         -> {latin}")
            print(f"         <- {to_cyrillic(latin, system, orthography=orthography, **options)}")


if __name__ == "__main__":
    main()
