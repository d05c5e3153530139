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
- ``name_key``: ``name_key`` of a new name made of words already read, µs per name;
- with ``--index-names N``: ``directory``, the word analysis ``NameIndex.add`` asks for (the
  tokens of each name, uncached, and the fine skeleton of each word) over the names of
  ``bench_index.py``'s directory of N people, CPU seconds in all.

    python benchmarks/bench_words.py --base /tmp/words-base/src        # A/B, 5 rounds
    python benchmarks/bench_words.py --rounds 3                         # this tree only
    python benchmarks/bench_words.py --base /tmp/words-base/src --index-names 100000
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_SEPARATORS = str.maketrans(dict.fromkeys(',;/()[]{}<>«»"“„|', " "))
MEASURES = ("word", "tokens", "known words", "name_key", "directory")


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


def measure(
    words: list[str], names: list[str], directory: list[str] | None = None
) -> dict[str, float]:
    """µs per item of each measure (CPU seconds for ``directory``), in this (fresh) process."""
    from belnews.names import key
    from belnews.names._skeleton import fine_skeleton, skeleton
    from belnews.names._tokens import word_fine
    from belnews.names.key import name_key, tokens_of

    tokens_of("Аляксандр Лукашэнка")  # load the lexicons (once per process, like an import)
    if directory is not None:  # first, while every cache is empty
        # NameIndex.add reads each word of the directory once per index (tokens_in), not
        # through the word caches (a tree before it: tokens_of uncached, as its add did)
        memo: dict[str, Any] = {}
        interned: dict[Any, Any] = {}
        if hasattr(key, "tokens_in"):
            parse = functools.partial(key.tokens_in, memo=memo, words=interned)
        else:
            parse = tokens_of.__wrapped__
        start = time.process_time()
        for name in directory:
            for token in parse(name):
                word_fine(token.text)
        return {"directory": time.process_time() - start}
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


def _run(src: Path, data: Path, *, directory: bool) -> dict[str, float]:
    """The measures of one fresh process (the word measures, then the directory in another)."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    command = [sys.executable, __file__, "--one", str(data)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    out: dict[str, float] = json.loads(done.stdout)
    if directory:
        done = subprocess.run(
            [*command, "--directory"], env=env, capture_output=True, text=True, check=True
        )
        out.update(json.loads(done.stdout))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, help="the src directory of the tree to compare with")
    parser.add_argument(
        "--tree", type=Path, default=ROOT / "src", help="the src directory to time (default: this)"
    )
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--index-names", type=int, metavar="N", help="also time a directory")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--directory", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        data = json.loads(args.one.read_text(encoding="utf-8"))
        given = data["directory"] if args.directory else None
        print(json.dumps(measure(data["words"], data["names"], given)))
        return 0
    words, names = inputs()
    directory: list[str] = []
    if args.index_names:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import bench_index

        from belnews.names._blocking import cut

        people, _ = bench_index.directory(args.index_names)
        directory = [cut(name) for person in people for name in bench_index.names_of(person)]
    trees = {"this tree": args.tree}
    if args.base:
        trees = {"base": args.base, **trees}
    runs: dict[str, list[dict[str, float]]] = {tree: [] for tree in trees}
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "inputs.json"
        data.write_text(
            json.dumps({"words": words, "names": names, "directory": directory}), encoding="utf-8"
        )
        for _ in range(args.rounds):
            for tree, src in trees.items():
                runs[tree].append(_run(src, data, directory=bool(directory)))
    print(f"{len(words):,} words, {len(names):,} names; {args.rounds} rounds in alternation, "
          f"CPU time, median (min-max) µs; load {os.getloadavg()[0]:.1f}")  # fmt: skip
    print("\n| measure | " + " | ".join(trees) + (" | base / this |" if args.base else ""))
    print("|---|" + "---:|" * (len(trees) + bool(args.base)))
    for name in MEASURES:
        if name not in runs[next(iter(trees))][0]:
            continue
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
