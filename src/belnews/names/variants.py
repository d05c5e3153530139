"""``variants``: the spellings of one name in every system, to index or to search with.

For a Belarusian Cyrillic name: its spelling in every Belarusian system (``lacinka``,
``passport`` ...), then its Russian form (``ru``: given names from the given-name groups,
patronymics made from them, surnames by the be -> ru correspondences scored against the
OpenCorpora surname list - Калеснікава is Колесникова) and that form in every Russian system
(``ru:passport`` ...).

For a Russian Cyrillic name: its spelling in every Russian system, then its Belarusian form
(``be``) and that form in every Belarusian system.

For a Latin name: :func:`belnews.names.reading.read_latin` reads it (``cyrillic``: the
Belarusian form; ``read_latin(name).convention`` says which spelling convention it was read in),
then the spellings of that reading and of its Russian form.  A name with no Slavic evidence
(Iulia Motoc) is not forced through a reading: it has no variants (``{}``).

Bounded: a name of more than :data:`MAX_NAME` characters or :data:`MAX_WORDS` words has no
variants (``{}``), so the work per call is linear in the input.
"""

from __future__ import annotations

import functools
from typing import Literal

from belnews.errors import ensure_str
from belnews.names._rules import Link, same_skeleton
from belnews.names._tokens import chunks, tokens_from
from belnews.names.given import (
    given_name_groups,
    group_forms,
    patronymic_form,
    patronymic_of,
)
from belnews.names.key import tokens_of
from belnews.names.reading import MAX_NAME, MAX_WORDS, read_latin
from belnews.names.surnames import belarusian_surname, russian_surname
from belnews.text import BELARUSIAN_ONLY, RUSSIAN_ONLY, has_cyrillic, recase, word_pattern

__all__ = ["belarusian_form", "cyrillic_reading", "russian_form", "variants"]

_RUSSIAN_LETTERS = frozenset(RUSSIAN_ONLY)
_BELARUSIAN_LETTERS = frozenset(BELARUSIAN_ONLY)


Lang = Literal["be", "ru"]


def _curated_forms(group: str, lang: Lang) -> tuple[str, ...]:
    from belnews.names.lexicon import given_names

    entry = given_names().get(group)
    if entry is None:
        return group_forms(group, lang)
    return entry.be if lang == "be" else entry.ru


@functools.lru_cache(maxsize=1 << 14)
def _convert_word(word: str, target: Lang, patronymic: bool = False) -> str:
    """One Cyrillic word in the other language: a given name by its group (a form the target
    language lists too is kept: Алесь), a patronymic by its father's name, else a surname.

    A word that is not in a patronymic's place (``patronymic``: see :func:`_convert`) but is
    made like one is spelled as its father's name's patronymic only when that is the same word
    (:func:`_same_word`: Багдановіч, Богданович); a surname keeps its own stem (Тамашовіч is
    no Фомич, Янкавіч no Иванович, Рураковіч no Рюрикович)."""
    if not word[:1].isupper():
        return word
    source: Lang = "ru" if target == "be" else "be"
    senses = [s for s in given_name_groups(word) if s.lang == source and not s.diminutive]
    if senses:
        group = min(s.group for s in senses)
        if any(f.lower() == word.lower() for f in group_forms(group, target)):
            return word
        forms = _curated_forms(group, target)
        if forms:
            return recase(word, forms[0])
    father = patronymic_of(word)
    if father is not None:
        form = patronymic_form(father.group, father.gender, target)
        if form and (patronymic or _same_word(form, word)):
            return recase(word, form)
    return russian_surname(word) if target == "ru" else belarusian_surname(word)


def _same_word(form: str, word: str) -> bool:
    """``form`` and ``word`` are one word in two spellings, as the matcher's skeleton rule reads
    them: the coarse skeleton alone also joins Рураковіч and Рюрикович, whose vowels differ."""
    a, b = tokens_of(form), tokens_of(word)
    return len(a) == len(b) == 1 and isinstance(same_skeleton(a[0], b[0]), Link)


def _convert(name: str, target: Lang) -> str:
    """``name`` word by word in the other language; a patronymic's place is where the name
    key reads one (:func:`belnews.names._tokens.tokens_from`: in a name of three or more words;
    not through ``parse_name``'s cache, which would keep a whole text given here)."""
    marked = {token.text for token in tokens_from(chunks(name)) if token.patronymic}
    return word_pattern().sub(
        lambda m: "-".join(
            _convert_word(part, target, part in marked) if part else part
            for part in m.group().split("-")
        ),
        name,
    )


def russian_form(name: str, /) -> str:
    """The Russian Cyrillic form of a Belarusian Cyrillic name.

    >>> russian_form("Святлана Ціханоўская"), russian_form("Марыя Калеснікава")
    ('Светлана Тихановская', 'Мария Колесникова')
    >>> russian_form("Алесь Бяляцкі"), russian_form("Аляксандр Лукашэнка")
    ('Алесь Беляцкий', 'Александр Лукашенко')
    """
    return _convert(ensure_str(name, "name"), "ru")


def belarusian_form(name: str, /) -> str:
    """The Belarusian Cyrillic form of a Russian Cyrillic name.

    >>> belarusian_form("Мария Колесникова"), belarusian_form("Владимир Владимирович Макей")
    ('Марыя Калеснікава', 'Уладзімір Уладзіміравіч Макей')
    """
    return _convert(ensure_str(name, "name"), "be")


def cyrillic_reading(name: str, /) -> str:
    """The Belarusian Cyrillic reading of a romanized name (the name itself if foreign).

    >>> cyrillic_reading("Sviatlana Tsikhanouskaya"), cyrillic_reading("Łukašenka")
    ('Святлана Ціханоўская', 'Лукашэнка')
    """
    return read_latin(ensure_str(name, "name")).be


def _romanize(name: str, lang: Lang, prefix: str) -> dict[str, str]:
    from belnews.registry import system_ids
    from belnews.translit import to_latin

    return {
        prefix + system: to_latin(name, system, lang=lang, errors="ignore")
        for system in system_ids(lang=lang)
    }


def _is_russian(name: str) -> bool:
    letters = set(name)
    return bool(letters & _RUSSIAN_LETTERS) and not letters & _BELARUSIAN_LETTERS


def variants(name: str, /) -> dict[str, str]:
    """The spellings of ``name`` in every system, keyed by system id.

    Belarusian Cyrillic: ``{system: spelling}`` for every Belarusian system, then ``"ru"`` (the
    Russian form) and ``"ru:<system>"``.  Russian Cyrillic: ``"ru"``, ``"ru:<system>"``, then
    ``"be"`` (the Belarusian form) and the Belarusian systems.  Latin: ``"cyrillic"`` (the
    Belarusian reading), its Belarusian systems, ``"ru"`` (the Russian reading) and its Russian
    systems; a foreign name (no Slavic evidence) gives ``{}``.

    >>> v = variants("Святлана Ціханоўская")
    >>> v["lacinka"], v["passport"], v["ru"]
    ('Śviatłana Cichanoŭskaja', 'Sviatlana Tsikhanouskaia', 'Светлана Тихановская')
    >>> v = variants("Sergei Tikhanovsky")
    >>> v["cyrillic"], v["ru"]
    ('Сяргей Ціханоўскі', 'Сергей Тихановский')
    """
    name = ensure_str(name, "name")
    if len(name) > MAX_NAME or not name.strip():
        return {}
    words = word_pattern().findall(name)
    if not words or len(words) > MAX_WORDS:
        return {}
    if not has_cyrillic(name):
        reading = read_latin(name)
        if reading.foreign:
            return {}
        return {
            "cyrillic": reading.be,
            **_romanize(reading.be, "be", ""),
            "ru": reading.ru,
            **_romanize(reading.ru, "ru", "ru:"),
        }
    if _is_russian(name):
        be = belarusian_form(name)
        return {"ru": name, **_romanize(name, "ru", "ru:"), "be": be, **_romanize(be, "be", "")}
    russian = russian_form(name)
    return {**_romanize(name, "be", ""), "ru": russian, **_romanize(russian, "ru", "ru:")}
