"""Quotation marks: the top-level quoted spans of one paragraph, found in one pass.

The pairs real pages use: “…” (English), „…“ (Belarusian, Russian, Ukrainian, German, Lithuanian),
„…” (Polish), «…» (Belarusian, Russian, Ukrainian, French, Polish), »…« (German), "…".  Nested
marks stay inside the outer quotation.  A quotation left open at the end of a paragraph is kept
open (it may continue in the next paragraph); a second “ inside an open “ means the first was
never closed: the quotation ends with the sentence before it.
"""

from __future__ import annotations

import functools
import re
from typing import Final

import attrs

from belnews.text import DASHES

__all__ = ["NOTHING", "Scan", "Span", "scan"]

# Which closing marks end a quotation that an opening mark began.
CLOSERS: Final[dict[str, str]] = {"«": "»", "„": "“”", "“": "”", '"': '"', "»": "«"}
MAX_DEPTH: Final = 16  # nesting deeper than this is not tracked (bounded work)
_BEFORE_NEUTRAL_OPENER: Final = frozenset(" \t([{/\u00a0-" + DASHES)


@attrs.frozen
class Span:
    """One quotation: the text between its marks."""

    start: int  # first character inside the marks
    end: int  # index of the closing mark (or len(paragraph) when left open)
    opener: str
    closed: bool


@attrs.frozen
class Scan:
    """The quotations of a paragraph."""

    spans: tuple[Span, ...]
    lead_close: int | None  # a closing mark before any opening one (ends a carried quotation)


_MARKS: Final = '"“«„»”'  # every mark CLOSERS names, the most common first


@functools.cache
def _marks() -> re.Pattern[str]:
    return re.compile(f"[{_MARKS}]")


def _sentence_before(text: str, start: int, end: int) -> int:
    """Index just past the last sentence end in ``text[start:end]`` (``-1`` if there is none)."""
    found = max(text.rfind(mark, start, end) for mark in (". ", "! ", "? ", "… "))
    return found + 1 if found >= start else -1


class _Scanner:
    """The stack of open marks while one paragraph is read from left to right."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[tuple[str, int]] = []
        self.spans: list[Span] = []
        self.lead_close: int | None = None
        self.nested_same: int | None = None  # where a “ opened inside an open “

    def push(self, char: str, i: int) -> None:
        if len(self.stack) == 1 and self.stack[0][0] == char and self.nested_same is None:
            self.nested_same = i  # “ inside “: the outer one was probably never closed
        if len(self.stack) < MAX_DEPTH:
            self.stack.append((char, i))

    def close_at(self, depth: int, i: int) -> None:
        opener, start = self.stack[depth]
        del self.stack[depth:]
        if not self.stack:
            self.spans.append(Span(start + 1, i, opener, True))
            self.nested_same = None

    def neutral(self, i: int) -> None:
        """A straight quote: it closes an open one, or opens after a space or bracket."""
        if self.stack and self.stack[-1][0] == '"':
            self.close_at(len(self.stack) - 1, i)
        elif i == 0 or self.text[i - 1] in _BEFORE_NEUTRAL_OPENER:
            self.push('"', i)

    def opens(self, char: str, i: int) -> bool:
        """Whether ``char`` at ``i`` opens a quotation rather than closing one."""
        if char == "«":  # it closes a German »…« that is open
            return not any(opener == "»" for opener, _ in self.stack)
        if char == "„":
            return True
        if char == "“":
            return not (self.stack and self.stack[-1][0] == "„")
        if char == "»":  # German »…«: a » with no « open, before a word
            open_guillemet = any(opener == "«" for opener, _ in self.stack)
            before = self.text[i - 1] if i else " "
            after = self.text[i + 1 : i + 2]
            return not open_guillemet and before in _BEFORE_NEUTRAL_OPENER and after.isalnum()
        return False

    def closing(self, char: str, i: int) -> None:
        """A closing mark: it ends the innermost quotation it can close."""
        for depth in range(len(self.stack) - 1, -1, -1):
            opener = self.stack[depth][0]
            if opener != '"' and char in CLOSERS[opener]:
                self.close_at(depth, i)
                return
        if not self.stack and not self.spans and self.lead_close is None:
            self.lead_close = i

    def finish(self) -> Scan:
        if self.stack:
            opener, start = self.stack[0]
            end = -1
            if self.nested_same is not None:
                end = _sentence_before(self.text, start + 1, self.nested_same)
            if end > 0:
                # “in essence, … prosecution. But the police promised to treat each case
                # “individually.” — the quotation ends with the last sentence before the second “
                self.spans.append(Span(start + 1, end, opener, True))
            else:
                self.spans.append(Span(start + 1, len(self.text), opener, False))
        return Scan(tuple(self.spans), self.lead_close)


NOTHING: Final = Scan(
    (), None
)  #: what :func:`scan` returns (this very object) for text without marks


def _has_mark(text: str) -> bool:
    """Whether ``text`` holds a quotation mark (six substring tests: a fifth of a regex search)."""
    return '"' in text or "“" in text or "«" in text or "„" in text or "»" in text or "”" in text


def scan(text: str, /) -> Scan:
    """The top-level quoted spans of one paragraph, in one pass."""
    if not _has_mark(text):
        return NOTHING  # most paragraphs quote nobody
    scanner = _Scanner(text)
    for mark in _marks().finditer(text):
        i, char = mark.start(), mark.group()
        if char == '"':
            scanner.neutral(i)
        elif scanner.opens(char, i):
            scanner.push(char, i)
        else:
            scanner.closing(char, i)
    return scanner.finish()
