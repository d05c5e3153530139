"""``find_names`` alone: CPU time per capitalised word on real and hostile text, cold and warm.

    python benchmarks/bench_find.py [--shared ../shared] [--base OTHER/src] [--sizes 400000,1600000]

Texts (the same for every code measured): the bodies ``parse_article`` gives for the 181 pages of
``article_benchmark`` (taken once, before any timing), the 15 shared plain-text news pages, and
the hostile input of ``bench_news_hostile.py`` ("distinct capitalised Cyrillic words") at each
size.  Each code is timed in a fresh process (``--base`` runs another checkout's ``src`` the
same way, in the same run, so the ratio is what to compare on a loaded machine): a cold pass
(empty caches: every word is new to the process) and warm passes (the same texts again, the
best of five).  CPU time (``time.process_time``); "µs/word" is per capitalised word of the text.
Not a test: the figures go to docs/performance.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _gunzip(path: Path) -> bytes:
    with gzip.open(path) as stream:
        return stream.read()


def _texts(shared: Path, sizes: list[int]) -> dict[str, list[str]]:
    from belnews import parse_article

    sys.path.insert(0, str(ROOT / "tests"))
    from test_news_text_growth import _capitalised_cyrillic

    pages = sorted((shared / "data" / "html" / "article_benchmark" / "html").glob("*.html.gz"))
    news = sorted((shared / "data" / "news").glob("*.txt"))
    texts = {
        "181 benchmark bodies": [parse_article(_gunzip(p)).body or "" for p in pages],
        "15 news pages": [p.read_text(encoding="utf-8") for p in news],
    }
    for size in sizes:
        texts[f"hostile {size / 1e6:.1f} MB"] = [_capitalised_cyrillic(size // 2)]
    return texts


def _worker(path: str) -> None:
    """Time find_names over the texts in ``path`` (JSON) and print the figures as JSON."""
    import regex

    from belnews.names import find_names

    texts: dict[str, list[str]] = json.loads(Path(path).read_text(encoding="utf-8"))
    capitalised = regex.compile(r"\b\p{Lu}\p{L}*")
    find_names("A. Lukashenko met Сьвятлана Ціханоўская")  # load the data, outside the timing
    out = {}
    for name, group in texts.items():
        passes = []
        for _ in range(6):  # cold, then the best of five warm passes
            start = time.process_time()
            for text in group:
                find_names(text)
            passes.append(time.process_time() - start)
        passes = [passes[0], min(passes[1:])]
        size = sum(len(t.encode()) for t in group)
        words = sum(len(capitalised.findall(t)) for t in group)
        out[name] = {"seconds": passes, "mb": size / 1e6, "words": words}
    print(json.dumps(out))


def _run(src: Path, path: str) -> dict[str, dict[str, float | list[float]]]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    command = [sys.executable, __file__, "--worker", path]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    result: dict[str, dict[str, float | list[float]]] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--base", type=Path, default=None, help="another checkout's src")
    parser.add_argument("--sizes", default="400000,1600000")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _worker(args.worker)
        return
    sizes = [int(size) for size in args.sizes.split(",")]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(_texts(args.shared, sizes), f, ensure_ascii=False)
    try:
        codes = {"this tree": _run(ROOT / "src", f.name)}
        if args.base is not None:
            codes["base"] = _run(args.base, f.name)
    finally:
        os.unlink(f.name)
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    print("| text | code | cold s | cold µs/word | cold s/MB | warm µs/word |")
    print("|---|---|---|---|---|---|")
    for name in codes["this tree"]:
        for code, figures in codes.items():
            row = figures[name]
            cold, warm = row["seconds"]  # type: ignore[misc]
            words, mb = float(row["words"]), float(row["mb"])  # type: ignore[arg-type]
            print(
                f"| {name} | {code} | {cold:.3f} | {cold / words * 1e6:.1f} | {cold / mb:.2f} "
                f"| {warm / words * 1e6:.1f} |"
            )
        if "base" in codes:
            ratio = codes["base"][name]["seconds"][0] / codes["this tree"][name]["seconds"][0]  # type: ignore[index]
            print(f"| {name} | base / this tree, cold | {ratio:.2f}x | | | |")


if __name__ == "__main__":
    main()
