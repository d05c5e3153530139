"""Which way a lone name in -а reads: an a-stem's nominative or a consonant stem's genitive.

A word in -а after a consonant is two things at once: the nominative of an a-stem (Лукашэнка,
Цапкала, Кучма) or the genitive/accusative of a man's consonant stem (Пазьняка of Пазьняк,
Гітлера of Гітлер).  The other case forms carry the same doubt (-у: Цапкалу, Пазьняку; -ам:
Цапкалам, Пазьнякам).  A name of several words is read by its given name (forms.base_form); a
lone word is read here, and all its case forms the same way:

1. a stem only an a-stem has (consonant + к: Лукашэнк-, Латушк-; a soft sign before к, г, м:
   Кузьм-) is an a-stem;
2. else the shipped surname list (OpenCorpora; a Belarusian spelling folded onto the Russian
   one as the be/ru correspondences read it: akanne, яканне, і/и, ў/в ...) decides when it
   holds exactly one of the two nominatives:
   Кучма, Капіца, Купала, Олеша are a-stems; Шагал, Мароз, Мазур, Гітлер are consonant stems;
3. else the stem's last consonant: a hard л after a vowel (or й) ends no Belarusian or Russian
   name but a borrowed one (Шагал, Хейердал: the list holds them), while the agent nouns in
   -ла are a common surname pattern (Цапкала, Купала, Куціла, Шуміла), so that -а is the
   nominative, unless the stem is a man's given name of the cross-language lexicon (Міхала,
   Даніла); every other consonant leans the other way in the list (after a vowel, -р: 191
   consonant stems to 6 a-stems, -ш 10 to 3, -з 13 to 5, -д 8 to 6: Мазур, Буш, Мароз, Брод;
   -л: 3 to 7) and keeps the genitive reading (Шкляра, Кулеша: Шкляр and Кулеш are names too).
"""

from __future__ import annotations

import functools
import re
from typing import Final

from belnews.names.given import given_name_groups
from belnews.names.lexicon import names_data
from belnews.text import APOSTROPHES, LACINKA_ONLY, has_cyrillic, recase

__all__: list[str] = []  # private to belnews.names

CYR_CONSONANTS: Final = "бвгґджзйклмнпрстфхцчшщ"
LAT_CONSONANTS: Final = "bcćčdfghklłmnńprsśštvzźžŭ"
CONSONANTS: Final = CYR_CONSONANTS + LAT_CONSONANTS
_VOWELS: Final = "аеёіиоуыэюяaeiouy"


def a_stem(stem: str) -> bool:
    """A stem that only an a-stem noun has: consonant + к (Лукашэнк-, Латушк-, Łukašenk-), or
    a soft sign before a final к, г or м (Кузьм-, Шапуцьк-, Вольг-: no Belarusian or Russian
    name ends in -зьм or -цьк, so the nominative has an ending; Чарльз- has none)."""
    if len(stem) < 3:
        return False
    return (stem[-1] in "кk" and stem[-2] in CONSONANTS + "ыy") or (
        stem[-2] == "ь" and stem[-1] in "кгм"
    )


# Belarusian and Russian spellings of one surname folded together, as the be/ru correspondences
# read them (names/surnames.py): akanne and яканне (о/а, е/я/э), і/ы/и, ў/в, шч/щ, дз/д, ць/ть.
_FOLD: Final = (
    *(("о", "а"), ("я", "е"), ("э", "е"), ("ё", "е"), ("і", "и"), ("ы", "и"), ("ў", "в")),
    *(("ь", ""), ("ъ", "")),
    *((apostrophe, "") for apostrophe in APOSTROPHES),
    *(("шч", "щ"), ("дз", "д")),  # (after the letters: "дзь" is "д" too)
)
_SOFT_TS: Final = re.compile("ц(?=[ие])")


def _folded(word: str) -> str:
    """One key for a Belarusian and a Russian spelling of a lower-case surname (Цапкала and
    Цапкало, Капіца and Капица, Мароз and Мороз).  (``str.replace`` per pair: no letter a pair
    gives is one a later pair takes; ten times faster than ``str.translate`` on the whole list.)"""
    for letters, folded in _FOLD:
        word = word.replace(letters, folded)
    return _SOFT_TS.sub("т", word)


@functools.cache
def _folded_surnames() -> frozenset[str]:
    """The surname list (``surnames_ru.txt``), each surname folded (a man's form: the list's)."""
    # (the whole list folded at once: each step is character-local and never crosses the
    # line between two surnames, so this is _folded of each word, in a few C passes)
    # A surname on a soft consonant (Гоголь) is left out: its genitive ends in -я (Гоголя), so
    # it says nothing of a word in -а, and folded without its ь it would pass for a hard stem
    # (Гагал-: Гагала is no genitive of Гоголь).
    return frozenset(_folded(_SOFT_FINAL.sub("", names_data("surnames_ru.txt"))).split())


_SOFT_FINAL: Final = re.compile(r"(?m)^\S*ь$")


def _listed(form: str) -> bool:
    """The surname list holds ``form``, in a Russian or a Belarusian spelling."""
    return _folded(form.lower()) in _folded_surnames()


def _hard_l(stem: str) -> bool:
    """The stem ends in a hard л after a vowel or й (Цапкал-, Купал-, Tsapkal-, Capkał-).  In
    Łacinka a plain l is the soft ль (Kavala of Kavaĺ/Каваль), so there it does not count."""
    if len(stem) < 2 or stem[-2] not in _VOWELS + "йj":
        return False
    if stem[-1] in "лł":
        return True
    return stem[-1] == "l" and not has_cyrillic(stem) and not set(stem) & set(LACINKA_ONLY)


@functools.lru_cache(maxsize=1 << 14)  # the case forms of one name ask about one stem
def a_first(stem: str, a: str) -> bool:
    """True when a lone case form of the lower-case ``stem`` reads first as the a-stem
    ``stem + a`` (Цапкала, Цапкалу), False when as the consonant stem (Пазьняка, Пазьняку)."""
    if a_stem(stem):
        return True
    if len(stem) < 2 or stem[-1] not in CONSONANTS:
        return False
    if has_cyrillic(stem):
        as_a, as_consonant = _listed(stem + a), _listed(stem)
        if as_a != as_consonant:
            return as_a
    # (a man's given name of the cross-language lexicon keeps the genitive: Міхала, Даніла)
    return _hard_l(stem) and not any(s.gender == "m" for s in given_name_groups(stem))


def a_stem_instrumental(read: list[str], written: list[str], /) -> list[str]:
    """A man's name read with his given name in the instrumental: a surname left as written
    that ends in -ой/-ей after a consonant is an a-stem's (Кулебой, Притулой -> Кулеба,
    Притула; his adjectival surname would end in -ым/-им); every other word stays."""
    out = []
    for word, as_written in zip(read, written, strict=True):
        lowered = word.lower()
        a_stem = len(lowered) > 4 and lowered[-2:] in ("ой", "ей") and lowered[-3] in CYR_CONSONANTS
        if a_stem and word == as_written:
            word = word[:-2] + ("а" if lowered[-2] == "о" else "я")
        out.append(word)
    return out


# A man's surname whose nominative is -аў/-ін, read as a genitive/accusative/dative.
_MASCULINE_ENDINGS: Final = (
    ("ава", "аў"), ("ова", "оў"), ("ева", "еў"), ("ёва", "ёў"), ("іна", "ін"), ("ына", "ын"),
    ("ову", "ов"), ("ина", "ин"), ("эва", "эў"),
    ("ava", "aŭ"), ("ova", "oŭ"), ("eva", "eŭ"), ("ina", "in"), ("yna", "yn"),
)  # fmt: skip


def masculine_surname(word: str, /, *, russian: bool = False) -> str:
    """A man's surname in -ава/-іна/-ова (a genitive or accusative) as its nominative:
    Калеснікава -> Калеснікаў, Колесникова -> Колесников (``russian``: -ов for -оў)."""
    lowered = word.lower()
    for ending, nominative in _MASCULINE_ENDINGS:
        if russian and has_cyrillic(word):
            nominative = nominative.replace("ў", "в")  # Колесникова -> Колесников
        if lowered.endswith(ending) and len(lowered) > len(ending) + 2:
            return recase(word, lowered[: -len(ending)] + nominative)
    return word


# (written, read as Belarusian, Russian's): a surname's instrumental that both languages write
_BELARUSIAN_INSTRUMENTAL: Final = (
    ("овым", "оў", "ов"), ("евым", "еў", "ев"), ("ёвым", "ёў", "ёв"), ("ным", "ны", "ный"),
)  # fmt: skip


def russian_spelling(read: list[str], written: list[str], /) -> list[str]:
    """The words of a Russian name read with Belarusian's nominative put back in Russian's
    (Сергеем Лавровым: Лавров, not Лавроў; Алексеем Навальным: Навальный)."""
    out = []
    for word, as_written in zip(read, written, strict=True):
        for ending, belarusian, russian in _BELARUSIAN_INSTRUMENTAL:
            if as_written.lower().endswith(ending) and word.lower().endswith(belarusian):
                word = recase(word, word.lower()[: -len(belarusian)] + russian)
                break
        out.append(word)
    return out
