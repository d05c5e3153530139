"""The shared Hypothesis strategies of the test suite (import them; do not define new ones).

- :func:`belarusian_words` - THE orthographically valid (Narkamaŭka) Belarusian word generator:
  the spelling rules that make romanizations unambiguous (hard ж ч ш р дж, soft sign and
  apostrophe placement, ў/й closing a syllable, iotated vowel after і).
- :func:`belarusian_names` - "Given Surname": a listed given name and a surname made of
  :func:`belarusian_words` plus a common surname ending, optionally in capitals.
- :func:`lacinka_words` - Łacinka spellings of :func:`belarusian_words`.
- ``any_text`` (arbitrary ``str`` without surrogates), ``any_str`` (lone surrogates too: a
  ``str`` can hold them), ``noisy_text`` (arbitrary text mixed with the characters belnews
  repairs or reads: look-alikes, apostrophes, invisibles, exotic spaces, marks), and
  ``normalize_configs``.
- :func:`hostile_repetition` - a unit repeated: the shape of the issue-15 slow inputs.

``tests/`` is on ``sys.path`` (pytest's ``pythonpath``), so a test writes
``from strategies import belarusian_words``.
"""

from __future__ import annotations

import functools
import re

from hypothesis import assume
from hypothesis import strategies as st

from belnews.normalize import FIXER_NAMES, NormalizeConfig
from belnews.text import APOSTROPHES, EXOTIC_SPACES, INVISIBLES

__all__ = [
    "BELARUSIAN",
    "RUSSIAN",
    "any_str",
    "any_text",
    "belarusian_names",
    "belarusian_words",
    "hostile_repetition",
    "lacinka_words",
    "noisy_text",
    "normalize_configs",
]

BELARUSIAN = "абвгдеёжзійклмнопрстуўфхцчшыьэюя"
RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"

# --- orthographically valid (Narkamaŭka) Belarusian words -------------------------------------
# Syllables are (onset, vowel, coda).  The constraints are the spelling rules that make the Latin
# forms unambiguous: ж ч ш р дж are hard (no і е ё ю я after them); ь follows з с ц н л дз and
# stands at the end of a word or before a hard syllable or an iotated vowel (separating);
# the apostrophe follows б в м п ф р before е ё ю я і; ў and й close a syllable.
SOFTABLE = ["б", "в", "г", "д", "з", "к", "л", "м", "н", "п", "с", "т", "ф", "х", "ц", "дз"]
HARD = ["ж", "ч", "ш", "р", "дж", "шч"]
HARD_VOWELS = "аоуыэ"
IOTATED = {"а": "я", "о": "ё", "у": "ю", "э": "е"}
SOFT_VOWELS = "еёюяі"
_AFTER_I = re.compile(r"(?<=і)[аоуэ]")
_Y_NOT_AFTER_CONSONANT = re.compile(f"(?:^|[{HARD_VOWELS}{SOFT_VOWELS}ўй’])ы")


@st.composite
def syllables(
    draw: st.DrawFn, *, onset: bool = True, vowels: str = HARD_VOWELS + SOFT_VOWELS
) -> str:
    """A consonant (or none) and a vowel; hard consonants take only hard vowels."""
    consonant = draw(st.sampled_from([*SOFTABLE, *HARD, ""])) if onset else ""
    allowed = HARD_VOWELS if consonant in HARD else vowels
    return consonant + draw(st.sampled_from(allowed))


@st.composite
def joints(draw: st.DrawFn) -> str:
    """What may stand between two syllables, with the start of the next syllable."""
    kind = draw(
        st.sampled_from(["plain", "plain", "ў", "й", "soft sign", "separating", "apostrophe"])
    )
    if kind == "plain":
        return draw(syllables())
    if kind in ("ў", "й"):  # closes a syllable: a consonant must follow
        return kind + draw(st.sampled_from(SOFTABLE)) + draw(syllables(onset=False))
    if kind == "soft sign":  # Дабравольскі, восьмы: ь before a hard syllable
        return (
            draw(st.sampled_from(["з", "с", "ц", "н", "л", "дз"]))
            + "ь"
            + draw(st.sampled_from([*SOFTABLE, *HARD]))
            + draw(st.sampled_from(HARD_VOWELS))
        )
    if kind == "separating":  # Ілья, каньяк: ь before an iotated vowel
        return (
            draw(st.sampled_from(["з", "с", "ц", "н", "л"])) + "ь" + draw(st.sampled_from("еёюяі"))
        )
    return (
        draw(st.sampled_from(["б", "в", "м", "п", "ф", "р"])) + "’" + draw(st.sampled_from("еёюяі"))
    )


def _iotated_after_i(word: str) -> str:
    """After і a vowel is spelled iotated (ія, not іа): the Latin "ia" could not tell them apart."""
    return _AFTER_I.sub(lambda m: IOTATED[m[0]], word)


@st.composite
def belarusian_words(draw: st.DrawFn) -> str:
    """Orthographically valid lowercase Narkamaŭka words of two or more letters."""
    word = draw(syllables())
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        word += draw(joints())
    if draw(st.booleans()):  # a closed last syllable: ў, й or a soft sign (Быкаў, Алесь)
        word += draw(st.sampled_from(["ў", "й", "сь", "ць", "нь", "ль", "зь", "дзь", "к", "ск"]))
    word = _iotated_after_i(word)
    assume(sum(ch.isalpha() for ch in word) >= 2)
    # ы follows a consonant: never at the start nor after a vowel (there the sound is і or й);
    # "Ыыава" read as a Latin iotated "Yy-" in the key, unlike any word of the language
    assume(_Y_NOT_AFTER_CONSONANT.search(word) is None)
    return word


# --- names ------------------------------------------------------------------------------------
_ENDINGS = ["", "ка", "енка", "скі", "ская", "цкі", "цкая", "ава", "аў", "овіч", "ук", "ін", "ёнак"]
# Clusters no romanization can tell apart (docs/names.md, "Limits"): ў before a vowel (BGN's w
# reads as в there), ц before з/с/ш, к before х.  (дз before з was one until key version 3.)
# Not Belarusian spelling at all: й before a vowel (a stem closed by й and an ending such as -аў
# joined as «Ыйаў»; the language writes the iotated vowel, «Ыяў»), and ь before a hard vowel
# (a stem closed by нь and the ending -овіч joined as «Доньовіч»; the language writes «Даньёвіч»).
_AMBIGUOUS_CLUSTER = re.compile("[ўй][аеёіоуыэюя]|ь[аоуыэ]|ць?[зсш]|кх")


@functools.cache
def _given_forms() -> list[str]:
    from belnews.names.lexicon import given_names

    return sorted({form for group in given_names().values() for form in group.be})


@st.composite
def belarusian_names(draw: st.DrawFn) -> str:
    """``"Given Surname"``: a listed Belarusian given name and a generated surname."""
    first = draw(st.sampled_from(_given_forms()))
    # (again where the ending joins the word: іава is spelled іява)
    surname = _iotated_after_i(draw(belarusian_words()) + draw(st.sampled_from(_ENDINGS)))
    assume(not surname.startswith("іі"))  # no word of the language starts so
    surname = surname.capitalize()
    name = f"{first} {surname}"
    assume(_AMBIGUOUS_CLUSTER.search(name.lower()) is None)
    return name.upper() if draw(st.booleans()) else name


def lacinka_words() -> st.SearchStrategy[str]:
    """Łacinka spellings of :func:`belarusian_words` (through ``to_latin(w, "lacinka")``)."""
    from belnews import to_latin

    return belarusian_words().map(lambda word: to_latin(word, "lacinka"))


# --- arbitrary text -----------------------------------------------------------------------------
#: Any ``str`` Hypothesis draws by default (no lone surrogates).
any_text = st.text()
#: Any ``str`` at all, lone surrogates (category Cs) included.
any_str = st.text(alphabet=st.one_of(st.characters(), st.characters(categories=["Cs"])))

# Text that exercises the fixers and readers: Belarusian and Łacinka letters, their look-alikes,
# every apostrophe, invisible and exotic space, combining marks, Roman-numeral letters, quotes,
# dashes, emoji and line breaks - mixed with arbitrary code points.
_INTERESTING = (
    "аеорсухіІХМСКВНТўЎйёщъиЇ"
    "aeopcyxiIXMCKBHTVLDŭŬǔǓłćśźńčšžìâ"
    + APOSTROPHES
    + INVISIBLES
    + EXOTIC_SPACES
    + "\u0300\u0301\u0306\u0308\u030c\u0316"
    + "👩💻🔥\ufe0f \n-.,«»„“”—–<>&"
)
noisy_text = st.text(
    alphabet=st.one_of(st.sampled_from(_INTERESTING), st.characters()),
    max_size=60,
)

normalize_configs = st.builds(
    NormalizeConfig,
    **{name: st.booleans() for name in FIXER_NAMES},
    apostrophe=st.sampled_from(["\u2019", "\u02bc"]),
    keep_exotic_spaces=st.booleans(),
)


def hostile_repetition(max_units: int = 200) -> st.SearchStrategy[str]:
    """A short unit (from ``noisy_text``'s alphabet) repeated up to ``max_units`` times."""
    unit = st.text(alphabet=st.sampled_from(_INTERESTING), min_size=1, max_size=4)
    return st.tuples(unit, st.integers(min_value=1, max_value=max_units)).map(
        lambda pair: pair[0] * pair[1]
    )
