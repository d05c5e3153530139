"""The shortcuts that spare the HTML steps a walk of the tree give what the walk would give.

* :func:`belnews.news._prune.prune` returns the elements that hold an ``<h1>`` after pruning,
  taken from its own element list: exactly those whose ``css_first("h1")`` finds one, on pages
  whose ``<h1>`` stands in a form, a ``nav``, a chrome class, a ``<header>``, a related-story
  block or nowhere;
* :func:`belnews.news._dom.tag_id` gives the id Lexbor gives the element (``node.tag_id``), so
  comparing ids is comparing ``node.tag`` names;
* UTF-8 bytes given to the parser as they are (no decode-and-encode) give the article their
  text gives.
"""

from __future__ import annotations

import codecs
import gzip
from pathlib import Path

import attrs
import pytest

from belnews.news import parse_article
from belnews.news._dom import parse_dom, tag_id
from belnews.news._prune import prune
from belnews.news.decode import decode_html

BODY = "<p>The body of the story is one long enough sentence, with a comma, and more words.</p>"

PAGES = [
    f"<html><body><h1>Headline</h1>{BODY}</body></html>",
    f"<html><body>{BODY}</body></html>",
    f"<html><body><form><h1>In a small form</h1></form><h1>Second</h1>{BODY * 5}</body></html>",
    f"<html><body><form><h1>ASP.NET page</h1>{BODY * 5}</form></body></html>",
    f"<html><body><nav><h1>Logo</h1></nav><article><h1>Story</h1>{BODY}</article></body></html>",
    f"<body><div class=share-bar><h1>Share</h1></div><h1>Story</h1>{BODY}</body>",
    f"<body><header><h1>Site</h1></header><main><h1>Story</h1>{BODY}</main></body>",
    f"<body><aside class=related><ul><li><h1>Other</h1><a href=/x>Other story text</a></li></ul>"
    f"</aside>{BODY}</body>",
    f"<body><script><h1>not an element</h1></script><svg><h1>breaks out</h1></svg>{BODY}</body>",
    f"<body><div hidden><h1>Hidden</h1></div><p><table><tr><td><h1>In a table</h1>{BODY}</body>",
    f"<body><div class=sidebar><div class=widget><h1>W</h1></div></div><h2>No h1</h2>{BODY}</body>",
]


def _holders_both_ways(html: str) -> tuple[list[int], list[int]]:
    """The elements of the pruned body that prune says hold an ``<h1>``, and those that do."""
    tree = parse_dom(html)
    body = tree.body
    assert body is not None
    *_, holders = prune(tree, body)
    elements = [body, *body.traverse()]
    got = [node.mem_id for node in elements if node.mem_id in holders]
    expected = [node.mem_id for node in elements if node.css_first("h1") is not None]
    return got, expected


@pytest.mark.parametrize("html", PAGES)
def test_prune_knows_the_elements_that_hold_an_h1(html: str) -> None:
    got, expected = _holders_both_ways(html)
    assert got == expected


def test_prune_knows_the_elements_that_hold_an_h1_on_the_shared_pages(shared_dir: Path) -> None:
    checked = 0
    # every third page: each check asks css_first of every element (the full run took 12 s;
    # all 398 pages were checked once, equal)
    for path in sorted((shared_dir / "data" / "html").rglob("*"))[::3]:
        if path.suffix.lower() in (".html", ".htm"):
            data = path.read_bytes()
        elif path.name.endswith(".html.gz"):
            data = gzip.decompress(path.read_bytes())
        else:
            continue
        got, expected = _holders_both_ways(data.decode("utf-8", "replace"))
        assert got == expected, path
        checked += 1
    assert checked > 100


TAGS = ["html", "body", "form", "h1", "nav", "footer", "aside", "menu", "header", "br", "main"]


@pytest.mark.parametrize("name", [*TAGS, "article", "div", "p"])
def test_tag_id_is_the_parsed_elements_id(name: str) -> None:
    tree = parse_dom(f"<html><body><div><{name} id=here></{name}></div></body></html>")
    node = tree.root if name == "html" else tree.body if name == "body" else tree.css_first("#here")
    assert node is not None
    assert node.tag == name
    assert node.tag_id == tag_id(name)


def test_tag_ids_differ_and_unknown_names_raise() -> None:
    assert len({tag_id(name) for name in TAGS}) == len(TAGS)
    with pytest.raises(ValueError, match="not a tag"):
        tag_id("")


@pytest.mark.parametrize("name", ["foo", "xyz", "sidebar"])
def test_tag_id_refuses_a_name_lexbor_does_not_know(name: str) -> None:
    # such a name's id is the address of a throwaway document's entry: "foo" and "xyz" got
    # the same id, and a later page's unknown element could get it too
    with pytest.raises(ValueError, match="not a tag"):
        tag_id(name)


UTF8_PAGE = (
    "<html><head><meta charset=utf-8><title>Дождж у Мінску | Навіны</title></head><body>"
    "<h1>Дождж у Мінску</h1><p>Сёння ў Мінску ішоў моцны дождж, паведаміла служба надвор'я, "
    "і заўтра ён будзе зноў.</p></body></html>"
)


@pytest.mark.parametrize(
    "data",
    [
        UTF8_PAGE.encode(),  # given to the parser as they are
        codecs.BOM_UTF8 + UTF8_PAGE.encode(),  # a BOM: decoded, then parsed as text
        UTF8_PAGE.encode()[:-20] + b"\xff" + UTF8_PAGE.encode()[-20:],  # a bad byte replaced
    ],
)
def test_utf8_bytes_parse_as_their_text(data: bytes) -> None:
    text, encoding = decode_html(data)
    from_bytes = parse_article(data)
    assert from_bytes.encoding == encoding
    assert attrs.evolve(from_bytes, encoding=None) == parse_article(text.lstrip("\ufeff"))
    tree = parse_dom(data) if encoding == "utf-8" and data[:1] == b"<" else None
    if tree is not None:  # the bytes and their text give one tree
        assert tree.html == parse_dom(text).html


def test_deeply_nested_bytes_are_flattened_as_their_text() -> None:
    deep = "<div>" * 5000 + "Глыбока" + "</div>" * 5000
    assert parse_dom(deep.encode()).html == parse_dom(deep).html
    assert parse_dom(deep).html.count("<div>") <= 256  # type: ignore[union-attr]
