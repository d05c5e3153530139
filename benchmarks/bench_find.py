"""``find_names`` alone: CPU time per capitalised word on real and hostile text, cold and warm.

    python benchmarks/bench_find.py [--shared ../shared] [--base OTHER/src] [--sizes 400000,1600000]
                                    [--language] [--rounds 3]

Texts (the same for every code measured): the bodies ``parse_article`` gives for the 181 pages of
``article_benchmark`` (taken once, before any timing), the 15 shared plain-text news pages, and
the hostile input of ``bench_news_hostile.py`` ("distinct capitalised Cyrillic words") at each
size.  Each code is timed in fresh processes (``--base`` runs another checkout's ``src`` the
same way, in the same run and in alternation, so the ratio is what to compare on a loaded
machine; each figure is the median over ``--rounds`` processes): a cold pass
(every bounded per-word cache of belnews emptied before each text group, untimed, the loaded
data kept: every word is new to the process) and warm passes (the same texts again, the
best of five).  The data find_names reads (the lexicons, the city names; since round 5 also
the ``re`` twin of the run scanner, compiled once) is loaded before the timing, and its load
time is printed on its own row: a text group that happened to need a
lexicon first would otherwise carry the process's one-time load.  CPU time (``time.process_time``); "µs/word" is per capitalised word of the text.
``--language`` passes each text's language (what ``parse_article`` detects for a page,
``detect_language`` for a plain text) as ``find_names(text, language=...)`` where the code has that keyword, as
``parse_article`` may; a code without it is called as before, so the rows say what the keyword
saves.  Not a test: the figures go to docs/performance.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _gunzip(path: Path) -> bytes:
    with gzip.open(path) as stream:
        return stream.read()


Texts = dict[str, list[tuple[str, str | None]]]  # name -> [(text, its language)]


def _texts(shared: Path, sizes: list[int]) -> Texts:
    from belnews import parse_article
    from belnews.news.language import detect_language

    sys.path.insert(0, str(ROOT / "tests"))
    from test_news_text_growth import _capitalised_cyrillic

    pages = sorted((shared / "data" / "html" / "article_benchmark" / "html").glob("*.html.gz"))
    news = sorted((shared / "data" / "news").glob("*.txt"))
    articles = [parse_article(_gunzip(p)) for p in pages]
    plain = [p.read_text(encoding="utf-8") for p in news]
    texts: Texts = {
        "181 benchmark bodies": [(a.body or "", a.language) for a in articles],
        "15 news pages": [(t, detect_language(t)) for t in plain],
    }
    for size in sizes:
        texts[f"hostile {size / 1e6:.1f} MB"] = [(_capitalised_cyrillic(size // 2), None)]
    return texts


# Every path of find_names once (an initial, a given name, name-shaped words in a person
# context, a lone word inside a sentence, case forms, a given name of the word lists), so its
# data is loaded before the timing.
_WARM_UP = (
    "A. Lukashenko met Сьвятлана Ціханоўская. The judge Iulia Motoc said Mozilla and Obama "
    "were in Minsk. Сустрэча з Рэгінай Лукашэнка і Лосікам у Мінску. Algirdas Brazauskas spoke."
)


def _empty_word_caches() -> int:
    """Empty every per-word cache of belnews (each bounded ``lru_cache``, however it is made,
    and the lone-word table), keeping the data loaded (the unbounded or one-entry loaders), so
    the first pass is cold in any version of the code; the number of caches emptied."""
    import sys

    caches = {}
    for name, module in list(sys.modules.items()):
        if name == "belnews" or name.startswith("belnews."):
            for value in vars(module).values():
                info = getattr(value, "cache_info", None)
                if callable(info) and (info().maxsize or 0) > 1:
                    caches[id(value)] = value
    for cache in caches.values():
        cache.cache_clear()
    from belnews.names import find

    find._LONE_KINDS.clear()
    return len(caches)


def _worker(path: str, language: bool) -> None:
    """Time find_names over the texts in ``path`` (JSON) and print the figures as JSON."""
    import inspect

    import regex

    from belnews.names import find_names

    texts: Texts = json.loads(Path(path).read_text(encoding="utf-8"))
    capitalised = regex.compile(r"\b\p{Lu}\p{L}*")
    from belnews.names.given import given_name_groups

    loading = time.process_time()  # the data, loaded outside the timing (once per process)
    find_names(_WARM_UP)
    given_name_groups("Рэгіна")  # the cross-language lexicon, which some words need
    loading = time.process_time() - loading
    keyword = language and "language" in inspect.signature(find_names).parameters
    out = {}
    for name, group in texts.items():
        calls = [(t, {"language": lang} if keyword else {}) for t, lang in group]
        passes = []
        _empty_word_caches()  # (untimed) the warm-up's and earlier texts' words are not known
        for _ in range(6):  # cold, then the best of five warm passes
            start = time.process_time()
            for text, options in calls:
                find_names(text, **options)
            passes.append(time.process_time() - start)
        passes = [passes[0], min(passes[1:])]
        size = sum(len(t.encode()) for t, _ in group)
        words = sum(len(capitalised.findall(t)) for t, _ in group)
        out[name] = {"seconds": passes, "mb": size / 1e6, "words": words}
    out["data load"] = {"seconds": [loading, loading], "mb": 0.0, "words": 0}
    print(json.dumps(out))


Figures = dict[str, dict[str, float | list[float]]]


def _median(found: list[Figures]) -> Figures:
    """Each text's cold and warm seconds: the median over the processes (the rest as is)."""
    out: Figures = {}
    for name, row in found[0].items():
        passes = [run[name]["seconds"] for run in found]
        cold = statistics.median(p[0] for p in passes)  # type: ignore[index]
        warm = statistics.median(p[1] for p in passes)  # type: ignore[index]
        out[name] = {**row, "seconds": [cold, warm]}
    return out


def _run(src: Path, path: str, language: bool) -> Figures:
    env = {**os.environ, "PYTHONPATH": str(src)}
    command = [sys.executable, __file__, "--worker", path, *(["--language"] if language else [])]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    result: Figures = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--base", type=Path, default=None, help="another checkout's src")
    parser.add_argument("--sizes", default="400000,1600000")
    parser.add_argument("--language", action="store_true", help="pass each text's language")
    parser.add_argument("--rounds", type=int, default=3, help="fresh processes per code")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _worker(args.worker, args.language)
        return
    sizes = [int(size) for size in args.sizes.split(",")]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(_texts(args.shared, sizes), f, ensure_ascii=False)
    sources = {"this tree": ROOT / "src"}
    if args.base is not None:
        sources["base"] = args.base
    runs: dict[str, list[Figures]] = {code: [] for code in sources}
    try:
        for _ in range(args.rounds):  # in alternation: a burst of load falls on both alike
            for code, src in sources.items():
                runs[code].append(_run(src, f.name, args.language))
    finally:
        os.unlink(f.name)
    codes = {code: _median(found) for code, found in runs.items()}
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"(median of {args.rounds} fresh processes per code, in alternation)\n")
    print("| text | code | cold s | cold µs/word | cold s/MB | warm µs/word |")
    print("|---|---|---|---|---|---|")
    for code, figures in codes.items():
        print(
            f"| data load (once per process) | {code} | {figures['data load']['seconds'][0]:.3f} | | | |"
        )  # type: ignore[index]
    for name in codes["this tree"]:
        if name == "data load":
            continue
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
