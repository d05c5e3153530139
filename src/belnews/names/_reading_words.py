"""Word-level evidence for :mod:`belnews.names.reading`: the endings and marks that show a Latin
word is a romanized East Slavic name, and the given-name readings (the listed form nearest a
word; a given name printed in the German transcription or in another language's case)."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from belnews.names.given import NameSense, _fine, _near, given_name_groups, group_forms
from belnews.names.press import GERMAN_SIGN, LITHUANIAN_ENDING, case_nominatives, german_spellings
from belnews.names.surnames import belarusian_surname, russian_surname
from belnews.text import APOSTROPHES, fold, recase

_SLAVIC_LANGS: Final = frozenset({"be", "ru", "uk", "bg", "pl", "cs", "sk"})
# Surname endings of East Slavic names (and their press spellings); -ala/-alo (Цапкала), -eu
# (passport -еў: Salauyeu), -nik/-onok/-onak (Калеснік, Лукашонак) and -vich/-vič/-witsch were
# added in round 3.
SLAVIC_ENDING: Final = re.compile(
    "(?:enka|enko|skis|ckis|ská|cká|ski|sky|skiy|skii|skij|skaya|skaja|skaia|ska|cki|cka|ava|ova|eva|ov|ev|ou|au"
    "|ich|vich|wicz|uk|iuk|yuk|chuk|yk|in|ina|yna|ka|ko|ak|ets|ec|ovna|auna|ala|alo|nik|onok|onak"
    "|yeu|[bcdfghklmnprstvwz]eu)$",
    re.IGNORECASE,
)
# Endings that are East Slavic evidence on their own, however a word's letters read (the
# English-press hybrid Tsikhanovskaya: a Belarusian onset with a Russian ending).  The short
# endings above (-in, -ka, -ov, -ou ...) also end names of other languages, so they count only
# with a reading the letter models accept.
STRONG_SLAVIC_ENDING: Final = re.compile(
    "(?:sk|ck)(?:aya|aja|aia|iy|ii|ij|y|i)$|(?:enka|enko|ovich|evich|avich|owicz|ewicz|ovna|evna"
    "|auna|chuk|iuk|yuk|ovic|evic|avic|owitsch|ewitsch|awitsch|(?:ch|cz)[yi]k"
    "|vichy|vichi|vicy|vici|witschi|wicze)$",
    re.IGNORECASE,
)
# When a given name is tried in the German transcription: sch and w of press.GERMAN_SIGN, every
# z (dz, tz, zz too: the reading must still be a listed given name) and ds (дз: Uladsimir) - the
# gate the given-name reader was tuned with; not ss alone.
_GERMAN_SIGNS: Final = re.compile(
    "|".join((GERMAN_SIGN["sch"], GERMAN_SIGN["w"], "z", "ds")), re.IGNORECASE
)
_ROMANIZATION_MARKS: Final = frozenset(APOSTROPHES + "ʺ”")  # ь ъ of BGN/PCGN, ISO 9, ALA-LC
_TIE_OR_PRIME: Final = re.compile("[\u0361\u0360ʹʺǔǓ]|ì(?=.)|Ì(?=.)")
_BGN_SIGN: Final = re.compile(
    "(?<=[a-z]{2})[’ʼ”](?=y[aeiou]|[bcdfghklmnprstvz])|(?<=[lnts])’$", re.IGNORECASE
)


def given_forms(word: str, senses: frozenset[NameSense]) -> tuple[str, str] | None:
    """(be, ru) of a given name: the listed Belarusian form nearest the word (Ales -> Алесь, not
    Аляксандр), else the group's usual one; in Russian the same form when Russian lists it too
    (Алесь), else the group's usual Russian form."""
    groups = sorted({s.group for s in senses}, key=lambda g: (g.startswith("x_"), g))
    group = groups[0]
    if all(s.diminutive for s in senses if s.group == group):
        return None  # a pet form is read like any other word (Sasha -> Саша)
    # Only the curated table's variants are names of their own (Алесь, Зміцер, Кастусь); in the
    # generated groups the usual form comes first.
    be = nearest(word, curated(group, "be")) or next(iter(group_forms(group, "be")), "")
    ru = nearest(word, curated(group, "ru")) or next(iter(group_forms(group, "ru")), "")
    if be and be in group_forms(group, "ru") and not near_any(be, curated(group, "ru")):
        ru = be  # Алесь is Алесь in Russian too (Ганна is Анна: a spelling of the same form)
    if not be and ru:
        be = belarusian_surname(ru)
    if not ru and be:
        ru = russian_surname(be)
    return (recase(word, be), recase(word, ru)) if be and ru else None


def nearest(word: str, forms: tuple[str, ...]) -> str:
    """The listed form spelled like the word (exactly, then within one edit), else the first."""
    near = sorted(
        (form for form in forms if same_skeleton(form, word)),
        key=lambda form: _fine(form) != _fine(word),
    )
    return near[0] if near else forms[0] if forms else ""


def near_any(form: str, forms: tuple[str, ...]) -> bool:
    return any(same_skeleton(other, form) for other in forms)


def curated(group: str, lang: str) -> tuple[str, ...]:
    from belnews.names.lexicon import given_names

    entry = given_names().get(group)
    if entry is None:
        return ()
    return entry.be if lang == "be" else entry.ru


def same_skeleton(form: str, word: str) -> bool:
    return _near(_fine(form), _fine(word.lower().replace("x", "ks")))


def slavic_given(word: str, senses: frozenset[NameSense]) -> bool:
    """A given name of a Slavic language's list, or near a curated Cyrillic form (Sergei)."""
    if any(s.lang in _SLAVIC_LANGS for s in senses):
        return True
    return any(
        same_skeleton(form, word)
        for group in {s.group for s in senses}
        for form in curated(group, "be") + curated(group, "ru")
    )


def readable(word: str) -> bool:
    """Letters, and the marks romanizations write inside a word (tie bars, primes, apostrophes
    for ь and ъ: Zi͡anon, Pazʹni͡ak, Dar”ya, Il’ya)."""
    return word.replace("-", "").isalpha() or (
        any(ch.isalpha() for ch in word)
        and all(ch.isalpha() or ch in _ROMANIZATION_MARKS or combining(ch) for ch in word)
    )


def combining(ch: str) -> bool:
    return unicodedata.category(ch) == "Mn"


def romanized(word: str) -> bool:
    """A mark that only romanizations of Cyrillic write: ALA-LC's tie bar (i͡a), ISO 9 and
    ALA-LC primes for ь ъ (ʹ ʺ), ISO 9's ǔ and ì inside a word, BGN/PCGN's ’ and ” for ь ъ
    before y+vowel or a consonant or at the end after a consonant (Il’ya, Dabravol’ski,
    Lyuban’).  An apostrophe before another vowel is an elision (d’Alema, Dell’Orto)."""
    if _TIE_OR_PRIME.search(word):
        return True
    return _BGN_SIGN.search(word) is not None


def given_case(word: str) -> tuple[str, frozenset[NameSense]]:
    """A given name printed in another language's case (Maksimu, Aļesam, Alaksandara): its
    nominative and senses, or (word, empty)."""
    for case in case_nominatives(word):
        senses = given_name_groups(case.form)
        if senses and not all(s.diminutive for s in senses):
            return case.form, senses
    return word, frozenset()


def given_german(word: str) -> tuple[str, frozenset[NameSense]]:
    """A given name in the German transcription (Uladsimir, Waljanzin, Juri): a Duden reading
    the given-name lexicon lists, or (word, empty)."""
    if not _GERMAN_SIGNS.search(word):
        return word, frozenset()
    for spelling in german_spellings(word):
        senses = given_name_groups(spelling)
        if senses:
            return spelling, senses
    return word, frozenset()


def slavic_surname(word: str, latin: str, score: float, *, strong: bool) -> bool:
    """A surname-like word (read as ``latin`` with ``score``) has an East Slavic ending; beside
    a given name that is not Slavic (``strong``) only a strong ending counts."""
    spellings = (fold(word), fold(latin))  # as printed, and the nominative read
    # ... and the nominatives it may be a case form of (Statkiewicza, Statkevichius)
    nominatives = [fold(c.form) for c in case_nominatives(word)]
    nominatives.append(fold(LITHUANIAN_ENDING.sub("", word)))
    if any(STRONG_SLAVIC_ENDING.search(s) for s in (*spellings, *nominatives)):
        return True
    # A weak ending counts only as printed: read through a case rule, too many words get one
    # (Reine as a genitive of *Reina).
    return not strong and any(SLAVIC_ENDING.search(s) for s in spellings) and score > -0.5
