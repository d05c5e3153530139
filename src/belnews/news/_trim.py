"""Page furniture at the two edges of an article body, found by what the lines are, not by markup.

Templates put the article's head (kicker, date and time, byline, "Advertisement") around the
``<h1>`` inside the same box as the text, and close the text with labels ("Comments", "Tags:",
"Like this:", "Topics") that have no class name to prune them by.  What marks them is their
shape: short, not a sentence, and (for head lines) a date, a time or a byline.  The named rules
(:data:`TRIM_RULES`) look only at the head zone — the blocks before the first real paragraph —
and at the run of blocks that ends the body, so text in the middle of an article is never
touched.
"""

from __future__ import annotations

import re
from typing import Final

from belnews.news._vocab import AD_LABELS, BYLINE_WORDS_MARKED, SENTENCE_END, alternation
from belnews.news.dateline import parse_date_line
from belnews.news.text import Block
from belnews.text import QUOTES_OPEN

__all__ = ["DATE_IN_TEXT", "TRIM_RULES", "trim_edges"]

TRIM_RULES: Final = (
    "before-headline",  # a short non-sentence above the body's <h1>: kicker, date, "Advertisement"
    # (only when the <h1> is near the top, with no paragraph of text above it)
    "date-line",  # a short head line holding a date or a time: "Published 1 day ago" (a line
    # the dateline reader understands stays, as a ``time`` block: the text steps read it)
    "byline",  # a short head line "By …", or one naming a stated author or the site (not a
    # sentence: "By Monday, the strike had spread…" is text)
    "ad-label",  # "Advertisement", "Anzeige", "Реклама" standing alone anywhere
    "closing-label",  # the short non-sentences and headings that end the body: "Comments"
    "credit-line",  # the wire credit that ends a story: "X contributed to this report."
)

_HEAD_WORDS: Final = 16  # a head line (date, byline) is at most this many words
_TEXT_WORDS: Final = 15  # a paragraph this long (and not a head line) ends the head zone
_HEAD_ZONE: Final = 8  # blocks after the headline looked at, at most
_LABEL_WORDS: Final = 4  # a closing label is at most this many words (a heading: 12)

_MONTHS: Final = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
    "august|september|october|november|december"
)
_DATE: Final = re.compile(
    rf"(?i)\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"  # "Nov. 18", "November 18th"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:{_MONTHS})\b"  # "20 Nov", "9. September"
    r"|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b"  # "19.11.2019", "11/20/19", "2018-08-25"
    r"|\b\d{1,2}:\d\d(?:\s?[ap]\.?m\.?)?"  # "8:54 am", "05:47"
    r"|\b\d{1,2}\s?[ap]\.m\."  # "10 p.m."
    r"|\b\d+\s+(?:second|minute|hour|day|week|month)s?\s+ago\b"  # "1 day ago"
)
DATE_IN_TEXT: Final = _DATE  # a date or a time inside a line ("Nov. 18", "19.11.2019", "8:54 am")
_BYLINE: Final = re.compile(rf"(?i)^(?:[-–—]\s*)?(?:{alternation(BYLINE_WORDS_MARKED)})[\s:]")
_CREDIT: Final = re.compile(
    r"(?i)\bcontributed(?: reporting| to (?:this|the) (?:report|story))\b"  # AP, NYT, Fox
    r"|^\(?(?:reporting|additional reporting|writing) by\b"  # Reuters: "(Reporting by X; …)"
)
_CREDIT_WORDS: Final = 60
# A head line that closes a parenthesis ("… (Reuters)", "… (video)") is kept as text too: never
# cut as a date line or a byline.
_SENTENCE_END: Final = (*SENTENCE_END, ")")
_ELLIPSIS: Final = ("...", "\u2026")


def _words(text: str) -> int:
    return len(text.split())


def _is_sentence(text: str) -> bool:
    """Ends as a sentence does ("Like Loading…" and "More..." are prompts, not sentences)."""
    end = text.rstrip()
    if end.endswith(_ELLIPSIS) and _words(end) <= 3:
        return False
    if end.lower().endswith(("a.m.", "p.m.")):
        return False  # "Updated at 1:23 p.m."
    return end.endswith(_SENTENCE_END)


_AD_LABEL_SIZE: Final = max(map(len, AD_LABELS))


def _is_ad_label(block: Block) -> bool:
    label = block.text.strip(" :.-–—|")
    # case folding never shortens a text: a longer one is no label (and is not folded)
    return len(label) <= _AD_LABEL_SIZE and label.casefold() in AD_LABELS


def _head_rule(block: Block, names: tuple[str, ...]) -> str | None:
    """The rule that names ``block`` as a head line (date, byline), if one does."""
    text = block.text
    if block.kind not in ("p", "line", "h", "time") or _words(text) > _HEAD_WORDS:
        return None
    if _is_sentence(text):
        return None  # "By Monday, the strike had spread…", "Belsat has learned that…": text
    if _DATE.search(text) and not _is_lead_in(text):
        return "date-line"
    if _BYLINE.match(text) and _words(text) <= 12:
        return "byline"
    folded = text.casefold()
    if _words(text) <= 10 and any(_starts_with_name(folded, name) for name in names):
        return "byline"
    return None


def _starts_with_name(folded: str, name: str) -> bool:
    """``folded`` begins with the word(s) ``name`` ("Belsat | 9 May", not "Belsatnews")."""
    return (
        bool(name) and folded.startswith(name) and not folded[len(name) : len(name) + 1].isalnum()
    )


# words of letters beside the date that make a line ending in ":" a lead-in
_LEAD_IN_WORDS: Final = 5


def _is_lead_in(text: str) -> bool:
    """A line that opens what follows, with a clause of its own beside the date ("Police
    detained 12 people on May 9 in Minsk:"), not a date with a label ("Updated: May 9, 10:15")."""
    if not text.rstrip().endswith(":"):
        return False
    words = [word for word in _DATE.sub(" ", text).split() if word.strip(":,.").isalpha()]
    return len(words) >= _LEAD_IN_WORDS


def _head_zone_end(blocks: list[Block], start: int, names: tuple[str, ...]) -> int:
    """The index of the first real paragraph at or after ``start`` (the head zone ends there)."""
    for index in range(start, min(len(blocks), start + _HEAD_ZONE)):
        block = blocks[index]
        text = block.kind in ("p", "line", "quote") and _words(block.text) >= _TEXT_WORDS
        if text and _head_rule(block, names) is None:
            return index
    return min(len(blocks), start + _HEAD_ZONE)


def _closing_start(blocks: list[Block]) -> int:
    """The index where the run of closing labels (and headings left with no text) begins."""
    start = len(blocks)
    while start > 0:
        block = blocks[start - 1]
        heading = block.kind in ("h", "h1") and _words(block.text) <= 12
        label = _words(block.text) <= _LABEL_WORDS and not _is_sentence(block.text)
        label = label and not block.text.startswith(tuple(QUOTES_OPEN))  # a quote cut short
        if not (heading or label):
            break
        start -= 1
    return start


def _head_marks(blocks: list[Block], names: tuple[str, ...]) -> dict[int, str]:
    """Index → rule of the head lines to drop; a date line the dateline reader understands is
    kept and turned into a ``time`` block in ``blocks`` (in place)."""
    marks: dict[int, str] = {}
    kinds = [block.kind for block in blocks]
    headline = kinds.index("h1") if "h1" in kinds else -1
    if headline <= _HEAD_ZONE and all(_words(b.text) < _TEXT_WORDS for b in blocks[:headline]):
        for index in range(max(headline, 0)):  # only a head zone above an <h1> near the top
            text = blocks[index].text
            if _words(text) <= 20 and not _is_sentence(text):
                marks[index] = "before-headline"
    zone_start = headline + 1
    for index in range(zone_start, _head_zone_end(blocks, zone_start, names)):
        rule = _head_rule(blocks[index], names)
        if rule == "date-line" and parse_date_line(blocks[index].text) is not None:
            blocks[index] = Block(blocks[index].text, "time")
        elif rule is not None:
            marks[index] = rule
    return marks


def trim_edges(
    blocks: list[Block], /, *, names: tuple[str, ...] = ()
) -> tuple[list[Block], dict[str, int]]:
    """``blocks`` without the head lines and closing labels of :data:`TRIM_RULES`, and the
    number of blocks each rule removed.  ``names`` are the stated authors and the site name."""
    folded = tuple(name.casefold() for name in names if name and name.strip())
    blocks = list(blocks)
    marks = _head_marks(blocks, folded)
    for index, block in enumerate(blocks):
        if index not in marks and _is_ad_label(block):
            marks[index] = "ad-label"
    counts: dict[str, int] = {}
    for rule in marks.values():
        counts[rule] = counts.get(rule, 0) + 1
    kept = [block for index, block in enumerate(blocks) if index not in marks]
    end = _closing_start(kept)
    if end < len(kept) and any(_words(b.text) >= _TEXT_WORDS for b in kept[:end]):
        counts["closing-label"] = len(kept) - end
        kept = kept[:end]
    credits = 0
    while len(kept) > 1 and _is_credit(kept[-1]) and credits < 3:
        kept.pop()
        credits += 1
    if credits:
        counts["credit-line"] = credits
    return kept, counts


def _is_credit(block: Block) -> bool:
    """The wire credit that ends a story ("Associated Press writers X and Y contributed to this
    report.", "(Reporting by X; Editing by Y)")."""
    return (
        block.kind in ("p", "line")
        and _words(block.text) <= _CREDIT_WORDS
        and _CREDIT.search(block.text) is not None
    )
