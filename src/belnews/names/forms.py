"""Inflected names back to the nominative, in Belarusian, Russian, Łacinka (and Polish press).

Belarusian and Russian decline names: Лукашэнку, Лукашэнкам (dat., ins.) are Лукашэнка;
Ціханоўскай is Ціханоўская; Тихановского is Тихановский; Łukašenku is Łukašenka.  Without a
dictionary some forms are ambiguous (Лосіка: genitive of Лосік, or a woman's Лосіка?), so
:func:`base_form` follows rules that keep gender and never turn a nominative of a common pattern
into something else:

1. endings that only an inflected form has (-скай, -скага, -нага, -авым, -віча ..., and the
   Łacinka and Polish equivalents) are replaced by their nominative;
2. other endings (-у, -ам, -і, -ы, -е, -ай, -а ...) give candidate nominatives; a candidate that is
   a given name of the table wins, else the rule's default (an a-stem keeps its -а: Лукашэнку ->
   Лукашэнка, Цапкалу -> Цапкала; other stems drop the ending: Лосіку -> Лосік; which stem is
   which is read by ``_stem_class``: the stem's letters, then the surname list);
3. a word that is a listed given name, or matches none of the rules, is left alone.

:func:`base_candidates` exposes every candidate, which the matcher tries in turn.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Final

from belnews.errors import ensure_str
from belnews.names._form_endings import FEMININE_INSTRUMENTAL as _FEMININE_INSTRUMENTAL
from belnews.names._form_endings import FIXED as _FIXED
from belnews.names._form_endings import NOMINATIVE as _NOMINATIVE
from belnews.names._stem_class import CONSONANTS as _CONSONANTS
from belnews.names._stem_class import CYR_CONSONANTS as _CYR_CONSONANTS
from belnews.names._stem_class import LAT_CONSONANTS as _LAT_CONSONANTS
from belnews.names._stem_class import a_first as _a_first
from belnews.names._stem_class import a_stem_instrumental, masculine_surname, russian_spelling
from belnews.names._ukrainian import is_ukrainian, read_ukrainian
from belnews.names.given import _listed_senses, given_name_groups
from belnews.names.lexicon import GivenName, given_name_group, is_given_form
from belnews.text import CYRILLIC_BASIC, STRESS_MARKS, has_cyrillic, nfc, nfd, recase

__all__ = ["ENDING_RULES", "base_candidates", "base_form", "explain_form", "gender"]

_RUSSIAN: Final = frozenset("иъщ")  # letters of Russian, not of Belarusian
_RUSSIAN_INSTRUMENTAL: Final = ("овым", "евым", "ёвым", "ыным")
_FIXED_SIZES: Final = sorted({len(ending) for ending in _FIXED}, reverse=True)
_FIXED_ENDINGS: Final = tuple(_FIXED)  # one endswith before the per-size look-ups
_FIXED_FINALS: Final = frozenset(ending[-1] for ending in _FIXED)

_VOWELS: Final = "аеёіиоуыэюяaeiouy"

# Prepositions that glue to a name in running text ("ź Cichanoŭskim", "з Лукашэнкам").
_PREPOSITIONS: Final = frozenset(
    {
        "з", "са", "ад", "да", "на", "у", "ў", "аб", "пра", "для", "пры", "па", "за", "к", "із",
        "с", "со", "о", "об", "от", "при", "про", "від", "зі", "між", "перед", "щодо", "серед",
        "z", "ź", "sa", "ad", "da", "na", "u", "ŭ", "ab", "pra", "dla", "pry", "pa", "za",
    }
)  # fmt: skip
_WORD: Final = re.compile(r"\S+")
# A stress mark sits on a Cyrillic vowel; on a Latin letter the acute is a letter (Ś, ź, ć, á).
_STRESS: Final = re.compile(f"(?<=[{CYRILLIC_BASIC}])[{STRESS_MARKS}]")
_NOMINATIVE_FINALS: Final = frozenset(ending[-1] for ending in _NOMINATIVE)


def _fleeting(stem: str) -> str | None:
    """The nominative of a stem that lost a fleeting e (Паўл- Павел, Севярынц- Севярынец)."""
    if len(stem) < 3 or stem[-2] not in _CONSONANTS + "ў":
        return None
    if stem.endswith(("ўл", "вл")):
        return stem[:-2] + "вел"
    if stem[-1] == "ц" and stem[-2] not in "йц":
        return stem[:-1] + "ец"
    return None


# --- rule 2: candidate nominatives by the ending, as a list of small named rules -------------
# Each rule returns ``None`` when it does not apply, else its candidates (default first; ``""``
# means "the word itself").  The first rule that applies decides; its name is what
# :func:`explain_form` reports.


def _stem_script_a(word: str) -> tuple[str, bool, str]:
    """The word without its ending letter, whether it is Cyrillic, and its script's -а."""
    cyrillic = has_cyrillic(word)
    return word[:-1], cyrillic, "а" if cyrillic else "a"


def _lithuanian_nominative(word: str) -> list[str] | None:
    """Minskas, Gomelis, Siarhejus: a Lithuanian nominative ending on a Latin word."""
    if word.endswith(("as", "is", "us")) and len(word) > 5 and word[-3] in _LAT_CONSONANTS:
        return ["", word[:-2]]
    return None


def _soft_instrumental(word: str) -> list[str] | None:
    """Юрыем, Андрэем, Юрием: -ем after a vowel is the instrumental of a name in -й (or -ы)."""
    if not (word.endswith(("ем", "ём", "em")) and len(word) > 4 and word[-3] in _VOWELS):
        return None
    if word[-3] in "ыі":  # Belarusian Юры, Дзмітры end in the vowel
        return [word[:-2], word[:-2] + "й"]
    return [word[:-2] + ("й" if word[-1] == "м" else "j")]


_NEVER_SOFT: Final = "жшчщцйў"  # -ем after these is a hard stem's (Абрамовичем)


def _soft_consonant_instrumental(word: str) -> list[str] | None:
    """Алесем, Васілём, Игорем: -ем/-ём after a consonant that can be soft is the instrumental
    of a name in -ь (a hard stem takes -ам/-ом); the stem as it is after it."""
    if not (word.endswith(("ем", "ём")) and len(word) > 4):
        return None
    stem = word[:-2]
    if stem[-1] not in _CYR_CONSONANTS or stem[-1] in _NEVER_SOFT:
        return None
    return [stem + "ь", stem]


def _hard_instrumental(word: str) -> list[str] | None:
    """Лукашэнкам, Лосікам: -ам/-ом/-ем; an a-stem keeps its -а (Лукашэнка)."""
    if not (word.endswith(("ам", "am", "ом", "em", "ем")) and len(word) > 4):
        return None
    stem = word[:-2]
    a = "а" if has_cyrillic(stem) else "a"
    return [stem + a, stem] if _a_first(stem, a) else [stem]


# The stem of an adjectival surname's nominative (Ціханоўскі, Тихановский, Tsikhanouski(y)).
_ADJECTIVE_STEMS: Final = ("скі", "цкі", "ски", "цки", "ski", "sky", "cki", "cky", "ský", "cký")


def _after_vowel(word: str) -> list[str] | None:
    """The ending follows a vowel (Марыі, Андрэю, Марыю, Макея): the stem ends in й or я."""
    last, stem = word[-1], word[:-1]
    if len(stem) >= 2 and stem[-1] in _CONSONANTS + "ьj’'ʼ":
        return None
    if stem.lower().endswith(_ADJECTIVE_STEMS):
        return None  # an adjective's -скі declines as one: no "Tsikhanouskya" of *-skyj
    if last in "іi" and stem and stem[-1] in _VOWELS:
        return [stem + ("я" if stem[-1] in _VOWELS[:9] else "ja")]
    if last == "ю" and stem[-1:] in ("е", "э") and len(stem) > 2:
        return [stem + "й", ""]  # Андрэю, Макею: -ею is no case of a woman's -ея
    if last == "ю" and stem and stem[-1] in _VOWELS:
        return ["", stem + "я", stem + "й"]
    if last in "аяуa" and stem and stem[-1] in _VOWELS:
        return ["", stem + ("й" if last != "a" else "j")]
    return []


def _accusative_u(word: str) -> list[str] | None:
    """Лукашэнку (a-stem: Лукашэнка), Лосіку (Лосік), Рэгіну (a woman's Рэгіна, by the lexicon)."""
    if word[-1] not in "уu":
        return None
    stem, _, a = _stem_script_a(word)
    return [stem + a, stem] if _a_first(stem, a) else [stem, stem + a]


def _dative_ju(word: str) -> list[str] | None:
    """Ілью, Ігару's soft twin: -ю after a consonant is -я, -ь or -й."""
    if word[-1] != "ю":
        return None
    stem = word[:-1]
    return [stem + "я", stem + "ь", stem + "й"]


def _genitive_y(word: str) -> list[str] | None:
    """-ы is the genitive of an a-stem (Бабарыкі's hard twin: Дуды, Скарыны, Тычыны), except
    after the adjectival suffix -н- on a consonant: Навальны, Чорны, Ясны are nominatives (the
    word itself first; a listed given name still wins, Жанны)."""
    if word[-1] not in "ыy":
        return None
    stem, _, a = _stem_script_a(word)
    before = stem[-2:-1]  # (a soft sign counts as its consonant: Навальны)
    adjective = stem[-1:] in ("н", "n") and before in _CONSONANTS + "ьў" and before not in "нn"
    return ["", stem + a] if adjective else [stem + a]


def _genitive_i(word: str) -> list[str] | None:
    """Лукашэнкі (к г х: a-stem), Дар’і (after an apostrophe: -я), Ганні / Марыі ..."""
    if word[-1] not in "іi":
        return None
    stem, cyrillic, a = _stem_script_a(word)
    if stem[-1] in "гкхgkh" or stem.endswith("ch"):
        return [stem + a]
    if cyrillic and stem[-1] in "’'ʼ":
        return [stem + "я"]
    return [stem + ("я" if cyrillic else "a"), stem + a, stem + ("ь" if cyrillic else "")]


def _locative_e(word: str) -> list[str] | None:
    """Лукашэнку's locative twin: -е is an a-stem's dative/locative, or a man's locative."""
    if word[-1] not in "еe":
        return None
    stem, cyrillic, a = _stem_script_a(word)
    return [stem + a, stem + ("я" if cyrillic else "a"), stem]


def _genitive_a(word: str) -> list[str] | None:
    """Адама, Аслюка: a man's genitive/accusative, unless the stem reads as an a-stem's
    (Лукашэнка, Латушка, Бабарыка, Кучма, Цапкала, Купала stay: see ``_stem_class``)."""
    if word[-1] not in "аa":
        return None
    stem = word[:-1]
    if stem.lower().endswith(_ADJECTIVE_STEMS):
        return None  # (as in _after_vowel: Tsikhanouskia is no genitive of *Tsikhanouski)
    return ["", stem] if _a_first(stem, word[-1]) else [stem, ""]


def _genitive_ja(word: str) -> list[str] | None:
    """Ігара's soft twin: -я after a consonant (Васіля, Гая)."""
    if word[-1] != "я":
        return None
    stem = word[:-1]
    return [stem + "ь", "", stem + "й", stem]


#: The ending rules in the order they are tried; each is named for ``explain_form``.
ENDING_RULES: Final[tuple[tuple[str, Callable[[str], list[str] | None]], ...]] = (
    ("lithuanian_nominative", _lithuanian_nominative),
    ("soft_instrumental", _soft_instrumental),
    ("soft_consonant_instrumental", _soft_consonant_instrumental),
    ("hard_instrumental", _hard_instrumental),
    ("after_vowel", _after_vowel),
    ("accusative_u", _accusative_u),
    ("dative_ju", _dative_ju),
    ("genitive_y", _genitive_y),
    ("genitive_i", _genitive_i),
    ("locative_e", _locative_e),
    ("genitive_a", _genitive_a),
    ("genitive_ja", _genitive_ja),
)


# The last letters the rules other than after_vowel start from (each rule's first test is on
# the last letter): a word ending otherwise, whose letter before the last is a consonant (so
# after_vowel does not apply either), goes through no rule - an exact shortcut of the chain.
_RULE_FINALS: Final = frozenset("sмmуuюыyіiеeаaя")
_NOT_AFTER_VOWEL: Final = frozenset(_CONSONANTS + "ьj’'ʼ")


def _ending_rule(word: str) -> tuple[str, list[str]]:
    """(name of the rule that applied, its candidates) for a lower-case word."""
    if word[-1] not in _RULE_FINALS and len(word) >= 3 and word[-2] in _NOT_AFTER_VOWEL:
        return "none", []
    for name, rule in ENDING_RULES:
        found = rule(word)
        if found is not None:
            return name, found
    return "none", []


def _generic(word: str) -> list[str]:
    """Candidate nominatives of a lower-case word by its ending; the default first."""
    return _ending_rule(word)[1]


@functools.lru_cache(maxsize=1 << 14)  # inflected forms of one name share candidates
def _listed_woman(candidate: str) -> bool:
    """A woman's given name of the cross-language lexicon (Рэгіна, Эльжбета, Райна): so -у is
    her accusative (Рэгіну), not a man's dative of *Рэгін."""
    if not has_cyrillic(candidate) or candidate[-1:] not in ("а", "я"):
        return False
    senses = given_name_groups(candidate)
    return bool(senses) and all(s.gender == "f" and not s.diminutive for s in senses)


def _feminine_instrumental(word: str) -> list[str]:
    if word.endswith(("й", "ю", "j", "ju")):
        for ending, nominative in _FEMININE_INSTRUMENTAL:
            if word.endswith(ending) and len(word) > 4:
                return ["", word[: -len(ending)] + nominative]
    return []


@functools.lru_cache(maxsize=1 << 15)
def _decide(word: str) -> tuple[str, tuple[str, ...]]:
    """(name of the rule that decided, the nominatives ``word`` may stand for, best first).

    The one decision path of :func:`base_form`, :func:`base_candidates` and
    :func:`explain_form`: rules 1 and 3 on the whole word, else the ending rules (the word itself
    when uninflected)."""
    lowered = word.lower()
    whole = _whole_word(word, lowered)
    if whole is not None:
        return whole
    rule, found = _rule_candidates(lowered)
    # An empty string in the list means "the word itself, unless a given name says otherwise".
    # A curated given name first (Алесю -> Алесь), then a woman's name of the cross-language
    # lexicon (Рэгіну -> Рэгіна).
    named = [c for c in found if c and is_given_form(c)] or [
        c for c in found if c and _listed_woman(c)
    ]
    if named:
        return rule, (recase(word, named[0]),)
    if not found or found[0] == "":
        return rule, (word, *(recase(word, c) for c in found if c))
    return rule, (*dict.fromkeys(recase(word, c) for c in found if c), word)


def _rule_candidates(lowered: str) -> tuple[str, list[str]]:
    """Rule 2 on a lower-case word: (the rule's name, its candidates, a fleeting e restored)."""
    feminine = _feminine_instrumental(lowered)
    rule, found = ("feminine_instrumental", feminine) if feminine else _ending_rule(lowered)
    # A fleeting e restored first (Севярынца: Севярынец), the stem as it is after it (a stem
    # may end so: Керестеджиянца is Керестеджиянц's).
    return rule, [form for c in found for form in dict.fromkeys((_fleeting(c) or c, c))]


def _first_candidate(word: str) -> str:
    return _word_candidates(word)[0]


def _word_candidates(word: str) -> tuple[str, ...]:
    """The nominatives ``word`` may stand for, best first (the word itself when uninflected)."""
    return _decide(word)[1]


def _whole_word(word: str, lowered: str) -> tuple[str, tuple[str, ...]] | None:
    """Rule 1 and 3: a possessive, a listed given name, a nominative ending, or an ending only
    an inflected form has, with the rule's name; ``None`` when the ending rules must decide."""
    if word.endswith(("'s", "’s")):
        return "possessive", (word[:-2],)
    if is_given_form(word):
        return "given", (word,)
    if len(lowered) < 3:
        return "none", (word,)
    if lowered.endswith(("ва", "ву", "вам", "ве")) and len(lowered) > 5:
        # Станіслава, Уладзіславу: a given name in -аў declines like a surname in -аў.
        stem = lowered[: lowered.rindex("в")] + "ў"
        if is_given_form(stem):
            return "given_in_au", (recase(word, stem),)
    last = lowered[-1]  # (each endswith below is tried only when the last letter can end it)
    if last in _NOMINATIVE_FINALS and lowered.endswith(_NOMINATIVE):
        return "nominative", (word,)
    if last == "м" and lowered.endswith(_RUSSIAN_INSTRUMENTAL) and not _RUSSIAN.isdisjoint(lowered):
        # Ивановым, Путиным: -ов/-ин (the Belarusian -овым is -оў)
        return "russian_instrumental", (word[:-2],)
    if last not in _FIXED_FINALS or not lowered.endswith(_FIXED_ENDINGS):
        return None
    for size in _FIXED_SIZES:
        ending = lowered[-size:]
        if ending in _FIXED and len(lowered) > size + 1:
            return "fixed", (recase(word, lowered[:-size] + _FIXED[ending]),)
    return None


def _clean(name: str) -> str:
    """NFC without the stress marks on Cyrillic vowels (as :func:`base_form` reads a name)."""
    if name.isascii():  # (no mark to take off: ASCII is its own NFD and NFC)
        return name
    return nfc(_STRESS.sub("", nfd(name)))


def explain_form(word: str, /) -> str:
    """The name of the rule that decided one word's nominative in :func:`base_form` (the same
    decision path, so the two never disagree): ``"possessive"``, ``"given"`` (a listed given
    name), ``"given_in_au"`` (Станіслава), ``"nominative"`` (a nominative ending, kept),
    ``"russian_instrumental"``, ``"fixed"`` (an ending only an inflected form has),
    ``"feminine_instrumental"``, a name of :data:`ENDING_RULES`, or ``"none"``.  In a name of
    several words :func:`base_form` may also read a word by its neighbours (a man's genitive);
    this explains the word alone, as :func:`base_candidates` reads it.

    >>> explain_form("Лукашэнку"), explain_form("Ціханоўскай"), explain_form("Юрыем")
    ('accusative_u', 'fixed', 'soft_instrumental')
    >>> explain_form("Ивановым"), explain_form("Tsikhanouskaya’s"), explain_form("Станіслава")
    ('russian_instrumental', 'possessive', 'given_in_au')
    """
    return _decide(_clean(ensure_str(word, "word")))[0]


def base_candidates(word: str, /) -> tuple[str, ...]:
    """Every nominative a single word may be an inflected form of, best guess first."""
    return _word_candidates(ensure_str(word, "word"))


def base_form(name: str, /) -> str:
    """The nominative of an inflected personal name, keeping its gender.

    Works on Belarusian (either orthography) and Russian Cyrillic, Łacinka and Polish press
    forms; a leading preposition is dropped ("ź Cichanoŭskim" -> "Cichanoŭski").  Words that are
    not inflected (or not recognisably so) are returned unchanged.

    >>> base_form("Лукашэнку"), base_form("Лукашэнкам"), base_form("Ціханоўскай")
    ('Лукашэнка', 'Лукашэнка', 'Ціханоўская')
    >>> base_form("Тихановского"), base_form("Łukašenku"), base_form("ź Cichanoŭskim")
    ('Тихановский', 'Łukašenka', 'Cichanoŭski')
    """
    name = _clean(ensure_str(name, "name"))
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(name)]
    while len(words) > 1 and words[0][0] in _PREPOSITIONS:
        words.pop(0)
    if not words:
        return name.strip()
    if len(words) > 1 and any(_nominative_given(word) for word, _, _ in words):
        # A name is read in one case, and a given name as written says which: "Валерый
        # Цапкала", "Андрэй Шарэнда" are nominatives (not genitives of *Цапкал, *Шарэнд).
        return " ".join(word for word, _, _ in words)
    if is_ukrainian(name, _first_candidate):  # Петра Порошенка: Ukrainian (names/_ukrainian.py)
        man = functools.partial(_masculine_surname, russian=True)  # (-ов, as Russian: Чернишов)
        return read_ukrainian([w for w, _, _ in words], _first_candidate, man)
    out = []
    for word, _, _ in words:
        parts = word.split("-")
        out.append("-".join(_word_candidates(p)[0] if p else p for p in parts))
    written = [w for w, _, _ in words]
    if len(out) > 1 and out != written:
        out = _agreed(out, written)
    return " ".join(_masculine_surnames(out, name, written))


def _agreed(out: list[str], written: list[str]) -> list[str]:
    """Another word is inflected, so this one is too: "Аляксандра Лукашэнкі" is a man's
    genitive (a woman Аляксандра would be "Аляксандра Лукашэнка"); and a man's a-stem surname
    is in his given name's instrumental: "Дмитрием Кулебой"."""
    out = [_masculine_given(o) if o == w else o for o, w in zip(out, written, strict=True)]
    return a_stem_instrumental(out, written) if _masculine(out) else out


def _masculine_surnames(out: list[str], name: str, written: list[str]) -> list[str]:
    """A man's surname in -ава/-іна is a genitive or accusative (Аляксандра Калеснікава); a
    name a Russian letter or a Russian given name marks as Russian keeps -ов (Лавровым)."""
    if len(out) < 2:
        return out
    russian = not _RUSSIAN.isdisjoint(name.lower()) or any(map(_russian_given, out))
    if russian:  # Иван Колесникова, Сергеем Лавровым: no ў in Russian
        out = russian_spelling(out, written)
    if not _masculine(out):
        return out
    return [_masculine_surname(word, russian=russian) for word in out]


def _russian_given(word: str) -> bool:
    """A given name as Russian spells it and Belarusian does not (Сергей; not Сяргей, Ігар)."""
    group = _listed(word)
    return group is not None and word in group.ru and word not in group.be


def _nominative_given(word: str) -> bool:
    """A given name in its nominative as written: listed (the curated table or the multilingual
    lexicon, as spelt) and no case form of a man's listed name (Аляксандра, Яна, Alexandru:
    genitives and a Czech dative of Аляксандр, Ян, Alexandr, and names of their own too, so
    the case stays open)."""
    if len(word) < 2 or not (is_given_form(word) or _listed_senses(word)):
        return False
    if word[-1:].lower() not in "аяуюau":
        return True
    stem = word[:-1]
    soft = stem + "й" if word[-1:] in "яю" else stem  # (Андрэя, Андрэю: of Андрэй)
    return not (_is_man(stem) or _is_man(soft))


def _is_man(word: str) -> bool:
    listed = _listed(word)
    if listed is not None:
        return listed.gender == "m"
    return any(sense.gender == "m" for sense in _listed_senses(word))


def _masculine_given(word: str) -> str:
    """Аляксандра -> Аляксандр when the form without -а/-a is a man's listed given name."""
    if len(word) < 4 or word[-1] not in "аa":
        return word
    group = _listed(word[:-1])
    return word[:-1] if group is not None and group.gender == "m" else word


def _masculine(words: list[str]) -> bool:
    """True when a word is a listed masculine given name (and none is feminine)."""
    genders = {group.gender for w in words if (group := _listed(w)) is not None}
    return genders == {"m"}


def _listed(word: str) -> GivenName | None:
    return given_name_group(word) if is_given_form(word) else None


def _masculine_surname(word: str, *, russian: bool = False) -> str:
    return word if _listed(word) is not None else masculine_surname(word, russian=russian)


def gender(name: str, /) -> str | None:
    """``"m"``, ``"f"`` or ``None``: read from a listed given name, else from the surname ending.

    >>> gender("Śviatłana Cichanoŭskaja"), gender("Siarhiej Cichanoŭski"), gender("Лосік")
    ('f', 'm', None)
    """
    from belnews.names._tokens import parse_name

    name = ensure_str(name, "name")
    for token in parse_name(name):
        group = given_name_group(token.text) if token.group else None
        if group is not None:
            return group.gender
    for token in parse_name(name):
        if token.skeleton.endswith(("A", "ava", "ana")):
            return "f"
        if token.skeleton.endswith(("I", "av", "an")):
            return "m"
    return None
