"""Accuracy and coverage of ``belnews.news.language.detect_language`` on labelled real text.

Sets (all from ``../shared``; each item's id is hashed ONCE into the tune or the check half):

* ``readability_pages``: the article text of Readability's expected output per page, labelled
  by ``expected-metadata.json`` ``lang`` (primary subtag; unlabelled pages are left out);
* ``articles_uk``: the text of the 13 Ukrainian articles' ``<p>`` elements, labelled ``uk``;
* ``benchmark``: the article_benchmark's labelled bodies, labelled by the page's ``<html lang>``
  (pages without one are left out);
* ``news``: the shared plain-text news pages, labelled by their golden ``language``;
* ``ud``: UD Belarusian sentences in groups of five, labelled ``be``.

An answer is *right*, *wrong* (a confident wrong language) or *none*.  Languages the detector
does not know (es/pt/… if absent, zh, ja) count as right when the answer is ``None``.

    python tools/eval_news_language.py [--half tune|check|all] [--show-wrong]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
from collections import Counter
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from belnews.news.language import LANGUAGES, detect_language

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
KNOWN = {language.code for language in LANGUAGES}


def half(item_id: str) -> str:
    """The half an item belongs to, fixed by a hash of its id."""
    return "tune" if hashlib.sha1(item_id.encode()).digest()[0] % 2 == 0 else "check"


def _text(html: str, selector: str = "p") -> str:
    tree = HTMLParser(html)
    paragraphs = [node.text(separator=" ") for node in tree.css(selector)]
    text = "\n".join(p.strip() for p in paragraphs if p.strip())
    return text or (tree.body.text(separator=" ") if tree.body else "")


def _gunzip(path: Path) -> str:
    with gzip.open(path) as file:
        return file.read().decode("utf-8", errors="replace")


def items() -> list[tuple[str, str, str]]:
    """``(id, expected language, text)`` of every labelled item."""
    found: list[tuple[str, str, str]] = []
    for meta in sorted((SHARED / "html" / "readability_pages").glob("*/expected-metadata.json")):
        lang = json.loads(meta.read_text(encoding="utf-8")).get("lang")
        if not lang:
            continue
        html = _gunzip(meta.parent / "expected.html.gz")
        text = _text(html)
        found.append((f"readability/{meta.parent.name}", lang.split("-")[0].lower(), text))
    for page in sorted((SHARED / "html" / "articles_uk").glob("*.html.gz")):
        html = _gunzip(page)
        found.append((f"articles_uk/{page.name}", "uk", _text(html)))
    bench = SHARED / "html" / "article_benchmark"
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id, item in sorted(truth.items()):
        tree = HTMLParser(_gunzip(bench / "html" / f"{page_id}.html.gz"))
        node = tree.css_first("html")
        lang = (node.attributes.get("lang") or "") if node is not None else ""
        if lang.strip():
            code = lang.strip().split("-")[0].split("_")[0].lower()
            found.append((f"benchmark/{page_id}", code, item["articleBody"]))
    golden = ROOT / "tests" / "data" / "news_golden"
    for page in sorted((SHARED / "news").glob("*.txt")):
        golden_file = golden / f"{page.stem}.json"
        if not golden_file.exists():
            continue
        lang = json.loads(golden_file.read_text(encoding="utf-8"))["language"]
        text = page.read_text(encoding="utf-8").split("\n", 1)[-1]
        found.append((f"news/{page.stem}", lang or "-", text))
    sentences = (SHARED / "ud_belarusian" / "ud_sentences.txt").read_text(encoding="utf-8")
    lines = sentences.splitlines()
    for start in range(0, len(lines), 5):
        found.append((f"ud/{start}", "be", " ".join(lines[start : start + 5])))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=["tune", "check", "all"], default="check")
    parser.add_argument("--show-wrong", action="store_true")
    args = parser.parse_args()
    per_set: dict[str, Counter[str]] = {}
    for item_id, expected, text in items():
        if args.half != "all" and half(item_id) != args.half:
            continue
        answer = detect_language(text)
        if answer is None:
            outcome = "right" if expected not in KNOWN else "none"
        else:
            outcome = "right" if answer == expected else "wrong"
        per_set.setdefault(item_id.split("/")[0], Counter())[outcome] += 1
        if args.show_wrong and outcome != "right":
            print(f"{outcome:5} {item_id}: expected {expected}, got {answer}")
    total: Counter[str] = Counter()
    print(f"half={args.half}")
    for name, counts in sorted(per_set.items()):
        total.update(counts)
        _report(name, counts)
    _report("ALL", total)


def _report(name: str, counts: Counter[str]) -> None:
    n = sum(counts.values())
    answered = counts["right"] + counts["wrong"]
    print(
        f"{name:12} n={n:4}  accuracy={counts['right'] / n:.3f}  "
        f"coverage={(n - counts['none']) / n:.3f}  wrong={counts['wrong']}  none={counts['none']}"
        f"  (answered {answered})"
    )


if __name__ == "__main__":
    main()
