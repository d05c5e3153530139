"""Step 1 of :mod:`belnews.news.content`: page chrome pruned by named rules.

Scripts and styles go first (:data:`ALWAYS_DROP`); then forms (a ``<form>`` holding most of the
page's text — an ASP.NET page — is kept), ``nav``/``footer``/``aside``/``menu``, elements whose
``class``/``id`` names them as chrome (:data:`PRUNE_RULES`) and ``<header>``s — never an element
that holds the ``<h1>``.  Related-story blocks are pruned too, but their links are kept as
teasers.  The elements the steps look at by tag come from ONE walk of the tree, those named by
``class``/``id`` from one CSS walk; a step skips what an earlier one removed
(:func:`belnews.news._dom.removed`).
"""

from __future__ import annotations

import functools
import re
from typing import Final

from belnews.news._blocks import Reader, read
from belnews.news._dom import Node, Tree, class_hints, node_text, removed, tag_id
from belnews.news.teasers import headline_sized
from belnews.news.text import Block

__all__ = ["ALWAYS_DROP", "POSITIVE", "PRUNE_RULES", "positive", "prune", "rule_for"]

_DROP_TAGS: Final = (
    "script, style, noscript, template, svg, iframe, object, embed, canvas, button, select, "
    "input, textarea, label, dialog, figcaption"
)
_DROP_MARKED: Final = "[hidden], [aria-hidden=true]"
ALWAYS_DROP: Final = f"{_DROP_TAGS}, {_DROP_MARKED}"
_CHROME_TAGS: Final = "nav, footer, aside, menu"

# (rule name, word beginnings).  ``class``/``id`` values are cut into words at spaces, "-" and
# "_" (two neighbouring words also count joined: "most-read" → "mostread"); a word that begins
# with one of a rule's beginnings names the element as that rule's chrome — unless the element
# holds the headline, a POSITIVE hint ("article-body", "content", …) or most of the page's text.
PRUNE_RULES: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
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
_EXACT: Final = frozenset(b for _, bs in PRUNE_RULES for b in bs if len(b) <= 3)
_BY_HEAD: Final[dict[str, list[tuple[str, str]]]] = {}
for _name, _beginnings in PRUNE_RULES:
    for _beginning in _beginnings:
        _BY_HEAD.setdefault(_beginning[:2], []).append((_beginning, _name))
# "embeddedMediaCaption" → "embedded Media Caption"
_CAMEL: Final = re.compile(r"(?<=[a-z])(?=[A-Z])")
_POSITIVE_WORDS: Final = (
    "article",
    "body",
    "content",
    "entry",
    "main",
    "post",
    "story",
    "text",
    "hentry",
    "blog",
    "prose",
)
POSITIVE: Final = re.compile("|".join(_POSITIVE_WORDS), re.IGNORECASE)


def positive(hints: str, /) -> bool:
    """``POSITIVE.search(hints) is not None``: a hint names the element as content.

    An ASCII hint (nearly every ``class``/``id``) is tested by substrings of its lower case, five
    times faster: within ASCII, ``re.IGNORECASE`` folds each letter with its other case only (the
    other characters it folds in — the Kelvin sign, long s, dotless i — are not ASCII).
    """
    if hints.isascii():
        return any(map(hints.lower().__contains__, _POSITIVE_WORDS))
    return POSITIVE.search(hints) is not None


_RANK: Final = {name: rank for rank, (name, _) in enumerate(PRUNE_RULES)}
_NO_RULE: Final = len(PRUNE_RULES)
# A word joined with the word before it ("most-read" → "mostread") can start a beginning that
# neither starts alone only when the word before is a proper prefix of that beginning.
_PREFIXES: Final = frozenset(b[:i] for _, bs in PRUNE_RULES for b in bs for i in range(1, len(b)))
# word → rank of its rule (_NO_RULE: none); pages repeat words
_WORD_RANKS: Final[dict[str, int]] = {}
# the word memo is emptied when it holds this many (memory stays bounded)
_MAX_WORDS: Final = 1 << 16
# A word's rank depends only on its first characters: a beginning starts it (the longest
# beginning has _KEY - 1 characters) or, for a short one, equals it.  The memo keeps only those.
_KEY: Final = max(len(b) for _, bs in PRUNE_RULES for b in bs) + 1


def _word_rank(whole: str) -> int:
    """The rank of the first rule one of whose beginnings starts ``whole`` (_NO_RULE: none)."""
    whole = whole[:_KEY]
    rank = _WORD_RANKS.get(whole)
    if rank is None:
        rank = _NO_RULE
        for beginning, name in _BY_HEAD.get(whole[:2], ()):
            if (whole == beginning) if beginning in _EXACT else whole.startswith(beginning):
                rank = min(rank, _RANK[name])
        if len(_WORD_RANKS) >= _MAX_WORDS:
            _WORD_RANKS.clear()
        _WORD_RANKS[whole] = rank
    return rank


@functools.lru_cache(maxsize=8192)  # pages repeat their class names
def rule_for(hints: str) -> str | None:
    """The first rule one of whose beginnings starts a word of ``hints``, or a word joined with
    the word before it (see PRUNE_RULES)."""
    if not hints.islower():  # camel case to words; most class names are lower case already
        hints = _CAMEL.sub(" ", hints).lower()
    order = _NO_RULE
    previous = ""
    ranks = _WORD_RANKS
    # The words: ``re.split(r"[\s_-]+", hints)`` without its empty strings, by C string methods
    # (``re``'s \s is ``str.isspace``, where ``str.split()`` splits; tests/test_news_html_fast.py
    # checks both) — about twice as fast on the long class strings of utility-class templates.
    for word in hints.replace("_", " ").replace("-", " ").split():
        rank = ranks.get(word[:_KEY])  # (_word_rank's memo, read inline: most words are in it)
        if rank is None:
            rank = _word_rank(word)
        if previous in _PREFIXES:
            joined = _word_rank(previous + word)
            if joined < rank:
                rank = joined
        if rank < order:
            order = rank
        previous = word
    return PRUNE_RULES[order][0] if order < _NO_RULE else None


_CHROME_SHARE: Final = 0.3  # an element holding more of the page's text than this is not chrome


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
        if headline_sized(title):
            items.append(Block(title, "li", link.attributes.get("href")))
    return items


def _holders(headings: list[Node]) -> set[int]:
    """``mem_id`` of every element that holds one of ``headings`` (the heading itself included)."""
    held: set[int] = set()
    for node in headings:
        ancestor: Node | None = node
        while ancestor is not None and ancestor.mem_id not in held:
            held.add(ancestor.mem_id)
            ancestor = ancestor.parent
    return held


_CHROME: Final = frozenset(map(tag_id, _CHROME_TAGS.split(", ")))  # tag ids (see _dom.tag_id)
_ASIDE, _BR, _FORM, _H1, _HEADER = map(tag_id, ("aside", "br", "form", "h1", "header"))
_NEVER_BY_CLASS: Final = frozenset(map(tag_id, ("html", "body", "article", "main")))
_DROPPED: Final = frozenset(map(tag_id, _DROP_TAGS.split(", ")))
# The elements the pruning steps look at by tag are sorted out in ONE walk of the tree: a Python
# walk reading each element's tag id costs two thirds of the CSS walk of these 24 tag selectors
# (the selectors are tried one by one on every element).  Each step skips what an earlier one
# removed (see _dom.removed).  Elements named by ``class``/``id`` come from one CSS walk after
# the first step (an element without either names no rule).
_MARKED: Final = "[class], [id]"


def prune(tree: Tree, body: Node) -> tuple[list[Block], dict[str, int], list[Node], set[int]]:
    """Remove chrome from the tree; return the related-story teasers, counts per rule, the
    ``<br>`` elements left (for :func:`_break_lines`) and the ``mem_id`` of every element that
    holds an ``<h1>`` after pruning (``node.css_first("h1") is not None``, without a walk of
    ``node``: no step after the forms removes an element that holds an ``<h1>``)."""
    dropped: list[tuple[Node, int]] = []
    forms: list[tuple[Node, int]] = []
    h1s: list[tuple[Node, int]] = []
    chrome: list[tuple[Node, int]] = []
    headers: list[tuple[Node, int]] = []
    breaks: list[tuple[Node, int]] = []
    lists = dict.fromkeys(_DROPPED, dropped)
    lists.update(dict.fromkeys(_CHROME, chrome))
    lists.update({_FORM: forms, _H1: h1s, _HEADER: headers, _BR: breaks})
    for node in body.traverse():  # (node, tag id), each in its list, in document order
        tag = node.tag_id
        listed = lists.get(tag)
        if listed is not None:
            listed.append((node, tag))
    _drop(body, dropped)
    total = len(body.text(deep=True))
    counts: dict[str, int] = {}
    _prune_forms([node for node, _ in forms if node.parent is not None], total, counts)
    # no step below removes an element that holds the <h1>: who holds it is known once
    headline = _holders([node for node, _ in h1s if node.parent is not None])
    related: list[Block] = []
    _prune_chrome(chrome, headline, related, counts)
    marked = [(node, node.tag_id) for node in body.css(_MARKED)]
    _prune_by_class(marked, total, headline, related, counts)
    for node, _ in headers:
        if node.mem_id not in headline and node.parent is not None:
            node.decompose()
    return related, counts, [node for node, _ in breaks if node.parent is not None], headline


def _drop(body: Node, dropped: list[tuple[Node, int]]) -> None:
    """Remove what :data:`ALWAYS_DROP` selects: the elements of its tags (``dropped``), then
    the hidden ones (the tree left is the same in any order: every selected subtree goes)."""
    for node, _ in dropped:
        if node.parent is not None:  # (not removed(node))
            node.decompose()
    body_id = body.mem_id
    for node in body.css(_DROP_MARKED):
        # the query matches ``body`` itself too: a page that hides its whole body until a
        # script shows it (``<body hidden>``) keeps its text
        if node.mem_id != body_id and node.parent is not None:
            node.decompose()


def _prune_forms(forms: list[Node], total: int, counts: dict[str, int]) -> None:
    """Remove the forms, except one holding most of the page's text (an ASP.NET page)."""
    keep = _main_form(forms, total)
    for node in forms:
        if node.mem_id not in keep and not removed(node):
            node.decompose()
            counts["form"] = counts.get("form", 0) + 1


def _prune_chrome(
    elements: list[tuple[Node, int]],
    headline: set[int],
    related: list[Block],
    counts: dict[str, int],
) -> None:
    """Remove ``nav``, ``footer``, ``aside`` and ``menu`` (``elements``: those, in document
    order); an ``aside`` or a related-story block gives its links as teasers."""
    for node, tag in elements:
        if node.mem_id not in headline and not removed(node):
            if tag == _ASIDE or rule_for(class_hints(node)) == "related":
                related.extend(_related_links(node))
            name = node.tag or ""
            node.decompose()
            counts[name] = counts.get(name, 0) + 1


def _prune_by_class(
    elements: list[tuple[Node, int]],
    total: int,
    headline: set[int],
    related: list[Block],
    counts: dict[str, int],
) -> None:
    """Remove the elements whose ``class``/``id`` names them as chrome (see PRUNE_RULES;
    ``elements``: those with a ``class`` or an ``id``, in document order)."""
    for node, tag in elements:
        if node.parent is None or node.mem_id in headline:  # (removed(node), inline)
            continue  # (a <br class="ad"> is chrome too; one without class and id names no rule)
        hints = f"{node.attrs.get('class') or ''} {node.id or ''}"  # class_hints, inline
        rule = rule_for(hints)  # None without class and id: " " names no rule
        if rule is None or tag in _NEVER_BY_CLASS:
            continue
        if positive(hints) or len(node.text(deep=True)) > _CHROME_SHARE * total:
            continue
        if rule == "related":
            related.extend(_related_links(node))
        node.decompose()
        counts[rule] = counts.get(rule, 0) + 1
