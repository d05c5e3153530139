"""The names a :class:`belnews.NameIndex` has filed, by slot, kept out of the garbage collector.

A list is always tracked by the garbage collector, and every full collection visits each of its
items: a 1M directory's list of 1.8M names made each one walk 1.8M entries.  :class:`Rows` keeps
the rows in full chunks of :data:`CHUNK` as tuples (a tuple of untracked rows is untracked once
the collector has seen it) and only the last, growing chunk as a list.

Safe to read while one thread appends: a reader takes the growing chunk before it counts the
full ones, and a full chunk is moved by making a new growing list, never by emptying the old.
"""

from __future__ import annotations

from array import array
from collections.abc import Hashable, Iterable, Iterator, Sequence
from operator import itemgetter
from typing import Any, overload

__all__ = ["CHUNK", "Row", "Rows", "as_block", "swapped_block", "with_keys"]

#: Rows per full chunk (a power of two: a slot's chunk is a shift away).
CHUNK = 1 << 12
_SHIFT = CHUNK.bit_length() - 1
_MASK = CHUNK - 1

#: One filed name: its id, the name as added, its words as plain tuples, and the words' keys
#: (the second field of each word: what the index's stages test for every slot of a block).
#: (Typed as a tuple of any length: readers of the first three fields take it as theirs.)
Row = tuple[Any, ...]


_KEY = itemgetter(1)  # a word's key (the second field of its plain tuple)


def with_keys(row: tuple[Hashable, str, tuple[tuple[Any, ...], ...]]) -> Row:
    """A saved row (id, name, words) with its words' keys, as the index keeps it."""
    id_, name, words = row
    return (id_, name, words, tuple([word[1] for word in words]))


class Rows(Sequence[Row]):
    """The rows by slot (append only).

    >>> rows = Rows((i, str(i), (), ()) for i in range(CHUNK + 2))
    >>> len(rows), rows[CHUNK + 1][0], rows[-1][0], rows[5][1]
    (4098, 4097, 4097, '5')
    """

    __slots__ = ("_full", "_tail")

    def __init__(self, rows: Iterable[Row] = ()) -> None:
        self._full: list[tuple[Row, ...]] = []
        self._tail: list[Row] = []
        for row in rows:
            self.append(row)

    def add(self, row: Row) -> int:
        """:meth:`append` ``row`` and give its slot (one call where a build made two)."""
        tail = self._tail
        slot = len(self._full) * CHUNK + len(tail)
        tail.append(row)
        if len(tail) == CHUNK:
            self._full.append(tuple(tail))
            self._tail = []  # (as append)
        return slot

    def append(self, row: Row) -> None:
        tail = self._tail
        tail.append(row)
        if len(tail) == CHUNK:
            self._full.append(tuple(tail))
            self._tail = []  # (a reader holding the old list still finds its rows there)

    @overload
    def __getitem__(self, slot: int) -> Row: ...
    @overload
    def __getitem__(self, slot: slice) -> Sequence[Row]: ...
    def __getitem__(self, slot: int | slice) -> Row | Sequence[Row]:
        if type(slot) is not int:
            return list(self)[slot]  # (slices and bools: not on the lookup path)
        tail = self._tail  # first: see the module docstring
        full = self._full
        if slot < 0:
            slot += len(full) * CHUNK + len(tail)
            if slot < 0:
                raise IndexError("row index out of range")
        chunk = slot >> _SHIFT
        if chunk < len(full):
            return full[chunk][slot & _MASK]
        return tail[slot - len(full) * CHUNK]

    def pick(self, slots: Iterable[int]) -> list[Row]:
        """The rows at ``slots`` (each in ``range(len(self))``), in one call."""
        tail = self._tail  # first: see the module docstring
        full = self._full
        start = len(full) * CHUNK  # the first slot of the growing chunk
        return [full[s >> _SHIFT][s & _MASK] if s < start else tail[s - start] for s in slots]

    def saved(self) -> list[tuple[Any, ...]]:
        """The rows as the save format keeps them: (id, name, words), without the keys."""
        return [row[:3] for row in self]

    @classmethod
    def from_saved(cls, rows: Iterable[tuple[Any, ...]]) -> Rows:
        """Rows from :meth:`saved`'s list (each with its words' keys again, as
        :func:`with_keys`: one comprehension, not a call per row - a load makes every row)."""
        key = _KEY
        return cls([(id_, name, words, tuple(map(key, words))) for id_, name, words in rows])

    def __len__(self) -> int:
        return len(self._full) * CHUNK + len(self._tail)

    def __iter__(self) -> Iterator[Row]:
        """The rows in order (as of now; for a save or a copy, not while an add runs)."""
        full, tail = list(self._full), list(self._tail)
        for chunk in full:
            yield from chunk
        yield from tail


def as_block(slots: Iterable[int] | bytearray) -> bytearray:
    """A block as a bytearray of 4-byte slots (a block of /3 was an array of slots)."""
    if type(slots) is bytearray:
        return slots
    return bytearray(array("I", slots).tobytes())


def swapped_block(block: bytearray) -> bytearray:
    """A block written on a machine of the other byte order, in this machine's order."""
    slots = array("I", bytes(block))
    slots.byteswap()
    return bytearray(slots.tobytes())
