"""Character classes: what a Cyrillic, Łacinka or Latin letter, a mark, an apostrophe, a dash
and a quotation mark are, defined once for all of belnews.

Class bodies (``CYRILLIC``, ``LATIN``, ``MARKS`` ...) are written as ``re`` character-class
bodies, without the brackets, so that a caller can combine them (``f"[{CYRILLIC}{MARKS}]"``) and
use either the stdlib ``re`` engine or ``regex``.  Plain strings of characters (``APOSTROPHES``,
``DASHES`` ...) become a class with :func:`char_class`.  The tables follow ``romanization.md``
§12 (Unicode pitfalls); each comment says why a character is listed.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "APOSTROPHES",
    "BELARUSIAN_ONLY",
    "BELARUSIAN_RUSSIAN",
    "CANONICAL_APOSTROPHES",
    "CARON_TO_BREVE",
    "CJK",
    "CJK_STOPS",
    "CYRILLIC",
    "CYRILLIC_BASIC",
    "CYRILLIC_BLOCKS",
    "CYRILLIC_MARKS",
    "CYR_TO_LAT",
    "DASHES",
    "EXOTIC_SPACES",
    "HYPHENS",
    "INVISIBLES",
    "ISO9_MARKERS",
    "LACINKA",
    "LACINKA_LETTERS",
    "LACINKA_ONLY",
    "LATIN",
    "LATIN_EUROPEAN",
    "LATIN_EXTENDED",
    "LATIN_MARKS",
    "LAT_TO_CYR",
    "MARKS",
    "PINYIN_MARKERS",
    "QUOTES",
    "QUOTES_CLOSE",
    "QUOTES_NEUTRAL",
    "QUOTES_OPEN",
    "ROMAN_CYRILLIC",
    "ROMAN_LATIN",
    "RUSSIAN_ONLY",
    "STRESS_MARKS",
    "TARGETS",
    "UKRAINIAN_ONLY",
    "char_class",
]

# --- scripts (class bodies) ----------------------------------------------------------------------
#: Every letter of the Cyrillic script (Unicode 16): the letters of the Cyrillic, Supplement and
#: Extended-B/C blocks, the two of Phonetic Extensions (ᴫ, ᵸ) and the modifier letters of
#: Extended-D (U+1E030..U+1E06D); not the signs and combining marks U+0482..U+0489 nor the
#: Extended-A combining letters.  Plain ranges, not a Unicode property: the same on every Python
#: (whose own Unicode tables may be older) and one comparison per character for the engine.
CYRILLIC: Final = (
    "\u0400-\u0481\u048a-\u052f\u1c80-\u1c8a\u1d2b\u1d78\ua640-\ua66e\ua67f-\ua69d"
    "\U0001e030-\U0001e06d"
)
#: The Cyrillic blocks whole (letters, signs, titlos): U+0400..U+052F, Extended-C, Extended-B and
#: Extended-D, and the Cyrillic letters of Phonetic Extensions.
CYRILLIC_BLOCKS: Final = "\u0400-\u052f\u1c80-\u1c8f\u1d2b\u1d78\ua640-\ua69f\U0001e030-\U0001e08f"
#: The Cyrillic Extended-A block: combining Cyrillic letters written above a letter.
CYRILLIC_MARKS: Final = "\u2de0-\u2dff"
#: The basic Cyrillic block U+0400..U+04FF only (every letter of Belarusian, Russian, Ukrainian).
CYRILLIC_BASIC: Final = "\u0400-\u04ff"
#: Every Latin letter (Basic, Latin-1, Extended-A..E, Additional, ª º, fullwidth).
LATIN: Final = (
    "A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
    "\u2c60-\u2c7f\ua720-\ua7ff\uab30-\uab5a\uff21-\uff3a\uff41-\uff5a"
)
#: Latin letters of the European blocks: Basic, Latin-1, Extended-A/B, Additional, Extended-C/D.
LATIN_EXTENDED: Final = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff"
)
#: Latin letters of Basic, Latin-1, Extended-A/B and Additional only (what romanizations write).
LATIN_EUROPEAN: Final = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
#: Combining marks of every script (diacritical marks, supplements, half marks, Cyrillic titlos).
MARKS: Final = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
#: Combining marks Latin text uses: Combining Diacritical Marks and the half marks (ties).
LATIN_MARKS: Final = "\u0300-\u036f\ufe20-\ufe2f"
#: Grave and acute: how dictionaries and Wikipedia mark stress (Жыта́).
STRESS_MARKS: Final = "\u0300\u0301"

#: Han and kana (a class body): the scripts of Chinese and Japanese, which write no spaces
#: between words, so that a count of words by spaces misreads their text (Korean's Hangul is
#: written with spaces).
CJK: Final = "\u3040-\u30ff\u3400-\u9fff"
#: The full stop and the full-width marks that end a Chinese or Japanese sentence.
CJK_STOPS: Final = "。！？"

# --- letters of one language (plain strings, both cases) -----------------------------------------
#: Letters of Belarusian that Russian lacks: і, ў.
BELARUSIAN_ONLY: Final = "ІіЎў"
#: Letters of Russian that Belarusian lacks: и, щ, ъ.
RUSSIAN_ONLY: Final = "ИиЩщЪъ"
#: Letters of Ukrainian that neither Belarusian nor Russian has: є, ї, ґ (ґ also appears in
#: classical Taraškievica, so it does not make a word non-Belarusian by itself).
UKRAINIAN_ONLY: Final = "ЄєЇїҐґ"
#: Class body: the letters of Belarusian or Russian (А-я Ё ё І і Ў ў, and Ґ ґ of Taraškievica).
BELARUSIAN_RUSSIAN: Final = "А-яЁёІіЎўҐґ"

# --- Łacinka -------------------------------------------------------------------------------------
_LACINKA_LOWER: Final = "abcćčdefghijklĺłmnńoprsśštuŭǔvyzźž"
#: Class body: the letters of classical Łacinka (plus the variants ǔ and ĺ that converters and
#: the "official" style produce).
LACINKA: Final = _LACINKA_LOWER + _LACINKA_LOWER.upper()
#: The same letters as a set: a word made only of these is a Łacinka candidate.
LACINKA_LETTERS: Final = frozenset(LACINKA)
#: Łacinka letters that English, Czech and the like never write: ł ŭ ǔ ć ś ź ń ĺ.
LACINKA_ONLY: Final = "ŁłŬŭǓǔĆćŚśŹźŃńĹĺ"

# --- apostrophes, dashes, quotation marks (plain strings) ----------------------------------------
#: Every code point seen standing for the Belarusian apostrophe (§12): ' ’ ʼ ‘ ` ´ ʹ ′.
APOSTROPHES: Final = "'\u2019\u02bc\u2018`\u00b4\u02b9\u2032"
#: The two a caller may choose as canonical: U+2019 (what typists and most outlets use) and
#: U+02BC (Unicode's recommendation: a letter, so ``\w+`` keeps сямʼя in one piece).
CANONICAL_APOSTROPHES: Final = ("\u2019", "\u02bc")
#: Hyphens that join the parts of a word (Навуменка-Лісоўская): -, U+2010, U+2011.
HYPHENS: Final = "-\u2010\u2011"
#: Dashes between words and before speech: figure, en, em dash, horizontal bar, minus sign.
DASHES: Final = "\u2012\u2013\u2014\u2015\u2212"
#: Marks that open a quotation in some convention: « „ “ ‘ ‚ ‹ (“ ‘ also close a „…“ quotation).
QUOTES_OPEN: Final = "«„“‘‚‹"
#: Marks that close a quotation in some convention: » “ ” ’ ‘ ›.
QUOTES_CLOSE: Final = "»“”’‘›"
#: The typewriter marks that both open and close: " and '.
QUOTES_NEUTRAL: Final = "\"'"
#: Every quotation mark above, once.
QUOTES: Final = "".join(dict.fromkeys(QUOTES_OPEN + QUOTES_CLOSE + QUOTES_NEUTRAL))

# --- invisible characters and spaces (plain strings) ---------------------------------------------
#: Format characters that render as nothing but break matching when they sit inside a word:
#: soft hyphen, zero-width space / non-joiner / joiner, word joiner and invisible operators,
#: BOM / zero-width no-break space, and the bidi marks, embeddings, overrides and isolates.
INVISIBLES: Final = (
    "\u00ad\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
#: Spaces that look like U+0020 but defeat tokenisers and exact matching: NBSP, U+2000..U+200A,
#: narrow NBSP, medium mathematical space and the ideographic space.
EXOTIC_SPACES: Final = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)

# --- Latin/Cyrillic look-alikes (§12) ------------------------------------------------------------
#: Latin letter -> the Cyrillic letter drawn the same way.  Only Cyrillic letters of Belarusian,
#: Russian and Ukrainian are targets: a Latin s or j in a Cyrillic word is a real Latin letter.
LAT_TO_CYR: Final[dict[str, str]] = {
    "a": "а", "c": "с", "e": "е", "i": "і", "o": "о", "p": "р", "x": "х", "y": "у",
    "ë": "ё", "ï": "ї",
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М",
    "O": "О", "P": "Р", "T": "Т", "X": "Х", "Y": "У", "Ë": "Ё", "Ï": "Ї",
}  # fmt: skip
#: Cyrillic letter -> Latin: the inverse of the above plus the non-East-Slavic Cyrillic letters
#: that exist because they look Latin (ј ѕ ӏ): inside a Latin word they are always a mistake.
CYR_TO_LAT: Final[dict[str, str]] = {
    **{cyr: lat for lat, cyr in LAT_TO_CYR.items()},
    "ј": "j", "Ј": "J", "ѕ": "s", "Ѕ": "S", "ӏ": "l", "Ӏ": "I",
}  # fmt: skip
#: Roman-numeral letters, and the Cyrillic look-alikes a Belarusian keyboard produces for them
#: (І, Х).  Cyrillic С and М are left out on purpose: "СМІ" (mass media) is a common word.
ROMAN_LATIN: Final = "IVXLCDM"
ROMAN_CYRILLIC: Final = "ІХ"

# --- caron ǔ for breve ŭ (§1.6, §12) -------------------------------------------------------------
CARON_TO_BREVE: Final = {"ǔ": "ŭ", "Ǔ": "Ŭ"}
#: Letters only ISO 9 (or GOST 7.79 A) uses for Belarusian, where ǔ is the correct ў.
ISO9_MARKERS: Final = frozenset("ìèëûâʹÌÈËÛÂ\u0300")
#: Pinyin tone letters: ǔ is correct there too.
PINYIN_MARKERS: Final = frozenset("āáǎàēéěīíǐìōóǒòūúǚǜǘǖĀÁǍÀĒÉĚĪÍǏÌŌÓǑÒŪÚǙǛǗǕ")

#: Every character some fixer of :func:`belnews.normalize` other than NFC may change or remove.
#: Text without any of them (and already in NFC) is returned unchanged by ``normalize``.
TARGETS: Final = frozenset(
    APOSTROPHES
    + INVISIBLES
    + EXOTIC_SPACES
    + "".join(LAT_TO_CYR)
    + "".join(CYR_TO_LAT)
    + "".join(CARON_TO_BREVE)
)


def char_class(chars: str) -> str:
    """Return a ``re`` character class matching exactly ``chars`` (escaped).

    >>> char_class("'-]")
    "['\\\\-\\\\]]"
    >>> import re; bool(re.fullmatch(char_class(DASHES) + "+", "—–"))
    True
    """
    # (| & ~ too: doubled, they are the set operations a future ``re`` reads, and warns of now)
    special = {"\\", "]", "[", "^", "-", "|", "&", "~"}
    return "[" + "".join("\\" + c if c in special else c for c in chars) + "]"
