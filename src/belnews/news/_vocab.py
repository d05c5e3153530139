"""Words and marks the news steps share, each defined once: what ends a sentence, what opens a
byline, what labels an advertisement.  It imports nothing of belnews, so that every step (plain
text and HTML) can read it without a cycle."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

# The marks a sentence of running text ends with, a closing quotation mark included ("… he
# said.”").  The HTML steps read them (`_blocks`, `_trim`); the plain-text head reads a line
# differently (see `text._ends_sentence`).
SENTENCE_END: Final = (".", "!", "?", "\u2026", '"', "\u201d", "\u00bb", "\u3002")

# The words a byline opens with ("By Jane Doe", "Аўтар: Ян Тут"), lower case: every step
# reads these.  The author box of the page's markup (`meta`) also reads BYLINE_WORDS_MARKED: in
# running text and at the head of the body, "Posted by …" and "Par …" are kept as text (taking
# them there would change what the shared pages give; a decision of its own).
BYLINE_WORDS: Final = ("by", "автор", "аўтар", "aŭtar")
BYLINE_WORDS_MARKED: Final = (
    *BYLINE_WORDS,
    "written by",
    "posted by",
    "von",
    "par",
    "por",
    "text",
    "текст",
    "тэкст",
)

# A block whose whole text is one of these (case folded) labels an advertisement.
AD_LABELS: Final = frozenset(
    {
        "advertisement",
        "advert",
        "ad",
        "anzeige",
        "werbung",
        "publicité",
        "publicidad",
        "pubblicità",
        "reklama",
        "реклама",
        "рэклама",
        "iklan",
        "sponsored",
    }
)


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of ``words`` (longest first; a space matches any run of
    spaces)."""
    ordered = sorted(words, key=lambda word: (-len(word), word))
    return "|".join(r"\s+".join(map(re.escape, word.split())) for word in ordered)


# Words of a credit that names no person, lower case: the newsroom, role or agency that a stated
# author is written with ("By Tom Krisher, AP Auto Writer", "Meg Kinnard, Associated Press",
# "Amy Kuperinsky | NJ Advance Media"); `meta_byline.author_names` leaves such a part out.
NEWSROOM_WORDS: Final = frozenset(
    {
        "writer", "writers", "editor", "editors", "correspondent", "reporter", "reporters",
        "columnist", "contributor", "contributing", "staff", "press", "media", "news", "newsroom",
        "agency", "bureau", "desk", "wire", "wires", "associated",
        "карэспандэнт", "корреспондент", "рэдакцыя", "редакция", "журналіст", "журналист",
    }
)  # fmt: skip
