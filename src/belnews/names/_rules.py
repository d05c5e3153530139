"""The word-link rules of :func:`belnews.match_names`: small named rules, tried in order.

Two words of two names are linked by the first rule that decides: a rule returns a
:class:`Link` (linked, with the rule's name in ``via``), :data:`REJECT` (these words are
different, stop), or ``None`` (not my case, ask the next rule).  Every rule can be called alone
(``rule.decide(x, y)``) and is listed, in order, in :data:`LINK_RULES`; ``docs/names.md``
describes each by name.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Final, NamedTuple

from belnews.names import _rules_readings as read
from belnews.names._rules_foreign import foreign_case_bases
from belnews.names._tokens import Token, word_fine
from belnews.names.lexicon import group_of_form, group_of_skeleton, is_ambiguous_given
from belnews.names.models import MatchKind

__all__ = ["INITIAL", "LINK_RULES", "LOOSE_INITIAL", "REJECT", "Link", "Rule", "link"]


class Link(NamedTuple):
    """How two words are linked (a named tuple of plain values: cached in bulk, not GC-tracked)."""

    kind: int  #: a MatchKind value
    via: tuple[str, ...] = ()
    surname: bool = False  #: a full word that is not (only) a given name
    cost: float = 0.0
    lexical: bool = False  #: a given-name group or a same-language spelling (no guesswork)


class _Reject(NamedTuple):
    """The words are different; ``why`` names the rule that said so."""

    why: str


REJECT: Final = _Reject("")
Decision = Link | _Reject | None


class Rule(NamedTuple):
    """A named word-link rule."""

    name: str
    decide: Callable[[Token, Token], Decision]


def _given(x: Token, y: Token) -> bool:
    return x.group is not None or y.group is not None


def _spelled(x: Token, y: Token) -> int:
    """TRANSLIT when the fine skeletons agree (one language, two spellings), else be↔ru."""
    same = word_fine(x.text) == word_fine(y.text)
    return MatchKind.TRANSLIT if same else MatchKind.CROSS_LANGUAGE


def initials(x: Token, y: Token) -> Decision:
    """An initial pairs with another initial of the same letter, or a word it can abbreviate:
    as its own first letter typed (:data:`INITIAL`), else loosely (:data:`LOOSE_INITIAL`)."""
    if not (x.initial or y.initial):
        return None
    if x.initial and y.initial:
        return INITIAL if x.skeleton[:1] == y.skeleton[:1] else _Reject("initials")
    initial, word = (x, y) if x.initial else (y, x)
    if not read.initial_fits(initial, word):
        return _Reject("initials")
    return INITIAL if read.initial_typed(initial, word) else LOOSE_INITIAL


#: An initial that is the word's own first letter as typed (:func:`._rules_readings.initial_typed`).
INITIAL: Final = Link(MatchKind.TRANSLIT, ("initials",), cost=0.05)
#: An initial that fits only loosely (I. for Эрнестр, A. for Ганна): a little further, so that a
#: name the initial is typed for ranks first among names that fit it alike.
LOOSE_INITIAL: Final = Link(MatchKind.TRANSLIT, ("initials", "loose initial"), cost=0.06)


def patronymics(x: Token, y: Token) -> Decision:
    """Two patronymics agree when they are made from one given name, in any language and
    system (Uladzimiravich / Vladimirovich / Wladimirowitsch), and differ when made from two."""
    if not (x.patronymic and y.patronymic):
        return None
    gx, gy = read.patronymic_group(x.text), read.patronymic_group(y.text)
    if gx is None or gy is None:
        return None
    if gx != gy:
        return _Reject("different fathers")
    kind = _spelled(x, y)
    return Link(kind, () if kind == MatchKind.TRANSLIT else (f"patronymic:{gx}",), lexical=True)


def given_name_group(x: Token, y: Token) -> Decision:
    """Two spellings of one given name of the table (Уладзімір / Vladimir)."""
    if x.group is None or x.group != y.group:
        return None
    kind = _spelled(x, y)
    via = () if kind == MatchKind.TRANSLIT else (f"lexical:{x.group}",)
    return Link(kind, via, lexical=True)


def same_skeleton(x: Token, y: Token) -> Decision:
    """Equal skeletons: one name in two spellings (unless two listed names share it, or two
    Cyrillic spellings have vowels or sibilants that cannot be one name's: ``vowels_differ``,
    ``sibilants_differ``)."""
    if x.skeleton != y.skeleton or (x.group and y.group):
        return None
    kind = _spelled(x, y)
    if kind == MatchKind.CROSS_LANGUAGE and is_ambiguous_given(x.skeleton):
        return _Reject("two given names")  # Eugene / Eugenia: two listed names share this
    if kind == MatchKind.CROSS_LANGUAGE and read.vowels_differ(x, y):
        return _Reject("vowels")  # Борин / Бірын: the vowels are not one name's
    if kind == MatchKind.CROSS_LANGUAGE and read.sibilants_differ(x, y):
        return _Reject("sibilants")  # Мыскина / Мышкіна
    return Link(kind, surname=not _given(x, y), lexical=kind == MatchKind.TRANSLIT)


def two_listed_given_names(x: Token, y: Token) -> Decision:
    """Two given names spelled exactly as listed under two groups are two names."""
    if x.group and y.group and group_of_form(x.text) and group_of_form(y.text):
        return _Reject("different given names")
    return None


def given_name_lexicon(x: Token, y: Token) -> Decision:
    """Two forms of one given name in any language (Józef / Joseph, Aleksander / Аляксандр,
    Lidia / Lidziya: the multilingual lexicon of :mod:`belnews.names.given`); a diminutive
    (Sasha / Aliaksandr, Kolya / Mikalay) links at the lower PHONETIC grade."""
    if x.patronymic or y.patronymic:
        return None
    same = read.same_given_name(x.text, y.text)
    if same is None:
        return None
    if same == "diminutive":
        return Link(MatchKind.PHONETIC, ("diminutive",), cost=0.08, lexical=True)
    return Link(MatchKind.CROSS_LANGUAGE, ("lexical",), cost=0.01, lexical=True)


def yakanne(x: Token, y: Token) -> Decision:
    """Belarusian я- for Russian е- at the start of a surname (Ярмошына / Ермошина)."""
    if _given(x, y) or not read.yakanne(x, y):
        return None
    return Link(MatchKind.CROSS_LANGUAGE, ("я/е",), surname=True, cost=0.03)


def ka_ko(x: Token, y: Token) -> Decision:
    """Belarusian -ска/-цка for Russian -ско/-цко, which the skeleton reads apart (Базка)."""
    if _given(x, y) or not read.ka_ko(x, y):
        return None
    return Link(MatchKind.CROSS_LANGUAGE, ("-ka/-ko",), surname=True, cost=0.02)


def soft_t(x: Token, y: Token) -> Decision:
    """Belarusian final ць for Russian ть (Баць / Бать)."""
    if _given(x, y) or not read.soft_t(x, y):
        return None
    return Link(MatchKind.CROSS_LANGUAGE, ("ць/ть",), surname=True, cost=0.02)


def different_start(x: Token, y: Token) -> Decision:
    """Words whose first sounds differ are linked only as a foreign spelling (Zepkalo).  ў and л
    are one sound here (Оўба / Олба: :func:`u_for_l` links them)."""
    a, b = x.skeleton[:3], y.skeleton[:3]
    if a[:2] == b[:2] or "-" in x.skeleton + y.skeleton:
        return None
    if a[1:2] in ("v", "l") and b[1:2] in ("v", "l") and read.l_as_u(a)[:2] == read.l_as_u(b)[:2]:
        return None
    return _foreign(_given(x, y)) if read.foreign_link(x, y) else _Reject("")


def gender(x: Token, y: Token) -> Decision:
    """A man's and a woman's form of one surname (Калеснікаў / Калеснікава) are two people."""
    if not _given(x, y) and read.other_gender(x, y):
        return _Reject("different gender")
    return None


def inflected_given_name(x: Token, y: Token) -> Decision:
    """A case form of a given name (Аляксандру / Аляксандр), or of its group."""
    groups_x = {group_of_skeleton(b) for b in _given_bases(x.text)} | {x.group}
    groups_y = {group_of_skeleton(b) for b in _given_bases(y.text)} | {y.group}
    if (groups_x & groups_y) - {None}:
        return Link(MatchKind.TRANSLIT, ("inflection",), cost=0.03, lexical=True)
    if x.group and y.group:
        return _Reject("different given names")
    return None


def _given_bases(text: str) -> tuple[str, ...]:
    """The nominatives a given name is read as: the first reading, and a Polish case form's."""
    return (*read.base_skeletons(text)[:1], *foreign_case_bases(text))


def inflection(x: Token, y: Token) -> Decision:
    """One word is a case form of the other (Ціханоўскай / Ціханоўская, Łukaszenkę)."""
    if set(read.base_skeletons(x.text)) & set(read.base_skeletons(y.text)):
        return Link(MatchKind.TRANSLIT, ("inflection",), surname=not _given(x, y), cost=0.03)
    return None


def hyphenated(x: Token, y: Token) -> Decision:
    """One part of a double surname (Багінская-Стральцова / Багінская)."""
    if "-" not in x.skeleton + y.skeleton:
        return None
    if set(x.skeleton.split("-")) & set(y.skeleton.split("-")):
        return Link(MatchKind.TRANSLIT, ("hyphenated",), surname=True, cost=0.1)
    return None


def foreign_spelling(x: Token, y: Token) -> Decision:
    """A French, German or Lithuanian press spelling (Loukachenko, Zepkalo, Cichanouskis)."""
    return _foreign(_given(x, y)) if read.foreign_link(x, y) else None


def u_for_l(x: Token, y: Token) -> Decision:
    """Belarusian ў for Russian and Polish л (Ваўкавыск / Wołkowysk)."""
    if (x.group is not None and y.group is not None) or not read.u_for_l(x.skeleton, y.skeleton):
        return None
    return Link(MatchKind.CROSS_LANGUAGE, ("ў/л",), surname=True, cost=0.04)


def phonetic(x: Token, y: Token) -> Decision:
    """One sound apart inside a long surname, or an unlisted spelling one sound from a given
    name (Stefanovic / Stefanovich, Ualdzimir / Uladzimir)."""
    if not _given(x, y) and read.near(x.skeleton, y.skeleton):
        return Link(MatchKind.PHONETIC, ("phonetic",), surname=True, cost=0.05)
    if _given(x, y) and read.near_given(x, y):
        return Link(MatchKind.PHONETIC, ("phonetic",), cost=0.08)
    return None


def typo(x: Token, y: Token) -> Decision:
    """One typing error inside a long surname (Kalesnikva, Lukashneko): FUZZY, never for a
    given name (two given names of one family stay apart)."""
    if _given(x, y) or not read.one_typo(word_fine(x.text), word_fine(y.text)):
        return None
    return Link(MatchKind.FUZZY, ("typo",), surname=True, cost=0.1)


def _foreign(given: bool) -> Link:
    return Link(MatchKind.CROSS_LANGUAGE, ("foreign spelling",), surname=not given, cost=0.04)


#: The rules, in the order they are tried: the first that decides wins.
LINK_RULES: Final = tuple(
    Rule(rule.__name__, rule)
    for rule in (
        initials,
        patronymics,
        given_name_group,
        same_skeleton,
        two_listed_given_names,
        given_name_lexicon,
        yakanne,
        ka_ko,
        soft_t,
        different_start,
        gender,
        inflected_given_name,
        inflection,
        hyphenated,
        foreign_spelling,
        u_for_l,
        phonetic,
        typo,
    )
)


@functools.lru_cache(maxsize=1 << 16)
def _decide(x: Token, y: Token) -> Decision:
    """The decision of the first rule that decides on two words (``None`` when none does)."""
    for rule in LINK_RULES:
        decision = rule.decide(x, y)
        if decision is not None:
            return decision
    return None


def link(x: Token, y: Token) -> Link | None:
    """How two words of two names are linked, or ``None``."""
    decision = _decide(x, y)
    return decision if isinstance(decision, Link) else None


def why_not(x: Token, y: Token) -> str:
    """The name of the rule that rejected two words ("" when none did)."""
    decision = _decide(x, y)
    return decision.why if isinstance(decision, _Reject) else ""
