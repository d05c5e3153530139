"""resolve on Dask's distributed scheduler (2 workers) gives the one-process persons (issue 12)."""

from __future__ import annotations

import pytest

from belnews import NameIndex, resolve
from test_resolve import golden_texts

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")


def test_dask_distributed_two_workers_equals_one_process() -> None:
    from belnews.people.dask import resolve_bag, resolve_dask

    texts = golden_texts()
    index = NameIndex()
    index.add("Святлана Ціханоўская", id="Q57434385")
    expected = resolve(texts, index=index)
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            worker_dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        assert len(client.scheduler_info()["workers"]) == 2
        got = resolve_dask(texts, index=index, partitions=5)
        bag = dask_bag.from_sequence(list(reversed(texts)), npartitions=3)
        again = resolve_bag(bag, index=index)
    assert got == expected
    assert again == expected
    assert any(p.known and p.id == "Q57434385" for p in got)


def test_dask_sync_scheduler_equals_one_process() -> None:
    from belnews.people.dask import resolve_dask

    texts = golden_texts()[:6]
    assert resolve_dask(texts, partitions=4, scheduler="sync") == resolve(texts)


def test_dask_rejects_a_repeated_id_like_resolve() -> None:
    from belnews import DuplicateDocumentError
    from belnews.people.dask import resolve_dask

    texts = [("a", "Аляксандр Лукашэнка"), ("b", "Сяргей Ціханоўскі"), ("a", "Лукашэнка")]
    with pytest.raises(DuplicateDocumentError, match="'a'"):
        resolve(texts)
    with pytest.raises(DuplicateDocumentError, match="'a'"):  # in another partition
        resolve_dask(texts, partitions=3, scheduler="sync")


def test_dask_fewer_buckets_than_partitions_same_persons(monkeypatch: pytest.MonkeyPatch) -> None:
    from belnews.people import dask as people_dask

    monkeypatch.setattr(people_dask, "MAX_BUCKETS", 2)  # the cap (64) below 5 partitions
    texts = golden_texts()[:8]
    assert people_dask.resolve_dask(texts, partitions=5, scheduler="sync") == resolve(texts)
