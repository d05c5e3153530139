"""Character tables shared by the normaliser and the script detector.

Everything a fixer in :mod:`belnews.normalize` may change is listed here, once, so the fast-path
check ("does this text need any work?") and the fixers themselves cannot drift apart.  The tables
follow ``romanization.md`` §12 (Unicode pitfalls); each comment says why a character is listed.

The script ranges are written out as ``re`` character-class bodies (not ``\\p{...}``) so that the
hot path can use the stdlib ``re`` engine, which is the fastest for a one-shot search.
"""

from __future__ import annotations

__all__ = [
    "APOSTROPHES",
    "CANONICAL_APOSTROPHES",
    "CARON_TO_BREVE",
    "CYRILLIC_LETTER_RANGES",
    "CYR_TO_LAT",
    "EXOTIC_SPACES",
    "INVISIBLES",
    "ISO9_MARKERS",
    "LACINKA_LETTERS",
    "LATIN_LETTER_RANGES",
    "LAT_TO_CYR",
    "MARK_RANGES",
    "PINYIN_MARKERS",
    "ROMAN_CYRILLIC",
    "ROMAN_LATIN",
    "TARGETS",
    "char_class",
]

# --- apostrophes -------------------------------------------------------------------------------
# Every code point seen standing for the Belarusian apostrophe (§12): ' ’ ʼ ‘ ` ´ ʹ ′.
APOSTROPHES = "'\u2019\u02bc\u2018`\u00b4\u02b9\u2032"
# The two a caller may choose as canonical: U+2019 (what typists and most outlets use) and
# U+02BC (Unicode's recommendation: a letter, so `\w+` keeps сямʼя in one piece).
CANONICAL_APOSTROPHES = ("\u2019", "\u02bc")

# --- invisible characters ----------------------------------------------------------------------
# Format characters that render as nothing but break matching when they sit inside a word:
# soft hyphen, zero-width space / non-joiner / joiner, word joiner and invisible operators,
# BOM / zero-width no-break space, and the bidi marks, embeddings, overrides and isolates.
INVISIBLES = (
    "\u00ad\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)

# --- exotic spaces -----------------------------------------------------------------------------
# Spaces that look like U+0020 but defeat `split()`-free tokenisers and exact matching: NBSP, the
# U+2000..U+200A typographic spaces (en/em/thin/hair/figure...), narrow NBSP, medium mathematical
# space and the ideographic space.
EXOTIC_SPACES = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)

# --- Latin/Cyrillic look-alikes (§12) ----------------------------------------------------------
# Latin letter -> the Cyrillic letter drawn the same way.  Only Cyrillic letters of Belarusian,
# Russian and Ukrainian are targets: a Latin s or j in a Cyrillic word is a real Latin letter,
# not a disguised ѕ or ј.
LAT_TO_CYR: dict[str, str] = {
    "a": "а", "c": "с", "e": "е", "i": "і", "o": "о", "p": "р", "x": "х", "y": "у",
    "ë": "ё", "ï": "ї",
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М",
    "O": "О", "P": "Р", "T": "Т", "X": "Х", "Y": "У", "Ë": "Ё", "Ï": "Ї",
}  # fmt: skip
# Cyrillic letter -> Latin.  The inverse of the above plus the non-East-Slavic Cyrillic letters
# that exist in Unicode precisely because they look Latin (ј ѕ ӏ): inside a Latin word they are
# always a mistake.
CYR_TO_LAT: dict[str, str] = {
    **{cyr: lat for lat, cyr in LAT_TO_CYR.items()},
    "ј": "j", "Ј": "J", "ѕ": "s", "Ѕ": "S", "ӏ": "l", "Ӏ": "I",
}  # fmt: skip

# Roman numerals: the Latin letters, and the Cyrillic look-alikes a Belarusian keyboard produces
# for them (І, Х).  Cyrillic С and М are left out on purpose: "СМІ" (mass media) is a common word.
ROMAN_LATIN = "IVXLCDM"
ROMAN_CYRILLIC = "ІХ"

# --- caron ǔ for breve ŭ (§1.6, §12) -----------------------------------------------------------
CARON_TO_BREVE = {"ǔ": "ŭ", "Ǔ": "Ŭ"}
# Letters of classical Łacinka (plus the variants ǔ and ĺ that converters and the "official"
# style produce): a word made only of these is a Łacinka candidate.
LACINKA_LETTERS = frozenset(
    "abcćčdefghijklĺłmnńoprsśštuŭǔvyzźž" + "abcćčdefghijklĺłmnńoprsśštuŭǔvyzźž".upper()
)
# Letters only ISO 9 (or GOST 7.79 A) uses for Belarusian, where ǔ is the correct ў.
ISO9_MARKERS = frozenset("ìèëûâʹÌÈËÛÂ\u0300")
# Pinyin tone letters: ǔ is correct there too.
PINYIN_MARKERS = frozenset("āáǎàēéěīíǐìōóǒòūúǚǜǘǖĀÁǍÀĒÉĚĪÍǏÌŌÓǑÒŪÚǙǛǗǕ")

# --- script ranges (character-class bodies for `re`) --------------------------------------------
CYRILLIC_LETTER_RANGES = "\u0400-\u0481\u048a-\u052f\u1c80-\u1c88\ua640-\ua66d\ua680-\ua69d"
LATIN_LETTER_RANGES = (
    "A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
    "\u2c60-\u2c7f\ua720-\ua7ff\uab30-\uab5a\uff21-\uff3a\uff41-\uff5a"
)
MARK_RANGES = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"

# Every character some fixer other than NFC may change or remove.  Text without any of them (and
# already in NFC) is returned unchanged by `normalize`; the property tests rely on this set.
TARGETS = frozenset(
    APOSTROPHES
    + INVISIBLES
    + EXOTIC_SPACES
    + "".join(LAT_TO_CYR)
    + "".join(CYR_TO_LAT)
    + "".join(CARON_TO_BREVE)
)


def char_class(chars: str) -> str:
    """Return a ``re`` character class matching exactly ``chars`` (escaped)."""
    special = {"\\", "]", "[", "^", "-"}
    return "[" + "".join("\\" + c if c in special else c for c in chars) + "]"
