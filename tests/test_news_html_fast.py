"""The HTML steps' fast paths give the answers of the plain code they replace (round 6).

``rule_for`` cuts a hint into words with C string methods instead of ``re.split(r"[\\s_-]+")``
and reads the word memo inline; ``positive`` tests an ASCII hint by substrings of its lower
case instead of the case-blind ``POSITIVE`` search; ``collapse`` strips each line once;
``Reader.flush`` passes over loose text that is white space only; ``_is_machine_text`` finds an
alphanumeric character by a regular expression.  Each reference below is the function as it was
(6caa7a8).  The body's candidates (round 11) measure their link density only when asked, and the
best is searched in order of raw score: the answer is the one of scoring every candidate.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from belnews.news import _blocks, _dom, _prune, content

_SPLIT = re.compile(r"[\s_-]+")


def _reference(hints: str) -> str | None:
    """``rule_for`` as it was written before (6caa7a8), without its cache."""
    if not hints.islower():
        hints = _prune._CAMEL.sub(" ", hints).lower()
    order = _prune._NO_RULE
    previous = ""
    for word in _SPLIT.split(hints):
        if not word:
            continue
        rank = _prune._word_rank(word)
        if previous in _prune._PREFIXES:
            rank = min(rank, _prune._word_rank(previous + word))
        order = min(order, rank)
        previous = word
    return _prune.PRUNE_RULES[order][0] if order < _prune._NO_RULE else None


# every separator re's \s knows (Unicode spaces, line and paragraph separators, controls), the
# two others, word pieces that start, join into or nearly make the rules' beginnings, and case
_SEPARATORS = [" ", "_", "-", "\t", "\n", "\x1c", "\x85", "\xa0", "\u2000", "\u2028", "\u3000"]
_PIECES = sorted({b for _, bs in _prune.PRUNE_RULES for b in bs} | {"most", "read", "a", "d"})
_PIECES += ["x", "Ad", "SHARE", "embeddedMedia", "Caption", "İ", "Σ", "ß", "header", "ads1"]


@given(st.lists(st.sampled_from(_PIECES + _SEPARATORS), max_size=12))
def test_rule_for_as_the_regex_split(parts: list[str]) -> None:
    hints = "".join(parts)
    assert _prune.rule_for.__wrapped__(hints) == _reference(hints)


@given(st.text(max_size=40))
def test_rule_for_any_text(hints: str) -> None:
    assert _prune.rule_for.__wrapped__(hints) == _reference(hints)


def test_every_regex_space_splits() -> None:
    """``str.split()`` splits exactly where ``re``'s \\s matches (the whole of Unicode)."""
    space = re.compile(r"\s")
    characters = "".join(map(chr, range(0x110000)))
    spaces = space.findall(characters)
    assert spaces == [char for char in characters if char.isspace()]
    assert all(f"a{space}b".split() == ["a", "b"] for space in spaces)


_LINES = [
    " ",
    "\n",
    "\r",
    "\r\n",
    "\u2028",
    "\u2029",
    "\x0b",
    "\x85",
    "\t",
    "\xa0",
    "a",
    "Ab c",
    "x\u2028y",
]


def _collapse_reference(text: str) -> str:
    if "\n" not in text and "\r" not in text and "\u2028" not in text:
        return text.strip()
    return " ".join(part.strip() for part in text.splitlines() if part.strip())


@given(st.lists(st.sampled_from(_LINES), max_size=10))
def test_collapse_as_before(parts: list[str]) -> None:
    text = "".join(parts)
    assert _dom.collapse(text) == _collapse_reference(text)


def _flush_reference(reader: _blocks.Reader) -> None:
    if reader.loose:
        text = "".join(reader.loose)
        if reader.links or reader.linked <= _blocks.MAX_LINK_DENSITY * len(text.strip()):
            for line in text.split(_blocks.BREAK):
                collapsed = _collapse_reference(line)
                if collapsed and not _machine_reference(collapsed):
                    reader.blocks.append(_blocks.Block(collapsed, "line"))
        reader.loose = []
    reader.linked = 0


def _machine_reference(text: str) -> bool:
    if not any(char.isalnum() for char in text[:200]):
        return True
    return len(text) < 200 and _blocks._MACHINE.fullmatch(text) is not None


@given(
    st.lists(st.sampled_from([*_LINES, _blocks.BREAK, "https://x.org/a", "--", "2024-01-02"])),
    st.integers(0, 5),
    st.booleans(),
)
def test_flush_as_before(loose: list[str], linked: int, links: bool) -> None:
    new = _blocks.Reader(loose=list(loose), linked=linked, links=links)
    old = _blocks.Reader(loose=list(loose), linked=linked, links=links)
    new.flush()
    _flush_reference(old)
    assert (new.blocks, new.loose, new.linked) == (old.blocks, old.loose, old.linked)


@given(st.text(max_size=260))
def test_machine_text_as_before(text: str) -> None:
    assert _blocks._is_machine_text(text) == _machine_reference(text)


def test_alphanumeric_pattern_is_isalnum() -> None:
    """``[^\\W_]`` matches exactly the characters ``str.isalnum`` accepts (all of Unicode)."""
    characters = "".join(map(chr, range(0x110000)))
    assert _blocks._ALNUM.findall(characters) == [c for c in characters if c.isalnum()]


_HINT_PIECES = [*_prune._POSITIVE_WORDS, "ARTICLE", "Body", "cont", "ent", "ry", " ", "-", "_"]
_HINT_PIECES += ["\u212a", "\u017f", "\u0131", "\u0130", "\u00e9", "x", "Post", "sTory", "blo", "g"]


@given(st.lists(st.sampled_from(_HINT_PIECES), max_size=8))
def test_positive_as_the_regex(parts: list[str]) -> None:
    hints = "".join(parts)
    assert _prune.positive(hints) == (_prune.POSITIVE.search(hints) is not None)


@given(st.text(max_size=40))
def test_positive_any_text(hints: str) -> None:
    assert _prune.positive(hints) == (_prune.POSITIVE.search(hints) is not None)


def test_ignorecase_within_ascii_is_lower_case() -> None:
    """Within ASCII, ``re.IGNORECASE`` matches a letter of the pattern by its two cases only."""
    for letter in "abcdefghijklmnopqrstuvwxyz":
        pattern = re.compile(letter, re.IGNORECASE)
        ascii_matches = [chr(c) for c in range(128) if pattern.fullmatch(chr(c))]
        assert ascii_matches == [letter.upper(), letter]


_CANDIDATES = st.lists(st.tuples(st.integers(-5, 40), st.integers(0, 3)), min_size=1, max_size=8)


@given(_CANDIDATES)
def test_the_best_candidate_as_when_all_were_scored(found: list[tuple[int, int]]) -> None:
    """Candidates with raw scores (ties and scores of zero or less included) and 0-3 links of
    text; the best and every score are those of the loop over all candidates (80e6e36)."""
    parts = [f"<div>{'<a href=/x>a link</a> ' * links}{'word ' * 8}</div>" for _, links in found]
    tree = _dom.parse_dom(f"<body>{''.join(parts)}</body>")
    body = tree.body
    assert body is not None
    divs = body.css("div")
    nodes = {div.mem_id: div for div in divs}
    raw = {div.mem_id: float(score) for div, (score, _) in zip(divs, found, strict=True)}
    want, best_score, finals = None, 0.0, {}
    for key, node in nodes.items():
        density = _blocks.link_density(node, len(node.text(deep=True)), {})
        finals[key] = raw[key] * (1 - density)
        if finals[key] > best_score:
            want, best_score = key, finals[key]
    scores = content._Scores(raw, nodes, {})
    best = scores.best()
    assert (None if best is None else best.mem_id) == want
    assert {key: scores.get(key) for key in raw} == finals
    assert scores.get(-1) == 0.0
    assert -1 not in scores
