"""One cold pass of one text step of ``parse_article`` (find_names, find_quotes, normalize,
detect_language) over its inputs from the article benchmark pages, after ``parse_article`` of
page 0 (as bench_html's timed pass sees the caches): a fixed amount of work for an instruction
counter.  First capture the steps' inputs once (with any tree: the inputs are the base's), then
count a step and subtract the count of ``none`` (the same process without the pass)::

    PYTHONPATH=<tree>/src python benchmarks/text_steps_pass.py capture /tmp/text_steps.pkl
    PYTHONHASHSEED=0 PYTHONPATH=<tree>/src valgrind --tool=cachegrind --cache-sim=no \\
        --cachegrind-out-file=/dev/null python benchmarks/text_steps_pass.py \\
        run /tmp/text_steps.pkl --step names      # names, quotes, normalize, language, none

Compile the tree's bytecode first (``python -m compileall -q <tree>/src``).  About 10 s a run
under cachegrind; a run repeated gives the same count, sessions differ by about 0.5 %.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_html import benchmark_pages

STEPS = ("names", "quotes", "normalize", "language", "none")


def capture(pages: list[str], out: Path) -> None:
    """Record what parse_article hands each text step, over every page."""
    import belnews
    from belnews.news import _deps
    from belnews.news import text as news_text

    found: dict[str, list[Any]] = {step: [] for step in STEPS}
    names, quotes = _deps.find_person_names, news_text.find_quotes
    normalize, language = _deps.normalize, news_text.detect_language

    def names_of(text: str, language: str | None = None) -> Any:
        found["names"].append((text, language))
        return names(text, language)

    def quotes_of(paragraphs: Any, *, names: Any, key: Any) -> Any:
        found["quotes"].append((list(paragraphs), names))
        return quotes(paragraphs, names=names, key=key)

    def normalized(text: str) -> str:
        found["normalize"].append(text)
        return normalize(text)

    def language_of(text: str) -> Any:
        found["language"].append(text)
        return language(text)

    _deps.find_person_names, news_text.find_quotes = names_of, quotes_of  # type: ignore[assignment]
    _deps.normalize, news_text.detect_language = normalized, language_of  # type: ignore[assignment]
    for html in pages:
        belnews.parse_article(html)
    out.write_bytes(pickle.dumps(found))


def run(pages: list[str], inputs: Path, step: str) -> None:
    import belnews
    from belnews.names import find_names
    from belnews.news._deps import speaker_key
    from belnews.news.language import detect_language
    from belnews.news.quotes import find_quotes
    from belnews.normalize import normalize

    found = pickle.loads(inputs.read_bytes())
    belnews.parse_article(pages[0])
    if step == "names":
        for text, language in found["names"]:
            find_names(text, language=language)
    elif step == "quotes":
        for paragraphs, names in found["quotes"]:
            find_quotes(paragraphs, names=names, key=speaker_key)
    elif step == "normalize":
        for text in found["normalize"]:
            normalize(text)
    elif step == "language":
        for text in found["language"]:
            detect_language(text)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("capture", "run"))
    parser.add_argument("inputs", type=Path)
    parser.add_argument("--step", choices=STEPS, default="none")
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared"
    )
    args = parser.parse_args(argv)
    pages = [html for _, html, _ in benchmark_pages(args.shared, "all")]
    if args.mode == "capture":
        capture(pages, args.inputs)
    else:
        run(pages, args.inputs, args.step)


if __name__ == "__main__":
    main()
