"""Cold cost of the word analysis (skeletons, tokens, keys), this tree against a base tree.

Each measurement runs in a fresh process (every cache empty), trees in alternation (base, this,
base, this ...), and reads CPU time (``time.process_time``), so a busy machine slows both trees
alike.  The words are every distinct word and cell of the name files and news pages under
``tests/data`` and of the shipped name data (about 30,000: given names, surnames, places, press
spellings, news words); the names are the name cells of the name-pair files.

- ``word``: ``skeleton`` and ``fine_skeleton`` of a word never seen (what a new word costs the
  index and the matcher), µs per word;
- ``tokens``: ``tokens_of`` of a name whose words are all new, µs per name;
- ``known words``: ``tokens_of`` of a new name made of words already read (what most names of
  a big directory cost: its words repeat, its names do not), µs per name;
- ``name_key``: ``name_key`` of a new name made of words already read, µs per name.

    python benchmarks/bench_words.py --base /tmp/words-base/src        # A/B, 5 rounds
    python benchmarks/bench_words.py --rounds 3                         # this tree only
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SEPARATORS = str.maketrans(dict.fromkeys(',;/()[]{}<>«»"“„|', " "))
MEASURES = ("word", "tokens", "known words", "name_key")


def inputs() -> tuple[list[str], list[str]]:
    """(distinct words, distinct names) in a fixed shuffled order."""
    words: set[str] = set()
    names: set[str] = set()
    files = sorted((ROOT / "tests" / "data").glob("*.tsv"))
    files += sorted((ROOT / "src" / "belnews" / "data" / "names").glob("*.t*"))
    files += sorted((ROOT / "tests" / "data" / "news_pages").glob("*.txt"))
    for path in files:
        text = path.read_text(encoding="utf-8")
        words.update(text.translate(_SEPARATORS).split())
        if path.name.startswith("name_pairs") or path.name == "name_variants.tsv":
            for line in text.splitlines()[1:]:
                names.update(cell for cell in line.split("\t")[:2] if " " in cell.strip())
    rng = random.Random(4)
    word_list, name_list = sorted(words), sorted(names)
    rng.shuffle(word_list)
    rng.shuffle(name_list)
    return word_list, name_list


def measure(words: list[str], names: list[str]) -> dict[str, float]:
    """µs per item of each measure, in this (fresh) process."""
    from belnews.names._skeleton import fine_skeleton, skeleton
    from belnews.names.key import name_key, tokens_of

    tokens_of("Аляксандр Лукашэнка")  # load the lexicons (once per process, like an import)
    half = len(words) // 2
    new_words, old_words = words[:half], words[half:]
    out = {}
    start = time.process_time()
    for word in new_words:
        skeleton(word)
        fine_skeleton(word)
    out["word"] = (time.process_time() - start) / len(new_words) * 1e6
    start = time.process_time()
    for name in names:
        tokens_of(name)
    out["tokens"] = (time.process_time() - start) / len(names) * 1e6
    for word in old_words:  # the words of the next names, read once
        tokens_of(word)
    made = [f"{a} {b}" for a, b in zip(old_words[::2], old_words[1::2], strict=False)]
    start = time.process_time()
    for name in made:
        tokens_of(name)
    out["known words"] = (time.process_time() - start) / len(made) * 1e6
    made = [f"{b} {a}" for a, b in zip(old_words[1::2], old_words[2::2], strict=False)]
    start = time.process_time()
    for name in made:
        name_key(name)
    out["name_key"] = (time.process_time() - start) / len(made) * 1e6
    return out


def _run(src: Path, data: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    command = [sys.executable, __file__, "--one", str(data)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, help="the src directory of the tree to compare with")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        data = json.loads(args.one.read_text(encoding="utf-8"))
        print(json.dumps(measure(data["words"], data["names"])))
        return 0
    words, names = inputs()
    trees = {"this tree": ROOT / "src"}
    if args.base:
        trees = {"base": args.base, **trees}
    runs: dict[str, list[dict[str, float]]] = {tree: [] for tree in trees}
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "inputs.json"
        data.write_text(json.dumps({"words": words, "names": names}), encoding="utf-8")
        for _ in range(args.rounds):
            for tree, src in trees.items():
                runs[tree].append(_run(src, data))
    print(f"{len(words):,} words, {len(names):,} names; {args.rounds} rounds in alternation, "
          f"CPU time, median (min-max) µs; load {os.getloadavg()[0]:.1f}")  # fmt: skip
    print("\n| measure | " + " | ".join(trees) + (" | base / this |" if args.base else ""))
    print("|---|" + "---:|" * (len(trees) + bool(args.base)))
    for name in MEASURES:
        cells = []
        medians = []
        for tree in trees:
            values = [run[name] for run in runs[tree]]
            medians.append(statistics.median(values))
            cells.append(f"{medians[-1]:.2f} ({min(values):.2f}-{max(values):.2f})")
        ratio = f" | {medians[0] / medians[-1]:.2f}x" if args.base else ""
        print(f"| {name} | " + " | ".join(cells) + ratio + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
