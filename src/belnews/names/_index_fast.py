"""The clear cases of :class:`belnews.NameIndex`, graded without the full rule list.

Most lookups of a directory compare a mention with a name whose words have the *same keys*: a
given name of one group, a surname of one skeleton, an initial that fits ("Ivan Kuznetsov" and
"Іван Кузняцоў", "KUZNIATSOU IVAN", "I. Kuzniatsou").  For those pairs the rules of
:func:`belnews.match_names` always decide the same way - the words are linked by
``given_name_group`` or ``same_skeleton`` (TRANSLIT when the fine skeletons agree, else
CROSS_LANGUAGE), an initial by ``initials`` - so the result is computed here directly from the
tokens, with the matcher's own scoring (:func:`clear_match`).  Anything else (a word without an
equal key, two patronymics, a listed ambiguous skeleton, a pairing that links no surname, two
Cyrillic names linked as be/ru forms, which the matcher confirms on their nominatives) is
*not clear*: ``None``, and the caller asks the full matcher.

``tests/test_names_index.py`` checks, as a property over a sample of directory names and
mentions, that every answer given here equals the full matcher's.
"""

from __future__ import annotations

import functools
from typing import Any, Literal

from belnews.names._index_shown import BE_RU as _BE_RU
from belnews.names._index_shown import his_given
from belnews.names._index_shown import shows_case as _shows_case
from belnews.names._index_shown import undeclined as _undeclined
from belnews.names._match_initials import initial_before_given
from belnews.names._rules import INITIAL as _INITIAL
from belnews.names._rules import LOOSE_INITIAL, Link
from belnews.names._rules_readings import (
    LOOSE_INITIALS,
    base_skeletons,
    fold_word,
    group_initials,
    initial_typed,
    one_edit,
    one_typo,
    other_gender,
    sibilants_differ,
    vowels_differ,
)
from belnews.names._tokens import Token, word_fine
from belnews.names.lexicon import group_of_skeleton, is_ambiguous_given
from belnews.names.match import (  # the matcher's own scoring, so both agree by construction
    _KINDS,
    _PATRONYMIC_COST,
    _case_may_differ,
    _equal_keys_pairing,
    _result,
    _score,
    _split_patronymics,
    _via,
)
from belnews.names.models import MatchKind, NameMatch
from belnews.text import has_cyrillic

__all__ = [
    "clear_match",
    "full_words",
    "initials_fit",
    "may_read",
    "read_as_case",
    "read_pairs",
    "readings",
    "typed_slip",
    "typo_match",
    "unpaired",
]

_EXACT = NameMatch(MatchKind.EXACT, 1.0, ("identical",))
_FOLDED = NameMatch(MatchKind.NORMALIZED, 0.97)
_FOLDED_ORDER = NameMatch(MatchKind.NORMALIZED, 0.97, ("word order",))


def _initial_link(x: Token, y: Token) -> Link | None:
    """The ``initials`` rule: the first rule, so it decides for any pair with an initial."""
    if x.initial and y.initial:
        return _INITIAL if x.skeleton[:1] == y.skeleton[:1] else None
    initial, word = (x, y) if x.initial else (y, x)
    letter = initial.skeleton[:1]
    if not letter:
        return None
    starts = group_initials(word.group) if word.group else (word.skeleton[:1],)
    allowed = LOOSE_INITIALS.get(letter, letter)
    if not any(s in allowed for s in starts):
        return None
    return _INITIAL if initial_typed(initial, word) else LOOSE_INITIAL


_SAME_SURNAME = Link(MatchKind.TRANSLIT, surname=True, lexical=True)
_CROSS_SURNAME = Link(MatchKind.CROSS_LANGUAGE, surname=True)
_SAME_GIVEN = Link(MatchKind.TRANSLIT, lexical=True)


@functools.lru_cache(maxsize=1 << 12)
def _cross_given(group: str) -> Link:
    return Link(MatchKind.CROSS_LANGUAGE, (f"lexical:{group}",), lexical=True)


def _equal_link(x: Token, y: Token) -> Link | None:
    """The link of two full words with equal keys (``given_name_group`` or ``same_skeleton``);
    ``None`` for the cases another rule decides (an ambiguous listed skeleton; two Cyrillic
    spellings whose vowels or sibilants differ: :func:`vowels_differ`, :func:`sibilants_differ`)."""
    same = x.text == y.text or word_fine(x.text) == word_fine(y.text)
    if x.group is not None:
        return _SAME_GIVEN if same else _cross_given(x.group)
    if same:
        return _SAME_SURNAME
    if is_ambiguous_given(x.skeleton) or vowels_differ(x, y) or sibilants_differ(x, y):
        return None
    return _CROSS_SURNAME


def _fast_link(x: Token, y: Token) -> Link | None:
    """The link of a clear case: ``initials`` for a pair with an initial, else the equal-keys
    link (:func:`_equal_link`)."""
    return _initial_link(x, y) if x.initial or y.initial else _equal_link(x, y)


def _folded(ta: tuple[Token, ...], tb: tuple[Token, ...]) -> NameMatch | None:
    """The matcher's NORMALIZED check (the same words up to case, marks and order).

    Folding keeps Cyrillic Cyrillic, so names whose words differ in script are not folded."""
    if len(ta) != len(tb):
        return None
    fa, fb = [fold_word(t.text) for t in ta], [fold_word(t.text) for t in tb]
    same = fa == fb
    if not same and sorted(fa) != sorted(fb):
        return None  # (the usual case: tested first, as it is cheaper than the scripts)
    if sorted(has_cyrillic(t.text) for t in ta) != sorted(has_cyrillic(t.text) for t in tb):
        return None
    return _FOLDED if same else _FOLDED_ORDER


def clear_match(a: str, ta: tuple[Token, ...], b: str, tb: tuple[Token, ...]) -> NameMatch | None:
    """``grade_parsed(a, ta, b, tb)`` (``a <= b``) for a clear case, else ``None``."""
    if not ta or not tb:
        return None
    if a == b:
        return _EXACT
    # The matcher's own split and order (match._compare); only the pairing differs: equal keys
    # and fitting initials, linked without the rule list (the clear case), else the matcher.
    patronymics_a, main_a = _split_patronymics(ta)
    patronymics_b, main_b = _split_patronymics(tb)
    pat_a, pat_b = bool(patronymics_a), bool(patronymics_b)
    if not main_a or not main_b:
        return None
    short, long = (main_a, main_b) if len(main_a) <= len(main_b) else (main_b, main_a)
    pairing = _equal_keys_pairing(short, long, _fast_link)  # the matcher's pairing
    if pairing is None or initial_before_given(long, pairing):
        return None  # (an initial before the given name's: the matcher's NO_MATCH)
    folded = _folded(ta, tb)  # checked before the words by the matcher, so it wins
    if folded is not None:
        return folded
    if pat_a and pat_b:
        return None  # two patronymics: the matcher compares the fathers
    links, chosen = pairing
    if not any(lk.surname for lk in links) or _father_initial(pat_a != pat_b, long, chosen):
        return None  # given names only (the matcher's person rule), or a father's initial
    leftovers = tuple(_part(t) for j, t in enumerate(long) if j not in chosen)
    result = _scored(tuple(links), leftovers, pat_a != pat_b)
    if result.kind is MatchKind.CROSS_LANGUAGE and _case_may_differ(ta, tb, result):
        return None  # two Cyrillic names linked as be/ru forms: the nominatives must confirm
    return result


def _father_initial(one_patronymic: bool, long: tuple[Token, ...], chosen: tuple[int, ...]) -> bool:
    """An initial left over beside one name's patronymic may be the patronymic's (И. В.
    Петров / Петров Иван Васильевич): the matcher reads it
    (``_match_initials.patronymic_initial``)."""
    return one_patronymic and any(t.initial for j, t in enumerate(long) if j not in chosen)


def _part(token: Token) -> Token:
    """What the score of a leftover word depends on (initial, given name or surname)."""
    return _LEFT_INITIAL if token.initial else (_LEFT_GIVEN if token.group else _LEFT_SURNAME)


_LEFT_INITIAL = Token("", "", "", initial=True)
_LEFT_GIVEN = Token("", "", "", group="?")
_LEFT_SURNAME = Token("", "", "")
_SCORED: dict[tuple[tuple[Link, ...], tuple[Token, ...], bool], NameMatch] = {}


def _scored(
    links: tuple[Link, ...], leftovers: tuple[Token, ...], one_patronymic: bool
) -> NameMatch:
    """The matcher's kind, score and ``via`` for these links (few distinct: remembered)."""
    key = (links, leftovers, one_patronymic)
    known = _SCORED.get(key)
    if known is not None:
        return known
    extra = ["patronymic"] if one_patronymic else []
    if leftovers:
        extra.append("partial name")
    kind = _KINDS[min(lk.kind for lk in links)]
    score = _score(kind, list(links), list(leftovers)) - (_PATRONYMIC_COST if one_patronymic else 0)
    result = _result(kind, round(max(0.05, score), 3), _via(list(links), kind, extra))
    if len(_SCORED) >= 1 << 12:
        _SCORED.clear()
    _SCORED[key] = result
    return result


# --- what a candidate shares with the mention, for the index's stages --------------------------


def full_words(tokens: tuple[Token, ...]) -> list[Token]:
    """The words that must be paired: not initials, not patronymics."""
    return [t for t in tokens if not (t.initial or t.patronymic)]


def unpaired(words: list[Token], entry: tuple[Token, ...]) -> list[Token]:
    """The words of ``words`` whose key no word of ``entry`` has."""
    keys = {t.key for t in entry}
    return [t for t in words if t.key not in keys]


@functools.lru_cache(maxsize=1 << 15)
def readings(token: Token) -> frozenset[str]:
    """The keys a word has when it is read as a case form: its own key, the skeletons of its
    possible nominatives, and the ``@group`` of those that are listed given names."""
    if token.initial or token.patronymic:
        return frozenset((token.key,))
    bases = [*base_skeletons(token.text), *_first_declension(token), *his_given(token)]
    start = token.skeleton[:1]
    if start in _YAKANNE:  # an ending never changes a word's start: a token read with я- for
        bases = [start + b[1:] if b[:1] in _YAKANNE else b for b in bases]  # е- keeps it
    groups = {"@" + g for g in map(group_of_skeleton, bases) if g}
    return frozenset((token.key, *bases, *groups))


_YAKANNE = ("e", "j")  # the first skeleton letters of Russian е- and Belarusian я-


def _first_declension(token: Token) -> tuple[str, ...]:
    """The nominative in -а/-я of a word in -ы/-і/-и (the genitive of a name of the first
    declension: Дуни of Дуня, Лидии of Лидия, Яши of Яша, Амираги of Амирага), which the word
    forms leave to the given-name lexicon: an unlisted name is read so too."""
    key = token.key
    if len(key) < 3 or not key.endswith("I") or "-" in key or token.group:
        return ()
    return (key[:-1] + "a",)


def _spelled_so(word: Token, entry_word: Token) -> bool:
    """A reading on the key alone may stand, except the first-declension one
    (:func:`_first_declension`), whose coarse key meets other names' (Дуни's dna is Дана's,
    Вари's vara Вера's): its stem must be spelled as the entry word's, up to what a Belarusian
    and a Russian spelling write for each other (аканне о/а: Полины / Паліна; дзеканне,
    цеканне: Дили / Дзіля; ы/и), as :func:`belnews.match_names` reads it."""
    if entry_word.key not in _first_declension(word) or entry_word.key == word.key:
        return True
    if entry_word.key in base_skeletons(word.text) or entry_word.group:
        return True
    mine, theirs = word_fine(word.text), word_fine(entry_word.text)
    return mine[:-1].translate(_BE_RU) == theirs[:-1].translate(_BE_RU)


def _his_genitive(word: Token, entry_word: Token) -> bool:
    """A woman's -ава/-ова/-іна form is also the man's genitive (Кузнецова of Кузнецов)."""
    return (
        entry_word.group is None
        and len(word.skeleton) == len(entry_word.skeleton) + 1
        and other_gender(word, entry_word)
    )


def read_pairs(words: list[Token], entry: tuple[Token, ...]) -> list[tuple[Token, Token]] | None:
    """Each word paired with a distinct full word of ``entry`` that one of its readings keys
    (exactly one such word each), or ``None``."""
    left = [t for t in entry if not (t.initial or t.patronymic)]
    pairs = []
    for word in words:
        keys = readings(word)
        fits = [
            t for t in left if (t.key in keys and _spelled_so(word, t)) or _his_genitive(word, t)
        ]
        if len(fits) != 1:
            return None
        left.remove(fits[0])
        pairs.append((word, fits[0]))
    return pairs


def initials_fit(tokens: tuple[Token, ...], entry: tuple[Token, ...]) -> bool:
    """Every initial of the mention fits some word of the entry."""
    return all(
        any(_initial_link(t, e) for e in entry if not e.patronymic) for t in tokens if t.initial
    )


_READ = Link(MatchKind.CROSS_LANGUAGE, ("inflection",), surname=True, cost=0.03)
_READ_GIVEN = Link(MatchKind.CROSS_LANGUAGE, ("inflection",), cost=0.03, lexical=True)
_KEYED = Link(MatchKind.CROSS_LANGUAGE, surname=True)
_KEYED_GIVEN = Link(MatchKind.CROSS_LANGUAGE, lexical=True)


def read_as_case(
    tokens: tuple[Token, ...], words: list[Token], entry: tuple[Token, ...]
) -> NameMatch | None:
    """The mention as a case form of the directory's name ``entry``, or ``None``.

    Each full word of the mention must read (:func:`readings`) as its own word of the entry,
    at least one through a case reading, a surname among them, and each initial must fit.  A
    surname read as the other gender's form ("Кузнецова" for "Кузнецов") needs the whole name
    read in that case ("Ивана Кузнецова"): alone, with initials only ("Кузнецова", "I.
    Kuznetsova") or with its given name in the nominative ("Саша Кузнецова"), the gender the
    words show stands, as in :func:`belnews.match_names`.  So does a listed given name read as
    another listed name (Aleksandra Lukashenko is hers; Алеся Бяляцкага, the whole name read,
    is Алесь Бяляцкі's genitive).  The result
    is CROSS_LANGUAGE (a case is a reading, not a spelling), scored as the matcher scores an
    inflection, ``"inflection"`` in ``via``.
    """
    pairs = read_pairs(words, entry) if words else None
    if pairs is None or not initials_fit(tokens, entry):
        return None
    read = [(w, e) for w, e in pairs if _shows_case(w, e)]
    if not read or all(e.group is not None for _, e in pairs):
        return None
    whole = len(read) == len(pairs) > 1  # every full word read, and more than one
    if not whole and any(_reads_as_another(w, e) for w, e in read) and not _no_case(pairs):
        return None
    return _read_result(pairs, entry)


def _no_case(pairs: list[tuple[Token, Token]]) -> bool:
    """The words kept as written are all words that do not decline, and the reading changes
    only a surname's gender (not a listed given name): such a word shows no case, so it does
    not say that the -ова/-ина form beside it is a woman's nominative rather than the man's
    genitive ("Саидали Светланова" is Саидали Светланов's genitive, "Саша Кузнецова" a
    woman's name: Саша would read Саши); an -ой form is hers alone (Светлановой)."""
    kept = [w for w, e in pairs if not _shows_case(w, e)]
    if not kept or any(not _undeclined(w) for w in kept):
        return False
    if any(other_gender(w, e) and not word_fine(w.text).endswith("a") for w, e in pairs):
        return False
    return all(not (w.group is not None and e.group not in (None, w.group)) for w, e in pairs)


def _reads_as_another(word: Token, entry_word: Token) -> bool:
    """The reading changes what the word shows as written: a surname's gender (Кузнецова for
    Кузнецов) or a listed given name (Aleksandra for Aleksandr)."""
    if other_gender(word, entry_word):
        return True
    return word.group is not None and entry_word.group not in (None, word.group)


def _read_link(word: Token, entry_word: Token) -> Link:
    if _shows_case(word, entry_word):
        return _READ_GIVEN if entry_word.group else _READ
    return _KEYED_GIVEN if entry_word.group else _KEYED


def _read_result(pairs: list[tuple[Token, Token]], entry: tuple[Token, ...]) -> NameMatch:
    """The CROSS_LANGUAGE result of a case reading, scored as the matcher scores one."""
    links = [_read_link(w, e) for w, e in pairs]
    paired = {id(e) for _, e in pairs}
    leftovers = [t for t in entry if not (t.initial or t.patronymic) and id(t) not in paired]
    kind = MatchKind.CROSS_LANGUAGE
    via = ("inflection", "partial name") if leftovers else ("inflection",)
    return _result(kind, _score(kind, links, leftovers), via)


def _one_slip(word: Token, surname: Token, *, typed: bool = False) -> bool:
    """One typing error between the two spellings: in their fine skeletons, as the matcher's
    ``typo`` rule reads it, or in the letters typed (:func:`typed_slip`).  A word too short
    for the skeleton rule (under eight letters) must show its slip in the letters typed, from
    four letters: its key one edit away is not enough (Веткина is not Светкина mistyped, nor
    Пальцява Попцова)."""
    mine, theirs = word_fine(word.text), word_fine(surname.text)
    if typed or min(len(mine), len(theirs)) < 8:
        return typed_slip(word.text, surname.text, shortest=4)
    return one_typo(mine, theirs) or typed_slip(word.text, surname.text)


def typo_match(
    word: Token,
    key: str,
    fixed: tuple[Token, ...],
    entry: tuple[Token, ...],
    *,
    typed: bool = False,
) -> NameMatch | None:
    """The mention with its surname ``word`` read as ``key`` (one edit away: ``fixed``) against
    the directory's name ``entry``: FUZZY when every full word then has its key in the entry,
    every initial fits, the entry's surname is one typing error from ``word`` in their fine
    spellings too (:func:`belnews.names._rules_readings.one_typo`, or a short word whose keys
    alone differ by one edit), and the two are not a man's and a woman's form."""
    words = full_words(fixed)
    if unpaired(words, entry) or not initials_fit(fixed, entry):
        return None
    keys = {t.key for t in words}
    others = [t for t in entry if not (t.initial or t.patronymic)]
    slipped = [t for t in others if t.key == key]
    if not slipped:
        return None  # the key is a patronymic's or an initial's there: nothing to slip from
    for surname in slipped:
        if other_gender(word, surname) or not _one_slip(word, surname, typed=typed):
            return None
    leftovers = [t for t in others if t.key not in keys]
    penalty = _spelled_otherwise([t for t in words if t.key != key], others)
    if penalty is None:
        return None
    return _result(
        MatchKind.FUZZY,
        round((0.5 if leftovers else 0.6) - penalty, 2),
        ("typo", "partial name") if leftovers else ("typo",),
    )


def _spelled_otherwise(rest: list[Token], others: list[Token]) -> float | None:
    """The other words of a typo mention (``rest``) keyed alike in the name (``others``) but
    spelled otherwise: a typo is one slip, so a surname-like word spelled otherwise is a second
    difference (``None``: Забела Бусинова is not Забелла Бешанава mistyped), and a name whose
    given names are spelled as typed comes first (a 0.05 lower score otherwise: Ahaniia is
    Аганія, not Агіна; a given name may be any of its spellings, Vladimir / Уладзімір)."""
    if not _spelled_alike([t for t in rest if t.group is None], others):
        return None
    return 0.0 if _spelled_alike(rest, others) else 0.05


def _spelled_alike(words: list[Token], entry: list[Token]) -> bool:
    """Every word of ``words`` has a word of ``entry`` of the same fine skeleton."""
    fine = {word_fine(t.text) for t in entry}
    return all(word_fine(t.text) in fine for t in words)


def may_read(reads: list[tuple[frozenset[str], str]], entry: tuple[tuple[Any, ...], ...]) -> bool:
    """Whether each word of the mention (its :func:`readings` and the stem its man's genitive
    would have: the skeleton without its final ``a``, else ``""``) has a full word in
    ``entry`` (plain tuples) that :func:`read_pairs` could pair it with: one whose key it
    reads as, or a surname of that stem (:func:`_his_genitive`).  A necessary condition of
    :func:`read_as_case`, tested before the entry is made into tokens."""
    full = [e for e in entry if not (e[3] or e[5])]  # not an initial, not a patronymic
    return all(
        any(e[1] in keys or (e[4] is None and e[2] == stem) for e in full) for keys, stem in reads
    )


#: The romanizations a Latin mention of a Cyrillic name is typed in, most often: the
#: Belarusian passport's, BGN/PCGN's and the English press's (Russian names).
_TYPED_IN = ("passport", "bgn-pcgn", "wikipedia")
_RUSSIAN_ONLY = frozenset("иъщИЪЩ")  # letters of the Russian alphabet that Belarusian lacks
_BELARUSIAN_ONLY = frozenset("іўІЎ")


@functools.lru_cache(maxsize=1 << 12)
def _typed_forms(text: str) -> tuple[str, ...]:
    """``text`` lowercased, and romanized in :data:`_TYPED_IN` when it has Cyrillic letters."""
    if not has_cyrillic(text):
        return (text.lower(),)
    from belnews.translit import to_latin  # the romanizer loads its tables on first use

    # The word's language from its letters (cheaper than lang="auto"); the press system is
    # Russian's, for a word that may be Russian (no і or ў).
    lang: Literal["be", "ru"] = "ru" if any(c in _RUSSIAN_ONLY for c in text) else "be"
    forms = [to_latin(text, system, lang=lang, errors="ignore") for system in _TYPED_IN[:2]]
    if not any(c in _BELARUSIAN_ONLY for c in text):
        forms.append(to_latin(text, _TYPED_IN[2], lang="ru", errors="ignore"))
    return tuple(dict.fromkeys(form.lower() for form in forms))


def typed_slip(typed: str, written: str, *, shortest: int = 8) -> bool:
    """One letter left out, added, changed, or two neighbours swapped, between the letters of
    ``typed`` (a mention's word, lowercased) and a form of ``written`` in the same alphabet
    (itself, or its usual romanizations when ``typed`` is Latin and ``written`` Cyrillic):
    a slip is made on the keys typed, which a skeleton may merge into two changes
    ("Starodubsteu" for "Starodubtseu" breaks ``ts``).  Words of ``shortest`` letters or more,
    the first and the last letter kept (the ending carries gender).

    >>> typed_slip("Starodubsteu", "Стародубцэў"), typed_slip("Dovrnikau", "Дворнікаў")
    (True, True)
    >>> typed_slip("Starodubsteu", "Старадубава")
    False
    """
    mine = typed.lower()
    if has_cyrillic(mine):
        forms: tuple[str, ...] = (written.lower(),) if has_cyrillic(written) else ()
    else:
        forms = _typed_forms(written)
    return any(_slip(mine, other, shortest) for other in forms)


def _slip(x: str, y: str, shortest: int) -> bool:
    """One edit (with swaps of neighbours) between two words of ``shortest`` letters or more,
    of the same first and last letter."""
    if min(len(x), len(y)) < shortest or abs(len(x) - len(y)) > 1 or x == y:
        return False
    return x[0] == y[0] and x[-1] == y[-1] and one_edit(x, y)
