"""Belarusian <-> Russian surnames: spelling correspondences as data, read with a scored model.

Akanne (unstressed о written а) and яканне (pre-stress е written я) cannot be undone by a rule:
Калеснікава is Колесникова in Russian, but Ціханоўскі is Тихановский (the а stays).  The
correspondences (``data/names/be_ru_correspondences.tsv``) give every candidate form; real lists
choose among them:

* Russian forms: a candidate that is an OpenCorpora surname (``surnames_ru.txt``; for a woman's
  -ова/-ина/-ая the man's -ов/-ин/-ий) wins; otherwise the candidate with the fewest optional
  changes, then the most likely letters (a trigram model of the same list).
* Belarusian forms: candidates keep at most one о (a word has one stress) and are ranked by the
  letter statistics of real Belarusian text (``be_trigrams.tsv``).

Everything is read on first use.  Work per word is bounded: a word of more than
:data:`MAX_WORD` letters is not read, and at most :data:`MAX_CHOICES` optional positions branch.
"""

from __future__ import annotations

import functools
import math
import re
from typing import Literal

import attrs

from belnews.errors import ensure_str
from belnews.names.lexicon import given_name_group, names_data
from belnews.text import APOSTROPHES, BELARUSIAN_RUSSIAN, recase

__all__ = [
    "MAX_CHOICES",
    "MAX_WORD",
    "SurnameReading",
    "belarusian_surname",
    "is_russian_surname",
    "letter_fit",
    "russian_surname",
    "same_surname",
    "surname_readings",
    "unseen_trigrams",
]

MAX_WORD = 40
MAX_CHOICES = 6
Direction = Literal["be>ru", "ru>be"]
_BELARUSIAN_ONLY = frozenset("іўІЎ")
_RUSSIAN_ONLY = frozenset("ищъИЩЪ")
_CYRILLIC_WORD = re.compile(f"[{BELARUSIAN_RUSSIAN}{APOSTROPHES}]+")


@attrs.frozen
class SurnameReading:
    """One candidate form of a surname in the other language."""

    form: str
    lang: Literal["be", "ru"]
    score: float  #: 1.0 when a real list holds it; below 1 for a derived form, best first
    rules: tuple[str, ...]  #: the named correspondences used ("akanne", "ka_ko" ...)


@attrs.frozen
class _Rule:
    name: str
    direction: Direction
    kind: Literal["ending", "choice", "letter"]
    pattern: re.Pattern[str]
    replacement: str


@functools.cache
def _rules(direction: Direction) -> tuple[_Rule, ...]:
    rules = []
    for number, line in enumerate(
        names_data("be_ru_correspondences.tsv").splitlines()[1:], start=2
    ):
        cells = line.split("\t")
        if len(cells) != 6 or cells[1] not in ("be>ru", "ru>be"):
            raise ValueError(f"be_ru_correspondences.tsv:{number}: malformed row {line!r}")
        name, where, kind, pattern, replacement, _ = cells
        if kind not in ("ending", "choice", "letter"):
            raise ValueError(f"be_ru_correspondences.tsv:{number}: unknown kind {kind!r}")
        if where == direction:
            rules.append(_Rule(name, where, kind, re.compile(pattern), replacement))  # type: ignore[arg-type]
    return tuple(rules)


@functools.cache
def _russian_surnames() -> frozenset[str]:
    return frozenset(names_data("surnames_ru.txt").split())


@functools.cache
def _trigrams(lang: Literal["be", "ru"]) -> tuple[dict[str, int], dict[str, int]]:
    """(trigram counts, bigram-context counts) of the language's letter model."""
    counts: dict[str, int] = {}
    if lang == "be":
        for line in names_data("be_trigrams.tsv").splitlines()[1:]:
            trigram, number = line.split("\t")
            counts[trigram] = int(number)
    else:
        for word in _russian_surnames():
            padded = f"^{word}$"
            for i in range(len(padded) - 2):
                counts[padded[i : i + 3]] = counts.get(padded[i : i + 3], 0) + 1
    contexts: dict[str, int] = {}
    for trigram, seen in counts.items():
        contexts[trigram[:2]] = contexts.get(trigram[:2], 0) + seen
    return counts, contexts


def _log_likelihood(word: str, lang: Literal["be", "ru"]) -> float:
    """Average log-probability of the word's letters under the language's trigram model."""
    counts, contexts = _trigrams(lang)
    padded = f"^{word.replace('’', chr(39))}$"
    total = 0.0
    for i in range(len(padded) - 2):
        trigram = padded[i : i + 3]
        total += math.log((counts.get(trigram, 0) + 0.1) / (contexts.get(trigram[:2], 0) + 4.0))
    return total / max(1, len(padded) - 2)


_MASCULINE = (("ова", "ов"), ("ева", "ев"), ("ина", "ин"), ("ына", "ын"), ("ская", "ский"),
              ("цкая", "цкий"), ("ая", "ий"))  # fmt: skip


def _attested(form: str) -> bool:
    known = _russian_surnames()
    if form in known:
        return True
    for feminine, masculine in _MASCULINE:
        if form.endswith(feminine) and form[: -len(feminine)] + masculine in known:
            return True
    return False


def letter_fit(word: str, lang: Literal["be", "ru"], /) -> float:
    """Average log-probability of the word's letters in the language's letter model (higher is
    likelier: Тихановский over Тичановский in Russian)."""
    word = ensure_str(word, "word").lower()
    return _log_likelihood(word, lang) if len(word) <= MAX_WORD else -10.0


def unseen_trigrams(word: str, lang: Literal["be", "ru"], /) -> int:
    """How many letter trigrams of ``word`` the language's model never saw (-скы in Belarusian).

    >>> unseen_trigrams("Тіхановскы", "be") > unseen_trigrams("Ціханоўскі", "be")
    True
    """
    counts, _ = _trigrams(lang)
    padded = f"^{ensure_str(word, 'word').lower().replace('’', chr(39))}$"
    if len(padded) > MAX_WORD + 2:
        return len(padded) - 2
    return sum(1 for i in range(len(padded) - 2) if padded[i : i + 3] not in counts)


def is_russian_surname(word: str, /) -> bool:
    """True when OpenCorpora lists ``word`` as a Russian surname (a woman's form by the man's).

    >>> is_russian_surname("Колесникова"), is_russian_surname("Калеснікава")
    (True, False)
    """
    return _attested(ensure_str(word, "word").lower().replace("ё", "е"))


def _candidates(word: str, direction: Direction) -> list[tuple[str, tuple[str, ...], int]]:
    """Every candidate (form, rules used, number of optional changes) of a lower-case word."""
    rules = _rules(direction)
    used: list[str] = []
    protected = len(word)  # an ending's output is not open to the choices (-оўскі stays)
    for rule in rules:
        hit = rule.pattern.search(word) if rule.kind == "ending" else None
        if hit is not None:
            protected = hit.start()
            word = word[: hit.start()] + rule.replacement
            used.append(rule.name)
            break
    spots: list[tuple[int, int, _Rule]] = []
    for rule in rules:
        if rule.kind == "choice":
            spots.extend(
                (m.start(), m.end(), rule)
                for m in rule.pattern.finditer(word)
                if m.start() < protected or rule.pattern.pattern.endswith("$")
            )
    spots.sort(key=lambda spot: spot[0])
    spots = spots[:MAX_CHOICES]
    out = []
    for mask in range(1 << len(spots)):
        form = list(word)
        names = list(used)
        for bit, (start, end, rule) in enumerate(spots):
            if mask >> bit & 1:
                form[start:end] = [rule.replacement] + [""] * (end - start - 1)
                names.append(rule.name)
        text = "".join(form)
        for rule in rules:
            if rule.kind == "letter" and rule.pattern.search(text):
                text = rule.pattern.sub(rule.replacement, text)
                names.append(rule.name)
        out.append((text, tuple(dict.fromkeys(names)), bin(mask).count("1")))
    return out


@functools.lru_cache(maxsize=1 << 14)
def _readings(word: str, direction: Direction) -> tuple[SurnameReading, ...]:
    lowered = word.lower().replace("ё", "е") if direction == "be>ru" else word.lower()
    if not _CYRILLIC_WORD.fullmatch(lowered) or len(lowered) > MAX_WORD:
        return ()
    target: Literal["be", "ru"] = "ru" if direction == "be>ru" else "be"
    scored: dict[str, tuple[float, tuple[str, ...]]] = {}
    if direction == "ru>be" and (fathers := _from_given_name(lowered)) is not None:
        scored[fathers] = (1.0, ("given name",))
    for form, names, changes in _candidates(lowered, direction):
        if target == "be" and form.count("о") > 1:
            continue  # one stress, so at most one о in a Belarusian word
        fit = _log_likelihood(form, target)
        if target == "ru" and _attested(form.replace("ё", "е")):
            score = 1.0
        elif target == "ru":
            score = 0.6 - 0.08 * changes + 0.1 * fit
        else:
            score = 0.6 + 0.1 * fit
        if form not in scored or scored[form][0] < score:
            scored[form] = (score, names)
    best = sorted(scored.items(), key=lambda item: (-item[1][0], item[0]))[:8]
    return tuple(
        SurnameReading(recase(word, form), target, round(score, 4), names)
        for form, (score, names) in best
    )


def _from_given_name(lowered: str) -> str | None:
    """The Belarusian form of a Russian surname made from a given name in -ей/-ай (Андреев,
    Алексеева, Николаев): the Belarusian given name's stem and -еў/-ева (Андрэеў, Аляксеева,
    Мікалаеў), as the family's name was made from it; ``None`` for any other surname."""
    for ending, be_ending in (("ев", "еў"), ("ева", "ева")):
        stem = lowered[: -len(ending)]
        father = stem + "й"
        if lowered.endswith(ending) and stem[-1:] in ("е", "а") and len(stem) > 2:
            group = given_name_group(father)
            if group is not None and father in (n.lower() for n in group.ru):
                given = next((n.lower() for n in group.be if n.endswith("й")), None)
                return None if given is None else given[:-1] + be_ending
    return None


def _direction(word: str) -> Direction:
    letters = set(word)
    if letters & _RUSSIAN_ONLY and not letters & _BELARUSIAN_ONLY:
        return "ru>be"
    if letters & _BELARUSIAN_ONLY or "э" in word.lower():
        return "be>ru"
    return "be>ru"


def surname_readings(
    word: str, /, *, source: Literal["be", "ru"] | None = None
) -> tuple[SurnameReading, ...]:
    """The forms of a Cyrillic surname in the other language, best first.

    ``source`` is the language of ``word`` (``None``: Belarusian unless only Russian letters
    say otherwise).  Empty for a word that is not one Cyrillic word.

    >>> [r.form for r in surname_readings("Калеснікава")][:1]
    ['Колесникова']
    >>> surname_readings("Колесникова")[0].form
    'Калеснікава'
    """
    word = ensure_str(word, "word")
    direction: Direction = "be>ru" if source == "be" else "ru>be"
    if source is None:
        direction = _direction(word)
    return _readings(word, direction)


def russian_surname(word: str, /) -> str:
    """The most likely Russian form of a Belarusian surname (the word itself if none).

    >>> russian_surname("Калеснікава"), russian_surname("Ярмоленка"), russian_surname("Бяляцкі")
    ('Колесникова', 'Ермоленко', 'Беляцкий')
    >>> russian_surname("Ціханоўская"), russian_surname("Лукашэнка")
    ('Тихановская', 'Лукашенко')
    """
    readings = surname_readings(word, source="be")
    return readings[0].form if readings else word


def belarusian_surname(word: str, /) -> str:
    """The most likely Belarusian form of a Russian surname (the word itself if none).

    >>> belarusian_surname("Колесникова"), belarusian_surname("Лукашенко")
    ('Калеснікава', 'Лукашэнка')
    """
    readings = surname_readings(word, source="ru")
    return readings[0].form if readings else word


def same_surname(a: str, b: str, /) -> bool:
    """True when two Cyrillic surnames are one surname in Belarusian and Russian spelling.

    >>> same_surname("Ярмоленка", "Ермоленко"), same_surname("Калеснікава", "Колесникова")
    (True, True)
    >>> same_surname("Калеснікава", "Калеснік")
    False
    """
    a = ensure_str(a, "a")
    b = ensure_str(b, "b")
    if a.lower() == b.lower():
        return True
    sources: tuple[Literal["be", "ru"], ...] = ("be", "ru")
    for first, second in ((a, b), (b, a)):
        target = second.lower().replace("ё", "е")
        for source in sources:
            readings = surname_readings(first, source=source)
            if target in {r.form.lower().replace("ё", "е") for r in readings}:
                return True
    return a.lower().replace("ё", "е") == b.lower().replace("ё", "е")
