"""Run every public function of belnews over real data and compare two runs (issue 9's proof).

``run`` imports whatever ``belnews`` is first on ``sys.path`` (choose the tree with
``PYTHONPATH=<tree>/src``) and writes one JSON line per (function, input) to ``OUT.jsonl``;
``diff`` compares two such files and writes a per-function summary in Markdown, so every
intended change can be matched to a CHANGELOG entry and every unintended one is visible::

    git worktree add /tmp/base 9e22275
    PYTHONPATH=/tmp/base/src python tools/compare_outputs.py run /tmp/before.jsonl
    PYTHONPATH=src python tools/compare_outputs.py run /tmp/after.jsonl
    python tools/compare_outputs.py diff /tmp/before.jsonl /tmp/after.jsonl -o summary.md

Inputs (the same files for both runs: they are read from this tool's repository and from
``--shared``, default ``../shared``): the UD Belarusian sentences, Kolas's «Новая зямля» (every
line for normalize/to_latin, every 10th for the slower functions), the plain-text news pages, the
HTML article benchmark and Readability pages, the name pairs of ``tests/data/name_variants.tsv``
and the proper-noun forms of the UD treebank.  Each call has a 10 s watchdog (``TIMEOUT`` is
recorded, not waited for); exceptions are recorded as outputs.
"""

from __future__ import annotations

import argparse
import collections
import datetime
import enum
import gzip
import json
import signal
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 10


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _Timeout


def jsonable(value: Any) -> Any:
    """A JSON-able form of any belnews result (attrs objects, enums, tuples, dates)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, enum.Enum):
        return value.name
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=repr) if isinstance(value, (set, frozenset)) else value
        return [jsonable(v) for v in items]
    fields = getattr(type(value), "__attrs_attrs__", None)
    if fields is not None:
        out = {"__type__": type(value).__name__}
        # (a private field, such as the finder of an Article's unread names, is no output)
        out.update({f.name: jsonable(getattr(value, f.name)) for f in fields if f.name[0] != "_"})
        return out
    return repr(value)


def call(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``fn(*args, **kwargs)`` as JSON, or the exception (type and message), or TIMEOUT."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(TIMEOUT_S)
    try:
        return jsonable(fn(*args, **kwargs))
    except _Timeout:
        return {"error": "TIMEOUT"}
    except Exception as exc:  # recorded as the output: a changed exception is a changed output
        return {"error": f"{type(exc).__name__}: {exc}"[:300]}
    finally:
        signal.alarm(0)


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _inputs(shared: Path) -> dict[str, list[tuple[str, str]]]:
    """Named input lists: (id, text)."""
    data = shared / "data"
    out: dict[str, list[tuple[str, str]]] = {}
    ud = data / "ud_belarusian" / "ud_sentences.txt"
    if ud.is_file():
        out["ud"] = [(f"ud:{i}", s) for i, s in enumerate(_lines(ud))]
    kolas = data / "texts" / "novaja_ziamla_kolas.txt"
    if kolas.is_file():
        out["kolas"] = [(f"kolas:{i}", s) for i, s in enumerate(_lines(kolas))]
    news = data / "news"
    if news.is_dir():
        out["news"] = [
            (f"news:{p.name}", p.read_text(encoding="utf-8")) for p in sorted(news.glob("*.txt"))
        ]
    html: list[tuple[str, str]] = []
    for sub in ("article_benchmark/html", "readability_pages", "articles_uk"):
        folder = data / "html" / sub
        for path in sorted(folder.rglob("*.htm*")) if folder.is_dir() else []:
            raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
            name = path.relative_to(folder).as_posix()
            html.append((f"html:{sub}/{name}", raw.decode("utf-8", "replace")))
    out["html"] = html
    pairs = ROOT / "tests" / "data" / "name_variants.tsv"
    rows = [line.split("\t") for line in _lines(pairs)[1:]]
    out["pairs"] = [(f"pair:{i}", f"{r[0]}\t{r[1]}") for i, r in enumerate(rows) if len(r) >= 2]
    propn = data / "ud_belarusian" / "propn_forms.tsv"
    if propn.is_file():
        forms = [line.split("\t")[0] for line in _lines(propn)[1:]]
        out["propn"] = [(f"propn:{i}", f) for i, f in enumerate(forms)]
    return out


def _records(bn: Any, inputs: dict[str, list[tuple[str, str]]]) -> Iterator[dict[str, Any]]:
    be = bn.system_ids(lang="be")
    ru = bn.system_ids(lang="ru")
    reversible = {s for s in be if getattr(bn.get_system(s), "reversible", False)}

    def rec(fn: str, key: str, func: Callable[..., Any], *args: Any, **kw: Any) -> dict[str, Any]:
        return {"fn": fn, "id": key, "out": call(func, *args, **kw)}

    def scripts(text: str) -> list[Any]:
        return [bn.detect_script(word) for word in text.split()]

    for key, text in inputs.get("ud", []) + inputs.get("kolas", []):
        slow = key.startswith("ud:") or int(key.split(":")[1]) % 10 == 0
        yield rec("normalize", key, bn.normalize, text)
        for s in be:
            latin = call(bn.to_latin, text, s)
            yield {"fn": f"to_latin[{s}]", "id": key, "out": latin}
            if s in reversible and isinstance(latin, str) and slow:
                yield rec(f"to_cyrillic[{s}]", key, bn.to_cyrillic, latin, s)
        if slow:
            yield rec("detect_script", key, scripts, text)
            yield rec("find_names", key, bn.find_names, text)
    for key, text in inputs.get("news", []):
        yield rec("normalize", key, bn.normalize, text)
        yield rec("parse_article", key, bn.parse_article, text)
        yield rec("parse_teasers", key, bn.parse_teasers, text)
        yield rec("find_names", key, bn.find_names, text)
        yield rec("to_latin[lacinka]", key, bn.to_latin, text, errors="keep")
        if "_ru_" in key or "-ru" in key:
            for s in ru:
                yield rec(f"to_latin[ru:{s}]", key, bn.to_latin, text, s, lang="ru")
    for key, text in inputs.get("html", []):
        yield rec("parse_article", key, bn.parse_article, text)
    for key, pair in inputs.get("pairs", []):
        a, b = pair.split("\t")
        yield rec("match_names", key, bn.match_names, a, b)
        for side, name in (("a", a), ("b", b)):
            yield rec("name_key", f"{key}{side}", bn.name_key, name)
            yield rec("variants", f"{key}{side}", bn.variants, name)
            yield rec("base_form", f"{key}{side}", bn.base_form, name)
            yield rec("detect_script", f"{key}{side}", bn.detect_script, name)
    for key, form in inputs.get("propn", []):
        yield rec("base_form", key, bn.base_form, form)
        yield rec("name_key", key, bn.name_key, form)


def run(out: Path, shared: Path) -> None:
    import belnews as bn

    inputs = _inputs(shared)
    start = time.perf_counter()
    count = 0
    with out.open("w", encoding="utf-8") as f:
        f.write(json.dumps({"fn": "__meta__", "id": "belnews", "out": bn.__file__}) + "\n")
        for record in _records(bn, inputs):
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    took = time.perf_counter() - start
    print(f"{count} outputs of {bn.__file__} in {took:.0f} s -> {out}", file=sys.stderr)


def _load(path: Path) -> dict[tuple[str, str], Any]:
    with path.open(encoding="utf-8") as f:
        return {(r["fn"], r["id"]): r["out"] for r in map(json.loads, f) if r["fn"] != "__meta__"}


def _short(value: Any, limit: int = 240) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit] + "…"


def _difference(old: Any, new: Any) -> tuple[str, Any, Any]:
    """Where two outputs first differ, and the differing parts (a list item, dict fields)."""
    if isinstance(old, list) and isinstance(new, list):
        for i, (a, b) in enumerate(zip(old, new, strict=False)):
            if a != b:
                where, a_part, b_part = _difference(a, b)
                return f"[{i}]{where}", a_part, b_part
        n = min(len(old), len(new))
        return f"[{n}:] (lengths {len(old)} → {len(new)})", old[n:], new[n:]
    both_dicts = isinstance(old, dict) and isinstance(new, dict)
    if both_dicts and "error" not in old and "error" not in new:
        keys = [k for k in {**old, **new} if old.get(k, "<absent>") != new.get(k, "<absent>")]
        return (
            " fields " + ", ".join(keys[:6]),
            {k: old.get(k, "<absent>") for k in keys},
            {k: new.get(k, "<absent>") for k in keys},
        )
    return "", old, new


def _field_changes(old: Any, new: Any) -> list[str]:
    """For two dict outputs: ``+key`` added, ``-key`` removed, ``~key`` changed."""
    if not (isinstance(old, dict) and isinstance(new, dict)) or "error" in old or "error" in new:
        return []
    out = [f"+{k}" for k in new if k not in old] + [f"-{k}" for k in old if k not in new]
    return out + [f"~{k}" for k in old if k in new and old[k] != new[k]]


def diff(before_path: Path, after_path: Path, examples: int = 3) -> str:
    """A Markdown summary: per function, outputs compared, changed, and a few examples."""
    before, after = _load(before_path), _load(after_path)
    total: collections.Counter[str] = collections.Counter()
    new_only: collections.Counter[str] = collections.Counter()
    gone: collections.Counter[str] = collections.Counter()
    changed: dict[str, list[tuple[str, Any, Any]]] = collections.defaultdict(list)
    fields: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    errors: collections.Counter[str] = collections.Counter()
    for key in sorted(before.keys() | after.keys()):
        fn, item = key
        total[fn] += 1
        if key not in before:
            new_only[fn] += 1
        elif key not in after:
            gone[fn] += 1
        old, new = before.get(key), after.get(key)
        if isinstance(new, dict) and "error" in new:
            errors[fn] += 1
        if key in before and key in after and old != new:
            changed[fn].append((item, old, new))
            fields[fn].update(_field_changes(old, new))
    lines = [
        f"# Output comparison: `{before_path.name}` → `{after_path.name}`",
        "",
        "`new`: no output before (a function or system added); `gone`: no output after;",
        "`changed`: both ran and differ; `errors after`: outputs that are an exception or TIMEOUT.",
        "",
        "| function | outputs | changed | new | gone | errors after |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    lines += [
        f"| `{fn}` | {total[fn]} | {len(changed[fn])} | {new_only[fn]} | {gone[fn]} "
        f"| {errors[fn]} |"
        for fn in sorted(total)
    ]
    for fn in sorted(f for f in changed if changed[f]):
        lines += ["", f"## `{fn}`: {len(changed[fn])} of {total[fn]} changed", ""]
        if fields[fn]:
            counts = ", ".join(f"`{name}` {n}" for name, n in fields[fn].most_common(25))
            lines += [f"Fields (+ added, - removed, ~ changed): {counts}", ""]
        for item, old, new in changed[fn][:examples]:
            where, old_part, new_part = _difference(old, new)
            lines += [
                f"- `{item}`{where}",
                f"  - before: `{_short(old_part)}`",
                f"  - after: `{_short(new_part)}`",
            ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    run_p = sub.add_parser("run", help="run every public function; write JSON Lines")
    run_p.add_argument("out", type=Path)
    run_p.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    diff_p = sub.add_parser("diff", help="compare two runs; write a Markdown summary")
    diff_p.add_argument("before", type=Path)
    diff_p.add_argument("after", type=Path)
    diff_p.add_argument("-o", "--output", type=Path)
    diff_p.add_argument("--examples", type=int, default=3)
    args = parser.parse_args(argv)
    if args.command == "run":
        run(args.out, args.shared)
        return 0
    summary = diff(args.before, args.after, args.examples)
    if args.output:
        args.output.write_text(summary, encoding="utf-8")
    else:
        sys.stdout.write(summary)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
