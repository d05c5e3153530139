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
from belnews.names._reading_words import (
    STRONG_SLAVIC_ENDING,
    given_case,
    given_forms,
    given_german,
    readable,
    romanized,
    slavic_given,
    slavic_surname,
)
from belnews.names.given import (
    NameSense,
    given_name_groups,
    patronymic_form,
    patronymic_of,
)
from belnews.names.press import (
    LITHUANIAN_ENDING,
    case_nominatives,
    reader_spellings,
)
from belnews.names.surnames import (
    belarusian_surname,
    is_russian_surname,
    letter_fit,
    russian_surname,
    surname_readings,
    unseen_trigrams,
)
from belnews.text import (
    BELARUSIAN_ONLY,
    Script,
    case_free,
    detect_script,
    fold,
    is_cyrillic,
    recase,
    word_pattern,
)

__all__ = ["MAX_NAME", "MAX_WORD", "MAX_WORDS", "Reading", "read_latin"]

MAX_NAME = 200
MAX_WORDS = 12
MAX_WORD = 40

#: Readers, in the order of their weight in press text (a tie goes to the earlier one).
BELARUSIAN_READERS = (
    "passport", "bgn-pcgn", "lacinka", "press", "polish", "german", "lithuanian", "french",
    "national-2023", "national-2007", "ala-lc", "iso9",
)  # fmt: skip
_SYSTEMS_FOR_LABEL = (
    "passport", "bgn-pcgn", "lacinka", "national-2023", "national-2007", "ala-lc", "iso9",
)  # fmt: skip
RUSSIAN_SYSTEMS = ("wikipedia", "bgn-pcgn", "passport", "ala-lc", "iso9")
# A case reading of a word (Slovenian Lukašenka as Lukašenko) costs this much against the word
# as printed, so a word that reads well as it is stays a nominative.
_CASE_COST = 0.6
# Endings a Belarusian word does not have (Russian -ко, -ов, -ев, -ий, -ый).
_RUSSIAN_ONLY_ENDING = re.compile("(?<=[бвгджзклмнпрстфхцчш])о$|[оеё]в$|[іиы]й$|[сц]кіс$")
_POLISH_SIGNS = re.compile("sz|cz|rz|ż|ą|ę|w", re.IGNORECASE)
# The Russian letter of a Belarusian initial (a Latin initial is read with the passport table).
_INITIAL_TO_RUSSIAN = str.maketrans("ІЭЎҐ", "ИЕУГ")
# Russian orthography of a Belarusian-letter reading of a Russian press spelling.
_RUSSIAN_ENDINGS = (
    ("скы", "ский"), ("цкы", "цкий"), ("скі", "ский"), ("цкі", "цкий"), ("кы", "кий"),
    ("гы", "гий"), ("хы", "хий"), ("ыі", "ый"), ("іі", "ий"), ("іа", "ия"), ("ыя", "ия"),
)  # fmt: skip
_RUSSIAN_LETTERS = str.maketrans({"ґ": "г", "і": "и", "ў": "в", "’": "ь", "'": "ь"})
_BELARUSIAN_LETTERS = frozenset(BELARUSIAN_ONLY)
_POLISH_LETTERS = re.compile("[żśćńź]", re.IGNORECASE)
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
    latin: str  # the Latin spelling read (a case form's nominative, respelled for the reader)


def _russian_orthography(word: str) -> str:
    lowered = word.lower()
    for ending, replacement in _RUSSIAN_ENDINGS:
        if lowered.endswith(ending):
            lowered = lowered[: -len(ending)] + replacement
            break
    lowered = _HARD_Y.sub("и", lowered).replace("шч", "щ")
    lowered = (lowered[:1] + lowered[1:].replace("э", "е")).translate(_RUSSIAN_LETTERS)
    return recase(word, lowered)


@functools.lru_cache(maxsize=1 << 14)
def _read_with(latin: str, system: str) -> str | None:
    """The Belarusian Cyrillic reading of one respelled Latin word by one system, or None."""
    from belnews.translit import to_cyrillic

    # x is ks in the word's case (ALEXEI: ALEKSEI; McXi, whose case is not one pattern: McKsi)
    respelled = case_free(latin).replace("x", "ks").replace("X", "Ks")
    cyrillic = to_cyrillic(recase(latin, respelled), system)
    return cyrillic if is_cyrillic(cyrillic) else None


@functools.lru_cache(maxsize=1 << 14)
def _spells_back(cyrillic: str, word: str, system: str, lang: Literal["be", "ru"]) -> bool:
    from belnews.translit import to_latin

    return fold(to_latin(cyrillic, system, lang=lang, errors="ignore")) == fold(word)


@functools.lru_cache(maxsize=1 << 14)
def _surname_candidates(
    word: str, reader: str, oblique: bool = False
) -> tuple[_Candidate, _Candidate] | None:
    """(read as Belarusian, read as Russian) for one surname-like word and one reader: the best
    of every spelling the reader allows, and of the nominatives the word may be a case form of
    (:func:`belnews.names.press.case_nominatives`).  A case reading costs
    :data:`_CASE_COST` unless the name is ``oblique`` (another of its words is read in a case:
    then the word as printed costs that instead)."""
    forms = [(word, 0.0 if not oblique else _CASE_COST)]
    # Each rule lists its nominatives in order (Znaku: Znako, Znak, Znaka); a later one costs a
    # little more, so the lexicons decide and the order breaks ties.
    # A nominative with a strong East Slavic ending, of a word without one (Statkiewicza), is
    # read at no cost: -ewicza ends no nominative of an East Slavic name.
    plain = STRONG_SLAVIC_ENDING.search(fold(word)) is None
    forms += [
        (
            c.form,
            (
                0.0
                if oblique or (plain and STRONG_SLAVIC_ENDING.search(fold(c.form)))
                else _CASE_COST
            )
            + 0.05 * i,
        )
        for i, c in enumerate(case_nominatives(word))
    ]
    pairs = [
        pair
        for form, cost in forms
        for i, (latin, system) in enumerate(reader_spellings(form, reader))
        if (pair := _candidates(form, latin, system, cost + 0.05 * i)) is not None
    ]
    if not pairs:
        return None
    return max((p[0] for p in pairs), key=_score), max((p[1] for p in pairs), key=_score)


def _score(candidate: _Candidate) -> float:
    return candidate.score


def _candidates(
    word: str, latin: str, system: str, cost: float
) -> tuple[_Candidate, _Candidate] | None:
    """(read as Belarusian, read as Russian) for one respelling of a word in one system."""
    be = _read_with(latin, system)
    if be is None:
        return None
    back = 1.0 if _spells_back(be, latin, system, "be") else 0.0
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
        + 0.1 * letter_fit(be, "be")
        - cost,
        attested_be,
        latin,
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
        + 0.1 * letter_fit(ru, "ru")
        - cost,
        attested_ru,
        latin,
    )
    return as_be, as_ru


@attrs.frozen
class _Word:
    text: str
    role: str  # "given", "patronymic", "surname", "initial", "kept"
    fixed: tuple[str, str] | None  # (be, ru) of a given name or patronymic
    slavic: bool
    oblique: bool = False  # read as another language's case form (Maksimu -> Максім)


def _initial(letter: str) -> _Word:
    """A one-letter word (the S of "S. Cichanouskaja"): kept a letter, in each Cyrillic form."""
    from belnews.translit import to_cyrillic

    be = to_cyrillic(letter, "passport")
    if len(be) != 1 or not is_cyrillic(be):
        be = letter
    return _Word(letter, "initial", (be, be.translate(_INITIAL_TO_RUSSIAN)), False)


def _given_senses(word: str, alone: bool) -> tuple[str, frozenset[NameSense], bool]:
    """(the given name's form, its senses, read as a case form?) of a word that may be a given
    name: as printed, without a Lithuanian ending (Siarhiejus, Viktaras), in the German
    transcription (Uladsimir, Waljanzin), or - beside other words - in another language's case
    (Slovenian Maksimu, Latvian Aļesam)."""
    senses = given_name_groups(word)
    if senses:
        return word, senses, False
    stem = LITHUANIAN_ENDING.sub("", word)
    senses = given_name_groups(stem) if stem != word and len(stem) > 3 else frozenset()
    if senses:
        return stem, senses, False
    stem, senses = given_german(word)
    if senses or alone:
        return stem, senses, False
    stem, senses = given_case(word)
    return stem, senses, bool(senses)


def _classify(word: str, *, may_be_given: bool, alone: bool = False) -> _Word:
    if len(word) > MAX_WORD or not readable(word):
        return _Word(word, "kept", (word, word), False)
    if len(word) == 1 and word.isupper():
        return _initial(word)
    stem, senses, oblique = (
        _given_senses(word, alone) if may_be_given else (word, frozenset(), False)
    )
    if senses and (fixed := given_forms(stem, senses)) is not None:
        return _Word(word, "given", fixed, slavic_given(stem, senses), oblique)
    if senses:  # a pet form (Sasha, Vova) is read like any word, but it is a Slavic name
        return _Word(word, "surname", None, slavic_given(stem, senses))
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
    ("SURNAME, Given Patronymic"); a single word is a given name only if a Slavic one (Hleb;
    Catherine alone is kept as written)."""
    comma = name.find(",")
    out = []
    for index, (start, _, word) in enumerate(words):
        may_be_given = start > comma if comma >= 0 else index < len(words) - 1
        alone = len(words) == 1
        out.append(_classify(word, may_be_given=may_be_given or alone, alone=alone))
    if len(words) == 1 and out[0].role == "given" and not out[0].slavic:
        out[0] = _classify(words[0][2], may_be_given=False)
    return out


def _choose(
    surnames: list[str], oblique: bool = False
) -> tuple[str, str, dict[str, _Candidate], bool]:
    """The reader and language that read the surname words best: (reader, lang, readings,
    attested)."""
    best: tuple[float, str, str] | None = None
    tables: dict[tuple[str, str], dict[str, _Candidate]] = {}
    for order, reader in enumerate(BELARUSIAN_READERS):
        for lang in ("be", "ru"):
            total = -0.01 * order
            table: dict[str, _Candidate] = {}
            for word in surnames:
                pair = _surname_candidates(word, reader, oblique)
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

    spelled = {system: to_latin(be, system, errors="ignore") for system in _SYSTEMS_FOR_LABEL}
    for system, latin in spelled.items():  # letter for letter first (ISO 9 â ì è, Łacinka ł ŭ)
        if latin.casefold() == name.casefold():
            return system
    for system, latin in spelled.items():
        if fold(latin) == fold(name):
            return system
    for system in RUSSIAN_SYSTEMS:
        if fold(to_latin(ru, system, lang="ru", errors="ignore")) == fold(name):
            return "ru:" + system
    if reader == "lacinka" and _POLISH_SIGNS.search(name):
        return "polish"
    return reader if lang == "be" else "ru:press"


def _slavic_surnames(roles: list[_Word], table: dict[str, _Candidate]) -> bool:
    """Every surname has an East Slavic ending and reads without letters the language never
    has; beside a given name that is not Slavic (Kim Samusenka), only a strong ending counts."""
    surnames = [w.text for w in roles if w.role == "surname"]
    if not surnames:
        return False
    strong = any(w.role == "given" for w in roles)
    last = surnames[-1]
    # Given Surname with a given name no lexicon lists (a typo: Ualdzimir Labkovich): the
    # surname's strong ending decides
    if (
        len(surnames) > 1
        and last == roles[-1].text
        and last in table
        and slavic_surname(last, table[last].latin, table[last].score, strong=True)
    ):
        return True
    return all(
        word in table and slavic_surname(word, table[word].latin, table[word].score, strong=strong)
        for word in surnames
    )


def _place(name: str) -> Reading | None:
    """A place of the gazetteer (Babruisk, Baranowicze, BREST) reads as the gazetteer spells it."""
    from belnews.names.places import place_of

    place = place_of(name)
    if place is None or not (place.be or place.ru):
        return None
    # GeoNames lists one Cyrillic name where both languages write it alike (Любань, Лепель);
    # otherwise the other language's form comes from the be <-> ru correspondences.
    be = place.be or belarusian_surname(place.ru)
    ru = place.ru or (
        be if set(be.lower()).isdisjoint(_BELARUSIAN_LETTERS) else russian_surname(be)
    )
    be, ru = recase(name, be), recase(name, ru)
    return Reading(be, ru, _label(name, be, ru, "gazetteer", "be"), False)


def _slavic_evidence(name: str, roles: list[_Word], table: dict[str, _Candidate]) -> bool:
    """Something shows the name is Slavic (an attested surname aside): a Slavic given name,
    a romanization's marks, East Slavic surname endings, Łacinka or Polish letters."""
    return (
        any(w.slavic for w in roles)
        or any(romanized(w.text) for w in roles)
        or _slavic_surnames(roles, table)
        or any(detect_script(w.text) is Script.LACINKA for w in roles)  # ł ŭ ć ś ź: Belarusian
        or _POLISH_LETTERS.search(name) is not None  # ż ś ć ń ź: a Polish spelling is Slavic
    )


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
        reader, lang, table, attested = _choose(surnames, any(w.oblique for w in roles))
    if not (attested or _slavic_evidence(name, roles, table)):
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
