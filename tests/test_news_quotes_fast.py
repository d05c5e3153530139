"""find_quotes passes over a paragraph with no quotation mark, nothing carried and no dialogue
dash at once; the answer is the one the full per-paragraph steps give (the skip turned off by
making ``scan``'s empty answer a different object than the one ``find_quotes`` looks for)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belnews.news import quotes
from belnews.news.quote_marks import Scan

# pieces of news paragraphs: marks of every pair, dialogue dashes, verbs of saying, pronouns,
# names, "Read also:", colons and sentence ends
_PIECES = (
    "«",
    "»",
    "“",
    "”",
    "„",
    '"',
    "— ",
    "– ",
    ", — ",
    "сказала",
    "кажа",
    "said",
    "he",
    "яна",
    "Марыя Калеснікава",
    "Pavieł Łatuška",
    "Чытайце таксама:",
    "Read also:",
    ":",
    ". ",
    ", ",
    " ",
    "рэжым не спыніўся на гэтым",
    "the regime did not stop",
)
_paragraph = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


def _names(paragraphs: list[str]) -> list[list[tuple[int, int, str]]]:
    found = []
    for para in paragraphs:
        spans = []
        for name in ("Марыя Калеснікава", "Pavieł Łatuška"):
            at = para.find(name)
            if at >= 0:
                spans.append((at, at + len(name), name))
        found.append(sorted(spans))
    return found


@given(st.lists(_paragraph, max_size=8), st.booleans())
def test_the_skip_gives_the_full_answer(paragraphs: list[str], with_names: bool) -> None:
    names = _names(paragraphs) if with_names else None
    fast = quotes.find_quotes(paragraphs, names=names, key=str.lower)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(quotes, "NOTHING", Scan((), None))  # never scan's answer: no skip
        full = quotes.find_quotes(paragraphs, names=names, key=str.lower)
    assert fast == full
