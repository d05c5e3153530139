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


RUSSIAN = re.compile(r"[иИщЩъЪ]|(?<![\w’'])[А-ЯЁа-яё]*(?:ого|его|ый|ий)(?!\w)")


def classify(original: str, back: str) -> str:
    """Why one word did not survive the round trip."""
    if LATIN.search(original):
        return "Latin in the source (English names, code, URLs inside words)"
    if RUSSIAN.search(original):
        return "Russian letters or words (и щ ъ have no Belarusian Latin value to come back from)"
    if re.search(r"[жчшрЖЧШР][ьЬ]|[ьЬ][ьЬ]|[^\W\d_][ьЬ](?=[ьЬ])", original):
        return "misspelling in the source (ь after a hard consonant)"
    if re.search(r"[^\W\d_аеёіоуыэюяАЕЁІОУЫЭЮЯ][іІ][аоуэАОУЭ]", original):
        return "і before а о у э after a consonant (loanword spelling; the Latin ia reads as я)"
    if original.upper() == original and len(re.sub(r"\W", "", original)) <= 2:
        return "one-letter word in capitals (Зь ↔ ЗЬ cannot be told apart)"
    if "ь" in original.lower() or "ь" in back.lower() or "’" in original or "’" in back:
        return "soft sign or apostrophe the Latin does not keep apart (orthography mix)"
    return "other"


def explain(system: str, options: dict[str, bool], corpus: list[tuple[str, str]], bad: list[int]):
    """Counter of reasons over the differing words of the failed sentences, plus 'other' words."""
    reasons: dict[str, int] = {}
    others: list[str] = []
    for i in bad:
        sentence, orthography = corpus[i]
        expected = normalize(sentence)
        latin = to_latin(sentence, system, errors="keep", **options)
        back = to_cyrillic(latin, system, orthography=orthography, **options)
        a, b = expected.split(), back.split()
        pairs = list(zip(a, b, strict=False)) if len(a) == len(b) else [(expected, back)]
        for x, y in pairs:
            if x != y:
                reason = classify(x, y)
                reasons[reason] = reasons.get(reason, 0) + 1
                if reason == "other":
                    others.append(f"{x} → {y}")
    return reasons, others


def roundtrip_section(shared: Path) -> list[str]:
    """Markdown lines for docs/systems.md: figures per system and every failure explained."""
    corpus = list(sentences(shared))
    own_latin = {i for i, (s, _) in enumerate(corpus) if LATIN.search(normalize(s))}
    nar = {i for i, (_, o) in enumerate(corpus) if o == "narkamauka"}
    lines = [
        f"`to_cyrillic(to_latin(s, system), system, orthography=o) == normalize(s)` over the "
        f"{len(corpus)} sentences of UD Belarusian-HSE (`o` from `ud_sentences_meta.tsv`; an "
        f"empty tag counts as Narkamaŭka). {len(own_latin)} sentences contain Latin text of their "
        "own (URLs, HTML, English names); to_cyrillic keeps Roman numerals, web and e-mail "
        "addresses and markup, but reads any other Latin word as romanized Belarusian, so those "
        "sentences are counted separately. Produced by `python benchmarks/roundtrip_ud.py`.",
        "",
        "| system | all | Narkamaŭka | Taraškievica | without own Latin |",
        "|---|---|---|---|---|",
    ]
    details: list[str] = []
    for system, options in CASES:
        bad = failures(system, options, corpus)
        badset = set(bad)
        label = system + "".join(f" {k}={v}" for k, v in options.items())

        def share(members: set[int], badset: set[int] = badset) -> str:
            ok = len(members - badset)
            return f"{ok}/{len(members)} ({100 * ok / len(members):.2f}%)"

        everyone = set(range(len(corpus)))
        tar = everyone - nar
        lines.append(
            f"| `{label}` | {share(everyone)} | {share(nar)} | {share(tar)} | {share(everyone - own_latin)} |"
        )
        reasons, others = explain(system, options, corpus, [i for i in bad if i not in own_latin])
        details.append(
            f"- `{label}`: "
            + "; ".join(f"{n}× {r}" for r, n in sorted(reasons.items(), key=lambda x: -x[1]))
            + ("." if reasons else "no failures.")
        )
        if others:
            details.append("  Other words: " + ", ".join(others) + ".")
    lines += [
        "",
        "Why the sentences without Latin of their own fail (differing words, by cause):",
        "",
    ]
    lines += details
    lines += [
        "",
        "With `assimilation=True` (the default) Łacinka marks softness the Narkamaŭka spelling does "
        "not write (снег → śnieh); reading back to Narkamaŭka drops it again before a soft "
        "consonant, which is right for снег but not for the words whose official spelling keeps "
        "the ь (людзьмі, Беларусьфільм) or for Taraškievica text whose spelling leaves the "
        "softness unmarked (СМІ → ŚMI → СЬМІ). Use `assimilation=False` where the round trip "
        "must be exact: it writes the spelling, and reads back exactly.",
    ]
    return lines


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
