"""Peak memory of the CLI streaming a large stdin: constant, not proportional to the input.

Feeds ``--size`` MB (default 100) of Belarusian text — Kolas's «Новая зямля» repeated — through
``python -m belnews latin -`` (or ``normalize -``, ``--command normalize``) in a subprocess, and
prints throughput and the child's peak resident set size (``getrusage(RUSAGE_CHILDREN).ru_maxrss``)
next to the peak RSS of the library loaded in a bare process (``import belnews`` and one call of
the same function) for scale.  Exits 1 if the peak is 100 MB or more.  ``--one-line`` makes the
whole input ONE line (newlines become spaces): the CLI hands a filter a line over a megabyte in
pieces cut between words, so this too must stay flat.

    python benchmarks/bench_cli_stream.py                # latin, 100 MB
    python benchmarks/bench_cli_stream.py --command normalize --size 20
    python benchmarks/bench_cli_stream.py --one-line     # one 100 MB line
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KOLAS = ROOT.parent / "shared" / "data" / "texts" / "novaja_ziamla_kolas.txt"
LIMIT_MB = 100.0

# Used when ../shared is absent: a real sentence (UD_Belarusian-HSE, CC BY-SA 4.0) repeated.
FALLBACK = "Святлана Ціханоўская сустрэлася з Паўлам Латушкам у Вільні і Варшаве.\n"


def child_peak_mb(command: list[str], stdin_path: Path | None) -> tuple[float, float]:
    """Run ``command`` in a fresh process; return (its peak RSS in MB, seconds).

    ``RUSAGE_CHILDREN`` reports the largest child waited for so far, so each measurement runs in
    its own interpreter (this script's own earlier children would otherwise mask a smaller peak).
    """
    probe = (
        "import resource, subprocess, sys, time\n"
        "stdin = open(sys.argv[1], 'rb') if sys.argv[1] else subprocess.DEVNULL\n"
        "start = time.perf_counter()\n"
        "subprocess.run(sys.argv[2:], stdin=stdin, stdout=subprocess.DEVNULL, check=True)\n"
        "elapsed = time.perf_counter() - start\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, elapsed)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, str(stdin_path or ""), *command],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return int(out[0]) / 1024, float(out[1])  # ru_maxrss is in KiB on Linux


def make_input(path: Path, size_mb: int, *, one_line: bool = False) -> int:
    chunk = KOLAS.read_bytes() if KOLAS.is_file() else FALLBACK.encode() * 8000
    if one_line:
        chunk = chunk.replace(b"\r", b" ").replace(b"\n", b" ")
    target = size_mb * 1024 * 1024
    written = 0
    with path.open("wb") as out:
        while written < target:
            out.write(chunk)
            written += len(chunk)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--command", default="latin", choices=["latin", "normalize"])
    parser.add_argument("--size", type=int, default=100, help="MB of input (default 100)")
    parser.add_argument("--one-line", action="store_true", help="the whole input is one line")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "input.txt"
        size = make_input(source, args.size, one_line=args.one_line)
        call = "to_latin" if args.command == "latin" else "normalize"
        loaded = f"import belnews; belnews.{call}('Мінск')"
        base_mb, _ = child_peak_mb([sys.executable, "-c", loaded], None)
        command = [sys.executable, "-m", "belnews", args.command, "-"]
        peak_mb, seconds = child_peak_mb(command, source)
    shape = "one line" if args.one_line else "lines as written"
    text = "Kolas" if KOLAS.is_file() else "fallback"
    print(f"input: {size / 1e6:.0f} MB ({text} text, {shape})")
    print(f"command: belnews {args.command} - < input > /dev/null")
    print(f"throughput: {size / 1e6 / seconds:.1f} MB/s ({seconds:.1f} s)")
    print(
        f"peak RSS: {peak_mb:.1f} MB (the library loaded in a bare process: {base_mb:.1f} MB; "
        f"limit {LIMIT_MB:.0f} MB)"
    )
    return 0 if peak_mb < LIMIT_MB else 1


if __name__ == "__main__":
    sys.exit(main())
