"""Start-up cost: ``import belnews`` and ``belnews --version``, against a bare ``python``.

Each command runs ``--runs`` times in a fresh interpreter; the median and minimum wall times are
printed, with ``python -X importtime``'s cumulative figure for ``import belnews``.  With
``--before SRC`` (the ``src`` directory of another version, e.g. from ``git archive``), the same
commands run against that version too, interleaved run by run, so both see the same machine load:

    git archive 9e22275 src | tar -x -C /tmp/before
    python benchmarks/bench_startup.py --before /tmp/before/src
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

COMMANDS = {
    "import belnews": ["-c", "import belnews"],
    "belnews --version": [
        "-c",
        "import sys; sys.argv = ['belnews', '--version']\n"
        "from belnews.cli import main_entry; main_entry()",
    ],
    "bare python": ["-c", "pass"],
}


def wall(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], env=env, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def importtime(env: dict[str, str]) -> float:
    """``-X importtime``'s cumulative microseconds for ``belnews``, best of 5, in ms."""
    best = float("inf")
    for _ in range(5):
        err = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import belnews"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stderr
        line = [row for row in err.splitlines() if row.rstrip().endswith("| belnews")][-1]
        best = min(best, int(line.split("|")[1]) / 1000)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--before", metavar="SRC", help="src directory of a version to compare")
    args = parser.parse_args()
    versions = {"this tree": dict(os.environ)}
    if args.before:
        versions = {"before": {**os.environ, "PYTHONPATH": args.before}, **versions}
    print(f"load average at start: {os.getloadavg()[0]:.2f}; {args.runs} runs each, interleaved")
    print(f"{'command':20} " + "".join(f"{name + ' median (min)':>28}" for name in versions))
    for label, command in COMMANDS.items():
        times: dict[str, list[float]] = {name: [] for name in versions}
        for _ in range(args.runs):
            for name, env in versions.items():
                times[name].append(wall(command, env))
        cells = "".join(
            f"{statistics.median(t) * 1000:>19.0f} ms ({min(t) * 1000:.0f})" for t in times.values()
        )
        print(f"{label:20} {cells}")
    cells = "".join(f"{importtime(env):>25.1f} ms" for env in versions.values())
    print(f"{'-X importtime':20} {cells}")
    print(f"load average at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
