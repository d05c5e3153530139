"""The phonetic skeleton of one word: the building block of :func:`belnews.name_key`.

Every spelling of a Belarusian or Russian name - Cyrillic in either orthography, Łacinka, each
national and international romanization, passport forms, Polish, German, Czech and Lithuanian
press forms - is folded onto one coarse Latin skeleton.  The folding has its *own* small tables
(below), independent of :mod:`belnews.translit`, so that fixing a romanization table never
silently changes a stored key; a change here is a change of :data:`KEY_VERSION`.

How a word is folded (each step says which spellings it unifies):

1. letters: Cyrillic letters get a plain Latin reading (ж -> zh, ч -> ch, ц -> c, ў -> u ...);
   Latin letters with diacritics are spelled out (š -> sh, č -> ch, ł -> l, ŭ -> u, ISO 9
   â û ë -> ja ju jo); every other mark, apostrophe, soft sign and ALA-LC tie is dropped.
2. consonant classes: г, ґ, х and ч fall together (h/g, ch/kh/x/č are read differently by
   different systems: Łacinka ch = х, passport ch = ч, 2023 h = х, ISO g = г), as do ц with ts,
   tz and the gost-b cz (Polish cz = ч), дз with д (dzekanne), and т before a front vowel with ц
   (tsekanne: Тихановская ~ Ціханоўская).  ш falls together with с and ж with з, so that names
   typed without carons (Orsa, Zlobin) and Hungarian sz still find their key.
3. ў: u after a, e or o before a consonant or at the end is read as v (Bykaŭ ~ Bykau ~ Bykaw ~
   Bykov), w before a vowel is v.
4. doubled consonants are squeezed (Таццяна ~ Татьяна, Наталля ~ Наталья).
5. endings that carry gender become markers before the vowels are folded: -ski/-skiy/-sky/-skij
   -> ``skI`` and -skaja/-skaya/-skaia/-ska -> ``skA``; any other -y/-i/-ij/-iy after a consonant
   -> ``I``.  So Cichanoŭski and Cichanoŭskaja keep different keys.
6. vowels: the first vowel group keeps a coarse class (a/o -> ``a``, e/je/jo -> ``e``, i -> ``i``,
   u -> ``u``, ja/ju -> ``j``), so Ягор (``jhar``) and Ігар (``ihar``) stay apart; every later vowel
   group (including j/y/i of iotation) becomes ``a``, which folds akanne, yakanne and -ka/-ko.
"""

from __future__ import annotations

import functools
import operator
import re
import unicodedata
from typing import Final

from unidecode import unidecode

from belnews._cache import word_cache

__all__ = ["CONSONANTS", "VOWELS", "fine_skeleton", "skeleton", "spell_out"]

VOWELS: Final = "aeiouyj"
CONSONANTS: Final = "bvhdtczsklmnprf"

# Step 1a: Cyrillic letters (lower case) -> a plain Latin reading.  The reading only has to fold to
# the same skeleton as every romanization of the letter, so it is deliberately simple.
_CYRILLIC: Final = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ё": "jo", "ж": "zh",
    "з": "z", "і": "i", "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f", "х": "h", "ц": "c",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju", "я": "ja",
    "є": "je", "ї": "ji", "ј": "j", "ѣ": "e",
}  # fmt: skip

# Step 1b: Latin letters whose diacritic carries a sound (the rest lose their marks in step 1c).
_LATIN: Final = {
    "š": "sh", "ž": "zh", "č": "ch", "ż": "zh", "ć": "c", "ś": "s", "ź": "z", "ń": "n",
    "ĺ": "l", "ľ": "l", "ł": "l", "ŭ": "u", "ǔ": "u", "â": "ja", "û": "ju", "ë": "jo",
    "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ı": "i", "ŀ": "l",
    "ŝ": "sh", "ĵ": "zh", "ĉ": "ch", "ĝ": "g",  # Esperanto press forms (Orŝa, Dzerĵinsk)
}  # fmt: skip

_LETTERS: Final = {**_CYRILLIC, **_LATIN}
# Modifier letters (ʹ ʼ ʺ: soft sign and apostrophe in ISO 9 / ALA-LC) and combining marks.
_NOT_LETTERS: Final = frozenset({"Lm", "Mn", "Mc", "Me"})

# Step 2: multi-letter spellings, in the order they are replaced (longest and most specific
# first).  Upper case marks a finished class letter so that later steps leave it alone.
_POLISH_MARK: Final = re.compile(r"w|sz|rz|ł|ż|ó|ą|ę")  # a Polish spelling: cz is ч, not gost-b ц
_DIGRAPHS: Final = (
    ("tsch", "H"),  # German ч (Lukaschenko has only sch)
    ("sch", "\u0283"),  # German ш; Łacinka с+х
    ("tsh", "H"),  # Estonian tš = ч (Baranovitši); тш is tsh/tš in every system alike
    ("dz", "D"),  # дз ~ д (dzekanne); дж = dzh -> D + H
    ("kh", "H"),
    ("ch", "H"),  # Łacinka/Polish/German/Czech х, English/passport/2023 ч: one class
    ("sh", "\u0283"),  # ш ~ с: ASCII-folded š (Orsa, Lukasenka) and Hungarian sz (Minszk)
    ("zh", "Z"),  # ж ~ з: ASCII-folded ž (Zlobin, Zodino)
    ("sz", "\u0283"),  # Polish ш, Hungarian с
    ("ts", "C"),
    ("tz", "C"),
    ("tc", "C"),  # GOST R 52535 (Russian passports 2010-2013) ц = tc; tch is т+ч, read above
    ("zk", "Ck"),  # German z = ц before k (Polazk, Sluzk, Bjaljazki)
    ("pz", "pC"),  # German z = ц after p (Stolpze)
    ("nz", "nC"),  # German z = ц after n (Waljanzin)
    ("x", "H"),  # scholarly and gost-b х
    ("g", "H"),
    ("h", "H"),
    ("q", "K"),
)
# дз before з or ж (дзьз, дзьж: Belarusian дзь where Russian writes дь) is read as the д of the
# Russian spelling, whose "dz"/"dzh" read as дз/дж: the cluster keys alike in both languages.
_DZ_BEFORE_Z: Final = re.compile("dzz+")
# з, с, ц before г or х (Згурская, Схаронак, Цхай, Асхат): in the systems where г or х is "h"
# the Latin spelling is the digraph of ж, ш, ч (Zhurskaja, Scharonak, Chaj), so every spelling
# of the pair - Cyrillic included - takes that class: the key is the same in every system.
_SIBILANT_H: Final = re.compile("[zscC]H")
_SIBILANT_CLASS: Final = {"z": "Z", "s": "\u0283", "c": "H", "C": "H"}


def _sibilant_h(match: re.Match[str]) -> str:
    return _SIBILANT_CLASS[match.group()[0]]


_W_BEFORE_VOWEL: Final = re.compile("w(?=[aeio]|y(?![aeiou]))")  # Polish wy = вы (Postawy)
_T_BEFORE_FRONT: Final = re.compile("t(?=[eijy])")
_U_AS_V: Final = re.compile("(?<=[aeo])u(?![aeiouyj])")
_DOUBLE: Final = re.compile("([bvhdtczsklmnprf\u0283])\\1+")
# The replacement of a doubled consonant: a C-level callable, not the template r"\1" (which
# sends every call through re's Python-level template machinery: ~2.5 µs a call).
_SINGLE: Final = operator.methodcaller("group", 1)

# Step 5: endings that carry gender (checked in this order).  The masculine pair is applied by
# _masculine_ending's string tests, which tests/test_names_words.py checks against these regexes.
_FEM_ADJECTIVE: Final = re.compile("(?<=[sc]k)(?:aja|aya|aia|aa|a)$")
_FEM_SUFFIXES: Final = tuple(k + a for k in ("sk", "ck") for a in ("aja", "aya", "aia", "aa", "a"))
_CONSONANT_LETTERS: Final = frozenset(CONSONANTS + "\u0283")
_MASC_ADJECTIVE: Final = re.compile("(?<=[sc]k)[iy][iyj]*$")
_MASC_SOFT: Final = re.compile(f"(?<=[{CONSONANTS}\u0283])j?[iy][iyj]*$")

# Step 6: vowel groups.
_SOFT_IOTATED: Final = re.compile("[iy][jiy]+[aeou]$")
_FIRST_VOWELS: Final = re.compile(f"^[{VOWELS}]+")
_VOWEL_RUN: Final = re.compile(f"[{VOWELS}]+")
# A single vowel letter is its own quality (see _vowel_quality): only longer groups are read.
_VOWEL_GROUP: Final = re.compile(f"[{VOWELS}]{{2,}}")


# Step 1 as one str.translate table: the letter readings above, ASCII non-alphanumerics dropped.
_TRANSLATE: Final[dict[int, str | None]] = {ord(char): value for char, value in _LETTERS.items()}
_TRANSLATE.update({code: None for code in range(128) if not chr(code).isalnum()})


@word_cache(1 << 16)
def spell_out(word: str) -> str:
    """Step 1: lower-case plain letters a-z (other scripts' letters and digits pass through)."""
    return _spell(word)


def _spell(word: str) -> str:
    """:func:`spell_out` without its cache (the skeletons, cached themselves, read it once)."""
    text = word.lower().translate(_TRANSLATE)
    if text.isascii():
        return text
    out = []
    for char in text:
        if char.isascii():
            out.append(char)
            continue
        for part in unicodedata.normalize("NFD", char):
            if part.isascii():
                if part.isalnum():
                    out.append(part)
            elif part in _LETTERS:
                out.append(_LETTERS[part])
            elif part.isalnum() and unicodedata.category(part) not in _NOT_LETTERS:
                out.append(_spell_foreign(part))
    return "".join(out)


def _spell_foreign(char: str) -> str:
    """A letter of a script the key has no table for (Greek Λ, Georgian ლ, Latin ø ß æ đ …).

    unidecode's ASCII reading gives names in any script a Latin skeleton, so Λουκασένκο keys with
    Lukashenko; a character unidecode cannot read is kept as it is, never dropped.
    """
    ascii_reading = "".join(c for c in unidecode(char).lower() if c.isascii() and c.isalnum())
    return ascii_reading or char


@functools.lru_cache(maxsize=1024)
def _first_vowel_class(run: str) -> str:
    """The class of a word-initial vowel group: ``a``, ``e``, ``i``, ``u`` or ``j`` (ja/ju)."""
    start = 0
    while start < len(run) - 1 and (
        run[start] in "jy" or (run[start] == "i" and run[start + 1] in "aeouijy")
    ):
        start += 1  # y + ë = yjo (BGN Russian Yëdy) is iotated once
    iotated = start > 0
    vowel = run[start]
    if vowel in "ao":
        return "j" if iotated and vowel == "a" else ("e" if iotated else "a")
    if vowel == "e":
        return "e"
    if vowel == "u":
        return "j" if iotated else "u"
    return "i"


@word_cache(1 << 17)
def _both_classes(word: str) -> tuple[str, str]:
    """Steps 1-2 for :func:`skeleton` and for :func:`fine_skeleton`, in one pass.

    The two differ only in дз (``ʒ`` in the fine text, ``d`` in the coarse one) and in т before
    a front vowel (``c`` in the coarse text only), so the coarse text is made from the fine one.
    """
    spelled = _spell(word)
    fine = _consonant_classes(spelled, word, fine=True)
    if "\u0292" in spelled:  # an ezh written in the input: not a дз
        return _consonant_classes(spelled, word, fine=False), fine
    coarse = fine.replace("\u0292", "d") if "\u0292" in fine else fine
    if "t" in coarse:
        coarse = _T_BEFORE_FRONT.sub("c", coarse)
    return coarse, fine


def _consonant_classes(text: str, word: str, *, fine: bool) -> str:
    """Steps 1-2 (and 3 unless ``fine``) on ``text``, the spelled-out ``word``: lower-case
    letters, consonant classes applied."""
    if text.endswith("tj") and len(text) > 3:  # Swedish -tj, Dutch -tsj = ч (Petrovitj)
        text = text[: -3 if text.endswith("tsj") else -2] + "H"
    # A Polish spelling (w, sz, rz, ł ...): cz is ч, not gost-b ц.  Only read when there is a cz.
    polish = "cz" in text and _POLISH_MARK.search(word.lower()) is not None
    if polish and "szcz" in text:
        text = text.replace("szcz", "\u0283H")
    text = _digraphs(text, fine=fine, polish=polish)
    if "t" in text and not fine:
        text = _T_BEFORE_FRONT.sub("c", text)
    return text.lower()


def _digraphs(text: str, *, fine: bool, polish: bool) -> str:
    """Step 2's multi-letter spellings, in order, and what they make together (cz, cs, з/с/ц +
    г/х, щ, w)."""
    if "dzz" in text:  # дз + з is дз, дз + ж is дж: as д + з, д + ж (Бадзьжа ~ Бадьжа)
        text = _DZ_BEFORE_Z.sub("dz", text)
    for spelling, value in _DIGRAPHS:
        if spelling in text:
            text = text.replace(spelling, "\u0292" if fine and spelling == "dz" else value)
    if "cz" in text:
        text = text.replace("cz", "H" if polish else "C")
    if "cs" in text or "Cs" in text:  # ц+с is said ц, as тс is (детский, Бацьскі / Батьский)
        text = text.replace("Cs", "C").replace("cs", "c")
    if "H" in text:  # з/с/ц + г/х read as ж/ш/ч, whichever letters spelled them (see below)
        text = _SIBILANT_H.sub(_sibilant_h, text)
    if "\u0283H" in text:  # щ = шч (šč, shch, szcz, ISO 9 ŝ) folds onto ш
        text = text.replace("\u0283H", "\u0283")
    if "w" in text:
        text = _W_BEFORE_VOWEL.sub("v", text).replace("w", "u")
    return text


@word_cache(1 << 18)
def skeleton(word: str) -> str:
    """The skeleton of one word (no spaces or hyphens inside): see the module docstring.

    >>> skeleton("Ціханоўская"), skeleton("Tsikhanouskaya"), skeleton("Tichanowskaja")
    ('cahanavskA', 'cahanavskA', 'cahanavskA')
    >>> skeleton("Ціханоўскі"), skeleton("Lukashenko"), skeleton("Ягор"), skeleton("Ігар")
    ('cahanavskI', 'lakasanka', 'jhar', 'ihar')
    """
    text = _both_classes(word)[0]
    if "u" in text:
        text = _U_AS_V.sub("v", text)
    text = _DOUBLE.sub(_SINGLE, text)
    # ш is still ʃ here, so Latushka does not end like -ska.  (The ending regexes run only where
    # the last letters allow a match: the text has no newline, so "$" is its end.)
    last = text[-1:]
    if last == "a":
        if text.endswith(_FEM_SUFFIXES):
            text = _FEM_ADJECTIVE.sub("A", text)
    elif last in ("i", "y", "j"):
        text = _masculine_ending(text)
    if "\u0283" in text:
        text = _DOUBLE.sub(_SINGLE, text.replace("\u0283", "s"))
    first = _FIRST_VOWELS.match(text)
    if first is not None:
        return _first_vowel_class(first.group()) + _VOWEL_RUN.sub("a", text[first.end() :])
    return _VOWEL_RUN.sub("a", text)


def _masculine_ending(text: str) -> str:
    """_MASC_ADJECTIVE, else _MASC_SOFT, as ``I``: both end the word in a run of i/y/j letters
    that starts right after a consonant, so the run is the whole match (the soft one may start
    with j before the i or y)."""
    stem = text.rstrip("iyj")
    if stem[-1:] in _CONSONANT_LETTERS and (
        text[len(stem)] != "j" or text[len(stem) + 1 : len(stem) + 2] in ("i", "y")
    ):
        return stem + "I"
    return text


def _vowel_quality(run: str) -> str:
    """The vowel a group of vowel letters stands for, and ``j`` when it ends in й.

    Iotation is dropped (ia ja ya -> a, ie je ye -> e); a group that ends in j, i or y after
    another vowel ends in й (ай ai aj ay -> aj, ей ei ey iej -> ej, ый yi yj yy -> yj).
    """
    letters = run.lstrip("j") or run
    if _SOFT_IOTATED.match(letters):  # ія ыя (ija iia iya yja yia): keep і/ы apart from я
        return letters[0] + letters[-1]
    if len(letters) > 1 and letters[-1] in "jiy":
        core = letters.rstrip("jiy") or letters[0]
        return (core[-1] if core[-1] in "aeou" else core[0]) + "j"
    return letters[-1] if letters[-1] in "aeou" else letters[0]


@word_cache(1 << 18)
def fine_skeleton(word: str) -> str:
    """A finer skeleton that keeps what Belarusian and Russian spell differently.

    Vowel quality (akanne: a/o, yakanne: ia/e), т/ц and д/дз, ў/в and doubled consonants are kept,
    so two spellings with equal fine skeletons are one language's name in two systems, while
    Лукашэнка and Лукашенко (same :func:`skeleton`) differ here.

    >>> fine_skeleton("Лукашэнка"), fine_skeleton("LUKASHENKA"), fine_skeleton("Lukashenko")
    ('lukashenka', 'lukashenka', 'lukashenko')
    """
    text = _both_classes(word)[1].replace("\u0283", "sh")
    return _VOWEL_GROUP.sub(_group_quality, text)


def _group_quality(match: re.Match[str]) -> str:
    return _vowel_quality(match.group())
