"""When a lone capitalised word with a surname's ending is no person (:func:`belnews.find_names`).

Belarusian and Russian write the adjective that opens a proper name with a capital letter:
"Капыльскі раён", "Асманскай імперыі", "станцыя «Кастрычніцкая»", "Нобэлеўскую прэмію".  Such a
word has the ending of an adjectival surname (Ціханоўская, Каліноўскага), so a lone one inside a
sentence was taken for a person.  On the labelled sentences of UD_Belarusian-HSE
(``tools/eval_find_names.py``, tuning part) such adjectives made most of the false mentions,
while the lone -скі surnames that were right stood before a verb, a comma or the sentence's end.

Each rule below is small and named; :func:`attributive` asks them in order.  They read only the
few characters after the word (and the one before it), so a text costs no more than before.
"""

from __future__ import annotations

from typing import Final

from belnews.names._find_words import _OPENING_QUOTES, _PLACE_NOUN
from belnews.text import findall_words, is_cyrillic

__all__ = ["attributive"]

_CLOSING_QUOTES: Final = frozenset("”“»\"'’")

# An adjective's ending (Cyrillic, lower case) -> the endings of a following lowercase word that
# agree with it as a noun or an adjective of the same gender, number and case.  Verb forms that
# share those letters (-ла, -лі, -ся: "Ціханоўская сказала", "Каліноўскага арыштавалі") are
# ruled out by _VERB_ENDINGS below.
_CONSONANTS: Final = (*"бвгджзкмнпрстфхцчшщь", "й")  # (not -л, -ў: сказал, сказаў)
_AGREEMENT: Final[tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = (
    # masculine nominative: "Сожскі ледавік", "Клімавіцкі дзяржаўны", "Мінскі раёны"
    (("скі", "цкі", "ский", "цкий"), (*_CONSONANTS, "ы", "і", "ий", "ый")),
    # feminine nominative: "Нясвіжская ардынацыя", "Венская бітва"
    (("ская", "цкая"), ("а", "я")),
    # feminine oblique: "Асманскай імперыі", "Капыльскай лякарні", "Чарнобыльскай АЭС" (below)
    (("скай", "цкай", "ской", "цкой"), ("і", "ы", "е", "ай", "ой", "ей")),
    # masculine and neuter genitive: "Гродзенскага дзяржаўнага", "Менскага гаркаму"
    (("скага", "цкага", "ского", "цкого"), ("а", "у", "я", "ю")),
    # masculine and neuter dative
    (("скаму", "цкаму", "скому", "цкому"), ("у", "ю")),
    # instrumental and locative: "Кіеўскім павеце", "Менскім музычным тэхнікуме"
    (("скім", "цкім", "ским", "цким"), ("ам", "ем", "ом", "ым", "ім", "ям", "е", "і", "у")),
    # feminine accusative: "Нобэлеўскую прэмію"
    (("скую", "цкую"), ("у", "ю")),
)
_VERB_ENDINGS: Final = (
    "ла", "ло", "лі", "ли", "ся", "ца", "ць", "ть", "ае", "ее", "яе", "уе", "юе", "ые",
    "жа", "ша", "ча",  # кажа, піша, плача
)  # fmt: skip
# Prepositions, conjunctions, pronouns and adverbs with those endings: no noun of the adjective's
# ("праспэкт Ракасоўскага каля дома", "Вольскага, які").
_FUNCTION_WORDS: Final = frozenset(
    str.split(
        "каля пасля паміж праз перад пад над без для вакол супраць дзеля замест акрамя апроч "
        "паводле сярод уздоўж скрозь около после через перед между против вокруг кроме "
        "среди вдоль вместо але калі таму што чым каб хоць пакуль аднак затым потым тады дзе куды "
        "яго яе ім іх ён яна яны той тая тое гэты гэта гэтай які якая якой якога якім сваю свой "
        "ўчора учора сёння заўтра таксама толькі вельмі ўжо ужо яшчэ цяпер зараз сама сам "
        "даўно нядаўна вчера сегодня завтра также тоже только очень уже еще ещё сейчас теперь "
        "сама давно недавно снова зноў ізноў амаль почти "
        "его ее их они тот эта этот этой который которая которой которого"
    )
)


def _quoted(text: str, start: int, end: int) -> bool:
    """A word alone in quotation marks is a title: станцыя «Кастрычніцкая», зборнік «Свамова»."""
    return text[start - 1 : start] in _OPENING_QUOTES and text[end : end + 1] in _CLOSING_QUOTES


def _next_word(text: str, end: int) -> str | None:
    """The word after one space, or ``None`` (punctuation, a line break or the text's end)."""
    if text[end : end + 1] not in (" ", "\u00a0"):
        return None
    found = findall_words(text, end + 1, end + 40)
    return found[0] if found and text.startswith(found[0], end + 1) else None


def _agrees(group: int, word: str) -> bool:
    """``word`` (lower case) can be the noun or adjective that an adjective of row ``group`` of
    _AGREEMENT goes with."""
    if len(word) < 3 or word.endswith(_VERB_ENDINGS) or word in _FUNCTION_WORDS:
        return False
    return word.endswith(_AGREEMENT[group][1])


def _before_its_noun(text: str, end: int, folded: str, group: int) -> bool:
    """The next word agrees with the word as its noun: "Асманскай імперыі", "Сожскі ледавік";
    an abbreviation in capitals after a feminine form is one too ("Астравецкай АЭС")."""
    word = _next_word(text, end)
    if word is None:
        return False
    if word.isupper() and len(word) > 1:
        return folded.endswith(("ай", "ой")) and is_cyrillic(word)
    return word.islower() and _agrees(group, word)


def _in_adjective_list(text: str, end: int, group: int) -> bool:
    """One of a list of such adjectives with one ending: "Барысаўскі, Капыльскі, Уздзенскі ...
    раёны", "Слаўгарадскім і Быхаўскім"."""
    for gap in (", ", " і ", " и "):
        if text.startswith(gap, end):
            word = _next_word(text, end + len(gap) - 1)
            return word is not None and word[:1].isupper() and _group(word.casefold()) == group
    return False


def _group(folded: str) -> int:
    """The row of _AGREEMENT whose adjective endings ``folded`` has (-1: none)."""
    return next((i for i, (ends, _) in enumerate(_AGREEMENT) if folded.endswith(ends)), -1)


def attributive(text: str, start: int, end: int, folded: str) -> bool:
    """Whether the lone word ``text[start:end]`` (``folded``: casefolded) that has a surname's
    ending reads as the adjective or the title of a proper name, not as a person."""
    if _PLACE_NOUN.match(text, end, end + 16) is not None:  # "Віцебскай вобласці"
        return True
    if _quoted(text, start, end):
        return True
    group = _group(folded)
    if group < 0:
        return False  # no adjective's ending
    return _before_its_noun(text, end, folded, group) or _in_adjective_list(text, end, group)
