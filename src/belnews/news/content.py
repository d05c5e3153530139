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

from collections import Counter
from collections.abc import Iterator
from typing import Final

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
from belnews.news._dom import Node, Tree, class_hints, collapse, node_text
from belnews.news._prune import PRUNE_RULES, positive, prune, rule_for
from belnews.news._trim import trim_edges
from belnews.news.text import Block

__all__ = ["PRUNE_RULES", "Content", "extract_content"]

# --- 1. pruning: in belnews.news._prune; the result ------------------------------------------


@attrs.frozen
class Content:
    """The body blocks of a page and the teasers of its related-story blocks."""

    blocks: tuple[Block, ...]
    related: tuple[Block, ...] = ()
    found_body: bool = False  # a scored body was found (else: the whole page was read)
    pruned: tuple[tuple[str, int], ...] = ()  # (rule name, elements removed)


# --- 2. scoring ---------------------------------------------------------------------------------

_TAG_WEIGHT: Final = {
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
_MIN_PARAGRAPH: Final = 25


def _class_weight(node: Node) -> int:
    hints = class_hints(node)
    if not hints.strip():
        return 0
    weight = 10 if positive(hints) else 0
    return weight - 25 if rule_for(hints) is not None else weight


def _break_lines(breaks: list[Node]) -> list[Node]:
    """Replace every ``<br>`` of ``breaks`` by :data:`BREAK`; return the elements that held them."""
    holders: dict[int, Node] = {}
    for br in breaks:
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


def _size(node: Node, sizes: dict[int, int]) -> int:
    """``len(node.text(deep=True))``, measured once per element (``sizes``, by ``mem_id``):
    the candidates, the body and its ancestors are asked again after scoring, and nothing
    changes the tree from scoring until the body is chosen."""
    size = sizes.get(node.mem_id)
    if size is None:
        size = sizes[node.mem_id] = len(node.text(deep=True))
    return size


class _Scores:
    """The candidates' scores.  A candidate's score is its raw score (paragraph points, tag and
    class weights) times ``1 − link density``; the link density — a CSS query and the text of
    the candidate and of its links — is measured only when the score is asked for: the best
    candidate is found without measuring those whose raw score is below the best score found
    (a positive raw score is an upper bound of the score, and a raw score of zero or less never
    gives a positive one), and the body's ancestors and siblings are asked for afterwards."""

    def __init__(self, raw: dict[int, float], nodes: dict[int, Node], sizes: dict[int, int]):
        self.raw = raw  # mem_id → raw score, candidates in document order of their first paragraph
        self.nodes = nodes  # mem_id → candidate
        self.sizes = sizes  # see _size
        self.links: dict[int, int] = {}  # link text lengths: nested candidates share their links
        self.final: dict[int, float] = {}

    def __contains__(self, key: int) -> bool:
        return key in self.raw

    def get(self, key: int) -> float:
        """The score of the candidate ``key`` (0 for an element that is no candidate)."""
        final = self.final.get(key)
        if final is None:
            raw = self.raw.get(key)
            if raw is None:
                return 0.0
            node = self.nodes[key]
            density = link_density(node, _size(node, self.sizes), self.links)
            final = self.final[key] = raw * (1 - density)
        return final

    def best(self) -> Node | None:
        """The candidate with the highest positive score; of equal ones, the first."""
        order = {key: index for index, key in enumerate(self.raw)}
        best: int | None = None
        best_score = 0.0
        for key in sorted(self.raw, key=self.raw.__getitem__, reverse=True):
            if self.raw[key] < best_score:
                break  # (this and every later candidate scores below the best)
            final = self.get(key)
            if final > best_score or (
                final == best_score and best is not None and order[key] < order[best]
            ):
                best, best_score = key, final
        return None if best is None else self.nodes[best]


def _score(
    carriers: list[Node], holders: list[Node], sizes: dict[int, int]
) -> tuple[Node | None, _Scores]:
    """The best-scoring candidate, with the candidates' scores (``carriers``: the paragraph
    carriers of the page, ``p``/``pre``/``td`` and leaf ``div``s in document order; ``sizes``:
    see :func:`_size`)."""
    raw: dict[int, float] = {}  # the raw scores (see _Scores)
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
                if key not in raw:
                    nodes[key] = ancestor
                    raw[key] = _TAG_WEIGHT.get(tag, 0) + _class_weight(ancestor)
                raw[key] += points / (1, 2, 3)[level]
    scores = _Scores(raw, nodes, sizes)
    return _widen(scores.best(), scores, chars), scores


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


_WIDEN_TEXT: Final = 1.1  # the ancestor holds this much more paragraph text than the body …
_WIDEN_SCORE: Final = 1 / 3  # … and scores at least this share of it (Readability's threshold), …
_WIDEN_LINKS: Final = 0.25  # … or, unscored (too far above paragraphs), is this link-poor at most
_WIDEN_LEVELS: Final = 4  # ancestors looked at
_WIDEN_FAR: Final = 1.4  # past a wrapper that adds nothing, the ancestor must add this much text
_CHAR_LEVELS: Final = 6  # paragraph text is counted this many levels up (scores: three)


def _widen(best: Node | None, scores: _Scores, chars: Counter[int]) -> Node | None:
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
            if scores.get(parent_key) < _WIDEN_SCORE * scores.get(key):
                break
        elif link_density(parent, _size(parent, scores.sizes), scores.links) > _WIDEN_LINKS:
            break
        best = parent
    return best


def _with_headline(best: Node, with_h1: set[int], sizes: dict[int, int]) -> Node:
    """The lowest ancestor (three levels up at most) of the body that also holds the ``<h1>``
    (``with_h1``: the ``mem_id`` of every element that holds one, see :func:`prune`).

    Only an ancestor that adds little text to the body qualifies (a head, not a sidebar).
    """
    if not with_h1:
        return best
    node: Node | None = best
    length = _size(best, sizes)
    for _ in range(4):
        if node is None or node.tag == "body":
            break
        if _size(node, sizes) - length > max(300, length // 4):
            break  # the ancestor adds more than a head (headline, date, byline): keep the body
        if node.mem_id in with_h1:
            return node
        node = node.parent
    return best


def _siblings(best: Node, scores: _Scores) -> list[Node]:
    """The body and the siblings that belong with it (close scores, long link-poor paragraphs)."""
    parent = best.parent
    if parent is None or best.tag in ("body", "article", "main"):
        return [best]
    threshold = max(10.0, scores.get(best.mem_id) * 0.2)
    chosen: list[Node] = []
    for sibling in parent.iter():
        if sibling.mem_id == best.mem_id:
            chosen.append(sibling)
            continue
        if scores.get(sibling.mem_id) >= threshold:
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
    related, counts, breaks, with_h1 = prune(tree, body)
    holders = _break_lines(breaks)
    carriers = body.css(f"p, pre, td, {LEAF_DIVS}")
    sizes: dict[int, int] = {}  # text lengths (see _size)
    best, scores = _score(carriers, holders, sizes)
    reader = Reader(leaves=frozenset(node.mem_id for node in carriers if node.tag == "div"))
    if best is None:
        read(reader, body)
    else:
        best = _with_headline(best, with_h1, sizes)
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
