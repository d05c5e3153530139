"""``variants``: the spellings of one name in every system, to index or to search with.

For a Belarusian Cyrillic name: its spelling in every Belarusian system (``lacinka``,
``passport`` ...), then a derived Russian form (``ru``: given names from the table, surnames by
the regular be -> ru correspondences of ``romanization.md`` §10.1 - -ка/-ко, -аў/-ов, -скі/-ский,
ці/ти, дзі/ди, і/и, э/е, ў/в) and that form in every Russian system (``ru:passport`` ...).
The Russian form is a *derived* spelling: akanne (Калеснікава / Колесникова) is not
reversible, so it may differ from the form Russian media use, but it has the same name key.

For a Russian Cyrillic name: its spelling in every Russian system.  For a Latin name: its
Cyrillic reading first (``cyrillic``), then the variants of that reading.
"""

from __future__ import annotations

import re

from belnews.errors import ensure_str
from belnews.names.lexicon import given_name_group

__all__ = ["cyrillic_reading", "russian_form", "variants"]

_CYRILLIC = re.compile("[\u0400-\u04ff]")
_RUSSIAN_ONLY = re.compile("[ИиЩщЪъ]")
_BELARUSIAN_ONLY = re.compile("[ІіЎў]")
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’ʼ-])*")

# be -> ru: endings of surnames (lower case), then letters (§10.1 rows 3-9, 12).
_RU_ENDINGS = (
    ("скі", "ский"), ("цкі", "цкий"), ("аў", "ов"), ("оў", "ов"), ("еў", "ев"),
    ("ава", "ова"), ("ыя", "ия"), ("ія", "ия"),
)  # fmt: skip
_RU_KA = re.compile("(?<=[бвгджзклмнпрстфхцчш])ка$")
_RU_LETTERS = (
    ("дзь", "дь"), ("ць", "ть"), ("шч", "щ"), ("’", "ь"), ("'", "ь"), ("ʼ", "ь"),
    ("ры", "ри"),
)  # fmt: skip
_RU_SOFTENED = re.compile("(дз|ц)(?=[іеёюя])")
_U_BEFORE_VOWEL = re.compile("ў(?=[аеёіоуыэюя])|(?<=[іыуюи])ў")
_RU_SINGLE = str.maketrans({"і": "и", "э": "е", "ў": "в"})

# A plain Latin -> Belarusian Cyrillic reading for names (longest spelling first).
_READ_MULTI = (
    ("shch", "шч"), ("szcz", "шч"), ("tsch", "ч"), ("sch", "ш"), ("dzh", "дж"), ("dž", "дж"),
    ("dź", "дзь"), ("dz", "дз"), ("kh", "х"), ("zh", "ж"), ("sh", "ш"), ("ts", "ц"),
    ("cz", "ч"), ("sz", "ш"), ("šč", "шч"),
)  # fmt: skip
_READ_SINGLE = {
    "a": "а", "b": "б", "c": "ц", "d": "д", "f": "ф", "g": "г", "h": "г", "i": "і", "j": "й",
    "k": "к", "l": "л", "ł": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р",
    "s": "с", "t": "т", "v": "в", "x": "х", "z": "з", "č": "ч", "š": "ш", "ž": "ж", "ć": "ць",
    "ś": "сь", "ź": "зь", "ń": "нь", "ĺ": "ль", "ŭ": "ў", "ǔ": "ў", "â": "я", "û": "ю", "ë": "ё",
    "è": "э", "ì": "і", "ė": "э", "é": "э", "á": "а", "í": "і", "ó": "о", "ú": "у", "ý": "ы",
}  # fmt: skip
_IOTATED = {"a": "я", "e": "е", "o": "ё", "u": "ю"}
_PLAIN = {"a": "а", "e": "э", "o": "о", "u": "у"}
_LATIN_VOWELS = "aeiouyâûëèìėéáíóúý"
_LACINKA_MARKS = re.compile("[łŭćśźńčšžǔ]")


def _recase(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _russian_word(word: str) -> str:
    group = given_name_group(word)
    if group is not None and group.ru:
        return _recase(word, group.ru[0])
    lowered = word.lower()
    for ending, replacement in _RU_ENDINGS:
        if lowered.endswith(ending) and len(lowered) > len(ending) + 1:
            lowered = lowered[: -len(ending)] + replacement
            break
    lowered = _RU_KA.sub("ко", lowered)
    for be, ru in _RU_LETTERS:
        lowered = lowered.replace(be, ru)
    lowered = _RU_SOFTENED.sub(lambda m: "д" if m.group(1) == "дз" else "т", lowered)
    # ў reads as в only after а е ё о э я and before a consonant (as the key reads it).
    lowered = _U_BEFORE_VOWEL.sub("у", lowered)
    return _recase(word, lowered.translate(_RU_SINGLE))


def russian_form(name: str, /) -> str:
    """A Russian Cyrillic form of a Belarusian Cyrillic name, derived by rule and table.

    >>> russian_form("Святлана Ціханоўская"), russian_form("Аляксандр Лукашэнка")
    ('Светлана Тихановская', 'Александр Лукашенко')
    """
    name = ensure_str(name, "name")
    return _WORD.sub(lambda m: "-".join(_russian_word(p) for p in m.group().split("-")), name)


def _read_word(word: str) -> str:
    lowered = word.lower()
    ch = "х" if _LACINKA_MARKS.search(lowered) or "w" in lowered else "ч"
    out: list[str] = []
    i = 0
    while i < len(lowered):
        rest = lowered[i:]
        prev = lowered[i - 1] if i else ""
        after_vowel = not prev or prev in _LATIN_VOWELS or prev in "ŭjw'’"
        if rest.startswith("ch"):
            out.append(ch)
            i += 2
            continue
        multi = next((m for m in _READ_MULTI if rest.startswith(m[0])), None)
        if multi is not None:
            out.append(multi[1])
            i += len(multi[0])
            continue
        char = rest[0]
        nxt = rest[1:2]
        if char in "jyi" and nxt in _IOTATED:
            # ja/ya/ia -> я: iotation at the start and after a vowel, softness after a consonant
            if char in "jy" and prev and not after_vowel:
                out.append("’" + _IOTATED[nxt] if char == "j" else _IOTATED[nxt])
            else:
                out.append(_IOTATED[nxt])
            i += 2
            continue
        if char == "l" and nxt in _IOTATED and "ł" in lowered:
            out.append("л" + _IOTATED[nxt])  # Łacinka la = ля
            i += 2
            continue
        if char in _PLAIN:
            if char == "u" and prev in "aeo" and prev and (not nxt or nxt not in _LATIN_VOWELS):
                out.append("ў")
            elif char == "e" and (not prev or after_vowel):
                out.append("е")
            else:
                out.append(_PLAIN[char] if char != "e" or _LACINKA_MARKS.search(lowered) else "е")
            i += 1
            continue
        if char == "w":
            out.append("в" if nxt and nxt in _LATIN_VOWELS else "ў")
        elif char == "y":
            out.append("й" if after_vowel and prev else "ы")
        elif char == "i" and after_vowel and prev and (not nxt or nxt not in _LATIN_VOWELS):
            out.append("й")
        else:
            out.append(_READ_SINGLE.get(char, char))
        i += 1
    return _recase(word, "".join(out))


def cyrillic_reading(name: str, /) -> str:
    """A Belarusian Cyrillic reading of a romanized name (Łacinka, passport, BGN, press forms).

    Uses :func:`belnews.to_cyrillic` for Łacinka when it can; otherwise a plain reading that is
    good enough to key and to re-romanize (it cannot restore what a romanization dropped).

    >>> cyrillic_reading("Sviatlana Tsikhanouskaya"), cyrillic_reading("Łukašenka")
    ('Святлана Ціханоўская', 'Лукашэнка')
    """
    name = ensure_str(name, "name")
    try:
        from belnews.script import Script, detect_script
        from belnews.translit import to_cyrillic

        words = _WORD.findall(name)
        if words and all(detect_script(w) is Script.LACINKA for w in words):
            return to_cyrillic(name, "lacinka")
    except Exception:  # the reverse tables may not cover this name; read it plainly
        pass
    return _WORD.sub(lambda m: "-".join(_read_word(p) for p in m.group().split("-")), name)


def _romanize(name: str, lang: str, prefix: str) -> dict[str, str]:
    out: dict[str, str] = {}
    try:
        from belnews.systems import system_ids
        from belnews.translit import to_latin
    except ImportError:  # pragma: no cover
        return out
    for system in system_ids(lang=lang):
        try:
            out[prefix + system] = to_latin(name, system, lang=lang, errors="ignore")
        except Exception:  # a system that cannot spell this name is left out
            continue
    return out


def variants(name: str, /) -> dict[str, str]:
    """The spellings of ``name`` in every system, keyed by system id.

    Belarusian Cyrillic: ``{system: spelling}`` for every Belarusian system, then ``"ru"`` (a
    derived Russian form) and ``"ru:<system>"``.  Russian Cyrillic: ``"ru:<system>"`` only.
    Latin: ``"cyrillic"`` (a Belarusian Cyrillic reading) first, then that reading's variants.

    >>> v = variants("Святлана Ціханоўская")
    >>> v["lacinka"], v["passport"], v["ru"]
    ('Śviatłana Cichanoŭskaja', 'Sviatlana Tsikhanouskaia', 'Светлана Тихановская')
    """
    name = ensure_str(name, "name")
    if not _CYRILLIC.search(name):
        if not _WORD.search(name):
            return {}
        reading = cyrillic_reading(name)
        if not _CYRILLIC.search(reading):
            return {}
        return {"cyrillic": reading, **variants(reading)}
    if _RUSSIAN_ONLY.search(name) and not _BELARUSIAN_ONLY.search(name):
        return {"ru": name, **_romanize(name, "ru", "ru:")}
    out = _romanize(name, "be", "")
    russian = russian_form(name)
    out["ru"] = russian
    out.update(_romanize(russian, "ru", "ru:"))
    return out
