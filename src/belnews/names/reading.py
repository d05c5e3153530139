"""Reading Latin press spellings of names back into Belarusian and Russian Cyrillic.

A name in Latin letters may be a Belarusian passport spelling (Siarhei Tsikhanouski), Łacinka
(Siarhiej Cichanoŭski), an English-press Russian spelling (Sergei Tikhanovsky), a Polish or
German one (Łukaszenka, Lukaschenko) - or no Slavic name at all (Iulia Motoc).  :func:`read_latin`
reads it with every convention and keeps the reading the evidence supports:

* each word is read by the transliteration engine (:func:`belnews.to_cyrillic`) with each
  Belarusian system, and the Polish and German press conventions (spelled in Łacinka letters
  first); each reading is taken as Belarusian, and also in Russian orthography;
* the lexicons score the readings: a given name of the given-name groups
  (:mod:`belnews.names.given`), a patronymic made from one, a surname whose Russian form is in the
  OpenCorpora surname list (:mod:`belnews.names.surnames`); a reading that spells the input back
  exactly in its system scores; letters that the language's letter model never saw cost;
* one convention is chosen for the whole name; the other language's form comes from the
  correspondences (Ціханоўскі -> Тихановский, Тихановский -> Ціханоўскі).

A name with no Slavic evidence (no listed Slavic given name, no attested surname, no East Slavic
surname ending) is *foreign*: it is kept as written, never forced through a Belarusian reading.

Bounded work: a name of more than :data:`MAX_NAME` characters or :data:`MAX_WORDS` words is not
read (it comes back foreign, as written), and a word of more than :data:`MAX_WORD` letters is
kept as it is.
"""

from __future__ import annotations

import functools
import re
from typing import Literal

import attrs

from belnews.errors import ensure_str
from belnews.names.given import (
    NameSense,
    _fine,
    _near,
    given_name_groups,
    group_forms,
    patronymic_form,
    patronymic_of,
)
from belnews.names.surnames import (
    belarusian_surname,
    is_russian_surname,
    letter_fit,
    russian_surname,
    surname_readings,
    unseen_trigrams,
)
from belnews.text import Script, detect_script, fold, is_cyrillic, recase, word_pattern

__all__ = ["MAX_NAME", "MAX_WORD", "MAX_WORDS", "Reading", "read_latin"]

MAX_NAME = 200
MAX_WORDS = 12
MAX_WORD = 40

#: Readers, in the order of their weight in press text (a tie goes to the earlier one).
BELARUSIAN_READERS = (
    "passport", "bgn-pcgn", "lacinka", "press", "polish", "german", "lithuanian", "french",
    "national-2023", "national-2007", "ala-lc",
)  # fmt: skip
_SYSTEMS_FOR_LABEL = ("passport", "bgn-pcgn", "lacinka", "national-2023", "national-2007", "ala-lc")
RUSSIAN_SYSTEMS = ("wikipedia", "bgn-pcgn", "passport", "ala-lc", "iso9")
_SLAVIC_LANGS = frozenset({"be", "ru", "uk", "bg", "pl", "cs", "sk"})
# German press spellings in Łacinka letters (read then by the Łacinka table).
_GERMAN = (
    ("schtsch", "šč"), ("tsch", "č"), ("sch", "š"), ("w", "v"), ("z", "c"), ("ß", "s"), ("l", "ł"),
)  # fmt: skip
_GERMAN_S = re.compile("(?<![a-zß])s(?=[aeiouy])|(?<=[aeiouy])s(?=[aeiouy])", re.IGNORECASE)
_POLISH = (("szcz", "šč"), ("cz", "č"), ("sz", "š"), ("rz", "ž"), ("ż", "ž"), ("w", "v"))
# English-press spellings of Belarusian names mix passport letters with BGN's y for iotation
# (Tsikhanouskaya): y before a vowel after a consonant is read as passport i.
_PRESS_Y = re.compile("y(?=[aeiou])", re.IGNORECASE)
# Polish press writes ў as u after a vowel (Cichanouska): Łacinka ŭ.
_POLISH_U = re.compile("(?<=[aeiouy])u(?![aeiouy])", re.IGNORECASE)
# Lithuanian press adds its own endings to Slavic names (Cichanouskis, Lukašenkos is a case form;
# Aleksandras, Sergejus): taken off before the Łacinka reading.
_LITHUANIAN_ENDING = re.compile(
    "(?<=[sc]ki)s$|(?<=[bcčdfghklmnprsštvzž])(?:as|us)$|(?<=[ij])us$", re.IGNORECASE
)
# French press (Loukachenko, Tikhanovskaïa, Sergueï, Guéorguievna) in passport letters.
_FRENCH = (
    ("ou", "u"), ("ch", "sh"), ("ï", "i"), ("ë", "e"), ("é", "e"), ("è", "e"), ("gue", "ge"),
    ("gui", "gi"),
)  # fmt: skip
# Feminine endings of Polish and Czech press (Cichanouska = Ціханоўская).
_WEST_FEMININE = re.compile("(?<=[sc]k)[aá]$", re.IGNORECASE)
# Endings a Belarusian word does not have (Russian -ко, -ов, -ев, -ий, -ый).
_RUSSIAN_ONLY_ENDING = re.compile("(?<=[бвгджзклмнпрстфхцчш])о$|[оеё]в$|[іиы]й$|[сц]кіс$")
_POLISH_SIGNS = re.compile("sz|cz|rz|ż|ą|ę|w", re.IGNORECASE)
_SLAVIC_ENDING = re.compile(
    "(?:enka|enko|skis|ckis|ská|cká|ski|sky|skiy|skii|skij|skaya|skaja|skaia|ska|cki|cka|ava|ova|eva|ov|ev|ou|au"
    "|ich|vich|wicz|uk|iuk|yuk|chuk|yk|in|ina|yna|ka|ko|ak|ets|ec|ovna|auna)$",
    re.IGNORECASE,
)
# Endings that are East Slavic evidence on their own, however a word's letters read (the
# English-press hybrid Tsikhanovskaya: a Belarusian onset with a Russian ending).  The short
# endings above (-in, -ka, -ov, -ou ...) also end names of other languages, so they count only
# with a reading the letter models accept.
_STRONG_SLAVIC_ENDING = re.compile(
    "(?:sk|ck)(?:aya|aja|aia|iy|ii|ij|y|i)$|(?:enka|enko|ovich|evich|avich|owicz|ewicz|ovna|evna"
    "|auna|chuk|iuk|yuk)$",
    re.IGNORECASE,
)
# The Russian letter of a Belarusian initial (a Latin initial is read with the passport table).
_INITIAL_TO_RUSSIAN = str.maketrans("ІЭЎҐ", "ИЕУГ")
# Russian orthography of a Belarusian-letter reading of a Russian press spelling.
_RUSSIAN_ENDINGS = (
    ("скы", "ский"), ("цкы", "цкий"), ("скі", "ский"), ("цкі", "цкий"), ("кы", "кий"),
    ("гы", "гий"), ("хы", "хий"), ("ыі", "ый"), ("іі", "ий"), ("іа", "ия"), ("ыя", "ия"),
)  # fmt: skip
_RUSSIAN_LETTERS = str.maketrans({"ґ": "г", "і": "и", "ў": "в", "’": "ь", "'": "ь"})
_HARD_Y = re.compile("(?<=[кгх])ы")


@attrs.frozen
class Reading:
    """The Cyrillic forms of a Latin name and the convention it was read in."""

    be: str  #: Belarusian Cyrillic (the input itself when foreign)
    ru: str  #: Russian Cyrillic (the input itself when foreign)
    convention: str  #: "passport", "lacinka", "bgn-pcgn", "ru:wikipedia", "polish", "foreign" ...
    foreign: bool  #: True: not read (no Slavic evidence, or past the bounds)


@attrs.frozen
class _Candidate:
    be: str
    ru: str
    score: float
    attested: bool


def _russian_orthography(word: str) -> str:
    lowered = word.lower()
    for ending, replacement in _RUSSIAN_ENDINGS:
        if lowered.endswith(ending):
            lowered = lowered[: -len(ending)] + replacement
            break
    lowered = _HARD_Y.sub("и", lowered).replace("шч", "щ")
    lowered = (lowered[:1] + lowered[1:].replace("э", "е")).translate(_RUSSIAN_LETTERS)
    return recase(word, lowered)


def _german(word: str) -> str:
    """German press in Łacinka letters: s before a vowel is з (Sacharenko), then the table."""
    return _respell(_GERMAN_S.sub(lambda m: "Z" if m.group().isupper() else "z", word), _GERMAN)


def _lithuanian(word: str) -> str:
    """Lithuanian press in Łacinka letters: its own ending off, u after a vowel is ŭ."""
    return _POLISH_U.sub("ŭ", _LITHUANIAN_ENDING.sub("", word))


def _polish(word: str) -> str:
    return _POLISH_U.sub("ŭ", _WEST_FEMININE.sub("aja", _respell(word, _POLISH)))


def _respell(word: str, table: tuple[tuple[str, str], ...]) -> str:
    lowered = word.lower()
    for spelling, lacinka in table:
        lowered = lowered.replace(spelling, lacinka)
    return recase(word, lowered)


def _in_system(word: str, reader: str) -> tuple[str, str]:
    """A Latin word respelled for a press reader, and the system that then reads it (a
    system id reads the word as it is)."""
    if reader == "german":
        return _german(word), "lacinka"
    if reader == "polish":
        return _polish(word), "lacinka"
    if reader == "press":
        return _PRESS_Y.sub("i", word), "passport"
    if reader == "lithuanian":
        return _lithuanian(word), "lacinka"
    if reader == "french":
        return _PRESS_Y.sub("i", _respell(word, _FRENCH)), "passport"
    return word, reader


@functools.lru_cache(maxsize=1 << 14)
def _read_with(word: str, reader: str) -> str | None:
    """The Belarusian Cyrillic reading of one Latin word by one reader, or None."""
    from belnews.translit import to_cyrillic

    latin, system = _in_system(word.replace("x", "ks").replace("X", "Ks"), reader)
    cyrillic = to_cyrillic(latin, system)
    return cyrillic if is_cyrillic(cyrillic) else None


@functools.lru_cache(maxsize=1 << 14)
def _spells_back(cyrillic: str, word: str, system: str, lang: Literal["be", "ru"]) -> bool:
    from belnews.translit import to_latin

    return fold(to_latin(cyrillic, system, lang=lang, errors="ignore")) == fold(word)


def _reader_spells_back(cyrillic: str, word: str, reader: str) -> bool:
    """The reading written back in the reader's own convention is the input (case and marks
    aside): press spellings are compared after the same respelling."""
    latin, system = _in_system(word, reader)
    return _spells_back(cyrillic, latin, system, "be")


def _surname_candidates(word: str, reader: str) -> tuple[_Candidate, _Candidate] | None:
    """(read as Belarusian, read as Russian) for one surname-like word and one reader."""
    be = _read_with(word, reader)
    if be is None:
        return None
    back = 1.0 if _reader_spells_back(be, word, reader) else 0.0
    readings = surname_readings(be, source="be")
    attested_be = bool(readings) and readings[0].score == 1.0
    # Not Belarusian spelling: two о (one stress: akanne writes а), or a Russian ending.
    russian_looking = be.lower().count("о") > 1 or _RUSSIAN_ONLY_ENDING.search(be.lower())
    as_be = _Candidate(
        be,
        readings[0].form if readings else russian_surname(be),
        3.0 * attested_be
        + back
        - 1.5 * unseen_trigrams(be, "be")
        - 1.5 * bool(russian_looking)
        + 0.1 * letter_fit(be, "be"),
        attested_be,
    )
    ru = _russian_orthography(be)
    back_ru = any(_spells_back(ru, word, s, "ru") for s in RUSSIAN_SYSTEMS)
    attested_ru = bool(surname_readings(ru, source="ru")) and is_russian_surname(ru)
    as_ru = _Candidate(
        belarusian_surname(ru),
        ru,
        3.0 * attested_ru
        + max(back, 1.0 * back_ru)
        - 1.5 * unseen_trigrams(ru, "ru")
        - 0.25
        + 0.1 * letter_fit(ru, "ru"),
        attested_ru,
    )
    return as_be, as_ru


def _given(word: str, senses: frozenset[NameSense]) -> tuple[str, str] | None:
    """(be, ru) of a given name: the listed Belarusian form nearest the word (Ales -> Алесь, not
    Аляксандр), else the group's usual one; in Russian the same form when Russian lists it too
    (Алесь), else the group's usual Russian form."""
    groups = sorted({s.group for s in senses}, key=lambda g: (g.startswith("x_"), g))
    group = groups[0]
    if all(s.diminutive for s in senses if s.group == group):
        return None  # a pet form is read like any other word (Sasha -> Саша)
    # Only the curated table's variants are names of their own (Алесь, Зміцер, Кастусь); in the
    # generated groups the usual form comes first.
    be = _nearest(word, _curated(group, "be")) or next(iter(group_forms(group, "be")), "")
    ru = _nearest(word, _curated(group, "ru")) or next(iter(group_forms(group, "ru")), "")
    if be and be in group_forms(group, "ru"):
        ru = be  # Алесь is Алесь in Russian too
    if not be and ru:
        be = belarusian_surname(ru)
    if not ru and be:
        ru = russian_surname(be)
    return (recase(word, be), recase(word, ru)) if be and ru else None


def _nearest(word: str, forms: tuple[str, ...]) -> str:
    """The listed form spelled like the word (exactly, then within one edit), else the first."""
    near = sorted(
        (form for form in forms if _same_skeleton(form, word)),
        key=lambda form: _fine(form) != _fine(word),
    )
    return near[0] if near else forms[0] if forms else ""


def _curated(group: str, lang: str) -> tuple[str, ...]:
    from belnews.names.lexicon import given_names

    entry = given_names().get(group)
    if entry is None:
        return ()
    return entry.be if lang == "be" else entry.ru


def _same_skeleton(form: str, word: str) -> bool:
    return _near(_fine(form), _fine(word.replace("x", "ks")))


def _slavic_given(word: str, senses: frozenset[NameSense]) -> bool:
    """A given name of a Slavic language's list, or near a curated Cyrillic form (Sergei)."""
    if any(s.lang in _SLAVIC_LANGS for s in senses):
        return True
    return any(
        _same_skeleton(form, word)
        for group in {s.group for s in senses}
        for form in _curated(group, "be") + _curated(group, "ru")
    )


@attrs.frozen
class _Word:
    text: str
    role: str  # "given", "patronymic", "surname", "initial", "kept"
    fixed: tuple[str, str] | None  # (be, ru) of a given name or patronymic
    slavic: bool


def _initial(letter: str) -> _Word:
    """A one-letter word (the S of "S. Cichanouskaja"): kept a letter, in each Cyrillic form."""
    from belnews.translit import to_cyrillic

    be = to_cyrillic(letter, "passport")
    if len(be) != 1 or not is_cyrillic(be):
        be = letter
    return _Word(letter, "initial", (be, be.translate(_INITIAL_TO_RUSSIAN)), False)


def _classify(word: str, *, may_be_given: bool) -> _Word:
    if len(word) > MAX_WORD or not word.isalpha():
        return _Word(word, "kept", (word, word), False)
    if len(word) == 1 and word.isupper():
        return _initial(word)
    senses = given_name_groups(word) if may_be_given else frozenset()
    stem = word
    if may_be_given and not senses:  # Lithuanian press: Siarhiejus, Viktaras
        stem = _LITHUANIAN_ENDING.sub("", word)
        senses = given_name_groups(stem) if stem != word and len(stem) > 3 else frozenset()
    if senses and (fixed := _given(stem, senses)) is not None:
        return _Word(word, "given", fixed, _slavic_given(stem, senses))
    if senses:  # a pet form (Sasha, Vova) is read like any word, but it is a Slavic name
        return _Word(word, "surname", None, _slavic_given(stem, senses))
    patronymic = patronymic_of(word)
    if patronymic is not None:
        be = patronymic_form(patronymic.group, patronymic.gender, "be")
        ru = patronymic_form(patronymic.group, patronymic.gender, "ru")
        if be and ru:
            return _Word(word, "patronymic", (recase(word, be), recase(word, ru)), True)
    return _Word(word, "surname", None, False)


def _words(name: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in word_pattern().finditer(name)]


def _roles(name: str, words: list[tuple[int, int, str]]) -> list[_Word]:
    """Each word's role: given names before the surname ("Given Surname"), or after a comma
    ("SURNAME, Given Patronymic"); a single word is a given name only if a curated one."""
    comma = name.find(",")
    out = []
    for index, (start, _, word) in enumerate(words):
        may_be_given = start > comma if comma >= 0 else index < len(words) - 1
        out.append(_classify(word, may_be_given=may_be_given or len(words) == 1))
    if len(words) == 1 and out[0].role == "given":
        senses = given_name_groups(words[0][2])
        if all(s.group.startswith("x_") for s in senses) or not out[0].slavic:
            out[0] = _classify(words[0][2], may_be_given=False)
    return out


def _choose(surnames: list[str]) -> tuple[str, str, dict[str, _Candidate], bool]:
    """The reader and language that read the surname words best: (reader, lang, readings,
    attested)."""
    best: tuple[float, str, str] | None = None
    tables: dict[tuple[str, str], dict[str, _Candidate]] = {}
    for order, reader in enumerate(BELARUSIAN_READERS):
        for lang in ("be", "ru"):
            total = -0.01 * order
            table: dict[str, _Candidate] = {}
            for word in surnames:
                pair = _surname_candidates(word, reader)
                if pair is None:
                    total -= 10.0
                    continue
                table[word] = pair[0] if lang == "be" else pair[1]
                total += table[word].score
            tables[reader, lang] = table
            if best is None or total > best[0]:
                best = (total, reader, lang)
    assert best is not None
    _, reader, lang = best
    table = tables[reader, lang]
    return reader, lang, table, any(c.attested for c in table.values())


def _assemble(
    name: str, words: list[tuple[int, int, str]], forms: list[tuple[str, str]]
) -> tuple[str, str]:
    be_parts, ru_parts = [], []
    done = 0
    for (start, end, _), (be, ru) in zip(words, forms, strict=True):
        be_parts.append(name[done:start] + be)
        ru_parts.append(name[done:start] + ru)
        done = end
    return "".join(be_parts) + name[done:], "".join(ru_parts) + name[done:]


def _label(name: str, be: str, ru: str, reader: str, lang: str) -> str:
    from belnews.translit import to_latin

    for system in _SYSTEMS_FOR_LABEL:
        if fold(to_latin(be, system, errors="ignore")) == fold(name):
            return system
    for system in RUSSIAN_SYSTEMS:
        if fold(to_latin(ru, system, lang="ru", errors="ignore")) == fold(name):
            return "ru:" + system
    if reader == "lacinka" and _POLISH_SIGNS.search(name):
        return "polish"
    return reader if lang == "be" else "ru:press"


def _slavic_surnames(roles: list[_Word], table: dict[str, _Candidate]) -> bool:
    """With no given name to go by: every surname has an East Slavic ending and reads without
    letters the language never has."""
    surnames = [w.text for w in roles if w.role == "surname"]
    if not surnames or any(w.role == "given" for w in roles):
        return False
    return all(_slavic_surname(fold(word), table.get(word)) for word in surnames)


def _slavic_surname(folded: str, reading: _Candidate | None) -> bool:
    if reading is None:
        return False
    if _STRONG_SLAVIC_ENDING.search(folded):
        return True
    return _SLAVIC_ENDING.search(folded) is not None and reading.score > -0.5


def _place(name: str) -> Reading | None:
    """A place of the gazetteer (Babruisk, Baranowicze, BREST) reads as the gazetteer spells it."""
    from belnews.names.places import place_of

    place = place_of(name)
    if place is None or not (place.be and place.ru):
        return None
    be, ru = recase(name, place.be), recase(name, place.ru)
    return Reading(be, ru, _label(name, be, ru, "gazetteer", "be"), False)


@functools.lru_cache(maxsize=1 << 12)
def _read(name: str) -> Reading:
    words = _words(name)
    if not words or len(name) > MAX_NAME or len(words) > MAX_WORDS:
        return Reading(name, name, "foreign", True)
    place = _place(name)
    if place is not None:
        return place
    roles = _roles(name, words)
    surnames = [w.text for w in roles if w.role == "surname"]
    reader, lang, table, attested = "passport", "be", dict[str, _Candidate](), False
    if surnames:
        reader, lang, table, attested = _choose(surnames)
    if not (
        any(w.slavic for w in roles)
        or attested
        or _slavic_surnames(roles, table)
        or any(detect_script(w.text) is Script.LACINKA for w in roles)  # ł ŭ ć ś ź: Belarusian
    ):
        return Reading(name, name, "foreign", True)
    forms = []
    for word in roles:
        if word.fixed is not None:
            forms.append(word.fixed)
        elif word.text in table:
            forms.append((table[word.text].be, table[word.text].ru))
        else:
            forms.append((word.text, word.text))
    be, ru = _assemble(name, words, forms)
    return Reading(be, ru, _label(name, be, ru, reader, lang), False)


def read_latin(name: str, /) -> Reading:
    """The most likely Belarusian and Russian Cyrillic forms of a Latin name, with the
    convention it is written in; a non-Slavic name is kept as written (``foreign``).

    >>> r = read_latin("Sergei Tikhanovsky")
    >>> r.be, r.ru
    ('Сяргей Ціханоўскі', 'Сергей Тихановский')
    >>> read_latin("Siarhei Tsikhanouski").convention
    'passport'
    >>> read_latin("Alexander Lukashenko").be
    'Аляксандр Лукашэнка'
    >>> read_latin("Iulia Motoc").foreign
    True
    """
    return _read(ensure_str(name, "name"))
