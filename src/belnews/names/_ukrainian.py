"""Ukrainian case forms of a name back to the Ukrainian nominative (for ``forms.base_form``).

Ukrainian declines names in its own way: Володимира, Володимиру/Володимирові, Володимиром are
Володимир; Петра, Петром are Петро (men's names in -о: Петро, Павло, Дмитро, Михайло); Ігоря,
Ігорем are Ігор; Миколи, Ірини are Микола, Ірина; Юлії is Юлія.  A man's surname in -енко
declines too (Порошенка, Порошенку/Порошенкові, Порошенком are Порошенко; a woman's does not:
Юлії Тимошенко).  The Belarusian rules would read Петра as Петр and keep Порошенка (a
Belarusian nominative, as Лукашэнка is), so a name is read the Ukrainian way only when its
letters say it is Ukrainian (:func:`is_ukrainian`); adjectival surnames (Зеленського ->
Зеленський) are ``_form_endings.FIXED`` endings that no other language writes.

A given name is read only to a form the lexicon lists (``given_name_groups.tsv``, Ukrainian
forms first): an ending says which forms to try, the lexicon says which one exists.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Final

from belnews.names._form_endings import UKRAINIAN
from belnews.names.given import _exact_senses, _listed_senses, _rows, given_name_groups
from belnews.text import recase

__all__: list[str] = []  # private to belnews.names

# Letters Ukrainian lacks (ы э ё ъ, and the Belarusian ў) and letters only Ukrainian has (є ї;
# ґ is also classical Taraškievica's).
_NOT_UKRAINIAN: Final = frozenset("ыэёъў")
_UKRAINIAN: Final = frozenset("єї")
# What Belarusian never writes: и, щ, and е/і/я/ю after its always hard ж ш ч р ц.
_NOT_BELARUSIAN: Final = re.compile("[иищ]|[жшчрц][еєіїяю]")
# A man's surname in -енко in a case (Russian leaves -енко as it is, Belarusian writes -енка
# as a nominative and -энк- after a hard consonant).
_ENKO_CASE: Final = re.compile(r"енк(?:а|у|ові|ом)(?:\s|$)")

_VOWELS: Final = "аеєиіїоуюяь'’ʼ"

# (ending, what replaces it, in the order tried): a given name's case ending and the
# nominative endings it may stand for.  Longest endings first.
_GIVEN_CASES: Final = (
    ("ові", ("", "о")), ("еві", ("ь", "")), ("єві", ("й",)),
    ("ою", ("а",)), ("ею", ("я",)), ("єю", ("я",)),
    ("ом", ("", "о")), ("ем", ("ь", "")), ("єм", ("й",)),
    ("ї", ("я",)), ("я", ("й", "", "ь")), ("ю", ("й", "я", "ь", "")),
    ("а", ("", "о")), ("у", ("", "о", "а")), ("и", ("а",)), ("і", ("а", "", "о")),
)  # fmt: skip
# the instrumental and dative endings of _GIVEN_CASES, which the general reading leaves (-ові,
# -ем, -єм ...; its -а, -у, -і it reads as Belarusian or Russian ones)
_INSTRUMENTAL_DATIVE: Final = ("ові", "еві", "єві", "ою", "ею", "єю", "ом", "ем", "єм")
_ENKO_ENDINGS: Final = ("енкові", "енком", "енка", "енку")
# a man's possessive surname in -ін/-ин/-ов/-ев/-єв in the instrumental (Путіним, Івановим): the
# one case of it the general reading leaves as it is
_POSSESSIVE_INSTRUMENTAL: Final = ("іним", "иним", "їним", "овим", "евим", "євим")
_ADJECTIVE_CASES: Final = tuple(UKRAINIAN)


def is_ukrainian(name: str, read_word: Callable[[str], str]) -> bool:
    """True when ``name`` (all its words) reads as Ukrainian: no letter Ukrainian lacks (ы э ё
    ъ ў), and є or ї, a Ukrainian adjectival ending (Зеленського), a man's given name in a case
    only Ukrainian reads (Дмитра, Михайла: no listed *Дмитр, *Михайл; ``read_word`` is the
    general reading), or a sign of not being Belarusian (и, щ, ре, ше ...) with one of not being
    Russian (і) or a man's surname in -енко in a case (Петра Порошенка)."""
    low = name.lower()
    if not _NOT_UKRAINIAN.isdisjoint(low):
        return False
    if not _UKRAINIAN.isdisjoint(low) or any(w.endswith(_ADJECTIVE_CASES) for w in low.split()):
        return True
    if _NOT_BELARUSIAN.search(low) is None:
        return False
    if "і" in low or _ENKO_CASE.search(low) is not None:
        return True
    return any(_only_ukrainian(word, read_word) for word in name.split())


def _only_ukrainian(word: str, read_word: Callable[[str], str]) -> bool:
    """A case form of a Ukrainian given name that the general reading reads as no listed name."""
    found = _given_by(word, _ukrainian_forms().get)
    return found is not None and read_word(word).lower() not in _other_forms()


@functools.cache
def _ukrainian_forms() -> dict[str, str]:
    """Lower-case Ukrainian given names of the lexicon -> gender."""
    return {form.lower(): gender for _, gender, form, lang, _ in _rows() if lang == "uk"}


@functools.cache
def _other_forms() -> frozenset[str]:
    """Lower-case given names of the lexicon as Belarusian, Russian or Bulgarian spell them."""
    return frozenset(form.lower() for _, _, form, lang, _ in _rows() if lang in ("be", "ru", "bg"))


def _listed_gender(form: str) -> str | None:
    """The gender of a given name listed as spelt in a Cyrillic language, when it has one."""
    genders = {s.gender for s in _listed_senses(form) if s.lang in ("uk", "ru", "be", "bg")}
    return genders.pop() if len(genders) == 1 else None


def _spelt_gender(form: str) -> str | None:
    """The gender of a given name another language spells with the same letters up to і/и,
    е/є and the like (Юлія: Юлия), when its full readings have one gender."""
    genders = {s.gender for s in _exact_senses(form) if not s.diminutive}
    return genders.pop() if len(genders) == 1 else None


def _given_by(word: str, gender_of: Callable[[str], str | None]) -> tuple[str, str] | None:
    lowered = word.lower()
    for ending, replacements in _GIVEN_CASES:
        if not lowered.endswith(ending) or len(lowered) < len(ending) + 2:
            continue
        stem = lowered[: -len(ending)]
        for replacement in replacements:
            gender = gender_of(stem + replacement)
            if gender is not None:
                return recase(word, stem + replacement), gender
        return None  # (the longest ending that fits decides)
    return None


def given_nominative(word: str) -> tuple[str, str] | None:
    """(nominative, gender) of a Ukrainian given name's case form, or ``None`` when no form
    its ending may stand for is a listed given name (Петра -> Петро, Ігоря -> Ігор): a
    Ukrainian form of the lexicon first, then one listed in another Cyrillic language, then
    one spelt so in another language up to і/и (Олексія -> Олексій, Юлії -> Юлія)."""
    for gender_of in (_ukrainian_forms().get, _listed_gender, _spelt_gender):
        found = _given_by(word, gender_of)
        if found is not None:
            return found
    return None


def instrumental_or_dative_given(word: str) -> str | None:
    """The nominative of a given name in the instrumental or dative as Ukrainian writes them
    (Володимиром, Андрієм, Олександрові: Володимир, Андрій, Олександр), or ``None`` (a word
    with a letter Ukrainian lacks, another ending, no listed nominative)."""
    lowered = word.lower()
    if not lowered.endswith(_INSTRUMENTAL_DATIVE) or not _NOT_UKRAINIAN.isdisjoint(lowered):
        return None
    found = given_nominative(word)
    return None if found is None else found[0]


def surname_nominative(word: str) -> str | None:
    """Порошенка, Порошенкові, Порошенком -> Порошенко, Кудлаєнком -> Кудлаєнко (a man's
    surname in -енко, -єнко after a vowel); Путіним, Івановим -> Путін, Іванов."""
    lowered = word.lower()
    for ending in _ENKO_ENDINGS:
        for spelt, nominative in ((ending, "енко"), ("є" + ending[1:], "єнко")):
            if lowered.endswith(spelt) and len(lowered) > len(spelt) + 1:
                return recase(word, lowered[: -len(spelt)] + nominative)
    if lowered.endswith(_POSSESSIVE_INSTRUMENTAL) and len(lowered) > 6:
        return recase(word, lowered[:-2])
    return None


def _listed_as_is(word: str, others: list[str]) -> str | None:
    """The gender of a word in -а/-я that is a nominative as written when no other word of the
    name is in a case: a listed given name (Юлія, Олександра), or a woman's name before a
    surname in a consonant (a man's such surname declines in Ukrainian, a woman's does not:
    Владислава Калєтнік; -ів is also a plural genitive, Бориса Шефірів).  ``None``: a case."""
    lowered = word.lower()
    if lowered[-1:] not in ("а", "я"):  # (only these endings are a nominative's and a case's)
        return None
    listed = _ukrainian_forms().get(lowered) or _listed_gender(lowered) or _spelt_gender(lowered)
    if listed is not None:
        return listed
    if any(s.gender == "f" and not s.diminutive for s in given_name_groups(word)):
        return "f"
    consonants = [o.lower() for o in others]
    woman = consonants and all(
        o[-1:] not in _VOWELS + "й" and not o.endswith("ів") for o in consonants
    )
    return "f" if woman else None


def read_ukrainian(
    words: list[str], read_word: Callable[[str], str], masculine: Callable[[str], str]
) -> str:
    """The nominative of a Ukrainian name's words: a man's surname in -енко and a listed given
    name by the Ukrainian endings, other words by ``read_word`` (the general reading); when a
    given name is a man's, ``masculine`` reads the surnames as a man's (Чернишова -> Чернишов).
    A word that is itself a listed given name (Юлія) stays so unless another word is in a case
    (Володимира Зеленського: Володимир)."""
    given = [None if "-" in word else given_nominative(word) for word in words]
    rest = [
        w if g else surname_nominative(w) or _read_other(w, read_word)
        for w, g in zip(words, given, strict=True)
    ]
    inflected = any(g is None and r != w for w, g, r in zip(words, given, rest, strict=True))
    out, man = [], False
    for word, found, other in zip(words, given, rest, strict=True):
        others = [w for w in words if w != word]
        kept = None if found is None or inflected else _listed_as_is(word, others)
        if found is None or kept is not None:
            out.append(other)
            man = man or kept == "m"
        else:
            out.append(found[0])
            man = man or found[1] == "m"
    return " ".join([masculine(word) for word in out] if man else out)


def _read_other(word: str, read_word: Callable[[str], str]) -> str:
    """A word that is no given name's case form: -и after a consonant is an a-stem's genitive
    (Кулеби: Кулеба) and -ою its instrumental (Притулою: Притула; not an adjective's,
    Зеленською), else the general reading, part by part."""
    lowered = word.lower()
    if lowered.endswith("и") and len(lowered) > 3 and lowered[-2] not in _VOWELS:
        return recase(word, lowered[:-1] + "а")
    a_stem = len(lowered) > 4 and lowered[-3] not in _VOWELS
    if a_stem and lowered.endswith("ою") and not lowered.endswith(("ською", "цькою", "зькою")):
        return recase(word, lowered[:-2] + "а")
    return "-".join(read_word(part) if part else part for part in word.split("-"))
