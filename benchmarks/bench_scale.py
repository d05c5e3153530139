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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10000)
    args = parser.parse_args()
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
