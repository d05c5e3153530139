"""A frozen copy of the round-3 word analysis (commit 6dc75dd): the reference of the identity tests.

``skeleton``, ``fine_skeleton`` and ``spell_out`` are ``belnews/names/_skeleton.py`` of 6dc75dd;
``parse_name`` and ``word_skeleton`` / ``word_fine`` are ``_tokens.py``; ``tokens_of`` and
``name_key`` are ``key.py`` - copied verbatim except for the imports (the lexicon and the text
layer are the library's own).  The faster code of round 4 must give the same output for every
input: ``tests/test_names_words.py`` checks it on arbitrary Unicode and on real words, and
``benchmarks/bench_words.py`` times the two.  Never edit this file to follow the library.
"""

# ruff: noqa
from __future__ import annotations

import functools
import re
import unicodedata

from unidecode import unidecode

from belnews.errors import ensure_str
from belnews.names._tokens import Token
from belnews.names.lexicon import group_of_form, group_of_skeleton, listed_skeletons
from belnews.text import APOSTROPHES, nfc

VOWELS = "aeiouyj"
CONSONANTS = "bvhdtczsklmnprf"

# Step 1a: Cyrillic letters (lower case) -> a plain Latin reading.  The reading only has to fold to
# the same skeleton as every romanization of the letter, so it is deliberately simple.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ё": "jo", "ж": "zh",
    "з": "z", "і": "i", "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f", "х": "h", "ц": "c",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju", "я": "ja",
    "є": "je", "ї": "ji", "ј": "j", "ѣ": "e",
}  # fmt: skip

# Step 1b: Latin letters whose diacritic carries a sound (the rest lose their marks in step 1c).
_LATIN = {
    "š": "sh", "ž": "zh", "č": "ch", "ż": "zh", "ć": "c", "ś": "s", "ź": "z", "ń": "n",
    "ĺ": "l", "ľ": "l", "ł": "l", "ŭ": "u", "ǔ": "u", "â": "ja", "û": "ju", "ë": "jo",
    "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ı": "i", "ŀ": "l",
    "ŝ": "sh", "ĵ": "zh", "ĉ": "ch", "ĝ": "g",  # Esperanto press forms (Orŝa, Dzerĵinsk)
}  # fmt: skip

_LETTERS = {**_CYRILLIC, **_LATIN}
# Modifier letters (ʹ ʼ ʺ: soft sign and apostrophe in ISO 9 / ALA-LC) and combining marks.
_NOT_LETTERS = frozenset({"Lm", "Mn", "Mc", "Me"})

# Step 2: multi-letter spellings, in the order they are replaced (longest and most specific
# first).  Upper case marks a finished class letter so that later steps leave it alone.
_POLISH_MARK = re.compile(r"w|sz|rz|ł|ż|ó|ą|ę")  # a Polish spelling: cz is ч, not gost-b ц
_DIGRAPHS = (
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
# з, с, ц before г or х (Згурская, Схаронак, Цхай, Асхат): in the systems where г or х is "h"
# the Latin spelling is the digraph of ж, ш, ч (Zhurskaja, Scharonak, Chaj), so every spelling
# of the pair - Cyrillic included - takes that class: the key is the same in every system.
_SIBILANT_H = re.compile("[zscC]H")
_SIBILANT_CLASS = {"z": "Z", "s": "\u0283", "c": "H", "C": "H"}


def _sibilant_h(match: re.Match[str]) -> str:
    return _SIBILANT_CLASS[match.group()[0]]


_W_BEFORE_VOWEL = re.compile("w(?=[aeio]|y(?![aeiou]))")  # Polish wy = вы (Postawy)
_T_BEFORE_FRONT = re.compile("t(?=[eijy])")
_U_AS_V = re.compile("(?<=[aeo])u(?![aeiouyj])")
_DOUBLE = re.compile("([bvhdtczsklmnprf\u0283])\\1+")

# Step 5: endings that carry gender (checked in this order).
_FEM_ADJECTIVE = re.compile("(?<=[sc]k)(?:aja|aya|aia|aa|a)$")
_MASC_ADJECTIVE = re.compile("(?<=[sc]k)[iy][iyj]*$")
_MASC_SOFT = re.compile(f"(?<=[{CONSONANTS}\u0283])j?[iy][iyj]*$")

# Step 6: vowel groups.
_SOFT_IOTATED = re.compile("[iy][jiy]+[aeou]$")
_FIRST_VOWELS = re.compile(f"^[{VOWELS}]+")
_VOWEL_RUN = re.compile(f"[{VOWELS}]+")


# Step 1 as one str.translate table: the letter readings above, ASCII non-alphanumerics dropped.
_TRANSLATE: dict[int, str | None] = {ord(char): value for char, value in _LETTERS.items()}
_TRANSLATE.update({code: None for code in range(128) if not chr(code).isalnum()})


@functools.lru_cache(maxsize=1 << 16)
def spell_out(word: str) -> str:
    """Step 1: lower-case plain letters a-z (other scripts' letters and digits pass through)."""
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


@functools.lru_cache(maxsize=1 << 17)
def _both_classes(word: str) -> tuple[str, str]:
    """Steps 1-2 for :func:`skeleton` and for :func:`fine_skeleton`, in one pass.

    The two differ only in дз (``ʒ`` in the fine text, ``d`` in the coarse one) and in т before
    a front vowel (``c`` in the coarse text only), so the coarse text is made from the fine one.
    """
    fine = _consonant_classes(word, fine=True)
    if "\u0292" in spell_out(word):  # an ezh written in the input: not a дз
        return _consonant_classes(word, fine=False), fine
    coarse = fine.replace("\u0292", "d") if "\u0292" in fine else fine
    if "t" in coarse:
        coarse = _T_BEFORE_FRONT.sub("c", coarse)
    return coarse, fine


def _consonant_classes(word: str, *, fine: bool) -> str:
    """Steps 1-2 (and 3 unless ``fine``): lower-case letters, consonant classes applied."""
    text = spell_out(word)
    if text.endswith("tj") and len(text) > 3:  # Swedish -tj, Dutch -tsj = ч (Petrovitj)
        text = text[: -3 if text.endswith("tsj") else -2] + "H"
    lowered = word.lower()
    polish = _POLISH_MARK.search(lowered) is not None
    if polish and "szcz" in text:
        text = text.replace("szcz", "\u0283H")
    if "dzz" in text:  # KEY_VERSION 3: дз + з/ж reads as д + з/ж (Бадзьжа ~ Бадьжа)
        text = re.sub("dzz+", "dz", text)
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
    if "t" in text and not fine:
        text = _T_BEFORE_FRONT.sub("c", text)
    return text.lower()


@functools.lru_cache(maxsize=1 << 18)
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
    text = _DOUBLE.sub(r"\1", text)
    # ш is still ʃ here, so Latushka does not end like -ska.  (The tests on the last letter
    # only skip patterns that cannot match.)
    last = text[-1:]
    if last == "a":
        text = _FEM_ADJECTIVE.sub("A", text)
    elif last in ("i", "y", "j"):
        text, count = _MASC_ADJECTIVE.subn("I", text)
        if not count:
            text = _MASC_SOFT.sub("I", text)
    if "\u0283" in text:
        text = _DOUBLE.sub(r"\1", text.replace("\u0283", "s"))
    first = _FIRST_VOWELS.match(text)
    if first is not None:
        text = _first_vowel_class(first.group()) + text[first.end() :]
        return text[0] + _VOWEL_RUN.sub("a", text[1:])
    return _VOWEL_RUN.sub("a", text)


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


@functools.lru_cache(maxsize=1 << 18)
def fine_skeleton(word: str) -> str:
    """A finer skeleton that keeps what Belarusian and Russian spell differently.

    Vowel quality (akanne: a/o, yakanne: ia/e), т/ц and д/дз, ў/в and doubled consonants are kept,
    so two spellings with equal fine skeletons are one language's name in two systems, while
    Лукашэнка and Лукашенко (same :func:`skeleton`) differ here.

    >>> fine_skeleton("Лукашэнка"), fine_skeleton("LUKASHENKA"), fine_skeleton("Lukashenko")
    ('lukashenka', 'lukashenka', 'lukashenko')
    """
    text = _both_classes(word)[1].replace("\u0283", "sh")
    return _VOWEL_RUN.sub(lambda match: _vowel_quality(match.group()), text)


# --- _tokens.py ---

# Separators between the words of a name; a dot ends an initial ("A.Lukashenko" -> "A." + ...).
_CHUNKS = re.compile(r"[^\s,;/()\[\]{}<>«»\"“„|]+")  # ” is the BGN/PCGN apostrophe
_INITIAL_DOT = re.compile(r"(?<=\w)\.(?=\w)")
_EDGE_PUNCT = "!?:…*_=+~#$%^&@·•—–-"
# A patronymic ends in -vich/-vič/-wicz (masc.) or -vna/-ŭna/-auna (fem.); in skeleton terms
# "vah" or "vna" (see _skeleton: ch -> h, vowels -> a, ŭ after a vowel -> v).
_PATRONYMIC = re.compile(r"(?:va[h]|vna|hna)$")


def _clean(chunk: str) -> str:
    return chunk.strip(_EDGE_PUNCT + "." + APOSTROPHES)


def word_skeleton(word: str) -> str:
    """The skeleton of a word, hyphenated parts keyed one by one."""
    if "-" not in word:
        return skeleton(word)
    return "-".join(skeleton(part) for part in word.split("-") if part)


def word_fine(word: str) -> str:
    """The fine skeleton of a word, hyphenated parts one by one."""
    if "-" not in word:
        return fine_skeleton(word)
    return "-".join(fine_skeleton(part) for part in word.split("-") if part)


@functools.lru_cache(maxsize=1 << 17)
def _token(chunk: str) -> Token | None:
    dotted = chunk.endswith(".")
    text = _clean(chunk)
    if not text:
        return None
    letters = sum(1 for char in text if char.isalpha())
    if letters == 0:
        return None
    if (letters <= 2 and dotted) or (letters == 1 and len(text) == 1):
        sk = skeleton(text)
        return Token(text + ("." if dotted else ""), sk[:1] + ".", sk, initial=True)
    sk = word_skeleton(text)
    group = None if "-" in sk else group_of_skeleton(sk)
    return Token(text, "@" + group if group else sk, sk, group=group)


def _mark_patronymic(tokens: list[Token]) -> None:
    """Mark the patronymic of a name of three or more full words, in place."""
    full = [i for i, token in enumerate(tokens) if not token.initial]
    if len(full) < 3:
        return
    candidates = [i for i in full if _PATRONYMIC.search(tokens[i].skeleton)]
    if not candidates:
        return
    givens = [i for i in full if tokens[i].group is not None]
    chosen: int | None = None
    for i in givens:
        if i + 1 in candidates:
            chosen = i + 1
            break
    if chosen is None:
        middle = full[len(full) // 2] if len(full) == 3 else None
        chosen = middle if middle in candidates else (full[-1] if full[-1] in candidates else None)
    if chosen is not None and tokens[chosen].group is None:
        tokens[chosen] = tokens[chosen]._replace(patronymic=True)


@functools.lru_cache(maxsize=1 << 17)
def parse_name(name: str) -> tuple[Token, ...]:
    """The tokens of ``name`` (already a ``str``), with roles marked."""
    text = nfc(name)
    text = _INITIAL_DOT.sub(". ", text)
    tokens = [token for chunk in _CHUNKS.findall(text) if (token := _token(chunk)) is not None]
    _mark_patronymic(tokens)
    return tuple(tokens)


# --- key.py ---

#: The version of the key scheme; stored keys made with another version must be rebuilt.
KEY_VERSION = 3


def _exact_group(token: Token) -> Token:
    """A word spelled exactly like a listed given name takes that name's group."""
    if token.initial or token.patronymic or token.skeleton not in listed_skeletons():
        return token  # (a hyphenated word's skeleton has a "-": never listed)
    group = group_of_form(token.text)
    if group is None or group == token.group:
        return token
    return token._replace(key="@" + group, group=group)


@functools.lru_cache(maxsize=1 << 17)
def tokens_of(name: str, /) -> tuple[Token, ...]:
    """The words of ``name`` as keys and the matcher see them (``name`` is a ``str``).

    :func:`belnews.names._tokens.parse_name`, with one refinement: a word spelled exactly like
    a listed given name belongs to that name's group even when its skeleton is another's
    (Helena is Алена, not Галіна; French Alexandre is Аляксандр, not Аляксандра).
    """
    return tuple(_exact_group(token) for token in parse_name(name))


def name_key(name: str, /) -> str:
    """A key shared by every spelling of the personal name ``name``.

    Any script (Belarusian or Russian Cyrillic, Łacinka, any romanization), case, orthography
    (Taraškievica or Narkamaŭka), word order, diacritics and apostrophes give the same key.
    Gender is kept (Cichanoŭski and Cichanoŭskaja differ) and so are suffixes that make another
    surname (Kalesnik, Kalesnikava).  A name with no letters has the key ``""``.

    >>> name_key("Святлана Ціханоўская")
    '@sviatlana cahanavskA'
    >>> name_key("TSIKHANOUSKAYA, Sviatlana") == name_key("Светлана Тихановская")
    True
    >>> name_key("Alaksandr Łukašenka") == name_key("LUKASHENKA ALIAKSANDR HRYHORAVICH")
    True
    """
    if type(name) is not str:
        name = ensure_str(name, "name")
    # Not through tokens_of's cache: a key is usually made once per name.
    return " ".join(
        sorted(_exact_group(token).key for token in parse_name(name) if not token.patronymic)
    )
