"""parse_article of two belnews trees in ONE process, page by page in turn: an A/B that a busy
machine cannot tilt (both versions meet the same load, the same caches, the same pages).

    python benchmarks/bench_news_ab.py --base /tmp/base-r5/src [--new src] [--rounds 3]
                                       [--swap] [--bytes] [--part all] [--shared ../shared]

Each tree's ``belnews`` package is copied into a temporary directory under another name
(``belnews_a`` for ``--base``, ``belnews_b`` for ``--new``; its absolute imports rewritten), so
both import side by side.  Over the article benchmark pages (as text, or ``--bytes`` as UTF-8),
each page is parsed by both, in an order that alternates page by page and round by round; CPU
time (``time.process_time``) is summed per version and per step (the parser, metadata, main
content, normalisation, the text steps and, inside them, ``find_names``, quotes and language).
The two versions' ``parse_article(…).to_dict()`` are compared on every page first: the script
says whether the outputs are equal.  Timers wrap the steps, so the split costs a little time
of its own; the totals compare like with like.

The package imported second runs some steps slower for the same code (``find_quotes`` by a
quarter, 0.2 ms a page, in round 5: base against itself shows it); ``--swap`` imports the new
tree first.  Run both ways and take the mean of the two.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_html import benchmark_pages, timed  # noqa: E402

# (module under the package, attribute): the steps timed, as parse_html calls them
STEPS = (
    ("news.html", "parse_dom"),
    ("news.html", "read_meta"),
    ("news.html", "extract_content"),
    ("news.html", "_normalized"),
    ("news.html", "assemble"),
    ("news._deps", "find_person_names"),
    ("news.text", "find_quotes"),
    ("news.text", "detect_language"),
)
_IMPORT = re.compile(r"\b(from|import) belnews([. ])")
_DOTTED = re.compile(r"([\"'])belnews\.")


def copy_as(src: Path, name: str, into: Path) -> None:
    """Copy the ``belnews`` package of ``src`` to ``into/name``, its imports renamed."""
    target = into / name
    shutil.copytree(src / "belnews", target, ignore=shutil.ignore_patterns("__pycache__"))
    for path in target.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        text = _DOTTED.sub(rf"\1{name}.", _IMPORT.sub(rf"\1 {name}\2", text))
        path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, required=True, help="the src/ of the base tree")
    parser.add_argument("--new", type=Path, default=ROOT / "src", help="the src/ to compare")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--bytes", action="store_true", help="pages as UTF-8 bytes, not text")
    parser.add_argument("--swap", action="store_true", help="import the new tree first")
    parser.add_argument("--part", choices=("tune", "check", "all"), default="all")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args(argv)
    spent: dict[tuple[str, str], float] = {}
    with tempfile.TemporaryDirectory() as folder:
        # belnews_a is imported first: the base, or with --swap the new tree
        base_name, new_name = (
            ("belnews_b", "belnews_a") if args.swap else ("belnews_a", "belnews_b")
        )
        copy_as(args.base, base_name, Path(folder))
        copy_as(args.new, new_name, Path(folder))
        sys.path.insert(0, folder)
        parse: dict[str, Callable[[Any], Any]] = {}
        for name in ("belnews_a", "belnews_b"):
            for module_name, attribute in STEPS:
                module = importlib.import_module(f"{name}.{module_name}")
                spent[(name, attribute)] = 0.0
                original = getattr(module, attribute)
                setattr(
                    module,
                    attribute,
                    timed(spent, (name, attribute), original, clock=time.process_time),
                )
            parse[name] = importlib.import_module(name).parse_article
        pages = benchmark_pages(args.shared, args.part)
        inputs: list[str | bytes] = [html.encode() if args.bytes else html for _, html, _ in pages]
        equal = all(
            json.dumps(parse["belnews_a"](page).to_dict(), sort_keys=True, ensure_ascii=False)
            == json.dumps(parse["belnews_b"](page).to_dict(), sort_keys=True, ensure_ascii=False)
            for page in inputs
        )
        for key in spent:
            spent[key] = 0.0
        total = {"belnews_a": 0.0, "belnews_b": 0.0}
        for round_ in range(args.rounds):
            for index, page in enumerate(inputs):
                order = ("belnews_a", "belnews_b")
                for name in order if (index + round_) % 2 == 0 else order[::-1]:
                    start = time.process_time()
                    parse[name](page)
                    total[name] += time.process_time() - start
    n = args.rounds * len(inputs)
    a, b = total[base_name], total[new_name]
    kind = "bytes" if args.bytes else "text"
    first = "new" if args.swap else "base"
    print(f"{len(inputs)} pages as {kind}, {args.rounds} rounds, {first} imported first")
    print(f"outputs equal: {equal}")
    print(f"CPU ms/page: base {1000 * a / n:.3f}, new {1000 * b / n:.3f}, new/base {b / a:.3f}")
    for _module, attribute in STEPS:
        before, after = spent[(base_name, attribute)], spent[(new_name, attribute)]
        print(f"  {attribute:18s} {1000 * before / n:7.3f} {1000 * after / n:7.3f}")


if __name__ == "__main__":
    main()
