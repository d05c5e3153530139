"""HTML article extraction, belnews against trafilatura and readability-lxml, in one run.

    python benchmarks/bench_html.py [--shared ../shared] [--part check|tune|all]
                                    [--peers trafilatura,readability] [--plot docs/img/html.png]
                                    [--warmup outside|page0]
                                    [--worst 0] [--misses] [--metadata-only]
    python benchmarks/bench_html.py --parsers      # Lexbor (selectolax) against lxml
    python benchmarks/bench_html.py --memory [--peers …]   # peak RSS for a 10 MB page
    python benchmarks/bench_html.py --readability-bodies [--part …]  # F1 against Readability.js
    python benchmarks/bench_html.py --alone 3 [--part …] [--peers …]  # each extractor by itself

``--parsers`` measures the two candidate parsers alone: parse time over the 181 benchmark pages
(best of two passes, with a ``p`` lookup so the tree is used) and, each in a fresh process with
a 60 s limit, hostile inputs: seconds and growth of peak RSS.

Figures (each on the same pages, same run):

* **body F1** on ``article_benchmark`` as its README defines it: word tokens (``\\w+``), 4-token
  shingles per page, precision and recall averaged over pages, F1 their harmonic mean (pages
  with an empty output leave the precision mean, count recall 0);
* **headline / date / language accuracy** on ``readability_pages`` where labelled (headline:
  equal after folding case and spaces, or equal to the labelled ``<title>`` minus a site part
  (fair, :func:`headline_matches`); page-stated, also another title the page itself states in
  its head when the label is one of them (:func:`headline_stated`); date: the calendar day of
  ``publishedTime``; language: the primary subtag);
* **teasers** on the labelled listings (share of labelled teaser URLs / titles found);
* **pages/s** over the benchmark pages (pages already in memory; the extractors take turns page
  by page, so load from other processes hits all alike), and the growth
  of the peak resident set while one 10 MB page is parsed (a fresh process; C memory counted).
  Before timing, each extractor is warmed up alike (imports, lazily compiled patterns and
  loaded data: what a user at scale pays once), by ``--warmup``: ``outside`` (the default) on
  :data:`WARM_PAGES` pages that are not timed — the other half of the article benchmark for
  ``--part check`` / ``tune``, the first Readability pages for ``--part all`` — or ``page0``
  (the method of rounds 1–7: the first timed page only, so one-time work that page 0 does not
  reach is timed).  The run prints the method, so figures of the two are never mixed.
  ``belnews`` is ``parse_article(html).body``: names and quotes are found only when read, so
  it does the work trafilatura does (body and metadata).  ``belnews-people`` (the same with
  ``names`` and ``quotes`` read: the whole parse, what ``belnews parse`` does) and
  ``belnews-nonames`` (``parse_article(html, names=False)``) may be named among the peers: they
  are then timed in the same turns, and their ratio to each other peer printed; the split of
  the time into steps then follows ``belnews-people``.
  ``--alone N`` times each extractor by itself instead: a fresh process per extractor, the same
  warm-up, one pass over the pages (the first, like the turns above), extractors in turn, N
  rounds.  That is the throughput of a pipeline that runs one extractor; in the turns page by
  page each extractor also finds the CPU caches filled by the others (the goals use the turns).
  The turns also share one garbage collector: the run prints the collections that fell in each
  extractor's timed calls (a full collection visits every extractor's objects, and falls in the
  time of whichever crosses the threshold).

Pages are split ONCE into a tune and a check half by the first byte of the SHA-256 of the page
id (even: tune).  Rules were developed on the tune half only; ``--part check`` is the honest
figure, ``--part all`` is comparable with the published scores.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import gzip
import hashlib
import importlib
import json
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_TOKEN = re.compile(r"\w+")


def _gunzip(path: Path) -> bytes:
    with gzip.open(path) as stream:
        return stream.read()


def part_of(page_id: str) -> str:
    """ "tune" or "check": the fixed split of a page id."""
    return "tune" if hashlib.sha256(page_id.encode()).digest()[0] % 2 == 0 else "check"


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    if len(tokens) < 4:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3))


def body_scores(pairs: Iterable[tuple[str, str]]) -> dict[str, float]:
    """Precision, recall, F1 over (expected, extracted) pairs, as the benchmark defines them."""
    precisions: list[float] = []
    recalls: list[float] = []
    for expected, got in pairs:
        want, have = shingles(expected), shingles(got)
        tp = sum((want & have).values())
        fp = sum(have.values()) - tp
        fn = sum(want.values()) - tp
        if have:
            precisions.append(tp / (tp + fp))
        if want:
            recalls.append(tp / (tp + fn) if (tp + fn) else 0.0)
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "pages": len(recalls)}


def page_f1(expected: str, got: str) -> float:
    return body_scores([(expected, got)])["f1"]


# --- extractors -----------------------------------------------------------------------------------


def belnews_body(html: str) -> str:
    """``parse_article(html).body``: the body and metadata; names and quotes are found only
    when read (round 18), so this is the work trafilatura does."""
    from belnews.news import parse_article

    return parse_article(html).body


def belnews_people_body(html: str) -> str:
    """``parse_article(html)`` with its ``names`` and ``quotes`` read: the whole parse, the
    work ``belnews parse`` does for each page (the default before round 18)."""
    from belnews.news import parse_article

    article = parse_article(html)
    article.names, article.quotes  # noqa: B018 (read: the person steps run)
    return article.body


def belnews_nonames_body(html: str) -> str:
    """``parse_article(html, names=False)``: the body and metadata without the person steps
    (names and quotes), the work trafilatura does."""
    from belnews.news import parse_article

    return parse_article(html, names=False).body


def belnews_extract_body(html: str) -> str:
    """Only the HTML steps of belnews (parse, metadata, main content), without the text steps
    (normalize, dateline, quotes, names) that ``parse_article`` runs on top: where time goes."""
    from belnews.news._dom import parse_dom
    from belnews.news.content import extract_content
    from belnews.news.meta import read_meta

    tree = parse_dom(html)
    meta = read_meta(tree)
    site = (meta.site_name,) if meta.site_name else ()
    content = extract_content(tree, names=(*meta.authors, *site))
    return "\n\n".join(block.text for block in content.blocks)


def trafilatura_body(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html) or ""


def readability_body(html: str) -> str:
    import lxml.html
    from readability import Document

    summary = Document(html).summary(html_partial=True)
    return lxml.html.fromstring(summary).text_content() if summary.strip() else ""


EXTRACTORS: dict[str, Callable[[str], str]] = {
    "belnews": belnews_body,
    "belnews-nonames": belnews_nonames_body,
    "belnews-people": belnews_people_body,
    "belnews-extract": belnews_extract_body,
    "trafilatura": trafilatura_body,
    "readability": readability_body,
}


# --- data -----------------------------------------------------------------------------------------


def benchmark_pages(shared: Path, part: str) -> list[tuple[str, str, str]]:
    """``(id, html, expected body)`` of the article benchmark pages of ``part``."""
    folder = shared / "data" / "html" / "article_benchmark"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        if part != "all" and part_of(page_id) != part:
            continue
        html = _gunzip(folder / "html" / f"{page_id}.html.gz").decode("utf-8")
        pages.append((page_id, html, truth[page_id]["articleBody"]))
    return pages


def readability_pages(shared: Path, part: str) -> list[tuple[str, bytes, dict[str, Any]]]:
    folder = shared / "data" / "html" / "readability_pages"
    pages = []
    for page in sorted(p for p in folder.iterdir() if (p / "source.html.gz").exists()):
        if part != "all" and part_of(page.name) != part:
            continue
        meta = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))
        pages.append((page.name, _gunzip(page / "source.html.gz"), meta))
    return pages


def readability_bodies(shared: Path, part: str) -> list[tuple[str, str, str]]:
    """``(name, html, expected body)`` of the Readability pages: the body Readability.js gives
    (``expected.html.gz``) — another extractor's output, not a human label: a second, unlike
    set for body F1, used to check the rules tuned on the article benchmark."""
    from selectolax.lexbor import LexborHTMLParser

    folder = shared / "data" / "html" / "readability_pages"
    pages = []
    for name, data, _meta in readability_pages(shared, part):
        expected = _gunzip(folder / name / "expected.html.gz").decode("utf-8")
        text = LexborHTMLParser(expected).text(separator=" ")
        pages.append((name, data.decode("utf-8", "replace").lstrip("\ufeff"), text))
    return pages


# --- metadata accuracy ----------------------------------------------------------------------------


def _fold(text: str | None) -> str:
    return " ".join(_TOKEN.findall((text or "").casefold()))


_SEPARATORS = re.compile(r"\s+(?:[|\-–—:·•»«/\\_]|::)\s+|\s*[|_]\s*")


_BRACKETED = re.compile(
    r"\s*(?:\[[^\]]*\]|（[^）]*）|::[^:]*::)\s*$"
)  # "[LWN.net]", ":: PIXNET ::"


def _parts(text: str) -> list[str]:
    return [_fold(part) for part in _SEPARATORS.split(text)]


def headline_matches(got: str | None, expected: str | None, site: str | None = None) -> bool:
    """The FAIR headline match.  The labels are Readability's titles, which keep the site name
    ("Headline | Site", "Headline (Source) - Site") and sometimes cut the headline at a colon
    ("Outside the web: X · V8" gives "X · V8").  The issue asks for the headline without the
    site name, so the label is compared with its site part removed: the labelled ``siteName``
    (and a bracketed source at the end) is dropped from it; then ``got`` matches when it equals
    the label, or one separator-delimited part of it (30 % of its length or more: a site name
    that is not labelled), or when the label is one separator-delimited part of ``got`` (half of
    its length or more: the label was cut at a colon).  Folding: case, and words only."""
    if not got or not expected:
        return False
    label = _BRACKETED.sub("", expected)
    site_fold = _fold(site)
    kept = [part for part in _SEPARATORS.split(label) if _fold(part) != site_fold]
    if site_fold and 0 < len(kept) < len(_parts(label)):
        label = _BRACKETED.sub("", " - ".join(kept))
    mine, theirs = _fold(got), _fold(label)
    if mine in (theirs, _fold(expected)):
        return True
    if mine in _parts(label) and len(mine) >= 0.3 * len(theirs):
        return True
    cut = [_fold(part) for part in _CUT.split(got)]
    return any(part in cut and len(part) >= 0.5 * len(mine) for part in _parts(label))


_CUT = re.compile(_SEPARATORS.pattern + r"|:\s+")  # "Outside the web: X" is cut after the colon


def stated_titles(data: bytes) -> tuple[str, ...]:
    """The headlines a page states for itself in its head: the JSON-LD ``headline`` (and a
    ``name`` that differs from it), ``og:title`` (or ``twitter:title``), a Dublin Core /
    ``<meta name=title>`` title and the ``<title>``.  Not the ``<h1>``: a heading may be a
    chrome heading; these are the page's statements about the article."""
    return page_statements(data)[0]


def page_statements(data: bytes) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """``(stated, shown, sites)``: the page's head titles (:func:`stated_titles`), its
    ``<h1>`` texts and the site name it states (``og:site_name``, JSON-LD publisher)."""
    from belnews.news._dom import parse_dom
    from belnews.news.decode import decode_html
    from belnews.news.meta import read_meta

    meta = read_meta(parse_dom(decode_html(data)[0].lstrip("\ufeff")))
    found = (meta.ld_headline, meta.ld_name, meta.og_title, meta.meta_title, meta.title)
    sites = (meta.site_name,) if meta.site_name else ()
    return tuple(title for title in found if title), meta.h1, sites


def headline_stated(
    got: str | None,
    expected: str | None,
    site: str | None,
    stated: tuple[str, ...],
    shown: tuple[str, ...] = (),
    sites: tuple[str, ...] = (),
) -> bool:
    """The PAGE-STATED headline match: :func:`headline_matches`, or — when the label is, word
    for word, one of the page's own stated titles (:func:`stated_titles`) and the page states
    its headline in two wordings (an SEO/social ``og:title`` or ``<title>`` beside the shown
    headline in the JSON-LD ``headline`` or ``<title>``) — ``got`` is another of those
    wordings, said twice by the page: in its head and as its ``<h1>`` (``shown``), or by two
    head sources.  The labels were made by tools that read one source (Readability.js:
    JSON-LD, then ``og:title``, then ``<title>``; the articles_uk scraper: ``og:title`` or
    ``<title>``); an answer that the page itself states twice is the page's headline too.
    ``got`` must be such a title word for word, or it without one end part (a site part, see
    :func:`_wordings`), and not the site's name (labelled, ``site``, or stated, ``sites``).  A
    head statement said once never counts: a JSON-LD ``headline`` that holds a description
    (Wikipedia: "constitutional monarchy in Oceania"), a truncated ``<meta name=title>``, a
    ``<title>`` without its front part; nor an ``<h1>`` alone, a section or a site name."""
    if headline_matches(got, expected, site):
        return True
    if not got or not expected or _fold(expected) not in {_fold(title) for title in stated}:
        return False
    mine = _fold(got)
    if mine in {_fold(name) for name in (site, *sites)}:
        return False
    said = sum(mine in _wordings(title) for title in stated)
    return said >= 2 or (said == 1 and mine in {_fold(heading) for heading in shown})


def _wordings(title: str) -> set[str]:
    """A stated title folded, whole and without one end part ("Headline - Site", "Site:
    Headline") when what is left is at least half of it: its possible headline wordings."""
    whole = _fold(title)
    parts = _SEPARATORS.split(title)
    found = {whole}
    if len(parts) > 1:
        for kept in (parts[:-1], parts[1:]):
            folded = _fold(" ".join(kept))
            if len(folded) >= 0.5 * len(whole):
                found.add(folded)
    return found


def headline_rule(data: bytes) -> str | None:
    """The name of the headline rule (``belnews.news.headline.RULES``) that answers for a page."""
    from belnews.news._dom import parse_dom
    from belnews.news.content import extract_content
    from belnews.news.decode import decode_html
    from belnews.news.headline import headline_rule as rule_of
    from belnews.news.meta import read_meta

    tree = parse_dom(decode_html(data)[0].lstrip("\ufeff"))
    meta = read_meta(tree)
    site = (meta.site_name,) if meta.site_name else ()
    blocks = extract_content(tree, names=(*meta.authors, *site)).blocks
    return rule_of(meta, in_body=tuple(b.text for b in blocks if b.kind == "h1"))[1]


def _miss(misses: list[str] | None, what: str, name: str, got: object, want: object) -> None:
    if misses is not None:
        misses.append(f"{what} miss {name}: got {got!r}; label {want!r}")


def metadata_accuracy(
    shared: Path, part: str, misses: list[str] | None = None
) -> dict[str, tuple[int, int]]:
    """(right, labelled) for headline, date and language on the readability pages; each fair
    headline miss and date miss is appended to ``misses`` (with the headline rule that
    answered) when a list is given.  Read only the misses of the tune half."""
    from belnews.news import parse_article
    from belnews.news.dateline import parse_datetime

    right: Counter[str] = Counter()
    labelled: Counter[str] = Counter()
    for name, data, meta in readability_pages(shared, part):
        article = parse_article(data)
        if meta.get("title"):
            labelled["headline (fair: the label without its site part)"] += 1
            labelled["headline (strict: exactly the label)"] += 1
            fair = headline_matches(article.headline, meta["title"], meta.get("siteName"))
            right["headline (fair: the label without its site part)"] += fair
            labelled["headline (page-stated: the label or another title the page states)"] += 1
            right["headline (page-stated: the label or another title the page states)"] += (
                headline_stated(
                    article.headline, meta["title"], meta.get("siteName"), *page_statements(data)
                )
            )
            right["headline (strict: exactly the label)"] += _fold(article.headline) == _fold(
                meta["title"]
            )
            if not fair and misses is not None:
                rule = headline_rule(data)
                _miss(misses, f"headline [{rule}]", name, article.headline, meta["title"])
        if meta.get("publishedTime"):
            labelled["date"] += 1
            day = parse_datetime(meta["publishedTime"])[1]
            right["date"] += article.date == day
            if article.date != day:
                _miss(misses, "date", name, article.date, meta["publishedTime"])
        if meta.get("byline"):  # the label is the page's byline line ("By X, Title"): an
            labelled["author"] += 1  # author counts when its words are in it
            byline = _fold(meta["byline"])
            right["author"] += any(_fold(a) and _fold(a) in byline for a in article.authors)
        if meta.get("lang"):
            labelled["language"] += 1
            want = meta["lang"].split("-")[0].lower()
            right["language"] += (article.language or "").split("-")[0] == want
    return {key: (right[key], labelled[key]) for key in labelled}


def uk_accuracy(shared: Path, misses: list[str] | None = None) -> dict[str, tuple[int, int]]:
    """(right, labelled) for headline, date and author on ``articles_uk``: 13 Ukrainian news
    pages labelled by another project's scraper tests, never used to develop belnews's rules.
    Headline as on the Readability pages (the labels are that scraper's titles, some with the
    site suffix); date: the calendar day of ``published_at`` as written, parsed without and
    with the page's labelled URL; author: the labelled
    name among ``Article.authors`` (folded).  Misses as in :func:`metadata_accuracy` (this set
    has no split: a miss read here is no longer unseen)."""
    from belnews.news import parse_article
    from belnews.news.dateline import parse_datetime

    folder = shared / "data" / "html" / "articles_uk"
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))["articles"]
    right: Counter[str] = Counter()
    labelled: Counter[str] = Counter()
    for label in labels:
        data = _gunzip(folder / label["file"])
        article = parse_article(data)
        if label.get("title"):
            labelled["headline (fair)"] += 1
            fair = headline_matches(article.headline, label["title"])
            right["headline (fair)"] += fair
            labelled["headline (page-stated)"] += 1
            right["headline (page-stated)"] += headline_stated(
                article.headline, label["title"], None, *page_statements(data)
            )
            if not fair and misses is not None:
                rule = headline_rule(data)
                _miss(misses, f"headline [{rule}]", label["file"], article.headline, label["title"])
        if label.get("published_at"):
            labelled["date"] += 1
            day = parse_datetime(label["published_at"])[1]
            right["date"] += article.date == day
            if article.date != day:
                _miss(misses, "date", label["file"], article.date, label["published_at"])
            # as a crawler calls it, with the page's URL (a URL date outranks a text date)
            labelled["date (given the page URL)"] += 1
            right["date (given the page URL)"] += parse_article(data, url=label["url"]).date == day
        if label.get("author"):
            labelled["author"] += 1
            right["author"] += _fold(label["author"]) in {_fold(a) for a in article.authors}
    return {key: (right[key], labelled[key]) for key in labelled}


# --- listings -------------------------------------------------------------------------------------


def teaser_accuracy(shared: Path) -> tuple[int, int]:
    """(found, labelled) teaser URLs/titles over the labelled listings."""
    from belnews.news import parse_teasers

    folder = shared / "data" / "html" / "listings"
    found = total = 0
    for label in sorted((folder / "labels").glob("*.json")):
        stem = label.name.split(".")[0]
        data = json.loads(label.read_text(encoding="utf-8"))
        # the page's own URL, its section links and feeds are not teasers
        data = {k: v for k, v in data.items() if k not in _NOT_TEASERS}
        teasers = parse_teasers(_gunzip(folder / f"{stem}.html.gz"))
        urls = {t.url for t in teasers if t.url}
        titles = {_fold(t.title) for t in teasers if t.title}
        for kind, value in _labelled_items(data):
            total += 1
            if kind == "url":
                found += any(value == u or u.endswith(value) or value.endswith(u) for u in urls)
            else:
                found += _fold(value) in titles
    return found, total


_NOT_TEASERS = frozenset({"url", "category_urls", "feeds", "feed_urls", "source", "page"})


def _labelled_items(data: Any) -> Iterable[tuple[str, str]]:
    """Every ``url``/``title`` string in a label file (any nesting)."""
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, str) and key in ("url", "link", "href"):
                yield "url", value
            elif isinstance(value, str) and key in ("title", "headline"):
                yield "title", value
            else:
                yield from _labelled_items(value)
    elif isinstance(data, list):
        for item in data:
            if isinstance(item, str) and item.startswith(("http", "/")):
                yield "url", item
            else:
                yield from _labelled_items(item)


# --- speed and memory -----------------------------------------------------------------------------


WARM_PAGES = 8  # pages each extractor reads before timing (--warmup outside)


def warmup_pages(
    shared: Path, part: str, method: str, timed_pages: list[str]
) -> tuple[list[str], str]:
    """The pages every extractor reads before timing, and a line that says how they were chosen
    (``method``: ``outside`` or ``page0``, see the module docstring; ``timed_pages``: the timed
    pages)."""
    if method == "page0":
        return timed_pages[:1], "warm-up: page0 (each extractor on the first timed page only)"
    if part == "all":
        warm = [
            data.decode("utf-8", "replace").lstrip("\ufeff")
            for _name, data, _meta in readability_pages(shared, "all")[:WARM_PAGES]
        ]
        where = "the first Readability pages"
    else:
        other = "tune" if part == "check" else "check"
        warm = [html for _id, html, _ in benchmark_pages(shared, other)[:WARM_PAGES]]
        where = f"the {other} half"
    return warm, f"warm-up: outside (each extractor on {len(warm)} untimed pages: {where})"


def pages_per_second(
    names: list[str], pages: list[tuple[str, str, str]], warm: list[str] | None = None
) -> tuple[dict[str, float], dict[str, float], Collections]:
    """Pages/s of each extractor, timed page by page in turn (belnews, peer, peer, belnews…),
    so a burst of load from other processes falls on all of them alike; the split of
    belnews's time (:func:`split_ms`), taken in the same pass (the first over these pages, so
    no cache holds a page twice); and the garbage collections in each one's calls.  Each
    extractor first reads the ``warm`` pages (default: the first timed page), outside the
    measure."""
    spent = dict.fromkeys(names, 0.0)
    for name in names:  # imports and lazily loaded data, outside the measure
        for html in pages[:1] if warm is None else warm:
            EXTRACTORS[name](html)
    global _SPLIT_PAUSED
    whole = _whole_parse(names)
    with split_timers() as steps, collections_by_caller() as collected:
        steps.update(dict.fromkeys(steps, 0.0))
        for _id, html, _ in pages:
            for name in names:
                _SPLIT_PAUSED = name != whole
                collected.caller = name
                start = time.perf_counter()
                EXTRACTORS[name](html)
                spent[name] += time.perf_counter() - start
            collected.caller = None
        _SPLIT_PAUSED = False
    split = split_ms(steps, spent[whole], len(pages)) if whole in names else {}
    return {name: len(pages) / spent[name] for name in names}, split, collected


def _whole_parse(names: list[str]) -> str:
    """The extractor whose time the split divides: the whole parse when it is timed."""
    return "belnews-people" if "belnews-people" in names else "belnews"


class Collections:
    """The garbage collections run while each caller was timed: ``seen[(caller, generation)]``
    is ``[count, seconds]``; ``caller`` names who runs now (``None``: nobody timed)."""

    def __init__(self) -> None:
        self.caller: str | None = None
        self.seen: dict[tuple[str, int], list[float]] = {}
        self._start = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        elif self.caller is not None:
            entry = self.seen.setdefault((self.caller, info["generation"]), [0, 0.0])
            entry[0] += 1
            entry[1] += time.perf_counter() - self._start

    def seconds(self, name: str) -> float:
        """Seconds of the collections in ``name``'s calls."""
        return sum(seconds for (caller, _gen), (_n, seconds) in self.seen.items() if caller == name)

    def line(self, names: list[str]) -> str:
        """One line: per extractor, the collections of each generation in its timed calls."""
        parts = []
        for name in names:
            counts = [self.seen.get((name, generation), [0, 0.0]) for generation in (0, 1, 2)]
            parts.append(
                f"{name} "
                + ", ".join(
                    f"gen{generation} {int(count)}x {1000 * seconds:.1f} ms"
                    for generation, (count, seconds) in enumerate(counts)
                )
            )
        return "garbage collections in the timed calls: " + "; ".join(parts)


@contextlib.contextmanager
def collections_by_caller() -> Iterator[Collections]:
    """Tally the collections of the block by the caller set on the tally (``gc.callbacks``).

    In the turns page by page one process holds every extractor's objects, and a collection is
    paid by whoever allocates when a threshold is crossed: a full (generation 2) collection,
    which visits every tracked object of the process, can fall in either's time."""
    tally = Collections()
    gc.callbacks.append(tally)
    try:
        yield tally
    finally:
        gc.callbacks.remove(tally)


def _pass_alone(name: str, shared: Path, part: str, method: str) -> float:
    """Pages/s of ``name`` alone in this process: warm-up, then one pass over the pages."""
    pages = [html for _id, html, _ in benchmark_pages(shared, part)]
    warm, _ = warmup_pages(shared, part, method, pages)
    extract = EXTRACTORS[name]
    for html in warm:
        extract(html)
    start = time.perf_counter()
    for html in pages:
        extract(html)
    return len(pages) / (time.perf_counter() - start)


def pages_per_second_alone(
    names: list[str], shared: Path, part: str, method: str, rounds: int
) -> dict[str, list[float]]:
    """Pages/s of each extractor by itself (see the module docstring), ``rounds`` times each."""
    found: dict[str, list[float]] = {name: [] for name in names}
    for _ in range(rounds):
        for name in names:
            command = [sys.executable, __file__, "--shared", str(shared), "--part", part]
            command += ["--warmup", method, "--alone-pass", name]
            out = subprocess.run(command, capture_output=True, text=True, check=True)
            found[name].append(float(out.stdout.split()[-1]))
    return found


def timed(
    spent: dict[Any, float],
    key: Any,
    function: Callable[..., Any],
    *,
    clock: Callable[[], float] = time.perf_counter,
) -> Callable[..., Any]:
    """``function``, adding the ``clock`` time of each call to ``spent[key]``."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = clock()
        try:
            return function(*args, **kwargs)
        finally:
            if not _SPLIT_PAUSED:
                spent[key] += clock() - start

    return wrapper


# True while an extractor other than "belnews" runs in the turns: the split of parse_article's
# time counts the calls of one extractor only (the others run the same steps)
_SPLIT_PAUSED = False


# (module, attribute, step): the text steps that parse_article runs after the HTML steps, each
# wrapped where parse_html / assemble / text.people (names and quotes, when read) call it, so
# their time can be told apart (owner in brackets)
_TEXT_STEPS = (
    ("belnews.news.html", "_normalized", "normalize"),
    ("belnews.news.html", "assemble", "text steps"),
    ("belnews.news._deps", "find_person_names", "find_names"),
    ("belnews.news.text", "find_quotes", "quotes"),
    ("belnews.news.text", "detect_language", "language"),
)


@contextlib.contextmanager
def split_timers() -> Iterator[dict[str, float]]:
    """Seconds spent in each text step of ``parse_article`` while the block runs (the steps
    that follow the HTML steps: normalize, head and dateline, find_names, quotes, language)."""
    spent = dict.fromkeys([step for _m, _a, step in _TEXT_STEPS], 0.0)
    originals = []
    for module_name, attribute, step in _TEXT_STEPS:
        module = importlib.import_module(module_name)
        originals.append((module, attribute, getattr(module, attribute)))
        setattr(module, attribute, timed(spent, step, getattr(module, attribute)))
    try:
        yield spent
    finally:
        for module, attribute, original in originals:
            setattr(module, attribute, original)


def split_ms(spent: dict[str, float], total: float, pages: int) -> dict[str, float]:
    """Milliseconds per page: the whole of ``parse_article`` (``total`` seconds), its text
    steps and its HTML steps (the rest: decode, parse, metadata, main content)."""
    per_page = {key: 1000 * value / pages for key, value in spent.items()}
    per_page["total"] = 1000 * total / pages
    # (names and quotes are found outside assemble, when read)
    per_page["text steps"] += per_page["normalize"] + per_page["find_names"] + per_page["quotes"]
    per_page["HTML steps"] = per_page["total"] - per_page["text steps"]
    inner = ("find_names", "quotes", "language", "normalize")
    per_page["other text steps"] = per_page["text steps"] - sum(per_page[k] for k in inner)
    return per_page


_MEMORY_SCRIPT = """
import resource, sys
sys.path.insert(0, {bench!r})
from bench_html import EXTRACTORS
extract = EXTRACTORS[{name!r}]
extract("<p>warm up the imports, a short page</p>")
sentence = "Minsk residents said the new tariffs would start in March, officials said. " * 8
paragraphs = ("<p>%d. %s</p>\\n" % (i, sentence) for i in range({size} // (len(sentence) + 16)))
page = "".join(["<html><body><h1>Title of the page</h1><article>", *paragraphs, "</article></body></html>"])
extract(page)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def peak_memory_mb(name: str) -> float:
    """Peak resident set (MB, parser C memory and the page itself included) of a fresh process
    that parses a 10 MB page, minus the same for an empty page: what the page costs."""

    def peak(size: int) -> float:
        script = _MEMORY_SCRIPT.format(bench=str(Path(__file__).parent), name=name, size=size)
        out = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True
        )
        return float(out.stdout.strip().splitlines()[-1])

    return peak(10_000_000) - peak(0)


_HOSTILE = {
    "100k nested div": "'<div>' * 100_000 + 'x' + '</div>' * 100_000",
    "100k nested ul/li": "'<ul><li>' * 100_000 + 'x'",
    "<p><script> unclosed": "'<p><script>' + 'x' * 1_000_000",
    "2 MB binary junk": "bytes(random.Random(1).getrandbits(8) for _ in range(2_000_000))"
    ".decode('latin-1')",
    "50k unclosed '<a '": "'<div>' + '<a ' * 50_000",
    "200k '<!--'": "'<!--' * 200_000",
    "50 MB page": "('<p>' + 'Word text here and there. ' * 40 + '</p>') * 47_700",
}
_PARSE = {
    "lexbor": "from selectolax.lexbor import LexborHTMLParser as P\nparse = lambda s: P(s).css('p')",
    "lxml": "import lxml.html\nparse = lambda s: lxml.html.document_fromstring(s).findall('.//p')",
}


def compare_parsers(shared: Path) -> None:
    """Lexbor against lxml: speed on the benchmark pages, then hostile inputs."""
    pages = [html for _id, html, _ in benchmark_pages(shared, "all")]
    for name, code in _PARSE.items():
        namespace: dict[str, Any] = {}
        exec(code, namespace)  # our own two-line snippets above
        best = float("inf")
        for _ in range(2):
            start = time.perf_counter()
            for html in pages:
                namespace["parse"](html)
            best = min(best, time.perf_counter() - start)
        print(f"{name:7} {len(pages)} pages: {best:.3f} s, {len(pages) / best:.0f} pages/s")
    for case, expression in _HOSTILE.items():
        for name, code in _PARSE.items():
            script = (
                f"import random, resource, time\n{code}\ns = {expression}\n"
                "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
                "start = time.perf_counter()\ntry:\n    parse(s)\n    ok = 'ok'\n"
                "except Exception as error:\n    ok = type(error).__name__\n"
                "spent = time.perf_counter() - start\n"
                "grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024\n"
                "print(f'{spent:.2f} s, +{grown:.0f} MB RSS, {ok}')"
            )
            try:
                out = subprocess.run(
                    [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
                )
                result = out.stdout.strip() or out.stderr.strip().splitlines()[-1]
            except subprocess.TimeoutExpired:
                result = "did not finish in 60 s"
            print(f"{case:22} {name:7} {result}", flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--part", choices=("tune", "check", "all"), default="check")
    parser.add_argument("--peers", default="trafilatura,readability")
    parser.add_argument("--worst", type=int, default=0, help="print the N worst belnews pages")
    parser.add_argument(
        "--misses", action="store_true", help="print the headline and date misses of --part"
    )
    parser.add_argument(
        "--metadata-only", action="store_true", help="headline/date/author/language accuracy only"
    )
    parser.add_argument("--plot", type=Path, default=None, help="write F1 vs pages/s (PNG)")
    parser.add_argument(
        "--warmup",
        choices=("outside", "page0"),
        default="outside",
        help="warm each extractor on untimed pages (outside) or on the first timed page (page0)",
    )
    parser.add_argument("--parsers", action="store_true", help="compare Lexbor and lxml only")
    parser.add_argument("--memory", action="store_true", help="the 10 MB page memory only")
    parser.add_argument(
        "--readability-bodies",
        action="store_true",
        help="body F1 against Readability.js's output on the readability pages only",
    )
    parser.add_argument(
        "--alone",
        type=int,
        default=0,
        metavar="N",
        help="pages/s of each extractor by itself, a fresh process each, N rounds in turn",
    )
    parser.add_argument("--alone-pass", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.alone_pass:
        print(_pass_alone(args.alone_pass, args.shared, args.part, args.warmup))
        return
    if args.alone:
        names = ["belnews", *[p for p in args.peers.split(",") if p]]
        alone = pages_per_second_alone(names, args.shared, args.part, args.warmup, args.alone)
        for name, runs in alone.items():
            print(f"{name:12} alone pages/s: " + ", ".join(f"{v:.1f}" for v in runs))
        ours = ["belnews", *[name for name in names[1:] if name.startswith("belnews")]]
        for own, name in ((o, n) for o in ours for n in names[1:] if n != o):
            if own != "belnews" and name.startswith("belnews"):
                continue
            ratios = [a / b for a, b in zip(alone[own], alone[name], strict=True)]
            print(f"{own} / {name} alone: " + ", ".join(f"{r:.2f}x" for r in ratios))
        return
    if args.parsers:
        compare_parsers(args.shared)
        return
    if args.memory:
        for name in ["belnews", *[p for p in args.peers.split(",") if p]]:
            print(f"{name:16} peak RSS for a 10 MB page: {peak_memory_mb(name):.1f} MB", flush=True)
        return
    if args.metadata_only:
        print_metadata(args.shared, args.part, show_misses=args.misses)
        return
    names = ["belnews", *[p for p in args.peers.split(",") if p]]
    if args.readability_bodies:
        pages = readability_bodies(args.shared, args.part)
        for name in names:
            scores = body_scores((want, EXTRACTORS[name](html)) for _id, html, want in pages)
            print(
                f"{name:16} vs Readability.js "
                + "  ".join(f"{k} {v:.3f}" for k, v in scores.items())
            )
        return
    pages = benchmark_pages(args.shared, args.part)
    results: dict[str, dict[str, float]] = {}
    warm, method = warmup_pages(args.shared, args.part, args.warmup, [h for _i, h, _ in pages])
    print(method, flush=True)
    print(belnews_build(), flush=True)
    speed, split, collected = (
        pages_per_second(names, pages, warm) if len(pages) else ({}, {}, Collections())
    )
    for name in names:
        extract = EXTRACTORS[name]
        outputs = [extract(html) for _id, html, _ in pages]
        scores = body_scores(
            (want, got) for (_i, _h, want), got in zip(pages, outputs, strict=True)
        )
        scores["pages_per_s"] = speed[name]
        results[name] = scores
        print(f"{name:12} " + "  ".join(f"{k} {v:.3f}" for k, v in scores.items()), flush=True)
        if name == "belnews" and args.worst:
            worst = sorted(
                (page_f1(want, got), pid)
                for (pid, _h, want), got in zip(pages, outputs, strict=True)
            )[: args.worst]
            for f1, pid in worst:
                print(f"   {f1:.3f} {pid}")
    base = results["belnews"]["pages_per_s"]
    for name in names[1:]:
        print(f"belnews / {name} pages/s: {base / results[name]['pages_per_s']:.1f}x")
    ours = [name for name in names[1:] if name.startswith("belnews")]
    for own, peer in ((o, p) for o in ours for p in names[1:] if not p.startswith("belnews")):
        ratio = results[own]["pages_per_s"] / results[peer]["pages_per_s"]
        print(f"{own} / {peer} pages/s: {ratio:.1f}x")
    if collected.seen:
        print(collected.line(names))
        own = {
            name: len(pages) / results[name]["pages_per_s"] - collected.seconds(name)
            for name in names
        }
        for name in names[1:]:
            print(
                f"belnews / {name} without the collections (each one's time less the"
                f" collections in it): {own[name] / own['belnews']:.2f}x"
            )
    if split:
        _print_split(split, results)
    print_metadata(args.shared, args.part, show_misses=args.misses)
    found, total = teaser_accuracy(args.shared)
    print(f"listings teasers found: {found}/{total} = {found / max(total, 1):.1%}")
    if args.plot:
        _plot(results, args.plot, args.part)


def print_metadata(shared: Path, part: str, *, show_misses: bool = False) -> None:
    """Headline/date/author/language accuracy (readability pages of ``part``, articles_uk)."""
    misses: list[str] | None = [] if show_misses else None
    for key, (right, total) in metadata_accuracy(shared, part, misses).items():
        print(f"readability_pages {key}: {right}/{total} = {right / total:.1%}", flush=True)
    for key, (right, total) in uk_accuracy(shared, misses).items():
        print(f"articles_uk {key}: {right}/{total} = {right / total:.1%}", flush=True)
    dated, total = date_coverage(shared, part)
    print(
        f"article_benchmark pages with a date (no date labels: coverage, not accuracy): "
        f"{dated}/{total}"
    )
    for line in misses or ():
        print(f"   {line}")


def date_coverage(shared: Path, part: str) -> tuple[int, int]:
    """(pages with ``Article.date``, pages) on the article benchmark: it labels no dates, so this
    counts how often a page's date is found at all; check new dates by hand against the page."""
    from belnews.news import parse_article

    pages = benchmark_pages(shared, part)
    return sum(parse_article(html).date is not None for _id, html, _want in pages), len(pages)


def belnews_build() -> str:
    """Which build of belnews runs: pure Python, or compiled (``BELNEWS_COMPILE=1``, mypyc)."""
    from belnews.news import text

    if (text.__file__ or ".py").endswith(".py"):
        return "belnews build: pure Python"
    # a compiled module calls a compiled one directly: the split's wrappers of find_quotes and
    # detect_language (called from the compiled news.text) are not reached, their time falls in
    # "rest"; find_names and normalize are reached through the pure news._deps and news.html
    return (
        "belnews build: compiled with mypyc (the split counts quotes and language in"
        " head/dateline/rest)"
    )


def _print_split(split: dict[str, float], results: dict[str, dict[str, float]]) -> None:
    """Where ``parse_article``'s time goes, and each part against trafilatura (same run)."""
    print(
        f"parse_article (names, quotes read) ms/page: total {split['total']:.2f} = HTML steps {split['HTML steps']:.2f}"
        f" [html] + text steps {split['text steps']:.2f} (find_names {split['find_names']:.2f}"
        f" [find]; quotes {split['quotes']:.2f}, language {split['language']:.2f},"
        f" normalize {split['normalize']:.2f}, head/dateline/rest {split['other text steps']:.2f}"
        " [newstext])"
    )
    if "trafilatura" in results:
        peer = 1000 / results["trafilatura"]["pages_per_s"]
        print(
            f"against trafilatura ({peer:.2f} ms/page): total {peer / split['total']:.1f}x,"
            f" HTML steps alone {peer / split['HTML steps']:.1f}x; 5x needs a total of"
            f" {peer / 5:.2f} ms/page"
        )


def _plot(results: dict[str, dict[str, float]], path: Path, part: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(6, 4))
    for i, (name, scores) in enumerate(results.items()):
        axes.scatter(scores["pages_per_s"], scores["f1"], s=60)
        # labels of points at the same height (the belnews calls) go above and below in turn
        axes.annotate(name, (scores["pages_per_s"], scores["f1"]), xytext=(-20, 8 - 20 * (i % 2)),
                      textcoords="offset points")  # fmt: skip
    axes.margins(x=0.15, y=0.15)
    axes.set_xscale("log")
    axes.set_xlabel("pages per second (log scale, one core)")
    axes.set_ylabel("body F1 (article-extraction-benchmark)")
    axes.set_title(f"HTML article extraction, {part} pages")
    axes.grid(True, alpha=0.3)
    figure.tight_layout()
    figure.savefig(path, dpi=100)


if __name__ == "__main__":
    main()
