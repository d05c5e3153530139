"""Parse a JSON Lines corpus of news articles with belnews on a local Dask cluster.

When one process is not enough, belnews scales out the way any pure Python function does: its
functions and results are picklable and keep no global mutable state, so a Dask bag can ship
``parse_article`` to worker processes and bring the frozen results back.  Nothing here is specific
to belnews except the three lines in :func:`parse_record`.

Input: JSON Lines, one article per line, ``{"id": ..., "text": ..., "url": ...}`` (``url``
optional; ``text`` is plain text or HTML).  Output: a directory of JSON Lines part files, one parsed
article per line: ``{"id": ..., "article": Article.to_dict(), "keys": [...]}`` with every name found
in the body and its matching key, or ``{"id": ..., "error": ...}`` for a record that could not be
parsed (one bad record never stops the run).

Run it (``pip install "belnews[scale]"``)::

    python examples/dask_pipeline.py corpus.jsonl parsed/ --workers 2

It uses dask.bag's multiprocessing scheduler: a local cluster of worker processes with nothing to
install beyond ``dask[bag]``.  On a real cluster, create a ``dask.distributed.Client`` first and
call ``run(..., scheduler=None)``: the same bag then runs there unchanged.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

# Bytes of JSON Lines per partition: at most about 3,000 articles, at least a few.
MAX_BLOCKSIZE = 16 * 2**20
MIN_BLOCKSIZE = 2**14


def parse_record(record: dict[str, Any]) -> dict[str, Any]:
    """Parse one corpus record into a JSON-ready row; a bad record becomes an error row."""
    import belnews  # imported on the worker, where the function runs

    record_id = record.get("id")
    try:
        article = belnews.parse_article(record["text"], url=record.get("url"))
    except (KeyError, TypeError, belnews.BelnewsError) as exc:
        return {"id": record_id, "error": f"{type(exc).__name__}: {exc}"}
    keys = sorted({mention.key for mention in article.names})
    return {"id": record_id, "article": article.to_dict(), "keys": keys}


def parse_partition(lines: Iterable[str]) -> list[str]:
    """Parse one partition of JSON Lines into output JSON Lines (what each Dask task runs)."""
    rows = []
    for line in lines:
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            row: dict[str, Any] = {"id": None, "error": f"JSONDecodeError: {exc}"}
        else:
            row = parse_record(record if isinstance(record, dict) else {"text": record})
        rows.append(json.dumps(row, ensure_ascii=False))
    return rows


def run(
    source: str | Path,
    output_dir: str | Path,
    *,
    workers: int = 2,
    partitions: int | None = None,
    scheduler: str | None = "processes",
) -> int:
    """Parse ``source`` into ``output_dir/part-*.jsonl`` and return the number of articles written.

    ``partitions`` defaults to a few per worker, so that a slow partition does not leave the other
    workers idle at the end.  ``scheduler=None`` keeps Dask's current default, which is the
    cluster once a ``dask.distributed.Client`` has been created.
    """
    import dask
    import dask.bag as db

    # Each task reads its own block of the file, cut at line boundaries: no task holds the whole
    # corpus and no data passes through the scheduler.  A small corpus is cut into a few blocks per
    # worker, so that every worker gets some of it.
    wanted = partitions or max(1, 4 * workers)
    blocksize = min(MAX_BLOCKSIZE, max(MIN_BLOCKSIZE, -(-Path(source).stat().st_size // wanted)))
    lines = db.read_text(str(source), blocksize=blocksize)
    parsed = lines.map_partitions(parse_partition)
    output = Path(output_dir)
    output.mkdir(parents=True, exist_ok=True)
    # chunksize=1: hand out one partition at a time (Dask's local schedulers batch six by default,
    # which leaves a worker idle when there are only a few partitions each).
    settings = {"scheduler": scheduler, "num_workers": workers, "chunksize": 1}
    with dask.config.set({} if scheduler is None else settings):
        written = parsed.to_textfiles(str(output / "part-*.jsonl"), encoding="utf-8")
    # Count from the output rather than with a second Dask result: asking for parsed.count() too
    # would make Dask parse every partition twice.
    return sum(_count_lines(path) for path in written)


def _count_lines(path: str) -> int:
    with open(path, "rb") as stream:
        return sum(1 for _ in stream)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("source", help="JSON Lines corpus: one {'id', 'text', 'url'} per line")
    parser.add_argument("output_dir", help="directory for the part-*.jsonl output files")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--partitions", type=int, default=None, help="default: 4 per worker")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    count = run(args.source, args.output_dir, workers=args.workers, partitions=args.partitions)
    elapsed = time.perf_counter() - started
    print(
        f"{count} articles -> {args.output_dir} in {elapsed:.1f} s "
        f"({count / elapsed:.0f} articles/s, {args.workers} workers)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
