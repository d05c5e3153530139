"""Teaser cards of listing pages (homepages, section pages, feeds), in any language.

A listing page repeats one structure per story — ``<article>``, ``<li>`` or ``<div>`` with a
headline link, often a rubric, a time, a lead and a premium badge.  The reader:

1. takes every **title link**: an ``<a href>`` whose text has :data:`MIN_TITLE_WORDS` words or
   more (or three or more in a heading: a heading's link of one or two words is a section's;
   or any text the page marks as a title), outside navigation, footers and scripts;
2. finds each link's **card**: the highest ancestor (:data:`MAX_CARD_LEVELS` levels up at most)
   that holds no other title link — the card is the story's own box;
3. reads the card's parts by :data:`PART_RULES` (named rules over ``class``/``id``/tags):
   rubric, time, lead (the longest paragraph that is not the title), paywall badge;
4. keeps cards whose shape (tag and class) repeats at least twice, or that hold a heading —
   single links in running text are not teasers.  One teaser per story, in page order: a
   story linked again (the same title, the same path up to query and fragment) completes its
   first card.

Every step is a CSS selection or a bounded climb per link, linear in the page.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Final
from urllib.parse import urlsplit

import attrs

from belnews.news._dom import Node, Removal, Tree, class_hints, node_text, parse_dom
from belnews.news.decode import decode_html
from belnews.news.models import Teaser
from belnews.news.teasers import headline_sized
from belnews.text import fold

__all__ = ["MAX_CARD_LEVELS", "MIN_TITLE_WORDS", "PART_RULES", "read_cards"]

MIN_TITLE_WORDS: Final = 4
MAX_CARD_LEVELS: Final = 4
MAX_CARDS: Final = 1000
_DROP: Final = (
    "script, style, noscript, template, svg, nav, footer, header nav, [role=navigation], "
    # navigation and copyright lines marked by class or id only (Telepolis' bottom bar), and
    # the links to a listing's other pages ("Туда", "Next": rel=next/prev, a pagination bar)
    '[class~="nav"], [class*="navbar"], [id^="navi"], [class*="copyright"], '
    '[class*="pagination"], a[rel~="next"], a[rel~="prev"]'
)
_HEADING: Final = "h1, h2, h3, h4, h5, h6"

# the class of a category: of a rubric element, and of a category's own link or its wrapper
# (not "section" or "topic" there: Lenta's story items are "b-tabloid__topic")
_CATEGORY_WORDS: Final = r"rubric|categor|(?<![a-z])hubs?(?![a-z])"
_CATEGORY: Final = re.compile(_CATEGORY_WORDS, re.I)

# (part, rule name, pattern over an element's "class id" attributes)
PART_RULES: Final[tuple[tuple[str, str, re.Pattern[str]], ...]] = (
    # a class that names a category first, then one that names any label ("complexity__label":
    # Habr's difficulty, before its hubs)
    (
        "rubric",
        "rubric-class",
        re.compile(rf"{_CATEGORY_WORDS}|section|topic", re.I),
    ),
    ("rubric", "label-class", re.compile(r"kicker|eyebrow|overline|label|tag", re.I)),
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
_PAID: Final = next(pattern for name, _rule, pattern in PART_RULES if name == "paywall")
# badge texts a card shows for paid content (the text of a badge element, or alt/title)
_PAYWALL_TEXT: Final = re.compile(
    r"^(?:[\w.-]{2,20}\+|premium|plus|exclusive|subscriber(?:s)? only|paywall|премиум|"
    r"платн\w*|для подписчиков|эксклюзив)$",
    re.IGNORECASE,
)


def _title_node(link: Node) -> Node:
    """What of the link is the headline: a heading inside it, or an element whose class says
    title ("teaser-title"), when the link wraps the whole card (kicker, comment count, title
    and lead in one ``<a>``: derStandard); else the link itself."""
    inner = link.css_first(_HEADING)
    if inner is not None and node_text(inner).strip():
        return inner
    for node in link.css("[class]"):
        classes = (node.attributes.get("class") or "").lower().split()
        if any(name.endswith("title") for name in classes) and node_text(node).strip():
            return node
    return link


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
        inner = _title_node(link)  # (a title the page marks counts whatever its length)
        title = _link_title(inner)
        if not title:
            continue
        marked = inner is not link
        headed = link.mem_id in in_heading or marked
        if not headed and _filed_under(link):
            continue  # a rubric's link ("Игры и игровые консоли", a hub), not a title
        if _section_address(link.attributes.get("href"), title):
            continue
        # a heading's link of one or two words is a section's ("<h2><a>Business</a></h2>");
        # a title the page marks as one counts whatever its length
        if len(title.split()) >= MIN_TITLE_WORDS or marked or (headed and headline_sized(title)):
            links.append((link, title))
        if len(links) >= MAX_CARDS:
            break
    return links


_NOT_SLUG: Final = re.compile(r"[\W_]+")


def _section_address(url: str | None, title: str) -> bool:
    """A link to a section's own page: a title of three words or fewer that its address spells
    out in one or two path segments without a digit ("Arts & Culture" → "/news/arts-culture/",
    "Zabava in slog" → "/zabava-in-slog"); a story's address holds an id or a date, or its
    title is longer."""
    path = _path(url) if url and len(title.split(None, 3)) <= 3 else None
    segments = [segment for segment in path.split("/") if segment] if path else []
    if not 1 <= len(segments) <= 2 or any(c.isdigit() for c in path or ""):
        return False
    return _slug(segments[-1]) == _slug(title)


def _slug(text: str) -> str:
    return _NOT_SLUG.sub("-", fold(text)).strip("-")


def _path(url: str) -> str | None:
    """The path of an address, ``None`` when it cannot be read ("http://[x/": a bracket that
    opens no IPv6 address)."""
    try:
        return urlsplit(url).path
    except ValueError:
        return None


def _filed_under(link: Node) -> bool:
    """Whether the link, or the element right around it, is classed as a category
    (``tm-publication-hub__link``, ``post-category``)."""
    parent = link.parent
    return _CATEGORY.search(class_hints(link)) is not None or (
        parent is not None and _CATEGORY.search(class_hints(parent)) is not None
    )


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
    """The first element of ``card`` whose class names ``part`` and whose text is of its kind
    (:data:`_OF_ITS_KIND`): a rubric is no time, a time has a digit, a lead is a sentence, a
    badge a word or two (a WIRED "time" that is an author, a "lead" that is a date are not)."""
    of_its_kind = _OF_ITS_KIND[part]
    for name, _rule, pattern in PART_RULES:
        if name != part:
            continue
        for node in card.css("[class], [id]"):
            if pattern.search(class_hints(node)):
                text = node_text(node)
                fits = text and len(text) <= _MAX_PART[part] and not (title and title in text)
                if fits and of_its_kind(" ".join(text.split()), title):
                    return node
    return None


def _part(card: Node, part: str, title: str) -> str | None:
    node = _part_node(card, part, title)
    return " ".join(node_text(node).split()) if node is not None else None


_MAX_PART: Final = {"rubric": 300, "time": 80, "paywall": 80, "lead": 2000}
# A time or date as a card prints it: "26/04/2020", "10:31", "3 hours ago", "4 Сен, 2015".
_TIMEISH: Final = re.compile(
    r"\d{1,2}[./:]\d{1,2}|\b\d+\s*(?:min|mins|minutes?|hours?|hrs?|days?|weeks?|мин\w*|"
    r"час\w*|дн\w*|хв\w*)\b|\bago\b|назад|^\d{1,2}\s+\S+?,?\s+\d{4}$",
    re.IGNORECASE,
)


def _sentence(text: str) -> bool:
    return len(text.split()) >= MIN_TITLE_WORDS and _TIMEISH.fullmatch(text) is None


def _no_time(text: str, _title: str) -> bool:
    return _TIMEISH.search(text) is None


def _has_digit(text: str, _title: str) -> bool:
    return any(c.isdigit() for c in text)


def _lead_text(text: str, title: str) -> bool:
    return _sentence(text) and text not in title  # (SPIEGEL's headline-intro is the title's)


def _badge(text: str, _title: str) -> bool:
    return len(text.split()) <= 3


# (text, the card's title) -> whether the text is of the part's kind
_OF_ITS_KIND: Final[dict[str, Callable[[str, str], bool]]] = {
    "rubric": _no_time,  # a rubric is no time ("3 hours ago", "26/04/2020")
    "time": _has_digit,  # a time has a digit (not an author's name)
    "lead": _lead_text,  # a lead is a sentence and no piece of the title (no kicker, date)
    "paywall": _badge,  # a badge is a word or two (not a section's heading)
}
_LABEL: Final = re.compile(r"^\w{1,20}:\s*")  # "Tags: ", "Рубрика: "


def _categories(card: Node, title: str) -> tuple[str, ...]:
    """The rubric: the texts of its links ("Tags: <a>News</a>, <a>Offers</a>"), else its text."""
    node = _part_node(card, "rubric", title)
    if node is None:
        return ()
    # (a star marks a hub the article is filed under first: Habr's "Go *")
    links = [" ".join(node_text(a).split()).strip(" *") for a in node.css("a")]
    links = [link for link in links if link and link != title]
    if links:
        return tuple(dict.fromkeys(links))
    text = _LABEL.sub("", " ".join(node_text(node).split())).strip(" *")
    return (text,) if text and len(text) <= 80 else ()


def _time(card: Node) -> str | None:
    node = card.css_first("time")
    if node is not None:
        return node.attributes.get("datetime") or " ".join(node_text(node).split()) or None
    found = _part(card, "time", "")
    if found is None:
        return None
    # a byline's author beside the date: "Kody Kester | Jun 26, 2022" gives the date
    parts = [part.strip() for part in _BYLINE_SEPARATOR.split(found)]
    return next((part for part in parts if _has_digit(part, "")), found)


_BYLINE_SEPARATOR: Final = re.compile(r"\s[|·•]\s")


def _paywall(card: Node, link: Node, title: str) -> str | None:
    badge = _part(card, "paywall", title)
    if badge is not None:
        return badge
    for node in (link, card):  # an icon the title link or the card wears ("article-icon spplus")
        marks = [w for w in (node.attributes.get("class") or "").split() if _PAID.search(w)]
        if marks:
            return marks[0]
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
    return best if _sentence(" ".join(best.split())) else None


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
    stories: dict[tuple[str, str], int] = {}  # a story's place in ``teasers``
    for card, link, title in cards:
        url = link.attributes.get("href") or None
        if url is None or url in seen or url.startswith(("#", "javascript:")):
            continue
        if shapes[_shape(card)] < 2 and card.css_first(_HEADING) is None:
            continue
        seen.add(url)
        teaser = Teaser(
            title,
            categories=_categories(card, title),
            paywall=_paywall(card, link, title),
            url=url,
            lead=_lead(card, title),
            time=_time(card),
        )
        at = stories.setdefault(_story(url, title), len(teasers))
        if at == len(teasers):
            teasers.append(teaser)
        else:
            teasers[at] = _merged(teasers[at], teaser)
    return tuple(teasers)


def _story(url: str, title: str) -> tuple[str, str]:
    """What makes two cards one story: the title and the address's path, without host, query
    and fragment (a homepage links a story again from its section: "…/12330128?section=world",
    "https://site/story/x/#intcid=…")."""
    path = _path(url)
    return (url if path is None else path.rstrip("/")), title


def _merged(first: Teaser, again: Teaser) -> Teaser:
    """The first card of a story, completed by what its second card adds (a lead, a rubric)."""
    return attrs.evolve(
        first,
        categories=first.categories or again.categories,
        paywall=first.paywall or again.paywall,
        lead=first.lead or again.lead,
        time=first.time or again.time,
    )
