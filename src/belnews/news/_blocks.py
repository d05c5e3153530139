"""Reading the chosen body of a page into blocks, in document order (for
:func:`belnews.news.text.assemble`): ``h1`` the headline, ``h2``–``h6`` sub-headings, ``p``,
``pre`` and text-only ``div``s paragraphs, ``blockquote`` quotes, ``time`` a date line, items of
text lists paragraphs, items of link lists teasers; loose text between elements is read line
by line (``<br>`` ends a line), link-dense lines and machine text (URLs, timestamps) dropped.

The walk visits only the body chosen by :mod:`belnews.news.content`; the text of inline
elements is taken by the parser in one call each.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

import attrs

from belnews.news._dom import Node, Removal, collapse, node_text
from belnews.news._vocab import SENTENCE_END
from belnews.news.text import Block

__all__ = [
    "BLOCK_TAGS",
    "BREAK",
    "HEADINGS",
    "LEAF_DIVS",
    "MAX_LINK_DENSITY",
    "TEXT_BLOCKS",
    "Reader",
    "is_linked_sentence",
    "link_density",
    "links_in",
    "read",
    "without_repeats",
]

MAX_LINK_DENSITY: Final = 0.5  # a block more than half of whose text is links is navigation


def link_density(node: Node, length: int, memo: dict[int, int] | None = None) -> float:
    """The share of ``node``'s text (``length`` characters) that is link text.

    ``memo`` (``mem_id`` → text length of a link) serves nested candidates that hold the same
    links: the scoring pass measures each link once, not once per ancestor.  Valid only while
    the tree does not change.
    """
    if not length:
        return 1.0
    if memo is None:
        linked = sum(len(node_text(link)) for link in links_in(node, length))
    else:
        linked = 0
        for link in links_in(node, length):
            size = memo.get(link.mem_id)
            if size is None:
                size = memo[link.mem_id] = len(node_text(link))
            linked += size
    return min(1.0, linked / length)


_SHORT: Final = 400  # characters of text: a node this short holds a few elements (a paragraph)


def links_in(node: Node, length: int) -> list[Node]:
    """``node.css("a")``: the ``<a>`` elements in ``node`` (itself included), in document order.

    A short node (``length``: its text's) is walked instead — a paragraph holds one to three
    elements, and a CSS query costs about three walks of them (the selector is parsed and its
    memory made for each query)."""
    if length > _SHORT:
        return node.css("a")
    return [inner for inner in node.traverse() if inner.tag == "a"]


_BLOCK_CHILDREN: Final = (
    "p, div, ul, ol, dl, table, section, article, blockquote, h1, h2, h3, h4, h5, h6, pre, form, li"
)
# a div used as a paragraph (text, inline markup)
LEAF_DIVS: Final = f"div:not(:has({_BLOCK_CHILDREN}))"


BREAK: Final = "\u2028"  # what a <br> becomes: a line break that source white space is not


# --- 3. reading blocks --------------------------------------------------------------------------

HEADINGS: Final = {"h1": "h1", "h2": "h", "h3": "h", "h4": "h", "h5": "h", "h6": "h"}
TEXT_BLOCKS: Final = {
    "p": "p",
    "pre": "p",
    "blockquote": "quote",
    "time": "time",
    "dd": "p",
    "dt": "p",
}
_INLINE: Final = frozenset(
    [
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "cite",
        "code",
        "data",
        "dfn",
        "em",
        "i",
        "kbd",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "u",
        "var",
        "wbr",
        "font",
        "big",
        "tt",
        "strike",
        "ins",
        "del",
        "img",
        "picture",
        "source",
        "time",
        "acronym",  # obsolete and phrasing elements: text inside a line, not a block
        "nobr",
        "blink",
        "ruby",
        "rb",
        "rp",
        "rt",
        "rtc",
        "output",
    ]
)
_LISTS: Final = frozenset({"ul", "ol"})


_MACHINE: Final = re.compile(
    r"(?:https?://|www\.)\S+"  # a bare URL
    r"|\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)?"  # a timestamp
)


_ALNUM: Final = re.compile(r"[^\W_]")  # ``str.isalnum`` (re's \w is isalnum or "_": tests check it)


def _is_machine_text(text: str) -> bool:
    """Text for machines, not readers: no letter or digit at all, a bare URL, a timestamp."""
    if _ALNUM.search(text, 0, 200) is None:  # no alphanumeric character in the first 200
        return True
    return len(text) < 200 and _MACHINE.fullmatch(text) is not None


@attrs.define
class Reader:
    blocks: list[Block] = attrs.Factory(list)
    loose: list[str] = attrs.Factory(list)
    links: bool = False  # every list is a list of teasers (a related-story block)
    leaves: frozenset[int] = frozenset()  # mem_ids of leaf divs, read as paragraphs
    linked: int = 0  # characters of link text in ``loose``
    related: list[Block] = attrs.Factory(list)  # link lists met inside the body

    def flush(self) -> None:
        if self.loose:
            text = "".join(self.loose)
            size = len(text.strip())  # (white space only: every line collapses to nothing)
            if size and (self.links or self.linked <= MAX_LINK_DENSITY * size):
                for line in text.split(BREAK):
                    collapsed = collapse(line)
                    if collapsed and not _is_machine_text(collapsed):
                        self.blocks.append(Block(collapsed, "line"))
            self.loose = []
        self.linked = 0

    def add(self, text: str, kind: str, href: str | None = None, lead: str | None = None) -> None:
        self.flush()
        if text and not _is_machine_text(text):
            self.blocks.append(Block(text, kind, href, lead=lead))


_HOME: Final = re.compile(r"^(?:/|\./|#|(?:https?:)?//[^/]+/?)$")


def _is_home_link(heading: Node) -> bool:
    """A heading that is one link to the home page: the site's name ("<h1><a href=/>…")."""
    link = heading.css_first("a[href]")
    if link is None or not _HOME.match(link.attributes.get("href") or ""):
        return False
    return node_text(link) == node_text(heading)


_TEASER_WORDS: Final = 25  # words of an average teaser item at most (title, rubric, badge)


def _list_is_links(node: Node) -> bool:
    """A list of links (teasers, a menu) rather than a list in the text: half its text is links,
    or every item holds a link of three words or more (a headline) and items are short."""
    items = node.css("li")
    if not items:
        return False
    if link_density(node, len(node_text(node))) >= MAX_LINK_DENSITY:
        return True
    words = 0
    for item in items[:100]:
        link = item.css_first("a[href]")
        if link is None or len(node_text(link).split()) < 3:
            return False
        words += len(node_text(item).split())
    return words <= _TEASER_WORDS * min(len(items), 100)  # teasers are short; text items not


def _read_item(reader: Reader, item: Node, *, links: bool) -> None:
    href = None
    link = item.css_first("a[href]")
    if link is not None:
        href = link.attributes.get("href")
    removal = Removal("p")  # a <p> inside a <p> (quirks mode, through a table) is read once
    leads = []
    for p in item.css("p"):
        if removal.alive(p):
            removal.mark(p)
            leads.append(p)
    lead = " ".join(text for text in map(node_text, leads) if text) or None
    if links and lead is not None:
        for p in leads:
            p.decompose()  # top-level paragraphs only: none lies inside another
    text = node_text(item)
    if links:
        reader.add(text, "li", href, lead=lead)
    else:
        reader.add(text, "p")


def _read_list(reader: Reader, node: Node) -> None:
    """A list: items of a text list are paragraphs; a link list inside the body is a teaser
    list, moved with the heading just above it to :attr:`Reader.related`."""
    links = reader.links or _list_is_links(node)
    reader.flush()
    start = len(reader.blocks)
    for item in node.css("li"):
        if item.parent is not None and item.parent.mem_id == node.mem_id:
            _read_item(reader, item, links=links)
    reader.flush()
    if links and not reader.links:
        if start and reader.blocks[start - 1].kind == "h":
            start -= 1  # "Recent posts", "Read more": the list's title
        reader.related.extend(reader.blocks[start:])
        del reader.blocks[start:]


_MAX_NESTING: Final = 200  # deeper containers are read as one text (the recursion stays bounded)


def read(reader: Reader, node: Node, depth: int = 0) -> None:
    """Blocks of ``node``'s children in document order (recursive over block containers)."""
    if depth > _MAX_NESTING:
        reader.add(node_text(node), "line")
        return
    for child in node.iter(include_text=True):
        tag = child.tag or ""
        if tag == "-text":
            reader.loose.append(child.text_content or "")
        elif tag in _INLINE and not (tag == "time" and not reader.loose):
            if tag in INLINE_WRAPPERS and _holds_blocks(child):
                reader.flush()
                read(reader, child, depth + 1)  # a <span> around <div>s: a container
                reader.flush()
            else:
                _read_inline(reader, child, tag)
        elif tag in HEADINGS or tag in TEXT_BLOCKS or child.mem_id in reader.leaves:
            _read_block(reader, child, tag)
        elif tag in _LISTS:
            _read_list(reader, child)
        elif tag == "li":
            _read_item(reader, child, links=False)
        elif not tag.startswith(("-", "#", "!")):
            reader.flush()
            read(reader, child, depth + 1)
            reader.flush()


INLINE_WRAPPERS: Final = frozenset({"span", "font"})  # inline elements templates wrap sections in
_LOOK: Final = 32  # elements of an inline subtree looked at for a block inside, at most
BLOCK_TAGS: Final = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    }
)  # what makes an inline wrapper a container; anything else (comments, <nobr>) stays inline


def _holds_blocks(node: Node) -> bool:
    """Whether a block element (one of :data:`BLOCK_TAGS`: a ``div``, ``p``, list, table…)
    stands inside the inline element ``node``, looking through its wrapper children only, and at
    :data:`_LOOK` elements at most — past that, the element stays inline, as before (so nested
    wrappers cost linear time)."""
    stack = list(node.iter())
    seen = 0
    while stack:
        seen += 1
        if seen > _LOOK:
            return False
        inner = stack.pop()
        tag = inner.tag or ""
        if tag in BLOCK_TAGS:
            return True
        if tag in INLINE_WRAPPERS:
            stack.extend(inner.iter())
    return False


def _read_inline(reader: Reader, child: Node, tag: str) -> None:
    """Inline markup: its text joins the loose line; link text is counted."""
    text = child.text(deep=True, separator="", strip=False)
    reader.loose.append(text)
    if tag == "a":
        reader.linked += len(text.strip())
    else:
        reader.linked += sum(len(node_text(a)) for a in links_in(child, len(text)))


def _read_block(reader: Reader, child: Node, tag: str) -> None:
    """A heading, a paragraph-like element or a leading ``<time>``: one block."""
    if tag in HEADINGS:
        if not _is_home_link(child):
            reader.add(node_text(child), HEADINGS[tag])
    elif tag == "time":
        reader.add(node_text(child) or (child.attributes.get("datetime") or ""), "time")
    else:
        raw = child.text(deep=True, separator="", strip=False)
        if tag not in TEXT_BLOCKS and BREAK in raw:
            read(reader, child)  # a text-only div of <br>-separated lines: line by line
            reader.flush()
            return
        text = collapse(raw)  # node_text(child), from the text already taken
        if (
            reader.links
            or link_density(child, len(text)) <= MAX_LINK_DENSITY
            or is_linked_sentence(child, text)
        ):
            reader.add(text, TEXT_BLOCKS.get(tag, "p"))


_SENTENCE_WORDS: Final = 8
_SENTENCE_LINKS: Final = 2


def is_linked_sentence(node: Node, text: str) -> bool:
    """A sentence of the text that is mostly one or two links ("… was <a>re-opened earlier this
    year following his eviction</a>."): it ends as a sentence, has eight words or more and at
    most two links — navigation is many short links, and does not end with a full stop."""
    if len(text.split()) < _SENTENCE_WORDS or not text.rstrip().endswith(SENTENCE_END):
        return False
    return len(links_in(node, len(text))) <= _SENTENCE_LINKS


_REPEAT_WORDS: Final = 6


def without_repeats(blocks: list[Block]) -> tuple[Block, ...]:
    """Blocks whose text (six words or more) occurs more than once are page furniture: photo
    captions shown twice, gallery texts, a title repeated in a share box.  All copies go."""
    counts = Counter(  # (words counted up to six: a long paragraph is not split whole)
        block.text
        for block in blocks
        if len(block.text.split(None, _REPEAT_WORDS - 1)) == _REPEAT_WORDS
    )
    return tuple(block for block in blocks if counts.get(block.text, 1) == 1)
