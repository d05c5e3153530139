"""The corpus resolution on Dask: find names → blocking keys → shuffle → cluster per block → merge.

Needs ``dask[bag]`` (``pip install "belnews[scale]"``; ``distributed`` for a cluster).  Each step
is the function :func:`belnews.resolve` runs in one process, so the persons are the same:

1. every partition of documents becomes mention records with their blocking key
   (:func:`belnews.people.cluster.records_of`);
2. the records are grouped by block (a shuffle: all mentions of one surname meet on one worker);
3. each block is clustered (:func:`belnews.people.cluster.cluster_block`);
4. the clusters come back to the client, which looks them up in the index (if any), merges the
   clusters the index says are one person and numbers the new ones
   (:func:`belnews.people.finalize.finalize`).

Only mention records (a few dozen bytes each) cross the network, never the texts a partition
read.  With a ``dask.distributed.Client`` created first, the bag runs on its cluster.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any

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


def _block(record: Record) -> str:
    return record[0]  # a disk shuffle may hand records back as plain lists


def _cluster(item: tuple[str, list[Record]]) -> list[tuple[Record, ...]]:
    return cluster_block(Record(*record) for record in item[1])


def resolve_bag(
    bag: Any, /, *, index: NameIndex | None = None, scheduler: Any = None
) -> Resolution:
    """Resolve a ``dask.bag.Bag`` of ``(doc_id, document)`` pairs into persons.

    ``scheduler`` is passed to ``compute`` (``None``: the active ``distributed`` client, or
    Dask's default).  The result equals :func:`belnews.resolve` on the same pairs.
    """
    count = bag.count()
    records = bag.map_partitions(records_of_partition)
    clusters = records.groupby(_block).map(_cluster).flatten()
    dask: Any = importlib.import_module("dask")  # untyped: imported only when used
    documents, found = dask.compute(count, clusters, scheduler=scheduler)
    return finalize(found, index=index, documents=int(documents))


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
