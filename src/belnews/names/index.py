"""``NameIndex``: resolve name mentions against many canonical names, fast.

Names are added with an id (``index.add("Святлана Ціханоўская", id="Q...")``); a lookup blocks
on word keys - only names that share a surname key (or, for a name made only of given names, a
given-name group) with the mention are compared - and grades those with the same rules as
:func:`belnews.match_names`.  Inflected mentions are blocked on their nominatives too, so
"Ціханоўскай" finds "Sviatlana Tsikhanouskaya".

The index holds the parsed words of each name and a dict of blocks (an int for a key with one
bearer, an array of ints otherwise: nothing the garbage collector has to walk).  It pickles, so
a built index can be shipped to worker processes; unpickling recomputes what grading needs of
the indexed names, once.  A relative found only by a PHONETIC, foreign-reading or ў/л link is
not found by the blocking; compare such pairs with :func:`belnews.match_names` directly.
"""

from __future__ import annotations

from array import array
from collections.abc import Hashable

import attrs

from belnews.errors import ensure_str
from belnews.names._tokens import Token, word_fine
from belnews.names.key import tokens_of
from belnews.names.match import (
    _LOOSE_INITIALS,
    _base_skeletons,
    _group_initials,
    fold_word,
    grade_parsed,
)
from belnews.names.models import NameMatch

__all__ = ["Candidate", "NameIndex"]


@attrs.frozen
class Candidate:
    """One answer of :meth:`NameIndex.lookup`: the id and name that were added, and the match."""

    id: Hashable
    name: str
    match: NameMatch


def _initials_of(token: Token) -> frozenset[str]:
    """First skeleton letters a given name (or an initial) may start with in any spelling."""
    if token.initial:
        return frozenset(_LOOSE_INITIALS.get(token.skeleton[:1], token.skeleton[:1]))
    return _group_initials(token.group) if token.group else frozenset(token.skeleton[:1])


def _keys(tokens: tuple[Token, ...], *, inflected: bool) -> tuple[set[str], set[str]]:
    """(surname keys, composite keys) of a name.

    Surname keys are the keys of the words that are not listed given names (of every full word
    when none is listed).  A composite key joins a surname key with a first letter the name's
    other word may start with in any spelling ("lakasanka|a"), so "Aliaksandr Lukashenka" is
    compared only with the Lukashenkas whose other name starts like Aliaksandr; a name of one
    word has the composite "<key>|*".
    """
    words = [t for t in tokens if not t.patronymic]
    full = [t for t in words if not t.initial]
    surnames = [t for t in full if t.group is None] or full
    keys = {t.key for t in surnames}
    bases: dict[str, set[str]] = {t.key: {t.key} for t in surnames}
    if inflected:
        for token in surnames:
            bases[token.key].update(_base_skeletons(token.text)[:2])
        keys = set().union(*bases.values()) if bases else keys
    composite: set[str] = set()
    if len(words) == 1:
        composite.update(f"{key}|*" for key in keys)
    for surname in surnames:
        for other in words:
            if other is surname:
                continue
            for letter in _initials_of(other):
                composite.update(f"{key}|{letter}" for key in bases[surname.key])
    return keys, composite


def _best_first(candidate: Candidate) -> tuple[float, int, str]:
    return (-candidate.match.score, -int(candidate.match.kind), str(candidate.id))


def _warm(tokens: tuple[Token, ...]) -> None:
    """Compute now what grading needs of an indexed name (fine skeletons, folds), so that a
    lookup pays only for the mention."""
    for token in tokens:
        word_fine(token.text)
        fold_word(token.text)


class NameIndex:
    """Canonical names by id, looked up by any spelling or inflected form of a name.

    >>> index = NameIndex()
    >>> index.add("Святлана Ціханоўская", id=1)
    >>> index.add("Сяргей Ціханоўскі", id=2)
    >>> [(c.id, c.match.kind.name) for c in index.lookup("Sviatlana Tsikhanouskaya")]
    [(1, 'TRANSLIT')]
    >>> [c.id for c in index.lookup("Ціханоўскай")]
    [1]
    """

    def __init__(self) -> None:
        # A block is one slot (an int) or an array of slots: neither is tracked by the garbage
        # collector, so a big index does not make every full collection long.
        self._names: list[tuple[Hashable, str, tuple[Token, ...]]] = []
        self._blocks: dict[str, int | array[int]] = {}

    def __len__(self) -> int:
        return len(self._names)

    def add(self, name: str, /, *, id: Hashable) -> None:  # "id" is the documented API
        """File ``name`` under ``id`` (the same id may be added with several names)."""
        name = ensure_str(name, "name")
        tokens = tokens_of(name)
        _warm(tokens)
        slot = len(self._names)
        self._names.append((id, name, tokens))
        surname_keys, composite = _keys(tokens, inflected=False)
        for key in surname_keys | composite:  # a bare surname finds every bearer
            block = self._blocks.get(key)
            if block is None:
                self._blocks[key] = slot  # most keys have one bearer
            elif isinstance(block, int):
                self._blocks[key] = array("l", (block, slot))
            else:
                block.append(slot)

    def lookup(self, mention: str, /, *, limit: int = 10) -> tuple[Candidate, ...]:
        """The names that match ``mention``, best first (at most ``limit``).

        The mention's own keys are tried first; its possible nominatives (an inflected
        "Ціханоўскай") only when those find nothing.
        """
        if type(mention) is not str:
            mention = ensure_str(mention, "mention")
        tokens = tokens_of(mention)
        found = self._grade(mention, tokens, inflected=False)
        if not found:
            found = self._grade(mention, tokens, inflected=True)
        if len(found) > 1:
            found.sort(key=_best_first)
        return tuple(found[:limit])

    def _grade(
        self, mention: str, tokens: tuple[Token, ...], *, inflected: bool
    ) -> list[Candidate]:
        surname_keys, composite = _keys(tokens, inflected=inflected)
        if composite and len([t for t in tokens if not t.patronymic]) > 1:
            # A full name: the same surname with a fitting other name, or the bare surname.
            wanted = composite | {f"{key}|*" for key in surname_keys}
        else:
            wanted = surname_keys  # a bare surname: every bearer
        slots: set[int] = set()
        blocks = self._blocks
        for key in wanted:
            block = blocks.get(key)
            if block is not None:
                if isinstance(block, int):
                    slots.add(block)
                else:
                    slots.update(block)
        found = []
        for slot in slots:
            id_, name, name_tokens = self._names[slot]
            if mention <= name:
                match = grade_parsed(mention, tokens, name, name_tokens)
            else:
                match = grade_parsed(name, name_tokens, mention, tokens)
            if match.is_match:
                found.append(Candidate(id_, name, match))
        return found

    def __getstate__(self) -> dict[str, object]:
        return {"names": self._names, "blocks": self._blocks}

    def __setstate__(self, state: dict[str, object]) -> None:
        self._names = state["names"]  # type: ignore[assignment]
        self._blocks = state["blocks"]  # type: ignore[assignment]
        for _, _, tokens in self._names:  # a worker warms its caches once, not per lookup
            _warm(tokens)
