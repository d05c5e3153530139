"""Stage 3 of :class:`belnews.NameIndex`'s lookup: a name with one typing slip in a word.

A slip is looked for in steps, each with its own budget (at most
:data:`belnews.names.index.MAX_GRADED` names graded, :data:`MAX_SCANNED` sifted on their keys):

1. **one edit away**: the indexed surname keys one edit or one typing slip through the key's
   merges from the mention's word (:func:`belnews.names._index_slips.neighbours`).  A surname
   the directory knows is usually another person's: its own bearers are graded first, then its
   neighbours, but only for a slip in the letters typed;
2. **further in the key** (when the first step found nobody): keys two letters longer that one
   dropped letter shortens so (:func:`far_neighbours`), and the keys of the word with two
   neighbouring letters swapped back (:func:`swapped_keys`: a swap across a digraph); a slip in
   the letters typed is required.

Words whose key the directory does not know are read as slipped first.  When another word of
the mention is a surname-like word typed right (its key must be in the name anyway), the names
are that word's bearers (a bounded block), not every neighbour key's bearers
(:func:`_pinned`); in the second step any of their words that starts alike and is at most two
letters longer or shorter is checked, in the letters typed.  Every answer is graded by
:func:`belnews.names._index_fast.typo_match` (every other word keyed alike, no change of gender,
one slip in the letters typed or the fine skeletons).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import Any, Protocol

from belnews.names._blocking import keys_around, name_tokens, surname_keys
from belnews.names._index_fast import full_words, typo_match
from belnews.names._index_slips import MAX_SCANNED, far_neighbours, swapped_keys
from belnews.names._tokens import Token
from belnews.names.models import MatchKind, NameMatch

__all__ = ["MAX_SCANNED", "typos"]

#: Called with each name found: (id, name, match).
Keep = Callable[[Hashable, str, NameMatch], None]


class Index(Protocol):
    """What the typo stage reads of a :class:`belnews.NameIndex`."""

    @property
    def _known(self) -> Mapping[str, None]: ...
    @property
    def _near(self) -> Mapping[str, str | tuple[str, ...]]: ...
    @property
    def _blocks(self) -> Mapping[str, int | bytearray]: ...
    @property
    def _names(self) -> Any: ...

    def _collect(self, wanted: Iterable[str]) -> list[int]: ...
    def _entry(self, slot: int) -> tuple[Hashable, str, tuple[Token, ...]]: ...
    def _neighbours(self, key: str) -> set[str]: ...
    def _own(self, mention: str, tokens: tuple[Token, ...], words: list[Token]) -> list[Any]: ...


def typos(index: Index, tokens: tuple[Token, ...], graded: int, keep: Keep) -> None:
    """Give ``keep`` the names with one slip from the mention ``tokens`` (see the module
    docstring), at most ``graded`` names graded per step."""
    found = [0]

    def kept(id_: Hashable, name: str, match: NameMatch) -> None:
        found[0] += 1
        keep(id_, name, match)

    if _doubled(index, tokens, kept):
        return
    # A word whose key the directory does not know first: it is the likelier slip (an unlisted
    # given name is surname-like too, and its neighbours would spend the budget).
    order = sorted(surname_keys(tokens), key=index._known.__contains__)
    budget = [graded, MAX_SCANNED]
    one_edit = {key: index._neighbours(key) for key in order}
    for far in (False, True):
        for key in order:
            where = next(i for i, t in enumerate(tokens) if t.key == key)
            pin = _pin(tokens, where)
            if pin is not None:  # (the second step reads every alike word of the bearers)
                near = [] if far else _near_keys(index, key, tokens[where].text, one_edit[key])
                tried = one_edit[key] | {key, tokens[pin].key}
                _pinned(index, tokens, where, pin, near, tried, kept, budget, far=far)
                continue
            if far and key in index._known:
                continue  # another person's surname, and no word typed right to narrow it
            near = _near_keys(index, key, tokens[where].text, one_edit[key], far=far)
            for other in near:
                if budget[0] <= 0 or budget[1] <= 0:
                    break
                _block(index, tokens, where, other, kept, budget, far=far)
        if found[0]:
            return


#: At most this many mentions with a letter typed twice written once are looked up.
MAX_DOUBLED = 4


def _doubled(index: Index, tokens: tuple[Token, ...], keep: Keep) -> int:
    """A letter typed twice in a surname-like word that the key reads otherwise ("Ivan
    Kuznetsouu": ``kaznaca``, where Kuznetsou is ``kaznacav``, for the merge of ``ou``): the
    mention with the letter written once, looked up by its own keys (stage 1, the full rules),
    answers as a typo (FUZZY).  At most :data:`MAX_DOUBLED` such mentions; the number of
    names kept."""
    found, tried = 0, 0
    for i, token in enumerate(tokens):
        if token.group is not None or token.initial or token.patronymic:
            continue
        text = token.text
        once = {text[:j] + text[j + 1 :] for j in range(1, len(text)) if text[j] == text[j - 1]}
        for word in sorted(once):
            if tried >= MAX_DOUBLED:
                return found
            mention = " ".join(
                [t.text for t in tokens[:i]] + [word] + [t.text for t in tokens[i + 1 :]]
            )
            fixed = _name_tokens(mention)
            if len(fixed) != len(tokens) or fixed[i].key == token.key:
                continue  # the key already merges the double (stage 1 read it)
            tried += 1
            for answer in index._own(mention, fixed, full_words(fixed)):
                keep(answer.id, answer.name, _as_typo(answer.match))
                found += 1
    return found


def _as_typo(match: NameMatch) -> NameMatch:
    """A match of the mention with a letter written once, as a typo of the mention."""
    via = ("typo", *(v for v in match.via if v != "typo"))
    return NameMatch(MatchKind.FUZZY, round(0.6 * match.score, 3), via)


_name_tokens = name_tokens.__wrapped__  # (not through the cache: these names are made up)


def _near_keys(
    index: Index, key: str, text: str, one_edit: set[str], *, far: bool = False
) -> list[str]:
    """The keys a word (``key``, written ``text``; ``one_edit``: its neighbours) may have been
    slipped from, in one step."""
    if far:
        keys = far_neighbours(key, index._near)
        keys |= swapped_keys(text, index._blocks)
        return sorted(keys - one_edit - {key})
    # A known surname is usually another person's, not a typo of a neighbour: first its own
    # bearers, whose spelling the rules refused (Pelivina / Пелевина: its vowels); then its
    # neighbours, only for a slip in the letters typed (_typed).
    near = [key] if key in index._known else []
    return near + sorted(one_edit)


def _typed(index: Index, word: Token, other: str, *, far: bool) -> bool:
    """Whether reading ``word`` as key ``other`` must show its slip in the letters typed: a
    key of the second step, or a neighbour of a surname the directory knows."""
    return far or (other != word.key and word.key in index._known)


def _pin(tokens: tuple[Token, ...], where: int) -> int | None:
    """The position of a surname-like full word (no listed given name, initial or patronymic)
    of the mention other than the one at ``where``, if any."""
    for i, token in enumerate(tokens):
        if i != where and token.group is None and not (token.initial or token.patronymic):
            return i
    return None


def _pinned(
    index: Index,
    tokens: tuple[Token, ...],
    where: int,
    pin: int,
    near: list[str],
    tried: set[str],
    keep: Keep,
    budget: list[int],
    *,
    far: bool,
) -> None:
    """The slip for a mention whose word at ``pin`` is a surname-like word other than the one
    read as slipped (at ``where``): the names are the bearers of its key among the blocks it
    meets, whose full word keyed in ``near`` - or, in the second step, starting alike and at
    most two letters longer or shorter - may be the slipped one."""
    pinned = tokens[pin]
    if pinned.key not in index._known or not (near or far) or budget[1] <= 0:
        return  # no name has the word typed right
    word = tokens[where]
    accept = _acceptor(word, near, tried, far=far)
    slots = index._collect(keys_around(tokens, pin, pinned.key))[: budget[1]]
    budget[1] -= len(slots)
    for slot, stored in zip(slots, index._names.pick(slots), strict=True):  # (rows in one call)
        own = stored[3]  # the words' keys
        for other in [w[1] for w in stored[2] if not (w[3] or w[5]) and accept(w[1])]:
            fixed = _read_as(tokens, where, other)  # (w: a full word, keyed as ``accept`` wants)
            if any(t.key not in own for t in full_words(fixed)) or budget[0] <= 0:
                continue
            budget[0] -= 1
            id_, name, entry = index._entry(slot)
            typed = _typed(index, word, other, far=far)
            match = typo_match(word, other, fixed, entry, typed=typed)
            if match is not None:
                keep(id_, name, match)


def _read_as(tokens: tuple[Token, ...], where: int, key: str) -> tuple[Token, ...]:
    """The mention with its word at ``where`` read as surname key ``key``."""
    return (*tokens[:where], tokens[where]._replace(key=key, skeleton=key), *tokens[where + 1 :])


def _acceptor(word: Token, near: list[str], tried: set[str], *, far: bool) -> Callable[[str], bool]:
    """Which keys of a pinned name's full words :func:`_pinned` reads as ``word`` slipped
    (``tried``: the keys the first step read)."""
    wanted = set(near)
    if not far:
        return wanted.__contains__
    first, size = word.key[:1], len(word.key)

    def accept(key: str) -> bool:
        if key in wanted:
            return True
        return key not in tried and key[:1] == first and abs(len(key) - size) <= 2

    return accept


def _block(
    index: Index,
    tokens: tuple[Token, ...],
    where: int,
    other: str,
    keep: Keep,
    budget: list[int],
    *,
    far: bool,
) -> None:
    """Grade the names of surname key ``other`` read for the mention's word at ``where``,
    spending ``budget`` (names graded, names sifted)."""
    typed = _typed(index, tokens[where], other, far=far)
    fixed = _read_as(tokens, where, other)
    slots = index._collect(keys_around(fixed, where, other))[: budget[1]]
    budget[1] -= len(slots)
    keys = [t.key for t in full_words(fixed)]
    for slot, row in zip(slots, index._names.pick(slots), strict=True):  # (rows in one call)
        if budget[0] <= 0:
            return
        if any(key not in row[3] for key in keys):  # (row[3]: its words' keys)
            continue  # a word without its key there (typo_match: None)
        budget[0] -= 1
        id_, name, entry = index._entry(slot)
        match = typo_match(tokens[where], other, fixed, entry, typed=typed)
        if match is not None:
            keep(id_, name, match)
