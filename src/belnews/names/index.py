"""``NameIndex``: resolve name mentions against many canonical names, fast.

Names are added with an id (``index.add("Святлана Ціханоўская", id="Q...")``); a lookup blocks
on word keys - only names that share a surname key (or, for a name made only of given names, a
given-name group) with the mention are compared - and grades those with the same rules as
:func:`belnews.match_names`.  Inflected mentions are blocked on their nominatives too, so
"Ціханоўскай" finds "Sviatlana Tsikhanouskaya".

The index holds plain dicts, lists and strings: it pickles, so a built index can be shipped to
worker processes.  A PHONETIC-only relative (one sound off in the surname) is not found by the
blocking; compare such pairs with :func:`belnews.match_names` directly.
"""

from __future__ import annotations

from collections.abc import Hashable

import attrs

from belnews.errors import ensure_str
from belnews.names._tokens import Token, parse_name
from belnews.names.forms import base_candidates
from belnews.names.match import graded
from belnews.names.models import NameMatch

__all__ = ["Candidate", "NameIndex"]


@attrs.frozen
class Candidate:
    """One answer of :meth:`NameIndex.lookup`: the id and name that were added, and the match."""

    id: Hashable
    name: str
    match: NameMatch


def _block_keys(tokens: tuple[Token, ...], *, inflected: bool) -> set[str]:
    """The keys a name is filed under: its surname keys, else its given-name keys."""
    full = [t for t in tokens if not t.initial and not t.patronymic]
    surnames = [t for t in full if t.group is None]
    keys = {t.key for t in (surnames or full)}
    if inflected:
        for token in surnames or full:
            for base in base_candidates(token.text)[:2]:
                keys.update(t.key for t in parse_name(base))
    return keys


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
        self._names: list[tuple[Hashable, str]] = []
        self._blocks: dict[str, list[int]] = {}

    def __len__(self) -> int:
        return len(self._names)

    def add(self, name: str, /, *, id: Hashable) -> None:  # "id" is the documented API
        """File ``name`` under ``id`` (the same id may be added with several names)."""
        name = ensure_str(name, "name")
        slot = len(self._names)
        self._names.append((id, name))
        for key in _block_keys(parse_name(name), inflected=False):
            self._blocks.setdefault(key, []).append(slot)

    def lookup(self, mention: str, /, *, limit: int = 10) -> tuple[Candidate, ...]:
        """The names that match ``mention``, best first (at most ``limit``)."""
        mention = ensure_str(mention, "mention")
        slots: set[int] = set()
        for key in _block_keys(parse_name(mention), inflected=True):
            slots.update(self._blocks.get(key, ()))
        found = []
        for slot in slots:
            id_, name = self._names[slot]
            match = graded(mention, name) if mention <= name else graded(name, mention)
            if match.is_match:
                found.append(Candidate(id_, name, match))
        found.sort(key=lambda c: (-c.match.score, -int(c.match.kind), str(c.id)))
        return tuple(found[:limit])

    def __getstate__(self) -> dict[str, object]:
        return {"names": self._names, "blocks": self._blocks}

    def __setstate__(self, state: dict[str, object]) -> None:
        self._names = state["names"]  # type: ignore[assignment]
        self._blocks = state["blocks"]  # type: ignore[assignment]
