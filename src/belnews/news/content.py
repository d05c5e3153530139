"""The main content of an article page: boilerplate removed, the body chosen by text density.

Three steps, in the manner of Readability and trafilatura, written here:

1. **Prune** page chrome (:data:`PRUNE_RULES`, named rules): scripts and styles; navigation,
   footers, asides, buttons and forms (a ``<form>`` holding most of the page's text — an
   ASP.NET page — is kept); elements whose ``class``/``id`` names them as chrome (share bars,
   cookie notices, comments, "most popular", newsletters, ads, …).  Related-story blocks are
   pruned too, but their links are kept as teasers (:attr:`Content.related`).
2. **Score** every paragraph carrier (``p``, ``pre``, ``td``, ``blockquote``, an element with
   ``<br>``-separated text) by its text length and commas; its parent gets the score, its
   grandparent half, its great-grandparent a third.  A candidate's score is weighted by its tag
   and class hints and multiplied by ``1 − link density``.  The best candidate is the body;
   siblings that score close to it (or are long, link-poor paragraphs) join it.
3. **Read** the chosen elements in document order into blocks (headings, paragraphs, quotes,
   list items) for :func:`belnews.news.text.assemble`; link-dense blocks are dropped, link lists
   become teaser items.

Every step is a bounded number of passes over the elements (CSS selection in C; the block
reader walks only the chosen body), so time is linear in the page.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator

import attrs

from belnews.news._blocks import (
    BREAK,
    HEADINGS,
    INLINE_WRAPPERS,
    LEAF_DIVS,
    TEXT_BLOCKS,
    Reader,
    link_density,
    read,
    without_repeats,
)
from belnews.news._dom import Node, Removal, Tree, class_hints, collapse, node_text
from belnews.news._trim import trim_edges
from belnews.news.text import Block

__all__ = ["PRUNE_RULES", "Content", "extract_content"]

# --- 1. pruning ---------------------------------------------------------------------------------

_ALWAYS_DROP = (
    "script, style, noscript, template, svg, iframe, object, embed, canvas, button, select, "
    "input, textarea, label, dialog, figcaption, [hidden], [aria-hidden=true]"
)
_CHROME_TAGS = "nav, footer, aside, menu"

# (rule name, word beginnings).  ``class``/``id`` values are cut into words at spaces, "-" and
# "_" (two neighbouring words also count joined: "most-read" → "mostread"); a word that begins
# with one of a rule's beginnings names the element as that rule's chrome — unless the element
# holds the headline, a POSITIVE hint ("article-body", "content", …) or most of the page's text.
PRUNE_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "related",
        (
            "related",
            "morestories",
            "readmore",
            "alsoread",
            "seealso",
            "recommend",
            "furtherreading",
        ),
    ),
    ("share-bar", ("share", "sharing", "social", "sociable", "addthis", "shariff")),
    ("comments", ("comment", "disqus", "discussion", "respond", "replies")),
    ("cookie-notice", ("cookie", "consent", "gdpr")),
    ("popular-list", ("popular", "mostread", "trending", "topstories", "meistgelesen")),
    ("newsletter", ("newsletter", "subscribe", "subscription", "signup", "regwall")),
    (
        "advertising",
        ("ad", "ads", "advert", "sponsor", "promo", "banner", "dfp", "taboola", "outbrain"),
    ),
    (
        "navigation",
        (
            "breadcrumb",
            "pagination",
            "pager",
            "menu",
            "navbar",
            "nav",
            "skiplink",
            "masthead",
            "toolbar",
        ),
    ),
    ("sidebar", ("sidebar", "widget", "rail")),
    ("page-footer", ("footer", "copyright")),
    ("author-box", ("authorbio", "abouttheauthor", "bylinebio")),
    ("tag-list", ("tags", "taglist", "tagslist", "keywords")),
    ("modal", ("modal", "popup", "overlay", "lightbox", "hovercard", "rollover")),
    ("caption", ("caption", "credit", "photocredit", "imagecredit")),
)
# Beginnings of two letters or fewer must be the whole word ("ad", not "adress").
_EXACT = frozenset(b for _, bs in PRUNE_RULES for b in bs if len(b) <= 3)
_BY_HEAD: dict[str, list[tuple[str, str]]] = {}
for _name, _beginnings in PRUNE_RULES:
    for _beginning in _beginnings:
        _BY_HEAD.setdefault(_beginning[:2], []).append((_beginning, _name))
_WORD_SPLIT = re.compile(r"[\s_-]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")  # "embeddedMediaCaption" → "embedded Media Caption"
_POSITIVE = re.compile(
    r"article|body|content|entry|main|post|story|text|hentry|blog|prose", re.IGNORECASE
)


@functools.lru_cache(maxsize=8192)  # pages repeat their class names
def _rule_for(hints: str) -> str | None:
    """The first rule one of whose beginnings starts a word of ``hints`` (see PRUNE_RULES)."""
    if not hints.islower():  # camel case to words; most class names are lower case already
        hints = _CAMEL.sub(" ", hints).lower()
    found: str | None = None
    order = len(PRUNE_RULES)
    previous = ""
    for word in _WORD_SPLIT.split(hints):
        if not word:
            continue
        for whole in (word, previous + word) if previous else (word,):
            for beginning, name in _BY_HEAD.get(whole[:2], ()):
                exact = beginning in _EXACT
                if (whole == beginning) if exact else whole.startswith(beginning):
                    rank = _RANK[name]
                    if rank < order:
                        found, order = name, rank
        previous = word
    return found


_RANK = {name: rank for rank, (name, _) in enumerate(PRUNE_RULES)}
_CHROME_SHARE = 0.3  # an element holding more of the page's text than this is not chrome


@attrs.frozen
class Content:
    """The body blocks of a page and the teasers of its related-story blocks."""

    blocks: tuple[Block, ...]
    related: tuple[Block, ...] = ()
    found_body: bool = False  # a scored body was found (else: the whole page was read)
    pruned: tuple[tuple[str, int], ...] = ()  # (rule name, elements removed)


def _main_form(forms: list[Node], total: int) -> set[int]:
    """Forms holding most of the page's text (ASP.NET pages): kept, not pruned."""
    keep: set[int] = set()
    for form in forms:
        if total and len(form.text(deep=True)) >= 0.5 * total:
            keep.add(form.mem_id)
    return keep


def _related_links(node: Node) -> list[Block]:
    """A related-story block as blocks: its heading, its link lists as teaser items.

    A block without a list gives its story links (three words or more) as items.
    """
    if node.css_first("li") is not None:
        reader = Reader(links=True)
        read(reader, node)
        reader.flush()
        return [block for block in reader.blocks if block.kind in ("li", "h")]
    items: list[Block] = []
    for link in node.css("a[href]")[:50]:
        title = node_text(link)
        if len(title.split()) >= 3:
            items.append(Block(title, "li", link.attributes.get("href")))
    return items


def _holders(body: Node, tag: str) -> set[int]:
    """``mem_id`` of every element that holds a ``tag`` element (the element itself included)."""
    held: set[int] = set()
    for node in body.css(tag):
        ancestor: Node | None = node
        while ancestor is not None and ancestor.mem_id not in held:
            held.add(ancestor.mem_id)
            ancestor = ancestor.parent
    return held


def _prune(tree: Tree, body: Node) -> tuple[list[Block], dict[str, int]]:
    """Remove chrome from the tree; return the related-story teasers and counts per rule."""
    counts: dict[str, int] = {}
    Removal(_ALWAYS_DROP).remove_all(body)
    total = len(body.text(deep=True))
    forms = body.css("form")
    keep = _main_form(forms, total)
    removal = Removal("form")
    for node in forms:
        if node.mem_id not in keep and removal.alive(node):
            removal.remove(node)
            counts["form"] = counts.get("form", 0) + 1
    # no step below removes an element that holds the <h1>: who holds it is known once
    headline = _holders(body, "h1")
    related: list[Block] = []
    removal = Removal(_CHROME_TAGS)
    for node in body.css(_CHROME_TAGS):
        if node.mem_id not in headline and removal.alive(node):
            tag = node.tag or "chrome"
            removal.mark(node)  # before reading: the reader decomposes a teaser's lead
            if tag == "aside" or _rule_for(class_hints(node)) == "related":
                related.extend(_related_links(node))
            node.decompose()
            counts[tag] = counts.get(tag, 0) + 1
    _prune_by_class(body, total, headline, related, counts)
    removal = Removal("header")
    for header in body.css("header"):
        if header.mem_id not in headline and removal.alive(header):
            removal.remove(header)
    return related, counts


def _prune_by_class(
    body: Node, total: int, headline: set[int], related: list[Block], counts: dict[str, int]
) -> None:
    """Remove the elements whose ``class``/``id`` names them as chrome (see PRUNE_RULES)."""
    removal = Removal("[class], [id]")
    dead = removal.dead
    for node in body.css("[class], [id]"):
        key = node.mem_id
        if key in dead or key in headline:
            continue
        attributes = node.attributes  # class_hints, inline: this loop sees every marked element
        hints = f"{attributes.get('class') or ''} {attributes.get('id') or ''}"
        rule = _rule_for(hints)
        if rule is None or node.tag in ("html", "body", "article", "main"):
            continue
        if _POSITIVE.search(hints) or len(node.text(deep=True)) > _CHROME_SHARE * total:
            continue
        removal.mark(node)  # before reading: the reader decomposes a teaser's lead
        if rule == "related":
            related.extend(_related_links(node))
        node.decompose()
        counts[rule] = counts.get(rule, 0) + 1


# --- 2. scoring ---------------------------------------------------------------------------------

_TAG_WEIGHT = {
    "div": 5,
    "article": 10,
    "main": 5,
    "section": 3,
    "pre": 3,
    "td": 3,
    "blockquote": 3,
    "ol": -3,
    "ul": -3,
    "dl": -3,
    "li": -3,
    "form": -3,
    "th": -5,
}
_MIN_PARAGRAPH = 25


def _class_weight(node: Node) -> int:
    hints = class_hints(node)
    if not hints.strip():
        return 0
    weight = 10 if _POSITIVE.search(hints) else 0
    return weight - 25 if _rule_for(hints) is not None else weight


def _break_lines(body: Node) -> list[Node]:
    """Replace every ``<br>`` by :data:`BREAK`; return the elements that held them."""
    holders: dict[int, Node] = {}
    for br in body.css("br"):
        parent = br.parent
        if parent is not None and parent.tag not in ("p", "pre", "td", "li"):
            holders.setdefault(parent.mem_id, parent)
        br.replace_with(BREAK)
    return [node for node in holders.values() if not _mostly_paragraphs(node)]


def _mostly_paragraphs(node: Node) -> bool:
    """Half or more of the text of ``node`` is in ``<p>`` elements (they score themselves)."""
    paragraphs = node.css("p")
    if not paragraphs:
        return False
    inside = sum(len(p.text(deep=True)) for p in paragraphs)
    return inside >= 0.5 * len(node.text(deep=True))


def _carriers(nodes: list[Node], holders: list[Node]) -> Iterator[tuple[Node, str, int]]:
    """``(carrier, text, level)``: ``p``/``pre``/``td`` and leaf ``div``s score from their
    parent up (level 0 is the parent); each ``<br>``-separated line of a text holder scores
    from the holder itself (level -1).  A generator: the texts are not all held at once."""
    held = {holder.mem_id for holder in holders}
    for node in nodes:
        if node.mem_id not in held:  # a <br> holder scores by its lines, below
            yield node, node_text(node), 0
    for holder in holders:
        for line in holder.text(deep=True, separator="", strip=False).split(BREAK):
            yield holder, collapse(line), -1


def _score(carriers: list[Node], holders: list[Node]) -> tuple[Node | None, dict[int, float]]:
    """The best-scoring candidate, with every candidate's score (``carriers``: the paragraph
    carriers of the page, ``p``/``pre``/``td`` and leaf ``div``s in document order)."""
    scores: dict[int, float] = {}
    nodes: dict[int, Node] = {}
    chars: Counter[int] = Counter()  # paragraph text held within six levels
    chains: dict[int, list[tuple[int, Node, str]]] = {}  # the paragraphs of one parent share it
    for carrier, text, start in _carriers(carriers, holders):
        size = len(text)
        if size < _MIN_PARAGRAPH:
            continue
        points = 1 + text.count(",") + text.count("،") + min(size // 100, 3)
        first = carrier.parent if start == 0 else carrier
        if first is None:
            continue
        chain = chains.get(first.mem_id)
        if chain is None:
            chain = chains[first.mem_id] = _ancestors(first)
        for level, (key, ancestor, tag) in enumerate(chain):
            chars[key] += size
            if level < 3:
                if key not in scores:
                    nodes[key] = ancestor
                    scores[key] = _TAG_WEIGHT.get(tag, 0) + _class_weight(ancestor)
                scores[key] += points / (1, 2, 3)[level]
    best: Node | None = None
    best_score = 0.0
    for key, node in nodes.items():
        final = scores[key] * (1 - link_density(node, len(node.text(deep=True))))
        scores[key] = final
        if final > best_score:
            best, best_score = node, final
    return _widen(best, scores, chars), scores


def _ancestors(first: Node) -> list[tuple[int, Node, str]]:
    """``(mem_id, node, tag)`` of ``first`` and the ancestors a paragraph under it counts its
    text in: six levels of structure (an inline wrapper is not one), twelve elements at most,
    never ``<html>``."""
    chain: list[tuple[int, Node, str]] = []
    ancestor: Node | None = first
    depth = 0
    while ancestor is not None and depth < _CHAR_LEVELS and len(chain) < 2 * _CHAR_LEVELS:
        tag = ancestor.tag or ""
        if tag in ("html", "#document"):
            break
        chain.append((ancestor.mem_id, ancestor, tag))
        depth += tag not in INLINE_WRAPPERS
        ancestor = ancestor.parent
    return chain


_WIDEN_TEXT = 1.1  # the ancestor holds this much more paragraph text than the body …
_WIDEN_SCORE = 1 / 3  # … and scores at least this share of it (Readability's threshold), …
_WIDEN_LINKS = 0.25  # … or, unscored (too far above any paragraph), is this link-poor at most
_WIDEN_LEVELS = 4  # ancestors looked at
_WIDEN_FAR = 1.4  # past a wrapper that adds nothing, the ancestor must add this much text
_CHAR_LEVELS = 6  # paragraph text is counted this many levels up (scores: three)


def _widen(best: Node | None, scores: dict[int, float], chars: Counter[int]) -> Node | None:
    """Move the body up (four levels at most) to an ancestor that holds more paragraph text and
    still scores well — a story split in boxes ("Read more" folds, ads between, one box per
    step or section).  A wrapper that adds no paragraph text is passed through."""
    node = best
    for _ in range(_WIDEN_LEVELS):
        parent = node.parent if node is not None else None
        if best is None or parent is None or parent.tag in ("body", "html"):
            break
        key, parent_key = best.mem_id, parent.mem_id
        wanted = _WIDEN_TEXT if node is best else _WIDEN_FAR
        node = parent
        if chars[parent_key] < wanted * chars[key]:
            continue
        if parent_key in scores:
            if scores[parent_key] < _WIDEN_SCORE * scores[key]:
                break
        elif link_density(parent, len(parent.text(deep=True))) > _WIDEN_LINKS:
            break
        best = parent
    return best


def _with_headline(best: Node, h1: Node | None) -> Node:
    """The lowest ancestor (three levels up at most) of the body that also holds the ``<h1>``.

    Only an ancestor that adds little text to the body qualifies (a head, not a sidebar).
    """
    if h1 is None:
        return best
    node: Node | None = best
    length = len(best.text(deep=True))
    for _ in range(4):
        if node is None or node.tag == "body":
            break
        if len(node.text(deep=True)) - length > max(300, length // 4):
            break  # the ancestor adds more than a head (headline, date, byline): keep the body
        if node.css_first("h1") is not None:
            return node
        node = node.parent
    return best


def _siblings(best: Node, scores: dict[int, float]) -> list[Node]:
    """The body and the siblings that belong with it (close scores, long link-poor paragraphs)."""
    parent = best.parent
    if parent is None or best.tag in ("body", "article", "main"):
        return [best]
    threshold = max(10.0, scores.get(best.mem_id, 0.0) * 0.2)
    chosen: list[Node] = []
    for sibling in parent.iter():
        if sibling.mem_id == best.mem_id:
            chosen.append(sibling)
            continue
        if scores.get(sibling.mem_id, 0.0) >= threshold:
            chosen.append(sibling)
        elif sibling.tag == "p":
            text = node_text(sibling)
            density = link_density(sibling, len(text))
            if (len(text) > 80 and density < 0.25) or (
                len(text) > 0 and density == 0 and text.rstrip()[-1:] in ".!?"
            ):
                chosen.append(sibling)
    return chosen


def extract_content(tree: Tree, /, *, names: tuple[str, ...] = ()) -> Content:
    """Prune, score and read the page (see the module docstring).

    ``names`` (the page's stated authors and site name) let a byline in the head be known.
    """
    body = tree.body
    if body is None:
        return Content(())
    related, counts = _prune(tree, body)
    holders = _break_lines(body)
    carriers = body.css(f"p, pre, td, {LEAF_DIVS}")
    best, scores = _score(carriers, holders)
    reader = Reader(leaves=frozenset(node.mem_id for node in carriers if node.tag == "div"))
    if best is None:
        read(reader, body)
    else:
        best = _with_headline(best, body.css_first("h1"))
        for node in _siblings(best, scores):
            if node.tag in TEXT_BLOCKS or node.tag in HEADINGS:
                reader.add(node_text(node), TEXT_BLOCKS.get(node.tag or "", "p"))
            else:
                read(reader, node)
    reader.flush()
    blocks, trimmed = trim_edges(list(without_repeats(reader.blocks)), names=names)
    return Content(
        tuple(blocks),
        (*reader.related, *related),
        found_body=best is not None,
        pruned=tuple(sorted({**counts, **trimmed}.items())),
    )
