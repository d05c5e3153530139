"""``match_names``: are two spellings the same person, and how are they linked?

Both names are split into typed words (:mod:`belnews.names._tokens`: given name, patronymic,
initial, other) and the words of the shorter name are paired with words of the longer one, in
any order.  Two words are linked by the first of the named word rules of
:mod:`belnews.names._rules` that decides (a shared skeleton, a given-name group, a case form,
a foreign press spelling, Belarusian я/е or ў/л, one sound apart, one typo ...).  The person
matches when every word of the shorter name is paired and a surname (not only a given name) is
among the pairs; a part present on one side only (a middle name, a patronymic) costs score
instead of sinking the match.  Patronymics present on both sides must be made from one given
name.

The kind is the weakest link used: words whose *fine* skeletons agree are one language's name in
two spellings (TRANSLIT); a pair that needed akanne, -ka/-ko, т/ц ... or a lexical given-name pair
is CROSS_LANGUAGE; a one-sound difference is PHONETIC; a typo is FUZZY (reported only when
``min_kind`` allows it).  Every value ``via`` can hold is listed in :data:`VIA`.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from typing import Literal

import attrs

from belnews.errors import ensure_str
from belnews.names._match_initials import Pairing, initial_before_given, patronymic_initial
from belnews.names._rules import Link, link, why_not
from belnews.names._rules_foreign import is_given_word, oblique_names
from belnews.names._rules_readings import fold_word, patronymic_group
from belnews.names._tokens import Token
from belnews.names.forms import base_candidates, base_form
from belnews.names.key import tokens_of
from belnews.names.models import MatchKind, NameMatch
from belnews.text import has_cyrillic

__all__ = ["VIA", "MatchKind", "NameMatch", "match_names"]

#: Every value ``NameMatch.via`` can hold, with what it means (system ids aside).
VIA: dict[str, str] = {
    "identical": "the same string",
    "word order": "the same words in another order",
    "orthography": "two Cyrillic spellings (Taraškievica and Narkamaŭka, or be/ru letters)",
    "<system id>": "a romanization system that spells the Cyrillic name as the Latin one",
    "ru:<system id>": "a Russian romanization system that does",
    "be↔ru": "Belarusian and Russian forms of the name",
    "lexical:<group>": "two forms of one given name of the table",
    "lexical": "two forms of one given name in the multilingual lexicon (Józef / Joseph)",
    "diminutive": "a pet form of the other's given name (Sasha / Aliaksandr): PHONETIC",
    "patronymic:<group>": "two patronymics made from one given name",
    "initials": "an initial pairs with a name it abbreviates",
    "patronymic initial": "a second initial is the patronymic's (И. В. Петров / Иван Васильевич)",
    "loose initial": "the initial is not the name's own first letter as typed (I. for Эрнест, "
    "A. for Ганна as Анна): 0.01 lower, so a name it is typed for ranks first",
    "inflection": "a case form (Belarusian, Russian, Polish, Lithuanian)",
    "hyphenated": "one part of a double surname",
    "foreign spelling": "a French, German or Lithuanian press spelling",
    "я/е": "Belarusian я- for Russian е- (Ярмошына / Ермошина)",
    "gazetteer": "two names of one place in the GeoNames gazetteer (Гродна / Gardinas)",
    "-ka/-ko": "Belarusian -ска/-цка for Russian -ско/-цко (Базка / Базко)",
    "ць/ть": "Belarusian final ць for Russian ть (Баць / Бать)",
    "ў/л": "Belarusian ў for Russian and Polish л",
    "phonetic": "one sound apart inside a word",
    "typo": "one typing error inside a long surname (FUZZY)",
    "patronymic": "a patronymic on one side only",
    "partial name": "a word of the longer name is not in the shorter one",
    "case form of a partial name": "NO_MATCH: a one-word name read as a case form, and a word "
    "of the other name that is not a person's part left over (Горкі / Мар'іна Горка)",
    "no name": "NO_MATCH: a side has no word of a name (empty, spaces, punctuation, digits)",
    "below min_kind": "a link weaker than the min_kind asked for (NO_MATCH)",
    "same family name": "NO_MATCH: relatives or namesakes - one surname, other given names",
    "parent and child": "NO_MATCH: one's patronymic is made from the other's given name",
    "different fathers": "NO_MATCH: the patronymics are made from two given names",
    "different gender": "NO_MATCH: a man's and a woman's form of one surname",
}

_NO_MATCH = NameMatch(MatchKind.NO_MATCH, 0.0)
_NO_NAME = NameMatch(MatchKind.NO_MATCH, 0.0, ("no name",))
_BASE_SCORE = {
    MatchKind.EXACT: 1.0, MatchKind.NORMALIZED: 0.97, MatchKind.TRANSLIT: 0.93,
    MatchKind.CROSS_LANGUAGE: 0.88, MatchKind.PHONETIC: 0.7, MatchKind.FUZZY: 0.6,
}  # fmt: skip
_MAX_WORDS = 6  # longer "names" are compared on their first six words
# What a part present on one side only costs (surnames > given names > patronymics).
_LEFTOVER_COST = {"surname": 0.12, "given": 0.08, "initial": 0.02}
_PATRONYMIC_COST = 0.02


def _equal_keys_pairing(
    short: tuple[Token, ...],
    long: tuple[Token, ...],
    link_of: Callable[[Token, Token], Link | None] = link,
) -> tuple[list[Link], tuple[int, ...]] | None:
    """The usual case, without trying every pairing: each full word of ``short`` has its own
    equal key in ``long``, and each initial has exactly one word left that it fits.

    ``link_of`` links two words: the full rule list here; :mod:`belnews.names._index_fast` passes
    its direct links of the clear cases (one pairing, two ways of linking)."""
    by_key = {t.key: j for j, t in enumerate(long)}
    if len(by_key) != len(long):
        return None
    chosen = [-1] * len(short)
    for i, word in enumerate(short):
        if not word.initial:
            j = by_key.get(word.key, -1)
            if j < 0 or j in chosen:
                return None
            chosen[i] = j
    pairs: list[Link | None] = [None] * len(short)  # an initial's link kept from its fitting
    for i, word in enumerate(short):
        if word.initial:
            fits = [(j, link_of(word, long[j])) for j in range(len(long)) if j not in chosen]
            fits = [fit for fit in fits if fit[1]]
            if len(fits) != 1:
                return None
            chosen[i], pairs[i] = fits[0]
    found = zip(short, chosen, pairs, strict=True)
    pairs = [lk if word.initial else link_of(word, long[j]) for word, j, lk in found]
    links = [p for p in pairs if p is not None]
    if len(links) != len(pairs):
        return None
    return links, tuple(chosen)


def _best_pairing(short: tuple[Token, ...], long: tuple[Token, ...]) -> Pairing | None:
    """The best way to pair every word of ``short`` with a different word of ``long``."""
    quick = _equal_keys_pairing(short, long)
    if quick is not None:
        return quick
    links = [[link(s, t) for t in long] for s in short]
    best: tuple[float, list[Link], tuple[int, ...]] | None = None
    for chosen in itertools.permutations(range(len(long)), len(short)):
        pairs = [links[i][j] for i, j in enumerate(chosen)]
        if any(p is None for p in pairs):
            continue
        found = [p for p in pairs if p is not None]
        score = sum(int(p.kind) - p.cost for p in found)
        if best is None or score > best[0]:
            best = (score, found, chosen)
    return None if best is None else (best[1], best[2])


def _person_linked(links: list[Link], short: tuple[Token, ...], long: tuple[Token, ...]) -> bool:
    """A surname is among the pairs, unless both names are only given names (Зміцер/Dmitry)."""
    if any(lk.surname for lk in links):
        return True
    return len(short) == len(long) and all(lk.lexical or "initials" in lk.via for lk in links)


def _one_person(pairing: Pairing, short: tuple[Token, ...], long: tuple[Token, ...]) -> bool:
    """The pairing names one person: a surname among its pairs (:func:`_person_linked`), and
    no initial left over before the given name's (V. A. Lukashenko is no Aliaksandr)."""
    return _person_linked(pairing[0], short, long) and not initial_before_given(long, pairing)


def _why_different(a: tuple[Token, ...], b: tuple[Token, ...]) -> tuple[str, ...]:
    """Why two names that share a surname are not one person (the NO_MATCH ``via``)."""
    if not _family(a, b):
        return ()
    for x, y in itertools.product(a, b):
        if not (x.initial or y.initial) and why_not(x, y) == "different gender":
            return ("same family name", "different gender")
    for one, other in ((a, b), (b, a)):
        fathers = {patronymic_group(t.text) for t in one if t.patronymic} - {None}
        if fathers & {t.group for t in other if not t.patronymic}:
            return ("same family name", "parent and child")
    return ("same family name",)


def _family(a: tuple[Token, ...], b: tuple[Token, ...]) -> bool:
    """Some surname of ``a`` and of ``b`` are one family name (equal, or differ in gender)."""

    def stems(tokens: tuple[Token, ...]) -> set[str]:
        return {
            t.skeleton[:-1] if t.skeleton[-1:] in ("A", "I", "a") else t.skeleton
            for t in tokens
            if not t.initial and not t.group and not t.patronymic and len(t.skeleton) > 2
        }

    return bool(stems(a) & stems(b))


def _patronymic_links(pat_a: list[Token], pat_b: list[Token]) -> tuple[Link | None, str]:
    """The link of two patronymics, or why they differ ("" for no patronymic pair)."""
    if not (pat_a and pat_b):
        return None, ""
    found = link(pat_a[0], pat_b[0])
    return found, "" if found else (why_not(pat_a[0], pat_b[0]) or "different fathers")


def _score(kind: MatchKind, links: list[Link], leftovers: list[Token]) -> float:
    score = _BASE_SCORE[kind] - sum(lk.cost for lk in links)
    for token in leftovers:
        part = "initial" if token.initial else ("given" if token.group else "surname")
        score -= _LEFTOVER_COST[part]
    return round(max(0.05, min(score, 0.99)), 3)


def _via(links: list[Link], kind: MatchKind, extra: list[str]) -> tuple[str, ...]:
    via: list[str] = []
    for found in links:
        via.extend(v for v in found.via if v not in via)
    if kind is MatchKind.CROSS_LANGUAGE and "be↔ru" not in via:
        via.insert(0, "be↔ru")
    return (*via, *extra)


def _split_patronymics(
    tokens: tuple[Token, ...],
) -> tuple[list[Token], tuple[Token, ...]]:
    patronymics = [t for t in tokens if t.patronymic]
    main = tuple(t for t in tokens if not t.patronymic) if patronymics else tokens
    return patronymics, main[:_MAX_WORDS]


def _two_guesses(links: list[Link], leftovers: list[Token], short: tuple[Token, ...]) -> bool:
    """A one-word name linked only through a case reading, to a name with a word left over
    that is not a person's part (a given name of any lexicon, also in a case form, or an
    initial): two guesses at once.

    Горкі read as a case of Горка is a guess (it is also a plural nominative), and Мар'іна is
    not a given name: Горкі and Мар'іна Горка are two towns.  Лосика and Ігар Лосік, or
    Вячоркі and Franak Viachorka, leave over a given name and stay linked.
    """
    if len(short) != 1 or not leftovers:
        return False
    return any(not (t.initial or t.group or is_given_word(t.text)) for t in leftovers)


def _compare(a: tuple[Token, ...], b: tuple[Token, ...], *, case_read: bool = False) -> NameMatch:
    """Pair the words of two names; ``case_read``: the names were read back from a case."""
    pat_a, main_a = _split_patronymics(a)
    pat_b, main_b = _split_patronymics(b)
    if not main_a or not main_b:
        return _NO_MATCH
    a_short = len(main_a) <= len(main_b)
    short, long = (main_a, main_b) if a_short else (main_b, main_a)
    pairing = _best_pairing(short, long)
    if pairing is None or not _one_person(pairing, short, long):
        return NameMatch(MatchKind.NO_MATCH, 0.0, _why_different(a, b))
    links, chosen = pairing
    pat_link, pat_why = _patronymic_links(pat_a, pat_b)
    if pat_why:
        family = ("same family name",) if _family(main_a, main_b) else ()
        return NameMatch(MatchKind.NO_MATCH, 0.0, (*family, pat_why))
    extra = ["patronymic"] if bool(pat_a) != bool(pat_b) else []
    links = [*links, pat_link] if pat_link else links
    leftovers = [t for j, t in enumerate(long) if j not in chosen]
    # И. В. Петров: В. is Васильевич's initial, not a word left over
    patronymics = (pat_a, pat_b) if a_short else (pat_b, pat_a)
    extra = patronymic_initial(leftovers, (long, pairing), patronymics, extra)
    inflected = case_read or any("inflection" in lk.via for lk in links)
    if inflected and _two_guesses(links, leftovers, short):
        return NameMatch(MatchKind.NO_MATCH, 0.0, ("case form of a partial name",))
    if leftovers:
        extra.append("partial name")
    kind = _KINDS[min(lk.kind for lk in links)]
    score = _score(kind, links, leftovers) - (
        _PATRONYMIC_COST if extra[:1] == ["patronymic"] else 0
    )
    return _result(kind, round(max(0.05, score), 3), _via(links, kind, extra))


_KINDS = tuple(MatchKind)  # by value: MatchKind(n) without the enum call


@functools.lru_cache(maxsize=1 << 12)
def _result(kind: MatchKind, score: float, via: tuple[str, ...]) -> NameMatch:
    """One shared frozen value per distinct result (few kinds, scores and vias recur)."""
    return NameMatch(kind, score, via)


@functools.lru_cache(maxsize=1 << 14)
def _spelled(cyr: str, system: str, lang: Literal["be", "ru"]) -> tuple[str, tuple[str, ...]]:
    """A Cyrillic name in one system, folded whole and word by word (sorted)."""
    from belnews.translit import to_latin

    spelled = to_latin(cyr, system, lang=lang, errors="ignore")
    return fold_word(spelled), tuple(sorted(fold_word(w) for w in spelled.split()))


@functools.lru_cache(maxsize=1)
def _systems() -> tuple[tuple[str, Literal["be", "ru"], str], ...]:
    """Every (system, language, via label) to try, in the registry's order (read once)."""
    from belnews.registry import system_ids

    langs: tuple[Literal["be", "ru"], ...] = ("be", "ru")
    return tuple(
        (system, lang, system if lang == "be" else f"ru:{system}")
        for lang in langs
        for system in system_ids(lang=lang)
    )


def _translit_systems(a: str, b: str) -> tuple[str, ...]:
    """The romanization systems that turn one name into the other."""
    cyr, lat = (a, b) if has_cyrillic(a) else (b, a)
    if not has_cyrillic(cyr) or has_cyrillic(lat):
        return ()
    # The Latin side is folded once, not once per system.
    whole = fold_word(lat)
    words = tuple(sorted(fold_word(w) for w in lat.replace(",", " ").split()))
    found = []
    for system, lang, label in _systems():
        spelled_whole, spelled_words = _spelled(cyr, system, lang)
        if spelled_whole == whole or spelled_words == words:
            found.append(label)
    return tuple(found)


_base_form = functools.lru_cache(maxsize=1 << 16)(base_form)


@functools.lru_cache(maxsize=1 << 16)
def graded(a: str, b: str) -> NameMatch:
    """The match of two names (``a <= b``), without naming the romanization systems in ``via``."""
    return grade_parsed(a, tokens_of(a), b, tokens_of(b))


def _folded(ta: tuple[Token, ...], tb: tuple[Token, ...]) -> NameMatch | None:
    fa, fb = [fold_word(t.text) for t in ta], [fold_word(t.text) for t in tb]
    if fa == fb:
        return NameMatch(MatchKind.NORMALIZED, 0.97)
    if sorted(fa) == sorted(fb):
        return NameMatch(MatchKind.NORMALIZED, 0.97, ("word order",))
    return None


def grade_parsed(a: str, ta: tuple[Token, ...], b: str, tb: tuple[Token, ...]) -> NameMatch:
    """:func:`graded` for names already parsed (``a <= b``; :class:`NameIndex` keeps tokens)."""
    if not ta or not tb:
        return _NO_NAME  # (even two equal strings: "" is nobody, and no record's name)
    if a == b:
        return NameMatch(MatchKind.EXACT, 1.0, ("identical",))
    folded = _folded(ta, tb)
    if folded is not None:
        return folded
    result = _compare(ta, tb)
    if (len(ta) < 2 and len(tb) < 2) or (result.is_match and not _case_may_differ(ta, tb, result)):
        return result
    result = _as_nominatives(a, b, result)
    if result.is_match or result.via not in ((), ("same family name",)):
        return result  # a match, or a stated reason (gender, parent and child, fathers)
    return _in_foreign_case(a, b, result)


def _case_may_differ(ta: tuple[Token, ...], tb: tuple[Token, ...], result: NameMatch) -> bool:
    """A match that the nominatives must confirm: one read through a case form, or two Cyrillic
    names linked as be/ru forms with a word that, read alone, is a case form - the coarse
    skeleton folds case endings too (Калеснікавай, a woman's, and Калеснікаву, of Аляксандру
    Калеснікаву, a man's dative).  Two names whose words are all nominatives as they stand
    (Іван Дзеава / Иван Деова) are not read again.  Only the words compared are looked at (a
    patronymic and the first six others: :func:`_split_patronymics`), whatever the length of
    the strings."""
    if "inflection" in result.via:
        return True
    if result.kind is not MatchKind.CROSS_LANGUAGE:
        return False
    words_a, words_b = _compared_words(ta), _compared_words(tb)
    if not (any(map(has_cyrillic, words_a)) and any(map(has_cyrillic, words_b))):
        return False
    return any(_first_base(word) != word for word in (*words_a, *words_b))


def _compared_words(tokens: tuple[Token, ...]) -> list[str]:
    """The texts of the words :func:`_compare` pairs (a patronymic, the first six others)."""
    patronymics, main = _split_patronymics(tokens)
    return [t.text for t in (*patronymics, *main)]


@functools.lru_cache(maxsize=1 << 16)
def _first_base(word: str) -> str:
    return base_candidates(word)[0] if word else word


def _read_inflected(again: NameMatch) -> NameMatch:
    """A match found on names read back from a case form: ``"inflection"`` in ``via``, and a
    small cost for the reading."""
    via = again.via if "inflection" in again.via else (*again.via, "inflection")
    return NameMatch(again.kind, round(max(0.05, again.score - 0.03), 3), via)


def _in_foreign_case(a: str, b: str, result: NameMatch) -> NameMatch:
    """Names printed in another language's case, read back as a whole (Alaksandra Łukaszenki,
    Aliaksandro Lukašenkos, Aleksandru Lukašenku, Svetlane Tihanovske): each reading of one
    name against each reading (or the name itself) of the other, the first match kept."""
    reads_a, reads_b = oblique_names(a), oblique_names(b)
    if not (reads_a or reads_b):
        return result
    for read_a, read_b in itertools.product((*reads_a, a), (*reads_b, b)):
        if (read_a, read_b) == (a, b):
            continue
        again = _compare(tokens_of(read_a), tokens_of(read_b), case_read=True)
        if again.is_match:
            return _read_inflected(again)
    return result


def _as_nominatives(a: str, b: str, result: NameMatch) -> NameMatch:
    """Inflected full names read again as nominatives, with the gender their given names show
    (Аляксандру Калеснікаву is a man's dative: Аляксандр Калеснікаў, not Калеснікава)."""
    base_a, base_b = _base_form(a), _base_form(b)
    if (base_a, base_b) == (a, b):
        return result
    again = _compare(tokens_of(base_a), tokens_of(base_b), case_read=True)
    if not again.is_match:  # the nominatives differ: only a stated reason overrules a match
        stated = set(again.via) - {"same family name"}  # gender, parent and child, fathers
        return again if result.is_match and stated else result
    if result.is_match:
        return result
    return _read_inflected(again)


def _gazetteer(a: str, b: str, result: NameMatch) -> NameMatch:
    """Two names of one place in the gazetteer (GeoNames alternate names: Гродна / Gardinas,
    Brest / Brześć), when nothing else linked them."""
    if result.is_match or result.via or len(a.split()) > 3 or len(b.split()) > 3:
        return result
    from belnews.names.places import same_place

    if same_place(a, b):
        return NameMatch(MatchKind.CROSS_LANGUAGE, 0.85, ("gazetteer",))
    return result


@functools.lru_cache(maxsize=1 << 14)
def _match(a: str, b: str) -> NameMatch:
    result = _gazetteer(a, b, graded(a, b))
    if result.kind is MatchKind.TRANSLIT:
        systems = _translit_systems(a, b)
        if systems:
            result = attrs.evolve(result, via=(*systems, *result.via))
        elif has_cyrillic(a) and has_cyrillic(b):
            result = attrs.evolve(result, via=("orthography", *result.via))
    return result


def match_names(a: str, b: str, /, *, min_kind: MatchKind = MatchKind.PHONETIC) -> NameMatch:
    """Compare two personal names written in any script, system, order and form.

    ``min_kind`` is the weakest link accepted as a match: the default (``PHONETIC``) keeps
    precision first; ``min_kind=MatchKind.FUZZY`` also accepts one typo inside a long surname,
    ``MatchKind.TRANSLIT`` only spellings of one language.  A weaker result is a NO_MATCH whose
    ``via`` says ``"below min_kind"`` after what was found.

    >>> match_names("Лукашэнка Аляксандр", "A. Lukashenko").is_match
    True
    >>> match_names("Аляксандр Лукашэнка", "Александр Лукашенко").kind
    <MatchKind.CROSS_LANGUAGE: 3>
    >>> m = match_names("Siarhiej Cichanoŭski", "Śviatłana Cichanoŭskaja")
    >>> m.is_match, m.via
    (False, ('same family name', 'different gender'))
    >>> match_names("Maria Kalesnikava", "Maria Kalesnikva", min_kind=MatchKind.FUZZY).kind
    <MatchKind.FUZZY: 1>
    """
    if type(a) is not str:
        a = ensure_str(a, "a")
    if type(b) is not str:
        b = ensure_str(b, "b")
    # Symmetric by construction: the pair is looked at in a fixed order.
    result = _match(a, b) if a <= b else _match(b, a)
    if result.kind >= min_kind or not result.is_match:
        return result
    return _below(result)


@functools.lru_cache(maxsize=1 << 10)
def _below(result: NameMatch) -> NameMatch:
    return NameMatch(MatchKind.NO_MATCH, 0.0, (*result.via, "below min_kind"))
