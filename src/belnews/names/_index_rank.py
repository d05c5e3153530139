"""Cheap word tests and the order of answers for :class:`belnews.NameIndex`.

- :func:`plausible` and :func:`spelling`: may a word of a mention be another spelling of a
  directory word whose key differs (the cheap test first, then the word rules);
- :func:`likeness`: how alike two words start, to look at the most alike names first;
- :func:`best_first`: the order of answers (score, kind, id).
"""

from __future__ import annotations

import heapq
from collections.abc import Hashable
from typing import Any, Protocol

from belnews.names._rules import link
from belnews.names._rules_foreign import foreign_skeletons
from belnews.names._tokens import Token
from belnews.names.models import MatchKind, NameMatch

__all__ = ["best_first", "likeness", "most_alike", "plausible", "spelling"]


def plausible(word: Token, other: Token) -> bool:
    """Two words a word rule may link although their keys differ (the cheap part of the rules:
    they keep the first sound, except я/е, given names, double surnames, foreign spellings)."""
    first, second = word.skeleton[:1], other.skeleton[:1]
    if first == second or (word.group or other.group) or {first, second} <= {"j", "e"}:
        return True
    return "-" in word.skeleton + other.skeleton or other.skeleton in foreign_skeletons(word.text)


def spelling(word: Token, other: Token) -> bool:
    """A word rule links the two words, as a spelling (CROSS_LANGUAGE or better, or lexical)
    when both are surnames; a given name may also be one sound off (Ualdzimir)."""
    found = link(word, other)
    if found is None:
        return False
    given = word.group is not None or other.group is not None
    return given or found.lexical or found.kind >= MatchKind.CROSS_LANGUAGE


def _shared_start(a: str, b: str) -> int:
    """How many first letters ``a`` and ``b`` share."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def likeness(word: Token, entry: tuple[tuple[Any, ...], ...]) -> int:
    """How many first letters ``word``'s skeleton shares with the closest word of ``entry``
    (words as plain tuples: the skeleton is the third field)."""
    best = 0
    for other in entry:
        n = _shared_start(word.skeleton, other[2])
        if n > best:
            best = n
    return best


def most_alike(
    near: list[tuple[int, Token]], rows: list[tuple[Any, ...]], count: int
) -> list[tuple[tuple[int, Token], tuple[Any, ...]]]:
    """The first ``count`` of ``near`` (slot, word) with their ``rows``, the most alike first
    (:func:`likeness` of the word and the row's words): the first ``count`` of a stable sort
    (ties keep the slots' order), without sorting the rest (:func:`heapq.nsmallest`)."""
    paired = zip(near, rows, strict=True)
    return heapq.nsmallest(count, paired, key=lambda pair: -likeness(pair[0][1], pair[1][2]))


class Answer(Protocol):
    """What :func:`best_first` reads of an answer (a :class:`belnews.Candidate`)."""

    @property
    def id(self) -> Hashable: ...
    @property
    def name(self) -> str: ...
    @property
    def match(self) -> NameMatch: ...


def best_first(answer: Answer) -> tuple[float, int, str]:
    """Score, then kind, then id: the order of the answers (and of one id's names)."""
    return (-answer.match.score, -int(answer.match.kind), str(answer.id))
