"""``match_names``: are two spellings the same person, and how are they linked?

Both names are split into words (:mod:`belnews.names._tokens`) and the words of the shorter name
are paired with words of the longer one, in any order.  Two full words pair when they share a key
(a skeleton, or a given-name group), when one is an inflected form of the other, or - as a last
resort - when their surname skeletons differ by one sound inside the word.  An initial pairs with
a full word it can abbreviate.  The person matches when every word of the shorter name is paired
and a surname (not only a given name) is among the pairs; leftover words of the longer name are
allowed (a patronymic, a given name the other spelling left out).  Patronymics present on both
sides must agree.

The kind is the weakest link used: words whose *fine* skeletons agree are one language's name in
two spellings (TRANSLIT); a pair that needed akanne, -ka/-ko, т/ц ... or a lexical given-name pair
is CROSS_LANGUAGE; a one-sound difference is PHONETIC.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import NamedTuple

import attrs

from belnews.errors import ensure_str
from belnews.names._skeleton import CONSONANTS, skeleton
from belnews.names._tokens import Token, fold, word_fine, word_skeleton
from belnews.names.forms import base_candidates, base_form
from belnews.names.key import tokens_of
from belnews.names.lexicon import (
    given_names,
    group_of_form,
    group_of_skeleton,
    is_ambiguous_given,
)
from belnews.names.models import MatchKind, NameMatch

__all__ = ["MatchKind", "NameMatch", "match_names"]

_NO_MATCH = NameMatch(MatchKind.NO_MATCH, 0.0)
_BASE_SCORE = {
    MatchKind.EXACT: 1.0,
    MatchKind.NORMALIZED: 0.97,
    MatchKind.TRANSLIT: 0.93,
    MatchKind.CROSS_LANGUAGE: 0.88,
    MatchKind.PHONETIC: 0.7,
}
_MAX_WORDS = 6  # longer "names" are compared on their first six words


class _Link(NamedTuple):
    """How two words are linked (a named tuple of plain values: cached in bulk, not GC-tracked)."""

    kind: int  #: a MatchKind value
    via: tuple[str, ...] = ()
    surname: bool = False  #: a full word that is not (only) a given name
    cost: float = 0.0
    lexical: bool = False  #: a given-name group or a same-language spelling (no guesswork)


@functools.lru_cache(maxsize=1 << 17)
def fold_word(text: str) -> str:
    """:func:`fold`, without Unicode normalisation for a plain ASCII word (the common case)."""
    if text.isascii():
        lowered = text.lower()
        return lowered if lowered.isalnum() else "".join(filter(str.isalnum, lowered))
    return fold(text)


def _kind_of(x: Token, y: Token) -> MatchKind:
    same = word_fine(x.text) == word_fine(y.text)
    return MatchKind.TRANSLIT if same else MatchKind.CROSS_LANGUAGE


# Skeleton-level nominatives that base_form leaves alone (see _skeleton_bases).
_PLURAL_ADJECTIVE = re.compile("([sc]k)ah$")  # Глінскіх, Панятоўскіх: of the Glinskis
_PLURAL_VICH = re.compile("vah(?:av|ah)$")  # Луцкевічаў, Баранавічах
_FLEETING = re.compile(f"(?<=[{CONSONANTS}])([cl])(?:a|I)$")  # Лунінцы, Гомлі
_TOPONYM_SK = re.compile("(?<=...)sk[Aa]$")  # Minska, Minsko, Vicebska: of Minsk


def _skeleton_bases(sk: str) -> list[str]:
    """Nominatives a case form may have, read on its skeleton.

    - a plural genitive or locative of a family or a plural place name: -скіх -> -скі,
      -вічаў / -вічах -> -віч and -вічы;
    - a fleeting vowel: -ец and -ель lose it in every other case (Лунінец, Лунінцы; Гомель,
      Гомлі), so the nominative puts it back (any vowel after the first is ``a`` in a
      skeleton).  Not -ак/-ок (Наваградак, Наваградку): every -ка surname would read as one
      (Лукашэнка ~ Лукашонак);
    - a place in -sk (a noun, not an adjective) in a case or a Czech form: Minska, Minsko.
    """
    out = []
    if _PLURAL_ADJECTIVE.search(sk):
        out.append(_PLURAL_ADJECTIVE.sub(r"\1I", sk))
    elif _PLURAL_VICH.search(sk):
        out.extend((sk[:-2], sk[:-2] + "I"))
    if len(sk) > 4 and _FLEETING.search(sk):
        out.append(_FLEETING.sub(r"a\1", sk))
    if _TOPONYM_SK.search(sk):
        out.append(sk[:-1])
    return out


@functools.lru_cache(maxsize=1 << 16)
def _base_skeletons(text: str) -> tuple[str, ...]:
    if "-" in text:  # Евы-Кацярыны: each part has its own ending
        parts = [base_candidates(part)[0] for part in text.split("-") if part]
        return (word_skeleton("-".join(parts)),)
    bases = [word_skeleton(c) for c in base_candidates(text)]
    return tuple(dict.fromkeys([*bases, *_skeleton_bases(word_skeleton(text))]))


# Foreign press spellings of a Russian or Belarusian name, read as they are meant (each only
# as an extra reading of a Latin word, never in the key):
_FRENCH_CH = re.compile("(?<!t)ch|tch")  # French ch = ш, tch = ч (Loukachenko, Baranovitchi)
_GERMAN_Z = re.compile("(?<![cdstz])z")  # German z = ц (Zepkalo, Luniniez); ds = дз (Uladsimir)
_LITHUANIAN_ENDING = re.compile("(?<=[^aeiouy])(?:as|us)$|(?<=[^aeiouy])(?<=.)(?:is|ys)$")


@functools.lru_cache(maxsize=1 << 16)
def _foreign_skeletons(text: str) -> frozenset[str]:
    """Skeletons of a Latin word read as French, German or Lithuanian press spelling.

    French: ou = у, ch = ш, tch = ч (Loukachenko, Baranovitchi).  German: z = ц, ds = дз
    (Zepkalo, Uladsimir), sch = ж as well as ш (Schodsina, Dsjarschynsk).  Lithuanian: the
    nominative endings -as, -us (after a consonant: Minskas, Mackievičus, Siarhejus) and -is,
    -ys (-і/-ы: Cichanouskis) are not part of the name.
    """
    if not text.isascii() and any("\u0400" <= char <= "\u04ff" for char in text):
        return frozenset()
    lowered = text.lower()
    readings = []
    if "ou" in lowered or "ch" in lowered:
        readings.append(
            _FRENCH_CH.sub(lambda m: "č" if m.group() == "tch" else "š", lowered).replace("ou", "u")
        )
    if not any(mark in lowered for mark in ("ž", "ż", "ź", "zh")):
        if "z" in lowered or "ds" in lowered:
            readings.append(_GERMAN_Z.sub("c", lowered.replace("ds", "dz")))
        if "sch" in lowered:  # German sch is ш and ж alike (Schodsina = Жодзіна)
            readings.append(_GERMAN_Z.sub("c", lowered.replace("ds", "dz")).replace("sch", "ž"))
    stripped = _LITHUANIAN_ENDING.sub(
        lambda m: "" if m.group()[0] in "au" else m.group()[0], lowered
    )
    if stripped != lowered and len(stripped) > 2:
        readings.append(stripped)
    return frozenset(word_skeleton(reading) for reading in readings) - {word_skeleton(text)}


def _foreign_link(x: Token, y: Token) -> bool:
    """One word is the other in a French, German or Lithuanian spelling."""
    for one, other in ((x, y), (y, x)):
        readings = _foreign_skeletons(one.text)
        if not readings:
            continue
        if other.skeleton in readings or readings & set(_base_skeletons(other.text)):
            return True
        if other.group is not None and any(group_of_skeleton(r) == other.group for r in readings):
            return True
    return False


def _near(x: str, y: str) -> bool:
    """One sound apart inside a long skeleton (ends untouched), or č written c (Stefanovic)."""
    if min(len(x), len(y)) < 6 or abs(len(x) - len(y)) > 1 or x[:2] != y[:2]:
        return False
    if len(x) == len(y):
        diffs = [i for i in range(len(x)) if x[i] != y[i]]
        if len(diffs) == 1 and {x[diffs[0]], y[diffs[0]]} == {"c", "h"}:
            return True
    if x[-3:] != y[-3:]:
        return False
    i = 0
    while i < min(len(x), len(y)) and x[i] == y[i]:
        i += 1
    return x[i + 1 :] == y[i + 1 :] or x[i:] == y[i + 1 :] or x[i + 1 :] == y[i:]


@functools.lru_cache(maxsize=1 << 12)
def _group_initials(group_id: str) -> frozenset[str]:
    group = given_names()[group_id]
    return frozenset(skeleton(form)[:1] for form in group.forms)


_LOOSE_INITIALS = {
    "i": "ije", "j": "jie", "e": "eji", "u": "ujv", "v": "vu", "c": "ct", "t": "tc", "k": "kh",
}  # fmt: skip


def _initial_fits(initial: Token, word: Token) -> bool:
    letter = initial.skeleton[:1]
    if not letter:
        return False
    allowed = set(_LOOSE_INITIALS.get(letter, letter))
    starts = _group_initials(word.group) if word.group else frozenset({word.skeleton[:1]})
    return bool(allowed & starts)


@functools.lru_cache(maxsize=1 << 16)
def _link(x: Token, y: Token) -> _Link | None:
    """How two words of two names are linked, or ``None``."""
    if x.initial or y.initial:
        if x.initial and y.initial:
            fits = x.skeleton[:1] == y.skeleton[:1]
        else:
            fits = _initial_fits(x, y) if x.initial else _initial_fits(y, x)
        return _Link(MatchKind.TRANSLIT, ("initials",), cost=0.05) if fits else None
    given = x.group is not None or y.group is not None
    if x.group is not None and x.group == y.group:
        kind = _kind_of(x, y)
        via = () if kind is MatchKind.TRANSLIT else (f"lexical:{x.group}",)
        return _Link(kind, via, lexical=True)
    if x.skeleton == y.skeleton and not (x.group and y.group):
        kind = _kind_of(x, y)
        if kind is MatchKind.CROSS_LANGUAGE and is_ambiguous_given(x.skeleton):
            return None  # Eugene / Eugenia: two listed names share this skeleton
        return _Link(kind, surname=not given, lexical=kind is MatchKind.TRANSLIT)
    if x.group and y.group and group_of_form(x.text) and group_of_form(y.text):
        return None  # two listed given names, as listed (Eugene / Eugenia)
    if x.skeleton[:2] != y.skeleton[:2] and "-" not in x.skeleton + y.skeleton:
        # An ending or one inner sound apart at most share the start; a foreign spelling
        # may not (Zepkalo / Cepkała).
        return _foreign(given) if _foreign_link(x, y) else None
    if not given and _other_gender(x, y):
        return None  # Калеснікаў / Калеснікава(у): a man and (read without context) a woman
    bases_x, bases_y = _base_skeletons(x.text), _base_skeletons(y.text)
    groups_x = {group_of_skeleton(b) for b in bases_x[:1]} | {x.group}
    groups_y = {group_of_skeleton(b) for b in bases_y[:1]} | {y.group}
    if (groups_x & groups_y) - {None}:
        return _Link(MatchKind.TRANSLIT, ("inflection",), cost=0.03, lexical=True)
    if x.group and y.group:
        return None
    if set(bases_x) & set(bases_y):
        return _Link(MatchKind.TRANSLIT, ("inflection",), surname=not given, cost=0.03)
    if "-" in x.skeleton or "-" in y.skeleton:
        parts_x, parts_y = set(x.skeleton.split("-")), set(y.skeleton.split("-"))
        if parts_x & parts_y:
            return _Link(MatchKind.TRANSLIT, ("hyphenated",), surname=True, cost=0.1)
    if _foreign_link(x, y):
        return _foreign(given)
    if not given and _u_for_l(x.skeleton, y.skeleton):
        return _Link(MatchKind.CROSS_LANGUAGE, ("ў/л",), surname=True, cost=0.04)
    if not given and _near(x.skeleton, y.skeleton):
        return _Link(MatchKind.PHONETIC, ("phonetic",), surname=True, cost=0.05)
    if given and _near_given(x, y):
        return _Link(MatchKind.PHONETIC, ("phonetic",), cost=0.08)
    return None


_L_BEFORE_CONSONANT = re.compile(f"(?<=[aeiuj])l(?=[{CONSONANTS}])")
_DEVOICED = re.compile("b(?=[ckstfh])|d(?=[ckstfh])|z(?=[ckpt])")
_DEVOICE = {"b": "p", "d": "t", "z": "s"}


def _u_for_l(x: str, y: str) -> bool:
    """Belarusian ў where Russian and Polish keep л (Стоўбцы / Столбцы / Stołpce, Ваўкавыск /
    Wołkowysk: воўк, волк, wilk), with the devoicing that spelling hides (бц is said пц)."""
    if "l" not in x + y:
        return False

    def said(sk: str) -> str:
        return _DEVOICED.sub(lambda m: _DEVOICE[m.group()], sk)

    return said(_L_BEFORE_CONSONANT.sub("v", x)) == said(_L_BEFORE_CONSONANT.sub("v", y))


def _foreign(given: bool) -> _Link:
    return _Link(MatchKind.CROSS_LANGUAGE, ("foreign spelling",), surname=not given, cost=0.04)


_MASCULINE = ("in", "yn", "ov", "ev", "u")  # fine skeletons: -ін/-ын, -ов/-ев, -аў/-оў/-ёў


def _other_gender(x: Token, y: Token) -> bool:
    """A man's -аў/-оў/-ін surname and the woman's -ава/-ова/-іна of the same stem.

    The woman's form is also the man's genitive (and -аву his dative), but a bare word gives no
    context: the gender the words show is kept, as :func:`belnews.base_form` keeps it.  A
    full name whose given name shows a man is read again through its nominative.
    """
    short, long = (x, y) if len(x.skeleton) < len(y.skeleton) else (y, x)
    return long.skeleton == short.skeleton + "a" and word_fine(short.text).endswith(_MASCULINE)


def _near_given(x: Token, y: Token) -> bool:
    """An unlisted word one sound from a form of the other's given name (Ualdzimir: typo)."""
    if (x.group is None) == (y.group is None):
        return False
    word, name = (x, y) if x.group is None else (y, x)
    assert name.group is not None
    return any(_near(word.skeleton, skeleton(form)) for form in given_names()[name.group].forms)


def _family(a: tuple[Token, ...], b: tuple[Token, ...]) -> bool:
    """Some surname of ``a`` and of ``b`` are one family name (equal, or differ in gender)."""

    def stems(tokens: tuple[Token, ...]) -> set[str]:
        return {
            t.skeleton[:-1] if t.skeleton[-1:] in ("A", "I", "a") else t.skeleton
            for t in tokens
            if not t.initial and not t.group and len(t.skeleton) > 2
        }

    return bool(stems(a) & stems(b))


def _equal_keys_pairing(
    short: tuple[Token, ...], long: tuple[Token, ...]
) -> tuple[list[_Link], tuple[int, ...]] | None:
    """The usual case, without trying every pairing: each full word of ``short`` has its own
    equal key in ``long``, and each initial has exactly one word left that it fits."""
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
    for i, word in enumerate(short):
        if word.initial:
            fits = [j for j in range(len(long)) if j not in chosen and _link(word, long[j])]
            if len(fits) != 1:
                return None
            chosen[i] = fits[0]
    pairs = [_link(word, long[j]) for word, j in zip(short, chosen, strict=True)]
    found = [p for p in pairs if p is not None]
    if len(found) != len(pairs):
        return None
    return found, tuple(chosen)


def _best_pairing(
    short: tuple[Token, ...], long: tuple[Token, ...]
) -> tuple[list[_Link], tuple[int, ...]] | None:
    """The best way to pair every word of ``short`` with a different word of ``long``."""
    quick = _equal_keys_pairing(short, long)
    if quick is not None:
        return quick
    links = [[_link(s, t) for t in long] for s in short]
    best: tuple[float, list[_Link], tuple[int, ...]] | None = None
    for chosen in itertools.permutations(range(len(long)), len(short)):
        pairs = [links[i][j] for i, j in enumerate(chosen)]
        if any(p is None for p in pairs):
            continue
        found = [p for p in pairs if p is not None]
        score = sum(int(p.kind) - p.cost for p in found)
        if best is None or score > best[0]:
            best = (score, found, chosen)
    return None if best is None else (best[1], best[2])


def _compare(a: tuple[Token, ...], b: tuple[Token, ...]) -> NameMatch:
    pat_a = [t for t in a if t.patronymic]
    pat_b = [t for t in b if t.patronymic]
    main_a = (tuple(t for t in a if not t.patronymic) if pat_a else a)[:_MAX_WORDS]
    main_b = (tuple(t for t in b if not t.patronymic) if pat_b else b)[:_MAX_WORDS]
    if not main_a or not main_b:
        return _NO_MATCH
    short, long = (main_a, main_b) if len(main_a) <= len(main_b) else (main_b, main_a)
    pairing = _best_pairing(short, long)
    # A surname must be among the pairs, unless both names are only given names (Зміцер/Dmitry).
    if pairing is None or not (
        any(link.surname for link in pairing[0])
        or (
            len(short) == len(long)
            and all(link.lexical or "initials" in link.via for link in pairing[0])
        )
    ):
        family = _family(main_a, main_b)
        return NameMatch(MatchKind.NO_MATCH, 0.0, ("same family name",) if family else ())
    links, chosen = pairing
    via: list[str] = []
    if pat_a and pat_b:
        link = _link(pat_a[0], pat_b[0])
        if link is None:
            return _NO_MATCH
        links.append(link)
    elif pat_a or pat_b:
        via.append("patronymic")
    leftovers = [t for j, t in enumerate(long) if j not in chosen]
    kind = _KINDS[min(link.kind for link in links)]
    for link in links:
        if link.via:
            via.extend(v for v in link.via if v not in via)
    if kind is MatchKind.CROSS_LANGUAGE and "be↔ru" not in via:
        via.insert(0, "be↔ru")
    score = _BASE_SCORE[kind] - sum(link.cost for link in links)
    if leftovers:
        via.append("partial name")
        score -= 0.1 * sum(1 for t in leftovers if not t.initial) + 0.02 * len(leftovers)
    return _result(kind, round(max(0.05, min(score, 0.99)), 3), tuple(via))


_KINDS = tuple(MatchKind)  # by value: MatchKind(n) without the enum call


@functools.lru_cache(maxsize=1 << 12)
def _result(kind: MatchKind, score: float, via: tuple[str, ...]) -> NameMatch:
    """One shared frozen value per distinct result (few kinds, scores and vias recur)."""
    return NameMatch(kind, score, via)


def _translit_systems(a: str, b: str) -> tuple[str, ...]:
    """The romanization systems that turn one name into the other (best effort)."""
    try:
        from belnews.systems import system_ids
        from belnews.translit import to_latin
    except ImportError:  # pragma: no cover - the translit module ships with belnews
        return ()
    cyr, lat = (a, b) if _is_cyrillic(a) else (b, a)
    if not _is_cyrillic(cyr) or _is_cyrillic(lat):
        return ()
    target = fold_word(lat)
    found = []
    for lang in ("be", "ru"):
        try:
            ids = system_ids(lang=lang)
        except Exception:  # a half-built registry must not break matching
            continue
        for system in ids:
            try:
                spelled = to_latin(cyr, system, lang=lang, errors="ignore")
            except Exception:  # a system that cannot spell the name is simply not named
                continue
            if fold_word(spelled) == target or sorted(
                fold_word(w) for w in spelled.split()
            ) == sorted(fold_word(w) for w in lat.replace(",", " ").split()):
                found.append(system if lang == "be" else f"ru:{system}")
    return tuple(found)


def _is_cyrillic(text: str) -> bool:
    return any("\u0400" <= char <= "\u04ff" for char in text)


_base_form = functools.lru_cache(maxsize=1 << 16)(base_form)


@functools.lru_cache(maxsize=1 << 16)
def graded(a: str, b: str) -> NameMatch:
    """The match of two names (``a <= b``), without naming the romanization systems in ``via``."""
    return grade_parsed(a, tokens_of(a), b, tokens_of(b))


def grade_parsed(a: str, ta: tuple[Token, ...], b: str, tb: tuple[Token, ...]) -> NameMatch:
    """:func:`graded` for names already parsed (``a <= b``; :class:`NameIndex` keeps tokens)."""
    if a == b:
        return NameMatch(MatchKind.EXACT, 1.0, ("identical",))
    if not ta or not tb:
        return _NO_MATCH
    fa, fb = [fold_word(t.text) for t in ta], [fold_word(t.text) for t in tb]
    if fa == fb:
        return NameMatch(MatchKind.NORMALIZED, 0.97)
    if sorted(fa) == sorted(fb):
        return NameMatch(MatchKind.NORMALIZED, 0.97, ("word order",))
    result = _compare(ta, tb)
    if (result.is_match and "inflection" not in result.via) or (len(ta) < 2 and len(tb) < 2):
        return result
    # Inflected full names: read both as nominatives, with the gender their given names show
    # (Аляксандру Калеснікаву is a man's dative: Аляксандр Калеснікаў, not Калеснікава).
    base_a, base_b = _base_form(a), _base_form(b)
    if (base_a, base_b) == (a, b):
        return result
    again = _compare(tokens_of(base_a), tokens_of(base_b))
    if not again.is_match:
        return again if result.is_match else result
    if result.is_match:
        return result
    via = again.via if "inflection" in again.via else (*again.via, "inflection")
    return NameMatch(again.kind, round(max(0.05, again.score - 0.03), 3), via)


@functools.lru_cache(maxsize=1 << 14)
def _match(a: str, b: str) -> NameMatch:
    result = graded(a, b)
    if result.kind is MatchKind.TRANSLIT:
        systems = _translit_systems(a, b)
        if systems:
            result = attrs.evolve(result, via=(*systems, *result.via))
        elif _is_cyrillic(a) and _is_cyrillic(b):
            result = attrs.evolve(result, via=("orthography", *result.via))
    return result


def match_names(a: str, b: str, /) -> NameMatch:
    """Compare two personal names written in any script, system, order and form.

    >>> match_names("Лукашэнка Аляксандр", "A. Lukashenko").is_match
    True
    >>> match_names("Аляксандр Лукашэнка", "Александр Лукашенко").kind
    <MatchKind.CROSS_LANGUAGE: 2>
    >>> m = match_names("Siarhiej Cichanoŭski", "Śviatłana Cichanoŭskaja")
    >>> m.is_match, m.via
    (False, ('same family name',))
    """
    if type(a) is not str:
        a = ensure_str(a, "a")
    if type(b) is not str:
        b = ensure_str(b, "b")
    # Symmetric by construction: the pair is looked at in a fixed order.
    return _match(a, b) if a <= b else _match(b, a)
