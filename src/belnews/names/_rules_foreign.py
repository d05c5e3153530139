"""Names printed by other languages' press, read back: case forms and press spellings.

Polish, Czech, Slovak, Slovenian, Croatian, Lithuanian and Latvian press decline a Belarusian or
Russian name by their own paradigms (Łukaszenki, Lukašenkovi, Aleksandra Lukašenka, Svetlane
Tihanovske); German, French, Dutch, Romanian and Lithuanian press spell it their own way
(Lukaschenko, Loukachenko, Loekasjenko, Protasievici, Cichanouskis).  The functions here give
the readings the matcher may compare instead of the printed word - each only as an extra
reading of a Latin word, never in the key.  The paradigms and the German (Duden) transcription
are :mod:`belnews.names.press` (``case_nominatives``, ``german_spellings``); this module
applies them to names under the matcher's gender policy:

- a word that shows a woman's form (-ova, -ina, -ska, -aja) is never read as a man's
  nominative (Kolesnikova is hers, not the genitive of Kolesnikov), nor a man's -ski as a
  woman's -ska (Cichanouski is not a Slovenian dative of Cichanouska): the gender the word
  shows is kept, as :func:`belnews.base_form` keeps it;
- a name is read in one case as a whole, and a word that is itself a nominative given name
  (Aleksandra) is read as a man's case form (of Aleksandr) only when the surname beside it
  shows the case too (Lukašenka, the genitive of Lukašenko: Aleksandra Lukašenka is of
  Aleksander Lukašenko in Slovenian, Croatian, Czech and Slovak press).  A name whose surname
  does not decline by gender (-ka/-ko) is thus read as the man's case form: an Aleksandra
  Lukašenka who is a woman and a relative of an Aleksandr of that family would be linked to him.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final

from unidecode import unidecode

from belnews.names._tokens import word_skeleton
from belnews.names.lexicon import given_name_group
from belnews.names.press import (
    GERMAN_SIGN,
    GERMAN_SIGNS,
    POLISH_SPELLING,
    case_nominatives,
    german_spellings,
    lithuanian_ending,
)
from belnews.text import APOSTROPHES, has_cyrillic

__all__ = ["case_readings", "foreign_case_bases", "foreign_nominative", "foreign_skeletons",
           "is_given_word", "oblique_names"]  # fmt: skip

# Polish, Slovenian and Lithuanian press put Belarusian names in their own cases.  Only endings
# that cannot end a nominative of such a name are read, and only on a word that shows the
# language (a Polish or Lithuanian letter) - never on a bare ASCII word.
_POLISH_LETTERS: Final = frozenset("ąęłśźżćńó")
_LITHUANIAN_LETTERS: Final = frozenset("ėįųūšžč")
_Cases = tuple[tuple[re.Pattern[str], str], ...]
_POLISH_CASES: Final[_Cases] = (
    (re.compile("(?<=sk|ck)(?:iego|iemu|im)$"), "i"),  # Cichanouskiego: of Cichanouski
    (re.compile("(?<=sk|ck)(?:iej|ą)$"), "a"),  # Cichanouskiej, Cichanouską: of Cichanouska
    (re.compile("(?<=[^aeiouy])(?:ą|ę)$"), "a"),  # Sapiegę, Cepkałą, Swiatłaną: -a nouns
    (re.compile("(?<=[^aeiouy])(?:em|owi)$"), ""),  # Waleryjem, Pratasiewiczowi
    (re.compile("(?<![sc]k)(?<=[^aeiouy])(?:y|i)$"), "a"),  # Łukaszenki, Babaryki: of -a nouns
)
_LITHUANIAN_CASES: Final[_Cases] = (
    (re.compile("(?<=[^aeiouy])os$"), "a"),
    (re.compile("(?<=[^aeiouy])o$"), ""),
)


@functools.lru_cache(maxsize=1 << 16)
def foreign_case_bases(text: str) -> tuple[str, ...]:
    """Nominatives of a word printed in a Polish or Lithuanian case (Łukaszenkę, Lukašenkos)."""
    lowered = text.lower()
    letters = set(lowered)
    rules: _Cases
    if letters & _POLISH_LETTERS:
        rules = _POLISH_CASES
    elif letters & _LITHUANIAN_LETTERS:
        rules = _LITHUANIAN_CASES
    else:
        return ()
    out = []
    for pattern, ending in rules:
        if len(lowered) > 4 and pattern.search(lowered):
            out.append(word_skeleton(pattern.sub(ending, lowered)))
    return tuple(out)


# A name printed in a Polish or Lithuanian case has every word in that case: the case shows in
# one word (Łukaszenki, Lukašenkos, Cepkałą), the case of the others is read with it.
# Masculine given names lose their genitive -a (Alaksandra, Wiktara) when the bare form is a
# man's given name; -icz/-ič surnames lose it too (Pratasiewicza).
_NAME_CASE_MARK: Final = re.compile(
    "(?:ą|ę|em|om|owi|iego|iej|os|(?<=ir)ja|(?<![sc])[kg]i|[iy]cza|[iy]czem|[iy]czowi)$"
)
# South Slavic press (Slovene, Croatian, Czech): -om/-em instrumental, -ir + -ja genitive.
_SOUTH_SLAVIC_CASES: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (re.compile("(?<=[^aeiouy])om$"), ""),
    (re.compile("(?<=ir)ja$"), ""),
    (re.compile("(?<=[eoi]j)a$"), ""),  # Makeja: of Makej (Макей)
)
_MASCULINE_GENITIVE: Final = re.compile(
    "(?<=[^aeiouy])(?:a|u)$|(?<=r)ja$|(?<=[ij])a$|(?<=[^aeiouy])o$"
)
_ICZ_GENITIVE: Final = re.compile("(?<=i[cč]|cz)(?:a|em|owi|u)$")


def _masculine_given(word: str) -> str | None:
    match = _MASCULINE_GENITIVE.search(word)
    if match is None:
        return None
    bare = word[: match.start()]
    group = given_name_group(bare) if len(bare) > 2 else None
    return bare if group is not None and group.gender == "m" else None


def _nominative_word(word: str) -> str:
    lowered = word.lower()
    if given_name_group(word) is not None and _masculine_given(lowered) is None:
        return word  # a given name in its nominative (Aleksandra is hers)
    bare = _masculine_given(lowered) or _ICZ_GENITIVE.sub("", lowered)
    if bare != lowered:
        return bare
    read = _first_case_form(lowered)
    return word if read == lowered else read


def _first_case_form(lowered: str) -> str:
    for pattern, ending in (*_POLISH_CASES, *_LITHUANIAN_CASES, *_SOUTH_SLAVIC_CASES):
        if len(lowered) > 4 and pattern.search(lowered):
            return pattern.sub(ending, lowered)
    return lowered


@functools.lru_cache(maxsize=1 << 14)
def foreign_nominative(name: str) -> str | None:
    """``name`` with each word read back from the Polish or Lithuanian case the name shows, or
    ``None`` when no word shows one (Alaksandra Łukaszenki -> alaksandr łukaszenka)."""
    words = name.replace(",", " ").split()
    if not 1 < len(words) <= 6 or has_cyrillic(name):
        return None
    if not any(_NAME_CASE_MARK.search(w.lower()) for w in words):
        return None  # no word shows an oblique case: Aleksandra Łukaszenko is hers
    read = " ".join(_nominative_word(w) for w in words)
    return None if read.lower() == name.lower() else read


# Foreign press spellings of a Russian or Belarusian name, read as they are meant (each only
# as an extra reading of a Latin word, never in the key):
_FRENCH_CH: Final = re.compile("(?<!t)ch|tch")  # French ch = ш, tch = ч (Loukachenko, Baranovitchi)
# The Lithuanian endings of press.LITHUANIAN_ENDINGS, wider than the press reader's: here a
# reading is only an extra skeleton (never in the key), so the ending is taken after any letter
# that is not a vowel and the -s of every -is/-ys (Cichanouskis, and Boris -> bori costs nothing);
# -ius is a reading of its own (_OTHER_ENDINGS), -jus is -us after j.
_NOT_VOWEL: Final = "[^aeiouy]"
_LITHUANIAN_ENDING: Final = re.compile(
    lithuanian_ending("as", "is", c=_NOT_VOWEL, s=_NOT_VOWEL + "[iy]")
)


# Endings other languages add to a foreign name (issue 11): Lithuanian -ius (Mackievičius),
# Latvian -s after a consonant (Aleksandrs, Sergejs, Viktors), Czech and Slovak feminine -ová
# (Cepkalová, Kolesnikovová: the -ová is added to the name).
_OTHER_ENDINGS: Final = (
    (re.compile(lithuanian_ending("ius", c=_NOT_VOWEL)), ""),
    (re.compile("(?<=[bdgjklmnprtv])s$"), ""),
    (re.compile("(?<=..)ová$"), "a"),
)


def _ending_readings(lowered: str) -> list[str]:
    out = []
    for pattern, replacement in _OTHER_ENDINGS:
        if len(lowered) > 4 and pattern.search(lowered):
            out.append(pattern.sub(replacement, lowered))
    return out


_GERMAN_INITIAL_S: Final = re.compile("s[bdgklmnpvw]")
_GERMAN_GENITIVE: Final = re.compile("(?<=[aeiouy])s$")  # Lukaschenkos, Tichanowskajas: of ...
# A spelling of the Duden table that English-press forms (kh, sh, zh, y) do not use: only such a
# word is read by the German table (most words are not, and each reading costs a skeleton).
# Beside press.GERMAN_SIGN (its z(?!h) is any z here: a word with zh is not read at all): ß, ch
# = х, j = й before a vowel, s = з before a consonant - enough to try the table, not to take a
# genitive -s off (that needs press.GERMAN_SIGNS).
_GERMAN_EVIDENCE: Final = re.compile(
    "|".join((*GERMAN_SIGN.values(), "ß", "(?<![kstcz])ch", "j[aeiou]", "^s[bdgklmnpv]"))
)


def _german_readings(word: str, lowered: str) -> list[str]:
    """The Duden transcription read back (:func:`belnews.names.press.german_spellings`: s
    before a vowel = з, z = ц, sch = ш or ж, tsch = ч, w = в ...), and a German genitive -s
    taken off a word that shows German spelling (Lukaschenkos, Tichanowskajas).  Not a word in
    Polish spelling (sz cz rz ł ż ś ć ń ź: Kowalczyk is no Kowal+z+yk), as the press readers."""
    if "ž" in lowered or "zh" in lowered or POLISH_SPELLING.search(lowered):
        return []
    if not _GERMAN_EVIDENCE.search(lowered):
        return []
    out = list(german_spellings(word))
    if _GERMAN_INITIAL_S.match(lowered):  # Duden writes з as s before a consonant too (Snak)
        out.extend("z" + spelling[1:].lower() for spelling in out[:2])
    if len(lowered) > 5 and _GERMAN_GENITIVE.search(lowered) and GERMAN_SIGNS.search(lowered):
        out.append(lowered[:-1])
        out.extend(german_spellings(word[:-1]))
    return out


# Dutch press (Loekasjenko, Jermosjina, Tsjichanovskaja): oe = у, sj = ш, tsj = ч, zj = ж.
_DUTCH: Final = (("tsj", "č"), ("sj", "š"), ("zj", "ž"), ("oe", "u"))
# Romanian press (Protasievici, Lukașenko): final -ici = -іч, ș = ш, ț = ц.
_ROMANIAN_ICI: Final = re.compile("ici$")


# Greek press (Λουκασένκο, Μπιαλιάτσκι, Αλεξάντερ): the digraphs for the sounds Greek letters
# lack - ου = у; μπ, ντ, γκ = б, д, г at the start of a word and мб, нд, нг inside it; τσ = ц,
# τζ = дж - then a letter-by-letter reading.
_GREEK_START: Final = (("μπ", "b"), ("ντ", "d"), ("γκ", "g"))
_GREEK: Final = (("ου", "u"), ("μπ", "mb"), ("ντ", "nd"), ("γκ", "ng"), ("τσ", "c"), ("τζ", "dž"),
          ("ξ", "ks"), ("ψ", "ps"), ("χ", "ch"), ("ς", "s"))  # fmt: skip


def _greek_reading(lowered: str) -> list[str]:
    if not any("\u0370" <= char <= "\u03ff" for char in lowered):
        return []
    text = "".join(c for c in unicodedata.normalize("NFD", lowered) if not unicodedata.combining(c))
    for spelling, letter in _GREEK_START:
        if text.startswith(spelling):
            text = letter + text[len(spelling) :]
    for spelling, letter in _GREEK:
        text = text.replace(spelling, letter)
    return [unidecode(text).lower()]


def _dutch_romanian_readings(lowered: str) -> list[str]:
    out = _greek_reading(lowered)
    if "oe" in lowered or "sj" in lowered:
        dutch = lowered
        for spelling, letter in _DUTCH:
            dutch = dutch.replace(spelling, letter)
        out.append(dutch)
    if lowered.endswith("ici") or "ș" in lowered or "ț" in lowered:
        out.append(_ROMANIAN_ICI.sub("ič", lowered.replace("ș", "š").replace("ț", "c")))
    return out


@functools.lru_cache(maxsize=1 << 16)
def foreign_skeletons(text: str) -> frozenset[str]:
    """Skeletons of a Latin word read as French, German, Dutch, Romanian or Lithuanian press
    spelling.

    French: ou = у, ch = ш, tch = ч (Loukachenko, Baranovitchi).  German: the Duden
    transcription (Zepkalo, Uladsimir, Sacharenko, Schodsina), and the genitive -s.  Dutch: oe,
    sj, tsj (Loekasjenko).  Romanian: -ici, ș, ț (Protasievici).  Lithuanian: the
    nominative endings -as, -us (after a consonant: Minskas, Mackievičus, Siarhejus) and -is,
    -ys (-і/-ы: Cichanouskis) are not part of the name.
    """
    if has_cyrillic(text):
        return frozenset()
    lowered = text.lower()
    readings = []
    if "ou" in lowered or "ch" in lowered:
        readings.append(
            _FRENCH_CH.sub(lambda m: "č" if m.group() == "tch" else "š", lowered).replace("ou", "u")
        )
    readings.extend(_german_readings(text, lowered))
    readings.extend(_dutch_romanian_readings(lowered))
    stripped = _LITHUANIAN_ENDING.sub("", lowered)  # -is, -ys keep the i, y (Cichanouski)
    if stripped != lowered and len(stripped) > 2:
        readings.append(stripped)
    readings.extend(_ending_readings(lowered))
    return frozenset(word_skeleton(reading) for reading in readings) - {word_skeleton(text)}


# --- case forms of other languages' press, under the gender policy (module docstring) --------
_WOMANS_FORM: Final = re.compile("(?:[oe]v|[iy]n|av|[sc]k)[aá]$|aja$|aya$")
_MANS_FORM: Final = re.compile("(?:[oe]v|[iy]n)$|[sc]k[iyý]$|[sc]kij$")


def _gender_of_form(lowered: str) -> str:
    """``"f"`` for a woman's surname form, ``"m"`` for a man's, ``""`` when the form does not say
    (-ka/-ko, -ič, -uk: Belarusian and Ukrainian surnames that do not change by gender)."""
    if _WOMANS_FORM.search(lowered):
        return "f"
    return "m" if _MANS_FORM.search(lowered) else ""


@functools.lru_cache(maxsize=1 << 15)
def _case_forms(text: str) -> tuple[tuple[str, str], ...]:
    """(nominative, "lang:case") of a Latin word printed in another language's case, the gender the
    word shows kept (Lukašenku -> Lukašenko; Tichanovskou -> Tichanovská; Kolesnikova stays
    hers)."""
    if len(text) < 4 or has_cyrillic(text):
        return ()
    shown = _gender_of_form(text.lower())
    out: dict[str, str] = {}
    for found in case_nominatives(text):
        form = found.form
        gender = _gender_of_form(form.lower())
        if shown and gender and gender != shown:
            continue
        out.setdefault(form, f"{found.lang}:{_case_of(found.rule, found.gender)}")
    return tuple(out.items())


def case_readings(text: str) -> tuple[str, ...]:
    """The nominatives :func:`_case_forms` reads a word as."""
    return tuple(form for form, _ in _case_forms(text))


@functools.lru_cache(maxsize=1 << 15)
def _given_genders(word: str) -> frozenset[str]:
    """The genders of the given names ``word`` is a form of (the curated table, then the
    multilingual lexicon: Alexandr is Czech, Viktorja no name at all)."""
    from belnews.names.given import given_name_groups

    listed = given_name_group(word)
    if listed is not None:
        return frozenset({listed.gender})
    return frozenset(sense.gender for sense in given_name_groups(word))


_APOSTROPHES: Final = frozenset(APOSTROPHES)


def is_given_word(word: str) -> bool:
    """A given name in any lexicon, as printed or read back from a case (Alexandrovi).

    A word with a separating apostrophe inside is not taken from the multilingual lexicon,
    which folds the apostrophe away: Мар'іна (a possessive, of Марына) is no Марына.  (The
    curated table, which the caller asks first, lists the given names that have one: Дар'я.)"""
    if _APOSTROPHES & set(word):
        return False
    return bool(_given_genders(word)) or any(_given_genders(f) for f in case_readings(word))


def _given_reading(word: str, gender: str) -> tuple[str, str] | None:
    for form, rule in _case_forms(word):
        if gender in _given_genders(form):
            return form, rule
    return None


_CASES: Final = ("gen", "dat", "acc", "ins", "loc")


def _case_of(rule: str, gender: str) -> str:
    """The case a rule of :mod:`belnews.names.press` reads ("gen_a", "pl_adj_m_gen", "sl_acc_o"),
    a man's accusative taken as his genitive (animate nouns: Aleksandra, Lukašenka); the rule
    itself when it names no case."""
    for part in rule.split("_"):
        if part in _CASES:
            return "gen" if part == "acc" and gender == "m" else part
    return rule


def _read_as(words: list[str], gender: str) -> str | None:
    """The name read as one person of ``gender`` in one oblique case, or ``None``.

    Some word must show the case (a given name that is no nominative, like Viktorja, or a
    surname read back); a given name that is a nominative of the other gender (Aleksandra,
    Alesia) is read as this gender's case form only when a surname beside it is read in the
    same case of the same language (Aleksandra Lukašenka: the genitive of Aleksandr Lukašenko;
    Alesia Bialackiego: of Aleś Bialacki)."""
    out: list[str] = []
    surnames: list[tuple[int, tuple[tuple[str, str], ...]]] = []
    shown = False
    switched: set[str] = set()  # the "lang:case" a given name changed gender by
    for word in words:
        listed = _given_genders(word)
        if gender in listed:
            out.append(word)
            continue
        given = _given_reading(word, gender)
        if given is not None:
            out.append(given[0])
            if listed:
                switched.add(given[1])
            else:
                shown = True
            continue
        if listed or _gender_of_form(word.lower()) not in (gender, ""):
            return None  # a given name or a surname of the other gender: not this person
        readings = tuple(
            (form, rule)
            for form, rule in _case_forms(word)
            if _gender_of_form(form.lower()) in (gender, "")
        )
        surnames.append((len(out), readings))
        out.append(word)
    return _with_surnames(out, surnames, switched, shown=shown)


def _with_surnames(
    out: list[str],
    surnames: list[tuple[int, tuple[tuple[str, str], ...]]],
    switched: set[str],
    *,
    shown: bool,
) -> str | None:
    """The surnames of :func:`_read_as` read back in the case a given name switched by (or any
    case), and the name, or ``None`` when no word shows the case."""
    for at, readings in surnames:
        agreeing = [form for form, case in readings if not switched or case in switched]
        if agreeing:
            out[at] = agreeing[0]
            shown = True
    if switched and not any(case in switched for _, rs in surnames for _, case in rs):
        return None
    return " ".join(out) if shown else None


@functools.lru_cache(maxsize=1 << 14)
def oblique_names(name: str) -> tuple[str, ...]:
    """``name`` read back from the case another language's press printed it in, as a man's and
    as a woman's name (Aleksandru Lukašenku -> Aleksandr Lukašenko; Svetlane Tihanovske ->
    Svetlana Tihanovska); ``()`` when no reading differs from the name."""
    words = name.replace(",", " ").split()
    if not 1 < len(words) <= 6 or has_cyrillic(name):
        return ()
    found = [foreign_nominative(name), _read_as(words, "m"), _read_as(words, "f")]
    lowered = name.lower()
    return tuple(dict.fromkeys(r for r in found if r is not None and r.lower() != lowered))
