"""The corpus resolution on Dask: find names → blocking keys → shuffle → cluster per block → merge.

Needs ``dask[bag]`` (``pip install "belnews[scale]"``; ``distributed`` for a cluster).  Each step
is the function :func:`belnews.resolve` runs in one process, so the persons are the same:

1. every partition of documents becomes mention records with their blocking key
   (:func:`belnews.people.cluster.records_of`);
2. the records are grouped by block (a shuffle by bucket of blocks: all mentions of one surname
   meet on one worker);
3. each block is clustered (:func:`belnews.people.cluster.cluster_block`);
4. the clusters come back to the client, which looks them up in the index (if any), merges the
   clusters the index says are one person and numbers the new ones
   (:func:`belnews.people.finalize.finalize`).

Only mention records (a few dozen bytes each) cross the network, never the texts a partition
read.  With a ``dask.distributed.Client`` created first, the bag runs on its cluster.
"""

from __future__ import annotations

import importlib
import zlib
from collections.abc import Iterable
from typing import Any

from belnews.errors import DuplicateDocumentError
from belnews.names import NameIndex
from belnews.people.cluster import Record, cluster_block, records_of
from belnews.people.finalize import finalize
from belnews.people.models import Resolution
from belnews.people.resolver import _check_doc, mentions_of

__all__ = ["records_of_partition", "resolve_bag", "resolve_dask"]


def records_of_partition(pairs: Iterable[tuple[str, Any]]) -> list[Record]:
    """The mention records of a partition of ``(doc_id, document)`` pairs."""
    out: list[Record] = []
    for doc_id, obj in pairs:
        out.extend(records_of(_check_doc(doc_id), mentions_of(obj)))
    return out


#: The most buckets of :func:`resolve_bag`'s shuffle (each partition sends one piece to each).
MAX_BUCKETS = 64


def _bucket(block: str, buckets: int) -> int:
    """The bucket of a block: a stable hash (not ``hash``, which differs between processes)."""
    return zlib.crc32(block.encode("utf-8", "surrogatepass")) % buckets


def _split(records: list[Record], buckets: int) -> list[list[Record]]:
    """A partition's records by bucket (the send side of the shuffle)."""
    out: list[list[Record]] = [[] for _ in range(buckets)]
    for record in records:
        out[_bucket(record[0], buckets)].append(record)
    return out


def _cluster_bucket(parts: list[list[Record]]) -> list[tuple[Record, ...]]:
    """Every block of one bucket, clustered (the receive side: the same bucket of every
    partition, so all mentions of a block meet here)."""
    blocks: dict[str, list[Record]] = {}
    for part in parts:
        for record in part:
            blocks.setdefault(record[0], []).append(Record(*record))
    return [c for _, records in sorted(blocks.items()) for c in cluster_block(records)]


def resolve_bag(
    bag: Any, /, *, index: NameIndex | None = None, scheduler: Any = None
) -> Resolution:
    """Resolve a ``dask.bag.Bag`` of ``(doc_id, document)`` pairs into persons.

    ``scheduler`` is passed to ``compute`` (``None``: the active ``distributed`` client, or
    Dask's default).  The result equals :func:`belnews.resolve` on the same pairs; like it, an
    id given twice raises :class:`~belnews.errors.DuplicateDocumentError` (once every partition
    is read: the ids come back to the client).

    The shuffle is by hand: each partition splits its records into buckets (by a stable hash
    of the block; as many as there are partitions, at most :data:`MAX_BUCKETS`), and bucket *i*
    of every partition is clustered in one task - one message per partition and bucket, where a
    bag ``groupby`` moves and regroups each record on its own.  The cap keeps the graph at
    most ``64 * npartitions`` edges (not ``npartitions**2``); a bucket holds whole blocks, so
    the persons do not depend on the number of buckets.
    """
    dask: Any = importlib.import_module("dask")  # untyped: imported only when used
    delayed = dask.delayed
    buckets = max(1, min(bag.npartitions, MAX_BUCKETS))
    parts = bag.map_partitions(records_of_partition).to_delayed()
    ids = bag.map_partitions(_ids_of_partition).to_delayed()
    split = [delayed(_split, nout=buckets)(part, buckets) for part in parts]
    clustered = [delayed(_cluster_bucket)([s[i] for s in split]) for i in range(buckets)]
    doc_ids, found = dask.compute(ids, clustered, scheduler=scheduler)
    documents = _count_distinct(doc_id for part in doc_ids for doc_id in part)
    return finalize((c for bucket in found for c in bucket), index=index, documents=documents)


def _ids_of_partition(pairs: Iterable[tuple[str, Any]]) -> list[str]:
    """The document ids of a partition (only they come back to the client, not the texts)."""
    return [_check_doc(doc_id) for doc_id, _ in pairs]


def _count_distinct(doc_ids: Iterable[str]) -> int:
    """How many documents there are; an id seen twice raises :class:`DuplicateDocumentError`,
    as :meth:`belnews.Resolver.add` does."""
    seen: set[str] = set()
    for doc_id in doc_ids:
        if doc_id in seen:
            raise DuplicateDocumentError(doc_id)
        seen.add(doc_id)
    return len(seen)


def resolve_dask(
    items: Iterable[tuple[str, Any]],
    /,
    *,
    index: NameIndex | None = None,
    partitions: int = 8,
    scheduler: Any = None,
) -> Resolution:
    """:func:`resolve_bag` over in-memory ``(doc_id, document)`` pairs, in ``partitions`` parts."""
    db: Any = importlib.import_module("dask.bag")

    pairs = list(items)
    bag = db.from_sequence(pairs, npartitions=max(1, min(partitions, len(pairs) or 1)))
    return resolve_bag(bag, index=index, scheduler=scheduler)
