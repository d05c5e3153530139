"""Given names across languages, their diminutives, and the patronymics made from them.

``data/names/given_name_groups.tsv`` (built by ``tools/build_given_names.py`` from the curated
table, OpenCorpora, Faker's name lists and the Wikidata given-name items that ``rigour`` ships)
lists, for each group (one name), its forms in Belarusian, Russian, Ukrainian, Polish,
Lithuanian, German, English, French ... with a flag for diminutives (Саша, Вова, Маша).  It is
read on first use, never at import.

A word is looked up by its spelling (case and marks folded) and, failing that, by the phonetic
skeleton of the Cyrillic forms, so every romanization of a listed Cyrillic form (Sasha, Yauhen,
Uladzimir) finds its group without the file listing it.

Patronymics are not listed: :func:`patronymic_of` takes the patronymic suffix off a word
(-авіч/-ovich/-owitsch/-ovitj/-aŭna/-ovna ...) and looks the rest up as a given name.
"""

from __future__ import annotations

import functools
import re
from typing import Final, Literal

import attrs

from belnews.errors import ensure_str
from belnews.names._skeleton import fine_skeleton, skeleton
from belnews.names.lexicon import names_data
from belnews.text import fold, has_cyrillic

__all__ = [
    "NameSense",
    "Patronymic",
    "given_name_groups",
    "group_forms",
    "is_diminutive",
    "patronymic_form",
    "patronymic_of",
    "same_given_name",
]

Gender = Literal["m", "f"]
_CYRILLIC_LANGS = frozenset({"be", "ru", "uk", "bg"})
_MAX_WORD = 40  # longer words are no given name (bounded work per call)


@attrs.frozen
class NameSense:
    """One reading of a word as a given name: its group, gender, and whether it is a pet form."""

    group: str  #: group id (the curated id where there is one: ``"uladzimir"``)
    gender: Gender
    diminutive: bool  #: Sasha, Vova, Masha: a short or pet form of the group's name
    lang: str  #: language of the listed form it matched (be ru uk pl lt de en fr ... latin)


@attrs.frozen
class Patronymic:
    """A patronymic read back: the father's given-name group and the bearer's gender."""

    group: str
    gender: Gender


def _rows() -> list[tuple[str, str, str, str, str]]:
    text = names_data("given_name_groups.tsv")
    rows = []
    for number, line in enumerate(text.splitlines()[1:], start=2):
        cells = line.split("\t")
        if len(cells) != 5 or cells[1] not in ("m", "f"):
            raise ValueError(f"given_name_groups.tsv:{number}: malformed row {line!r}")
        group, gender, form, lang, kind = cells
        rows.append((group, gender, form, lang, kind))
    return rows


_Index = dict[str, frozenset[NameSense]]


@functools.cache
def _indexes() -> tuple[_Index, dict[str, tuple[tuple[str, NameSense], ...]]]:
    """(folded spelling -> senses, skeleton of a Cyrillic form -> (fine skeleton, sense)...)."""
    by_form: dict[str, set[NameSense]] = {}
    by_skeleton: dict[str, set[tuple[str, NameSense]]] = {}
    for group, gender, form, lang, kind in _rows():
        sense = NameSense(group, "f" if gender == "f" else "m", kind == "diminutive", lang)
        by_form.setdefault(fold(form), set()).add(sense)
        if lang in _CYRILLIC_LANGS:
            plain = form.replace("-", "")
            by_skeleton.setdefault(skeleton(plain), set()).add((_fine(plain), sense))
    return (
        {key: _pet_first(value) for key, value in by_form.items() if key},
        {key: tuple(value) for key, value in by_skeleton.items() if key},
    )


def _pet_first(senses: set[NameSense]) -> frozenset[NameSense]:
    """A spelling that Belarusian, Russian or Ukrainian use as a pet form of a group is that
    group's pet form, though another language lists it as a full name (Маша in Bulgarian)."""
    pet = {s.group for s in senses if s.diminutive and s.lang in ("be", "ru", "uk")}
    return frozenset(s for s in senses if s.group not in pet or s.diminutive)


def _fine(word: str) -> str:
    """The fine skeleton without a final j (Юрий ~ Yuri, Дзмітрый ~ Dzmitry)."""
    fine = fine_skeleton(word)
    return fine[:-1] if fine.endswith("j") and len(fine) > 2 else fine


def _near(a: str, b: str) -> bool:
    """At most one edit apart (Siarhiej ~ Сяргей; not Rabin ~ Рубен)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


@functools.lru_cache(maxsize=1 << 15)
def _senses(word: str) -> frozenset[NameSense]:
    return _lookup(word, exact=False)


def _lookup(word: str, *, exact: bool) -> frozenset[NameSense]:
    """The senses of a listed form, else of the forms with the word's skeleton whose fine
    skeleton is the word's (``exact``) or one edit from it."""
    if not word or len(word) > _MAX_WORD:
        return frozenset()
    by_form, by_skeleton = _indexes()
    found = by_form.get(fold(word))
    if found:
        return found
    plain = word.replace("-", "")
    candidates = by_skeleton.get(skeleton(plain), ())
    if not candidates:
        return frozenset()
    fine = _fine(plain)
    if exact:
        return frozenset(sense for form_fine, sense in candidates if form_fine == fine)
    return frozenset(sense for form_fine, sense in candidates if _near(fine, form_fine))


@functools.cache
def _forms_by_group() -> dict[str, dict[str, tuple[str, ...]]]:
    """group -> lang -> full forms in file order (the curated table's first forms first)."""
    from belnews.names.lexicon import given_names

    curated = {entry.group_id: {"be": entry.be, "ru": entry.ru} for entry in given_names().values()}
    found: dict[str, dict[str, list[str]]] = {}
    for group, _, form, lang, kind in _rows():
        if kind == "full":
            found.setdefault(group, {}).setdefault(lang, []).append(form)
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for group, by_lang in found.items():
        merged = {lang: tuple(forms) for lang, forms in by_lang.items()}
        for lang, forms in curated.get(group, {}).items():
            merged[lang] = tuple(dict.fromkeys(forms + merged.get(lang, ())))
        out[group] = merged
    return out


def group_forms(group: str, lang: str, /) -> tuple[str, ...]:
    """The full forms of a group in one language, the usual form first (``()`` if none).

    >>> group_forms("uladzimir", "be"), group_forms("uladzimir", "ru")[:1]
    (('Уладзімір',), ('Владимир',))
    """
    return _forms_by_group().get(ensure_str(group, "group"), {}).get(lang, ())


def given_name_groups(word: str, /) -> frozenset[NameSense]:
    """Every given-name group ``word`` may name, in any language, script or romanization.

    Empty when the word is no listed given name; more than one sense when it is ambiguous (Саша
    is short for Аляксандр and for Аляксандра).

    >>> sorted({s.group for s in given_name_groups("Józef")} & {"jazep"})
    ['jazep']
    >>> [s.diminutive for s in given_name_groups("Vova")]
    [True]
    """
    return _senses(ensure_str(word, "word"))


def is_diminutive(word: str, /) -> bool:
    """True when every reading of ``word`` as a given name is a diminutive (Sasha, Вова)."""
    senses = given_name_groups(word)
    return bool(senses) and all(sense.diminutive for sense in senses)


def same_given_name(a: str, b: str, /) -> Literal["same", "diminutive"] | None:
    """Whether two given names are forms of one name: ``"same"`` when full forms share a group
    (Józef / Juozapas / Язэп), ``"diminutive"`` when only a pet form links them (Vova /
    Uladzimir), else ``None``.

    >>> same_given_name("Uladzimir", "Włodzimierz"), same_given_name("Vova", "Владимир")
    ('same', 'diminutive')
    >>> same_given_name("Ягор", "Ігар") is None
    True
    """
    left = given_name_groups(a)
    right = given_name_groups(b)
    best: Literal["same", "diminutive"] | None = None
    for x in left:
        for y in right:
            if x.group != y.group:
                continue
            if not x.diminutive and not y.diminutive:
                return "same"
            best = "diminutive"
    return best


# --- patronymics ------------------------------------------------------------------------------

# (suffix, gender, given-name endings to try on the stem).  The linking vowel of the suffix is
# part of it; the stem is then read as a given name with each ending in turn (Сергее- -> Сергей,
# Юр'е- -> Юры, Ільл- -> Ілья, Kuzm- -> Kuzma).
_SOFT = ("й", "і", "ий", "ій", "ы", "")
_SOFT_LATIN = ("y", "i", "j", "iy", "ij", "ii", "")
_VOWEL_STEM = ("а", "я", "")
_VOWEL_STEM_LATIN = ("a", "ia", "ja", "ya", "")
_LINK = "(?:a|o|e|ie|je|ye|y|i)?"
_PATRONYMIC_RULES: tuple[tuple[re.Pattern[str], Gender, tuple[str, ...]], ...] = (
    # Cyrillic, Belarusian and Russian (and Ukrainian -івна).
    (re.compile("(?:ь|’|'|ʼ)?(?:е|э|ё)віч$|(?:ь|’|'|ʼ)?евич$"), "m", _SOFT),
    (re.compile("(?:а|о|я)?віч$|(?:о|е)?вич$|(?:о|е)?віч$"), "m", ("", *_SOFT, "а")),
    (re.compile("(?:ь|’|'|ʼ)?(?:е|э|ё)ўна$|(?:ь|’|'|ʼ)?евна$"), "f", _SOFT),
    (re.compile("(?:а|о)?ўна$|(?:о|е)?вна$|івна$"), "f", ("", *_SOFT, "а")),
    (re.compile("[іи]?ч$"), "m", _VOWEL_STEM),
    (re.compile("[іи]?чна$|[іи]?нічна$|инична$"), "f", _VOWEL_STEM),
    # Latin: every romanization and the Polish, German, Swedish, Czech styles.
    (
        re.compile(_LINK + "(?:vich|vitch|vič|wicz|witsch|witch|vitj|vych|vytch|wytsch|vic|wic)$"),
        "m",
        ("", *_SOFT_LATIN),
    ),
    (re.compile(_LINK + "(?:una|ŭna|wna|vna|vnaja|ivna)$"), "f", ("", *_SOFT_LATIN)),
    (re.compile("(?:ich|itch|itsch|itj|ič|icz)$"), "m", _VOWEL_STEM_LATIN),
    (re.compile("(?:ichna|ična|iczna|itjna)$"), "f", _VOWEL_STEM_LATIN),
)


@functools.lru_cache(maxsize=1 << 14)
def _patronymic(word: str) -> Patronymic | None:
    lowered = word.lower()
    if len(lowered) > _MAX_WORD or len(lowered) < 5:
        return None
    for pattern, gender, endings in _PATRONYMIC_RULES:
        hit = pattern.search(lowered)
        if hit is None or hit.start() < 2:
            continue
        stem = lowered[: hit.start()]
        for ending in endings:
            group = _masculine_group(stem + ending)
            if group is not None:
                return Patronymic(group, gender)
    return None


def _masculine_group(word: str) -> str | None:
    """The one man's group a father's name (a patronymic's stem) spells: a listed form, or one
    with the same fine skeleton; one edit away only for a stem of five letters or more (in a
    short stem one edit is too much: Лаовіч is no son of Леў, though Лаов is one edit from
    Лёв; Ильин-ична is Илья's daughter)."""
    senses = _exact_senses(word) or (_senses(word) if len(word) >= 5 else frozenset())
    groups = {s.group for s in senses if s.gender == "m" and not s.diminutive}
    return min(groups) if len(groups) == 1 else None


def _exact_senses(word: str) -> frozenset[NameSense]:
    return _lookup(word, exact=True)


def _listed_senses(word: str) -> frozenset[NameSense]:
    """The senses of ``word`` as a listed spelling (case and marks folded), no skeleton."""
    return _indexes()[0].get(fold(word), frozenset()) if len(word) <= _MAX_WORD else frozenset()


def patronymic_form(group: str, gender: Gender, lang: Literal["be", "ru"], /) -> str | None:
    """The patronymic made from a group's given name in Belarusian or Russian, else ``None``.

    >>> patronymic_form("uladzimir", "m", "be"), patronymic_form("siarhiej", "f", "ru")
    ('Уладзіміравіч', 'Сергеевна')
    >>> patronymic_form("ilja", "m", "ru"), patronymic_form("jury", "m", "be")
    ('Ильич', 'Юр’евіч')
    >>> patronymic_form("dzmitry", "m", "ru"), patronymic_form("jury", "f", "ru")
    ('Дмитриевич', 'Юрьевна')
    """
    forms = group_forms(group, lang)
    if not forms:
        return None
    name = forms[0]
    male = gender == "m"
    if lang == "be":
        return _belarusian_patronymic(name, male)
    return _russian_patronymic(name, male)


# Fathers' names in -а whose patronymic the stress decides, a lexical fact ("Справочник личных
# имён народов РСФСР": an unstressed -а gives -ович/-овна, Данила -> Данилович, except Мина,
# Фока, Сила, Савва, Аникита, Никита: -ич/-ична; a stressed -а gives -ич/-инична, Илья, Фома,
# Лука, Кузьма).  Belarusian Кірыла and Мікіта (unstressed -а) give -авіч/-аўна.
_RU_ICH_A: Final = frozenset({"Мина", "Фока", "Сила", "Савва", "Аникита", "Никита"})
_RU_OVICH_A: Final = frozenset({"Данила", "Гаврила", "Микула", "Зосима"})
_BE_AVICH_A: Final = frozenset({"Кірыла", "Мікіта"})
_RU_VOWELS: Final = "аеёиоуыэюя"


def _belarusian_patronymic(name: str, male: bool) -> str:
    if name.endswith("аіл"):  # Міхаіл -> Міхайлавіч
        name = name[:-2] + "йл"
    if name.endswith(("рый", "ры")):  # Юрый, Юры -> Юр’евіч
        stem = name[: -2 if name.endswith("й") else -1] + "’"
    elif name.endswith(("й", "ь")):  # Сяргей -> Сяргеевіч, Васіль -> Васілевіч
        stem = name[:-1]
    elif name.endswith("ы"):  # Дзмітры -> Дзмітрыевіч
        stem = name
    elif name in _BE_AVICH_A:  # Мікіта -> Мікітавіч, Мікітаўна
        return name[:-1] + ("авіч" if male else "аўна")
    elif name.endswith(("а", "я")):  # Ілья -> Ільіч, Кузьма -> Кузьміч
        return name[:-1] + ("іч" if male else "ічна")
    elif name.endswith("о"):  # Пятро -> Пятровіч, Пятроўна (the ending's о, stressed)
        return name[:-1] + ("овіч" if male else "оўна")
    else:  # Уладзімір -> Уладзіміравіч (unstressed -авіч)
        return name + ("авіч" if male else "аўна")
    return stem + ("евіч" if male else "еўна")


def _russian_patronymic(name: str, male: bool) -> str:
    if name.endswith("аил"):  # Михаил -> Михайлович
        name = name[:-2] + "йл"
    if "ё" in name and sum(c in _RU_VOWELS for c in name.lower()) == 1:
        name = name.replace("ё", "е")  # Пётр -> Петрович: the stress leaves a one-syllable stem
    if name.endswith("ий"):  # Юрий -> Юрьевич; Дмитрий -> Дмитриевич (after two consonants)
        cluster = len(name) > 3 and name[-4].lower() not in _RU_VOWELS
        stem = name[:-1] if cluster else name[:-2] + "ь"
    elif name.endswith(("й", "ь")):  # Сергей -> Сергеевич, Игорь -> Игоревич
        stem = name[:-1]
    elif name in _RU_ICH_A:  # Никита -> Никитич, Никитична
        return name[:-1] + ("ич" if male else "ична")
    elif name in _RU_OVICH_A:  # Данила -> Данилович, Даниловна
        return name[:-1] + ("ович" if male else "овна")
    elif name.endswith(("а", "я")):  # Илья -> Ильич, Ильинична
        return name[:-1] + ("ич" if male else "инична")
    elif name.endswith("о"):  # Данило -> Данилович (as Пятро -> Пятровіч)
        return name[:-1] + ("ович" if male else "овна")
    else:
        return name + ("ович" if male else "овна")
    return stem + ("евич" if male else "евна")


def patronymic_of(word: str, /) -> Patronymic | None:
    """The father's given-name group and the bearer's gender of a patronymic, else ``None``.

    Works in Belarusian, Russian and Ukrainian Cyrillic and in every romanization and press
    style (Uladzimiravich, Vladimirovich, Wladimirowitsch, Vladimirovitj, Włodzimierzowicz ...).

    >>> patronymic_of("Uladzimiravich") == patronymic_of("Владимирович")
    True
    >>> patronymic_of("Vladimirovna").gender, patronymic_of("Ільіч").group
    ('f', 'ilja')
    >>> patronymic_of("Лукашэнка") is None
    True
    """
    word = ensure_str(word, "word")
    if not word or (not has_cyrillic(word) and not word.isalpha()):
        return None
    return _patronymic(word)
