"""Group name mentions into persons: blocking, clustering inside a block, merging.

The steps are pure functions on plain tuples, so the one-process :func:`belnews.resolve` and the
Dask version (:mod:`belnews.people.dask`) run the very same code and give the same persons:

1. :func:`records_of` turns the mentions of one document into :data:`Record` tuples, each with
   its **block**: the key of the mention's surname (its longest word that is not a listed given
   name or an initial; the given-name group for a name made only of given names);
2. :func:`cluster_block` clusters the records of one block, in an order of its own (sorted), so
   the result does not depend on how records arrived;
3. :func:`belnews.people.finalize.finalize` names the clusters, looks them up in an index and
   merges clusters that the index says are one person.

Inside a block, mentions are grouped by :func:`belnews.name_key` of their nominative.  **Full
names** (a surname and another word) are joined when :func:`belnews.match_names` matches them
(compared only within the same surname and first letter).  A **partial name** (a bare surname,
an initial and a surname, a lone given name) joins the one full-name person it matches; when it
matches none or several (two Lukashenkas), it stays a person of its own: relatives and namesakes
are never merged by a bare surname.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from belnews.names import NameMention
from belnews.names._blocking import composite_keys, name_tokens, surname_keys
from belnews.names.match import graded

__all__ = ["Record", "block_of", "cluster_block", "records_of"]


class Record(NamedTuple):
    """One mention, as the clustering sees it (plain values: cheap to pickle and shuffle)."""

    block: str
    key: str  #: name_key of the nominative
    base: str  #: the nominative
    doc: str
    start: int
    end: int
    surface: str


def block_of(base: str) -> str:
    """The blocking key of a name: its longest surname key (see the module docstring)."""
    tokens = name_tokens(base)
    keys = sorted(surname_keys(tokens), key=lambda k: (-len(k), k))
    if keys:
        return keys[0]
    groups = sorted(t.key for t in tokens if not t.patronymic)
    return groups[0] if groups else ""


def records_of(doc: str, mentions: Iterable[NameMention]) -> list[Record]:
    """The records of one document's mentions.

    A partial mention that fits exactly one full name of the same document is read as that
    name (see :func:`_local_owner`): in one article, "Maria" after "Maria Kolesnikova" is her.
    """
    mentions = list(mentions)
    full = {m.key: m.base for m in mentions if _is_full(m.base)}
    out = []
    for m in mentions:
        key, base = m.key, m.base
        if full and key not in full:
            owner = _local_owner(base, full)
            if owner is not None:
                key, base = owner, full[owner]
        out.append(Record(block_of(base), key, base, doc, m.start, m.end, m.surface))
    return out


def _local_owner(base: str, full: dict[str, str]) -> str | None:
    """The key of the one full name of a document a partial mention stands for, if one.

    A single word (a given name or a surname) belongs to the full names that have a word with
    its key; anything else (an initial and a surname) to those the matcher matches.  Two or
    more candidates (the Cichanoŭskis, husband and wife) leave the mention as it is.
    """
    words = [t for t in name_tokens(base) if not t.patronymic]
    if len(words) == 1 and not words[0].initial:
        owners = [k for k, b in full.items() if words[0].key in {t.key for t in name_tokens(b)}]
    else:
        owners = [k for k, b in full.items() if _same_person(base, b)]
    return owners[0] if len(owners) == 1 else None


def _same_person(a: str, b: str) -> bool:
    """:func:`belnews.match_names` says one person (without naming the romanization systems
    in ``via``, which costs transliterating the pair in every system)."""
    return (graded(a, b) if a <= b else graded(b, a)).is_match


def _is_full(base: str) -> bool:
    words = [t for t in name_tokens(base) if not t.patronymic and not t.initial]
    return len(words) >= 2


class _Union:
    def __init__(self, items: Iterable[str]) -> None:
        self.parent = {item: item for item in items}

    def find(self, item: str) -> str:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _representatives(records: list[Record]) -> dict[str, str]:
    """key -> its most frequent nominative (ties: the smallest string)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for record in records:
        counts[record.key][record.base] += 1
    return {key: min(bases, key=lambda b: (-bases[b], b)) for key, bases in sorted(counts.items())}


def _full_clusters(full: dict[str, str]) -> dict[str, list[str]]:
    """Union the full names that match, comparing only those that share a composite key."""
    union = _Union(full)
    by_composite: dict[str, list[str]] = defaultdict(list)
    for key, base in full.items():
        tokens = name_tokens(base)
        for composite in sorted(composite_keys(tokens, surname_keys(tokens))):
            by_composite[composite].append(key)
    compared: set[tuple[str, str]] = set()
    for keys in by_composite.values():
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                if (a, b) in compared or union.find(a) == union.find(b):
                    continue
                compared.add((a, b))
                if _same_person(full[a], full[b]):
                    union.join(a, b)
    clusters: dict[str, list[str]] = defaultdict(list)
    for key in full:
        clusters[union.find(key)].append(key)
    return clusters


def _attach(
    partial: dict[str, str], full: dict[str, str], clusters: dict[str, list[str]]
) -> dict[str, str]:
    """partial key -> the root of the one full cluster it matches (absent when 0 or several)."""
    out: dict[str, str] = {}
    for key, base in partial.items():
        roots = {
            root
            for root, members in clusters.items()
            if any(_same_person(base, full[member]) for member in members)
        }
        if len(roots) == 1:
            out[key] = roots.pop()
    return out


def cluster_block(records: Iterable[Record]) -> list[tuple[Record, ...]]:
    """The persons of one block: each a tuple of records sorted by (doc, start, end)."""
    ordered = sorted(records)
    reps = _representatives(ordered)
    full = {key: base for key, base in reps.items() if _is_full(base)}
    partial = {key: base for key, base in reps.items() if key not in full}
    clusters = _full_clusters(full)
    attached = _attach(partial, full, clusters)
    root_of = {key: root for root, members in clusters.items() for key in members}
    root_of.update(attached)
    groups: dict[str, list[Record]] = defaultdict(list)
    for record in ordered:
        groups[root_of.get(record.key, "~" + record.key)].append(record)
    persons = [
        tuple(sorted(group, key=lambda r: (r.doc, r.start, r.end))) for group in groups.values()
    ]
    return sorted(persons, key=lambda p: (p[0].doc, p[0].start, p[0].key))
