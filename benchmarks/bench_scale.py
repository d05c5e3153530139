"""Articles/s of the Dask example: one core in-process vs one and two Dask worker processes.

Builds a JSON Lines corpus from the shared news pages (``../shared/data/news``, repeated to
``--articles``; the bundled Pozirk example when ``../shared`` is absent) and parses it three ways
with the same function, ``parse_partition`` from ``examples/dask_pipeline.py``:

1. in-process, one core, no Dask (the baseline);
2. ``dask_pipeline.run`` with the multiprocessing scheduler and 1 worker;
3. the same with 2 workers.

Times include Dask's start-up (spawning the workers, each importing belnews and loading its data
once) and writing the output, as a user would see it.

    python benchmarks/bench_scale.py                  # 10000 articles
    python benchmarks/bench_scale.py --articles 600

``--resolve`` measures :func:`belnews.resolve` instead: mentions/s on the same pages replicated to
``--articles`` documents, in one process and on a ``dask.distributed.LocalCluster`` of 2 worker
processes (each worker reads the pages itself: only document numbers and mention records travel),
and checks that both give the same persons.  Replicated pages repeat their names, so the per-word
caches of ``find_names`` help more than on a real archive: read the figure as an upper bound.

    python benchmarks/bench_scale.py --resolve --articles 100000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "data" / "news"
sys.path.insert(0, str(ROOT / "examples"))

import dask_pipeline  # noqa: E402  (examples/ is not a package; spawned workers see sys.path)


def page_texts() -> list[str]:
    pages = sorted(NEWS.glob("*.txt")) if NEWS.is_dir() else []
    if not pages:  # the copies bundled with the tests
        pages = sorted((ROOT / "tests" / "data" / "news_pages").glob("*.txt"))
    if not pages:
        pages = [ROOT / "examples" / "pozirk_one-in-30-belarusians.txt"]
    return [page.read_text(encoding="utf-8") for page in pages]


def make_corpus(path: Path, articles: int) -> None:
    texts = page_texts()
    with path.open("w", encoding="utf-8") as out:
        for i in range(articles):
            out.write(json.dumps({"id": i, "text": texts[i % len(texts)]}, ensure_ascii=False))
            out.write("\n")


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def burn_partition(lines: list[str]) -> list[str]:
    """Pure-Python CPU work of about belnews's cost per article: the calibration control."""
    out = []
    for line in lines:
        total = 0
        for i in range(20_000):
            total += i * i
        out.append(f"{len(line)} {total}")
    return out


def control_speedup(tmp: Path) -> float:
    """How much faster two workers run the control than one: the parallelism actually free."""
    import dask
    import dask.bag as db

    source = tmp / "control.txt"
    source.write_text("".join(f"{i}\n" for i in range(4000)), encoding="utf-8")
    seconds = []
    for workers in (1, 2):
        bag = db.read_text(str(source)).repartition(npartitions=8).map_partitions(burn_partition)
        start = time.perf_counter()
        with dask.config.set(scheduler="processes", num_workers=workers, chunksize=1):
            bag.to_textfiles(str(tmp / f"control{workers}" / "*.txt"))
        seconds.append(time.perf_counter() - start)
    return seconds[0] / seconds[1]


_PAGES: list[str] = []


def page_pair(number: int) -> tuple[str, str]:
    """Document ``number`` of the replicated corpus (its text read once per process)."""
    if not _PAGES:
        _PAGES.extend(page_texts())
    return f"doc{number}", _PAGES[number % len(_PAGES)]


def bench_resolve(articles: int, partitions: int) -> None:
    import dask.bag as db
    from distributed import Client, LocalCluster

    from belnews import resolve
    from belnews.people.dask import resolve_bag

    pairs = (page_pair(i) for i in range(articles))
    start = time.perf_counter()
    one = resolve(pairs)
    elapsed = time.perf_counter() - start
    print(f"resolve, one process: {one.mentions} mentions of {one.documents} documents, "
          f"{len(one)} persons in {elapsed:.1f} s = {one.mentions / elapsed:,.0f} mentions/s")  # fmt: skip
    start = time.perf_counter()
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster),
    ):  # fmt: skip
        ready = time.perf_counter()
        bag = db.from_sequence(range(articles), npartitions=partitions).map(page_pair)
        two = resolve_bag(bag)
        done = time.perf_counter()
    print(f"resolve, dask 2 workers: {two.mentions / (done - start):,.0f} mentions/s with the "
          f"{ready - start:.1f} s cluster start, {two.mentions / (done - ready):,.0f} without; "
          f"same persons as one process: {two == one}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--resolve", action="store_true", help="measure belnews.resolve")
    parser.add_argument("--partitions", type=int, default=16)
    args = parser.parse_args()
    if args.resolve:
        print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
        bench_resolve(args.articles, args.partitions)
        print(f"load average {os.getloadavg()[0]:.1f} at the end")
        return 0
    load = os.getloadavg()[0]
    # Other processes compete for the cores: read the figures against the load.
    print(f"machine: {os.cpu_count()} cores, load average {load:.1f} at start")
    print(f"corpus: {args.articles} articles")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        make_corpus(corpus, args.articles)

        lines = corpus.read_text(encoding="utf-8").splitlines()
        dask_pipeline.parse_partition(lines[:20])  # load belnews's data before timing
        start = time.perf_counter()
        rows = dask_pipeline.parse_partition(lines)
        baseline = len(rows) / (time.perf_counter() - start)  # one process, one core: CPU-bound
        errors = sum('"error"' in row[:40] for row in rows)
        print(f"{'one core, in-process':<21}: {baseline:8.0f} articles/s  ({errors} error rows)")

        tiny = Path(tmp) / "tiny.jsonl"
        make_corpus(tiny, 2)
        for workers in (1, 2):
            # Fixed cost of a run: spawning the workers, importing belnews, loading its data.
            start = time.perf_counter()
            dask_pipeline.run(tiny, Path(tmp) / f"tiny{workers}", workers=workers)
            overhead = time.perf_counter() - start
            cpu_before = children_cpu()
            start = time.perf_counter()
            count = dask_pipeline.run(corpus, Path(tmp) / f"out{workers}", workers=workers)
            elapsed = time.perf_counter() - start
            cpu = children_cpu() - cpu_before  # the workers exit at the end of each run
            rate = count / elapsed
            net = count / max(elapsed - overhead, 1e-9)
            label = f"dask, {workers} worker{'s' if workers > 1 else ''}"
            print(
                f"{label:<21}: {rate:8.0f} articles/s  ({rate / baseline:.2f}x one core); "
                f"without the {overhead:.1f} s start-up: {net:.0f} articles/s "
                f"({net / baseline:.2f}x)"
            )
            print(
                f"{'':<23}workers used {cpu:.1f} CPU s in {elapsed:.1f} s "
                f"(parallelism {cpu / elapsed:.2f}; {count / cpu:.0f} articles per CPU second)"
            )
        print(
            f"control (pure-Python CPU burner, same pipeline): 2 workers are "
            f"{control_speedup(Path(tmp)):.2f}x 1 worker on this machine now"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
