"""Teaser cards of listing pages (homepages, section pages, feeds), in any language.

A listing page repeats one structure per story — ``<article>``, ``<li>`` or ``<div>`` with a
headline link, often a rubric, a time, a lead and a premium badge.  The reader:

1. takes every **title link**: an ``<a href>`` whose text has :data:`MIN_TITLE_WORDS` words or
   more (or that sits in a heading), outside navigation, footers and scripts;
2. finds each link's **card**: the highest ancestor (:data:`MAX_CARD_LEVELS` levels up at most)
   that holds no other title link — the card is the story's own box;
3. reads the card's parts by :data:`PART_RULES` (named rules over ``class``/``id``/tags):
   rubric, time, lead (the longest paragraph that is not the title), paywall badge;
4. keeps cards whose shape (tag and class) repeats at least twice, or that hold a heading —
   single links in running text are not teasers.  One teaser per URL, in page order.

Every step is a CSS selection or a bounded climb per link, linear in the page.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from belnews.news._dom import Node, Removal, Tree, class_hints, node_text, parse_dom
from belnews.news.decode import decode_html
from belnews.news.models import Teaser

__all__ = ["MAX_CARD_LEVELS", "MIN_TITLE_WORDS", "PART_RULES", "read_cards"]

MIN_TITLE_WORDS: Final = 4
MAX_CARD_LEVELS: Final = 4
MAX_CARDS: Final = 1000
_DROP: Final = "script, style, noscript, template, svg, nav, footer, header nav, [role=navigation]"
_HEADING: Final = "h1, h2, h3, h4, h5, h6"

# (part, rule name, pattern over an element's "class id" attributes)
PART_RULES: Final[tuple[tuple[str, str, re.Pattern[str]], ...]] = (
    (
        "rubric",
        "rubric-class",
        re.compile(r"rubric|categor|kicker|section|topic|eyebrow|overline|label|tag", re.I),
    ),
    ("time", "time-class", re.compile(r"(?<![a-z])(?:time|date|published|timestamp)", re.I)),
    (
        "paywall",
        "premium-class",
        re.compile(r"premium|paywall|paid|plus|subscri|exclusive|locked|abo(?![a-z])", re.I),
    ),
    (
        "lead",
        "lead-class",
        re.compile(r"lead|teaser-?text|standfirst|summary|excerpt|descr|intro", re.I),
    ),
)
# badge texts a card shows for paid content (the text of a badge element, or alt/title)
_PAYWALL_TEXT: Final = re.compile(
    r"^(?:[\w.-]{2,20}\+|premium|plus|exclusive|subscriber(?:s)? only|paywall|премиум|"
    r"платн\w*|для подписчиков|эксклюзив)$",
    re.IGNORECASE,
)


def _link_title(link: Node) -> str:
    """The link's text without the time or rubric it wraps ("10:31В России…" → "В России…")."""
    title = node_text(link)
    for node in link.css("time, [class]"):
        if node.tag == "time" or any(
            pattern.search(class_hints(node))
            for name, _rule, pattern in PART_RULES
            if name in ("time", "rubric")
        ):
            part = node_text(node)
            if part and part != title:
                title = title.replace(part, "", 1)
    return " ".join(title.split())


def _title_links(body: Node) -> list[tuple[Node, str]]:
    links: list[tuple[Node, str]] = []
    in_heading = {node.mem_id for node in body.css(f"{_HEADING.replace(',', ' a,')} a")}
    for link in body.css("a[href]"):
        title = _link_title(link)
        if not title:
            continue
        if len(title.split()) >= MIN_TITLE_WORDS or link.mem_id in in_heading:
            links.append((link, title))
        if len(links) >= MAX_CARDS:
            break
    return links


def _cards(links: list[tuple[Node, str]]) -> list[tuple[Node, Node, str]]:
    """``(card, link, title)`` per title link (the highest ancestor holding only that link)."""
    counts: Counter[int] = Counter()
    chains: list[list[Node]] = []
    for link, _title in links:
        chain: list[Node] = []
        node = link.parent
        while (
            node is not None and len(chain) < MAX_CARD_LEVELS and node.tag not in ("body", "html")
        ):
            chain.append(node)
            counts[node.mem_id] += 1
            node = node.parent
        chains.append(chain)
    cards = []
    for (link, title), chain in zip(links, chains, strict=True):
        card = link
        for node in chain:
            if counts[node.mem_id] > 1:
                break
            card = node
        cards.append((card, link, title))
    return cards


def _part_node(card: Node, part: str, title: str) -> Node | None:
    for name, _rule, pattern in PART_RULES:
        if name != part:
            continue
        for node in card.css("[class], [id]"):
            if pattern.search(class_hints(node)):
                text = node_text(node)
                if text and len(text) <= _MAX_PART[part] and not (title and title in text):
                    return node
    return None


def _part(card: Node, part: str, title: str) -> str | None:
    node = _part_node(card, part, title)
    return " ".join(node_text(node).split()) if node is not None else None


_MAX_PART: Final = {"rubric": 300, "time": 80, "paywall": 80, "lead": 2000}
_LABEL: Final = re.compile(r"^\w{1,20}:\s*")  # "Tags: ", "Рубрика: "


def _categories(card: Node, title: str) -> tuple[str, ...]:
    """The rubric: the texts of its links ("Tags: <a>News</a>, <a>Offers</a>"), else its text."""
    node = _part_node(card, "rubric", title)
    if node is None:
        return ()
    links = [" ".join(node_text(a).split()) for a in node.css("a")]
    links = [link for link in links if link and link != title]
    if links:
        return tuple(dict.fromkeys(links))
    text = _LABEL.sub("", " ".join(node_text(node).split()))
    return (text,) if text and len(text) <= 80 else ()


def _time(card: Node) -> str | None:
    node = card.css_first("time")
    if node is not None:
        return node.attributes.get("datetime") or " ".join(node_text(node).split()) or None
    return _part(card, "time", "")


def _paywall(card: Node, title: str) -> str | None:
    badge = _part(card, "paywall", title)
    if badge is not None:
        return badge
    for node in card.css("span, em, strong, b, i, img[alt], [title]"):
        text = node_text(node) or node.attributes.get("alt") or node.attributes.get("title") or ""
        if text and _PAYWALL_TEXT.match(text.strip()):
            return text.strip()
    return None


def _lead(card: Node, title: str) -> str | None:
    found = _part(card, "lead", title)
    if found is not None:
        return found
    best = ""
    for node in card.css("p"):
        text = node_text(node)
        if text != title and title not in text and len(text) > len(best):
            best = text
    return best or None


def _shape(node: Node) -> str:
    return f"{node.tag}.{node.attributes.get('class') or ''}"


def read_cards(html: str | bytes | Tree, /) -> tuple[Teaser, ...]:
    """The teaser cards of a listing page, in page order (see the module docstring)."""
    if isinstance(html, bytes):
        html = decode_html(html)[0]
    tree = parse_dom(html) if isinstance(html, str) else html
    body = tree.body
    if body is None:
        return ()
    Removal(_DROP).remove_all(body)
    cards = _cards(_title_links(body))
    shapes = Counter(_shape(card) for card, _link, _title in cards)
    teasers: list[Teaser] = []
    seen: set[str] = set()
    for card, link, title in cards:
        url = link.attributes.get("href") or None
        if url is None or url in seen or url.startswith(("#", "javascript:")):
            continue
        if shapes[_shape(card)] < 2 and card.css_first(_HEADING) is None:
            continue
        seen.add(url)
        teasers.append(
            Teaser(
                title,
                categories=_categories(card, title),
                paywall=_paywall(card, title),
                url=url,
                lead=_lead(card, title),
                time=_time(card),
            )
        )
    return tuple(teasers)
