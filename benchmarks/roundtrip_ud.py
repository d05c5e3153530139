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


# Taraškievica writes the assimilative softness that Narkamaŭka leaves out (сьнег, зьвесткі,
# рашэньне, Сьвятлана): a soft sign between a soft-able consonant and a consonant softened by the
# vowel or soft sign after it.  Narkamaŭka writes a soft sign there only in a few forms, left out
# here: the instrumental -ьмі (людзьмі), imperatives in -дзьце (прыходзьце) and -сьці particles.
TARASKIEVICA_MARK = re.compile(
    r"(?i)(?:дзь|[зсцн]ь)(?=(?:дз|[бвмпфзсцнл])[еёіюяь])"
    r"(?!(?:мі|це|ці)(?![а-яёіў]))"
)


def orthography_of(sentence: str, tag: str) -> str:
    """The sentence's own orthography: its tag (nar/tar); an untagged sentence is Taraškievica
    when it writes assimilative softness (TARASKIEVICA_MARK), else Narkamaŭka."""
    if tag in ORTHOGRAPHY:
        return ORTHOGRAPHY[tag]
    return "taraskievica" if TARASKIEVICA_MARK.search(sentence) else "narkamauka"


def sentences(shared: Path) -> Iterator[tuple[str, str]]:
    """(sentence, orthography) pairs of the UD corpus."""
    ud = shared / "data" / "ud_belarusian"
    lines = (ud / "ud_sentences.txt").read_text("utf-8").splitlines()
    meta = (ud / "ud_sentences_meta.tsv").read_text("utf-8").splitlines()[1:]
    for line, row in zip(lines, meta, strict=True):
        yield line, orthography_of(line, row.split("\t")[3])


def failures(system: str, options: dict[str, bool], corpus: list[tuple[str, str]]) -> list[int]:
    bad = []
    for i, (sentence, orthography) in enumerate(corpus):
        latin = to_latin(sentence, system, errors="keep", **options)
        back = to_cyrillic(latin, system, orthography=orthography, **options)
        if back != normalize(sentence):
            bad.append(i)
    return bad


RUSSIAN = re.compile(r"[иИщЩъЪ]|(?<![\w’'])[А-ЯЁа-яё]*(?:ого|его|ый|ий)(?!\w)")


CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def classify(original: str, back: str, orthography: str = "narkamauka") -> str:
    """Why one word did not survive the round trip."""
    if LATIN.search(original):
        if CYRILLIC.search(original):
            return (
                "Latin look-alike letters inside a Cyrillic word that normalize() cannot settle "
                "(iх, i: no letter of either script only), read back as Cyrillic"
            )
        return (
            "a Latin word of the source made only of letters the system writes (English names, "
            "brands, hashtags, domains: Art, Fest, COVID-19, BelarusDocs, .ac), read as "
            "romanized Belarusian: Latin text cannot tell them apart"
        )
    if RUSSIAN.search(original):
        return "Russian letters or words (и щ ъ have no Belarusian Latin value to come back from)"
    if re.search(r"[жчшрЖЧШР][ьЬ]|[ьЬ][ьЬ]|[^\W\d_][ьЬ](?=[ьЬ])", original):
        return "misspelling in the source (ь after a hard consonant)"
    if re.search(r"[^\W\d_аеёіоуыэюяАЕЁІОУЫЭЮЯ][іІ][аоуэАОУЭ]", original):
        return "і before а о у э after a consonant (loanword spelling; the Latin ia reads as я)"
    if original.upper() == original and len(re.sub(r"\W", "", original)) <= 2:
        return "one-letter word in capitals (Зь ↔ ЗЬ cannot be told apart)"
    mark = TARASKIEVICA_MARK.search
    if (orthography == "narkamauka" and mark(original)) or (
        orthography == "taraskievica" and back.lower().count("ь") > original.lower().count("ь")
    ):
        return (
            "a word spelled (partly) in the other orthography than its sentence (assimilative ь "
            "written in a Narkamaŭka sentence, or left out in a Taraškievica one: зьбяруцца, "
            "пасля, пісьменніка)"
        )
    if original.lower().endswith("сці") and back.lower().endswith("сьці"):
        return "a -сьці particle spelled without ь (кудысці; the reading writes кудысьці)"
    if "ь" in original.lower() and "ь" not in back.lower():
        return (
            "Narkamaŭka ь before a soft consonant outside the forms the reading knows "
            "(compounds and single words: Беларусьфільм, разьбяр)"
        )
    if original.upper() == original:
        return "an abbreviation in capitals that Taraškievica writes without ь (СМІ → ŚMI → СЬМІ)"
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
                reason = classify(x, y, orthography)
                reasons[reason] = reasons.get(reason, 0) + 1
                if reason == "other":
                    others.append(f"{x} → {y}")
    return reasons, others


def roundtrip_section(shared: Path) -> list[str]:
    """Markdown lines for docs/systems.md: figures per system and every failure explained."""
    corpus = list(sentences(shared))
    own_latin = {i for i, (s, _) in enumerate(corpus) if LATIN.search(normalize(s))}
    nar = {i for i, (_, o) in enumerate(corpus) if o == "narkamauka"}
    tagged = sum(1 for row in _tags(shared) if row in ORTHOGRAPHY)
    lines = [
        f"`to_cyrillic(to_latin(s, system), system, orthography=o) == normalize(s)` over the "
        f"{len(corpus)} sentences of UD Belarusian-HSE. `o` is the sentence's own orthography: "
        f"its tag in `ud_sentences_meta.tsv` for the {tagged} tagged sentences; the others are "
        "Taraškievica when they write assimilative softness (a ь between a consonant and a "
        "consonant softened by the letter after it, outside the Narkamaŭka forms -ьмі, -дзьце, "
        "-сьці: сьнег, рашэньне) and Narkamaŭka otherwise "
        f"({sum(1 for _, o in corpus if o == 'taraskievica')} Taraškievica in all). "
        f"{len(own_latin)} sentences contain Latin text of their own (URLs, HTML, English "
        "names). to_cyrillic keeps Roman numerals, web and e-mail addresses and markup, and "
        '(`foreign="keep"`, the default) any Latin word with a letter the system has no reading '
        "for (Xbox, Müller); a Latin word made only of the system's letters is read as romanized "
        "Belarusian, so those sentences are counted separately. Produced by "
        "`python benchmarks/roundtrip_ud.py`.",
        "",
        "| system | all | Narkamaŭka | Taraškievica | without own Latin |",
        "|---|---|---|---|---|",
    ]
    details: list[str] = []
    latin_details: list[str] = []
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
        for target, group in ((details, badset - own_latin), (latin_details, badset & own_latin)):
            reasons, others = explain(system, options, corpus, sorted(group))
            target.append(
                f"- `{label}` ({len(group)} sentences): "
                + "; ".join(f"{n}× {r}" for r, n in sorted(reasons.items(), key=lambda x: -x[1]))
                + ("." if reasons else "no failures.")
            )
            if others:
                target.append("  Other words: " + ", ".join(others) + ".")
    lines += [
        "",
        "Why the sentences without Latin of their own fail (differing words, by cause):",
        "",
        *details,
        "",
        "Why the sentences with Latin of their own fail (differing words, by cause; a word that "
        "differs only by what a Latin word around it became counts under that word's cause):",
        "",
        *latin_details,
        "",
        "With `assimilation=True` (the default) Łacinka marks softness the Narkamaŭka spelling does "
        "not write (снег → śnieh, дзве → dźvie). Reading back to Narkamaŭka drops the mark again "
        "before a consonant softened by the letter after it (i, ie, ia, io, iu, ś, ź, ć, ń, dź, "
        "l) and keeps it as ь before a hard one (prośba → просьба): that is exact wherever the "
        "forward assimilation rule is injective. The reading also knows the Narkamaŭka forms that write ь "
        "before a soft consonant: the instrumental plural after a vowel (ludźmi → людзьмі, "
        "dziećmi → дзецьмі, vaśmi → васьмі), imperatives in -dźcie (prychodźcie → прыходзьце) "
        "and the particles -ści after dzie, kali, čamu, kudy, kaho, što, chto (kahości → "
        "кагосьці). Genuinely ambiguous, because the assimilation rule maps two spellings onto one Latin form: "
        "compounds and single words that keep ь before a soft consonant (Беларусьфільм and "
        "беларусфільм would both be biełaruśfilm; разьбяр), a word-final -змі/-смі/-цмі/-дзмі/-нмі "
        "after a vowel without ь (read as the instrumental -ьмі), and Taraškievica abbreviations "
        "spelled without ь (СМІ → ŚMI → СЬМІ). Use `assimilation=False` where the round trip "
        "must be exact: it writes the spelling, and reads back exactly.",
    ]
    return lines


def _tags(shared: Path) -> list[str]:
    meta = shared / "data" / "ud_belarusian" / "ud_sentences_meta.tsv"
    return [row.split("\t")[3] for row in meta.read_text("utf-8").splitlines()[1:]]


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
