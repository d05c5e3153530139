"""Quotations and who said them.

What counts as a quote (the rule the golden files follow):

* a quoted span followed by an attribution with a verb of saying
  (``…,” said Pavieł Łatuška, a Warsaw-based…``; ``», — кажа яна.``; ``,” the Office said``;
  ``«, sagte Merkel``; ``», dit-il``);
* a quoted span of at least three words in a sentence whose verb of saying comes before it
  (``Łatuška said that the regime “did not stop…”``; ``…prospects: “The regime…``);
* a paragraph that opens with a quotation mark (comments, interview answers), or with a dash
  after a paragraph ending in a colon, or a dialogue line with an inner attribution
  (``— Мы пераможам, — сказала яна.``);
* a quoted span of at least three words later in a paragraph whose earlier quote has a speaker.

Not quotes: quoted words of one or two words (titles, scare quotes such as “extremism”); the
quoted title of another story after "Read also:" (:data:`~belnews.news.speech.READ_ALSO`); a pull
quote that repeats a quotation of the body (it is kept once).

Marks: see :mod:`belnews.news.quote_marks`; attributions: :mod:`belnews.news.attribution`; the
words of each language: :mod:`belnews.news.speech`.  A quotation left open at the end of a
paragraph continues into the next one when that paragraph opens with a quotation mark or closes
the quotation before opening another.  A pronoun speaker ("he", "яна", "он", "sie") becomes the
nearest name earlier in the same sentence, else the most recent named speaker, else the most
recent name.

Every paragraph is scanned once, and attributions are looked for in a bounded window around each
quotation, so the work is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from typing import Final

import attrs

from belnews.errors import ConfigError
from belnews.news.attribution import (
    WINDOW,
    Attribution,
    after,
    before,
    dash_attribution,
    forget_sentence_ends,
    is_name_word,
    run_ending_at,
    sentence_end,
    sentence_start,
    words_of,
)
from belnews.news.models import Quote
from belnews.news.quote_marks import NOTHING, Scan, Span, scan
from belnews.news.quote_speakers import NamePos, name_after, name_in, possessive, split_title
from belnews.news.speech import (
    GENERIC_PRONOUNS,
    PREPOSITIONS,
    PRONOUNS,
    READ_ALSO,
    SPEECH_VERBS,
)
from belnews.text import DASHES

__all__ = [
    "GENERIC_PRONOUNS",
    "PREPOSITIONS",
    "PRONOUNS",
    "SPEECH_VERBS",
    "NamePos",
    "find_quotes",
]


_MAX_QUOTED_NAMES: Final = 8  # names inside a quotation passed over to find its speaker


class _Resolver:
    """Who a pronoun stands for: same-sentence name, else last speaker, else last name."""

    def __init__(self, names: Sequence[Sequence[NamePos]], have_names: bool = False) -> None:
        self.names = names
        self.have_names = have_names  # the name finder ran (else any capitalised run may be one)
        self.last_speaker: str | None = None
        self._last_before: list[str | None] = []
        self._ends: list[list[int]] = []

    def _index(self) -> None:
        # computed once, at the first pronoun (most articles have none), so that resolving a
        # pronoun never rescans earlier text
        last: str | None = None
        for found in self.names:
            self._last_before.append(last)
            self._ends.append([name[1] for name in found])
            if found:
                last = found[-1][2]

    def resolve(self, paragraph: int, text: str, at: int, quoted: str = "") -> str | None:
        """``quoted``: the quotation attributed; a name inside it is spoken of, not speaking
        ("… purchase an [Energy Control] test fee," he continued)."""
        if not self._ends and self.names:
            self._index()
        names = self.names[paragraph]
        earlier = bisect.bisect_right(self._ends[paragraph], at)  # names ending before ``at``
        skipped = 0
        while earlier and names[earlier - 1][2] in quoted:
            earlier -= 1
            skipped += 1
            if skipped > _MAX_QUOTED_NAMES:  # (bounded: a long quotation full of names)
                earlier = 0
        if earlier and names[earlier - 1][0] >= sentence_start(text, at):
            return names[earlier - 1][2]  # the nearest name in the same sentence
        if self.last_speaker is not None:
            return self.last_speaker
        if earlier:
            return names[earlier - 1][2]
        return self._last_before[paragraph] if paragraph < len(self._last_before) else None

    def speaker(
        self, attribution: Attribution, paragraph: int, text: str, quoted: str = ""
    ) -> str | None:
        if attribution.pronoun:
            return self.resolve(paragraph, text, attribution.at, quoted)
        if attribution.speaker is None:
            return None
        # prefer the name finder's reading of the run ("Minsk Aliaksandr" -> "Aliaksandr")
        end = attribution.at + len(attribution.speaker)
        if attribution.described:
            end = max(end, attribution.reach)
        found = name_in(self.names[paragraph], attribution.at, end)
        if self.have_names and (found is None or possessive(text, found, attribution.at)):
            # "said Belarusian leader Alyaksandr Lukashenka", "said Lukashenka's press
            # secretary Natalia Eismont": the person named after the words that describe them
            later = name_after(self.names[paragraph], text, attribution.at, attribution.reach)
            found = later or found
        if found is None and attribution.described and self.have_names:
            return None  # "каже голова Станіславської ТГ": an organisation, not a person
        return found or attribution.speaker


_LEADERS: Final = f" -{DASHES}"  # what stands before a dialogue line's words


@functools.cache
def _any_dash() -> re.Pattern[str]:
    return re.compile(f"[{DASHES}]")


def _clean(text: str) -> str:
    return text.strip().rstrip(",").rstrip()


_DIALOGUE: Final = (*(f"{dash} " for dash in DASHES), "―")  # what opens a dialogue paragraph


def _ending(text: str, end: int) -> str:
    """The last character before ``end`` that is not a space."""
    return text[max(0, end - 8) : end].rstrip()[-1:] or ","


@attrs.frozen
class _Carry:
    """A quotation left open at the end of a paragraph."""

    first: int
    parts: tuple[str, ...]
    opener: str
    attribution: Attribution | None  # found before it opened, in paragraph ``first``


def _dangling_speaker(text: str, names: Sequence[NamePos]) -> str | None:
    """The speaker named in a paragraph that completes ``«…» —``: "taki dopis pakinuła … X."."""
    found = name_in(names, 0, len(text))
    if found is not None:
        return found
    words = words_of(text, 0, WINDOW)
    capitals = [w for w in words if is_name_word(w[2])]
    if not capitals:
        return None
    start, end = run_ending_at(words, text, capitals[-1][1])
    return text[start:end]


_READ_ALSO_LENGTH: Final = 2 * max(map(len, READ_ALSO))  # how much of a paragraph's start is read


def points_elsewhere(paragraphs: Sequence[str], index: int) -> bool:
    """Whether a paragraph names another story ("Read also: «…»", or under a "Read also:" line)."""
    own = paragraphs[index][:_READ_ALSO_LENGTH].lstrip(_LEADERS).lower()
    if own.startswith(READ_ALSO):
        return True
    previous = paragraphs[index - 1] if index else ""
    if len(previous) > _READ_ALSO_LENGTH:
        return False
    return previous.strip().rstrip(":").lower() in READ_ALSO


@attrs.frozen
class _Found:
    quote: Quote
    standalone: bool  # a paragraph that is nothing but a quotation without attribution


def _is_pull_quote(found: Sequence[_Found], index: int) -> bool:
    """A standalone quotation that repeats (part of) a quotation near it: a pull quote."""
    item = found[index]
    if not item.standalone:
        return False
    text = item.quote.text
    nearby = found[max(0, index - _PULL_DISTANCE) : index + _PULL_DISTANCE + 1]
    return any(other is not item and text in other.quote.text for other in nearby)


_PULL_DISTANCE: Final = 20  # quotations either side in which a pull quote's source is looked for


class _Finder:
    """The state of one pass over an article's paragraphs."""

    def __init__(
        self,
        paragraphs: Sequence[str],
        names: Sequence[Sequence[NamePos]],
        key: Callable[[str], str | None],
        have_names: bool = False,
    ) -> None:
        self.paragraphs = paragraphs
        self.resolver = _Resolver(names, have_names)
        self.key = key
        self.found: list[_Found] = []
        self.carry: _Carry | None = None

    def emit(
        self,
        first: int,
        text: str,
        attribution: Attribution | None,
        where: int,
        *,
        standalone: bool = False,
    ) -> str | None:
        """Record a quotation; ``where`` is the paragraph that holds the attribution."""
        speaker = description = None
        if attribution is not None:
            speaker = self.resolver.speaker(attribution, where, self.paragraphs[where], text)
            description = attribution.description
            if speaker is not None and not attribution.pronoun:
                para, at = self.paragraphs[where], attribution.at
                end = para.find(speaker, at) + len(speaker)  # (a speaker as written, from ``at``)
                run = para[at:end] if end >= len(speaker) else attribution.speaker or ""
                title, speaker = split_title(run, speaker)
                description = description or title
                self.resolver.last_speaker = speaker
        quote = Quote(text, speaker, self.key(speaker) if speaker else None, description, first)
        self.add(quote, standalone=standalone and speaker is None)
        return speaker

    def add(self, quote: Quote, *, standalone: bool = False) -> None:
        self.found.append(_Found(quote, standalone))

    def quotes(self) -> tuple[Quote, ...]:
        found = self.found
        if not any(f.standalone for f in found):
            return tuple(f.quote for f in found)
        return tuple(f.quote for i, f in enumerate(found) if not _is_pull_quote(found, i))

    def continue_carry(self, index: int, para: str, marks: Scan, spans: list[Span]) -> None:
        """Close or continue a quotation left open in the previous paragraph."""
        carry, self.carry = self.carry, None
        if carry is None:
            return
        own = carry.attribution
        if spans and spans[0].start == 1 and para[0] == carry.opener and marks.lead_close is None:
            span = spans.pop(0)
            parts = (*carry.parts, _clean(para[span.start : span.end]))
            if not span.closed:
                self.carry = attrs.evolve(carry, parts=parts)
                return
            found_after = after(para, span.end + 1, _ending(para, span.end))
        elif marks.lead_close is not None:
            parts = (*carry.parts, _clean(para[: marks.lead_close]))
            found_after = after(para, marks.lead_close + 1, _ending(para, marks.lead_close))
        else:
            self.emit(carry.first, "\n".join(carry.parts), own, carry.first)
            return
        if found_after is not None:
            self.emit(carry.first, "\n".join(parts), found_after, index)
        else:
            self.emit(carry.first, "\n".join(parts), own, carry.first)

    def dash_dialogue(self, index: int, para: str, previous_dash: bool) -> bool:
        """``— Мы пераможам, — сказала яна. — Заўсёды.``; ``– After the Square-2010, I…``
        after ``…stated that to Charter97.org:``."""
        inner = dash_attribution(para)
        prev = self.paragraphs[index - 1].rstrip() if index else ""
        if inner is None and not prev.endswith(":") and not previous_dash:
            return False
        body = _clean(para[1 : inner if inner is not None else len(para)])
        if not body:
            return False
        if inner is None:
            attribution = before(prev, len(prev)) if prev.endswith(":") else None
            self.emit(index, body, attribution, index - 1 if attribution else index)
            return True
        attribution = after(para, inner)
        self.emit(index, body, attribution, index)
        rest = _dialogue_rest(para, inner)
        if rest:
            self.emit(index, rest, attribution, index)
        return True

    def paragraph(self, index: int, para: str, spans: Sequence[Span]) -> None:
        """The quotations that open and close in one paragraph."""
        paragraph_speaker: str | None = None
        first_text = len(para) - len(para.lstrip(_LEADERS))  # where the paragraph's text begins
        for span in spans:
            text = _clean(para[span.start : span.end])
            if not text:
                continue
            opens_paragraph = span.start - 1 == first_text
            handled, speaker = self.interrupted(index, para, span)
            if handled:
                paragraph_speaker = speaker or paragraph_speaker
                continue
            if not span.closed:
                if opens_paragraph or len(text.split(None, 3)) >= 3:
                    found_before = None if opens_paragraph else before(para, span.start - 1)
                    self.carry = _Carry(index, (text,), span.opener, found_before)
                continue
            speaker = self.closed(index, para, span, text, paragraph_speaker)
            if speaker is not None:
                paragraph_speaker = speaker

    def interrupted(self, index: int, para: str, span: Span) -> tuple[bool, str | None]:
        """A quotation its attribution interrupts: ``«Усё далёка ня так маляўніча, — кажа
        доктарка. — …»``: the words before the dash, and those after the attribution's
        sentence (which a quotation left open carries on)."""
        if _any_dash().search(para, span.start, span.end) is None:
            return False, None  # most quotations hold no dash: no copy of them to look further
        inner = dash_attribution(para[span.start : span.end])
        if inner is None:
            return False, None
        dash = span.start + inner
        attribution = after(para, dash)
        speaker = self.emit(index, _clean(para[span.start : dash]), attribution, index)
        stop = sentence_end(para, dash, span.end - dash)
        rest = _clean(para[stop + 1 : span.end].lstrip(_LEADERS))
        if rest and not span.closed:
            self.carry = _Carry(index, (rest,), span.opener, attribution)
        elif rest:
            self.emit(index, rest, attribution, index)
        return True, speaker

    def closed(
        self, index: int, para: str, span: Span, text: str, paragraph_speaker: str | None
    ) -> str | None:
        """A quotation closed in its paragraph: attributed after, opening the paragraph,
        attributed before, or of the paragraph's earlier speaker (else no quote)."""
        found_after = after(para, span.end + 1, _ending(para, span.end))
        if found_after is not None:
            return self.emit(index, text, found_after, index)
        first_text = len(para) - len(para.lstrip(_LEADERS))
        if span.start - 1 == first_text:
            return self.opening_quote(index, para, span, text)
        if len(text.split(None, 3)) < 3:  # (words counted up to four)
            return None  # a title or a scare quote
        found_before = before(para, span.start - 1)
        if found_before is not None:
            return self.emit(index, text, found_before, index)
        if paragraph_speaker is not None:
            key = self.key(paragraph_speaker)
            self.add(Quote(text, paragraph_speaker, key, None, index))
        return paragraph_speaker

    def opening_quote(self, index: int, para: str, span: Span, text: str) -> str | None:
        """A paragraph that opens with a quotation and has no attribution after it."""
        tail = para[span.end + 1 :].strip()
        if tail and tail.strip("—–.,!? ") == "" and tail.rstrip()[-1] in "—–":
            # «…» — and the attribution is the next paragraph: "taki dopis pakinuła … X."
            nxt = index + 1
            if nxt < len(self.paragraphs):
                found = _dangling_speaker(self.paragraphs[nxt], self.resolver.names[nxt])
                return self.emit(index, text, Attribution(found, False, None, 0), nxt)
        prev = self.paragraphs[index - 1].rstrip() if index else ""
        found_before = before(prev, len(prev)) if prev.endswith(":") else None
        where = index - 1 if found_before is not None else index
        standalone = not tail.strip(".,!?… ")
        return self.emit(index, text, found_before, where, standalone=standalone)


def _dialogue_rest(para: str, inner: int) -> str:
    """The dialogue line's words after its attribution: ``…, — сказала яна. — Заўсёды.``."""
    end = para.find(". ", inner)
    if end < 0:
        return ""
    rest = para[end + 2 :]
    if not rest.startswith(_DIALOGUE):
        return ""
    return _clean(rest[2:])


def find_quotes(
    paragraphs: Sequence[str],
    /,
    *,
    names: Sequence[Sequence[NamePos]] | None = None,
    key: Callable[[str], str | None] = lambda name: None,
) -> tuple[Quote, ...]:
    """The quotations in ``paragraphs`` (see the module docstring for the rules).

    ``names`` gives, per paragraph, the person names found in it (start, end, surface): they
    resolve pronouns and trim speakers; ``key`` turns a speaker into its name key.

    A ``names`` of another length than ``paragraphs`` is a :class:`~belnews.errors.ConfigError`.

    >>> [(q.text, q.speaker) for q in find_quotes(["— Мы пераможам, — сказала Марыя."])]
    [('Мы пераможам', 'Марыя')]
    """
    have_names = names is not None
    if names is not None and len(names) != len(paragraphs):
        raise ConfigError(f"names has {len(names)} entries for {len(paragraphs)} paragraphs")
    found_names = names if names is not None else [() for _ in paragraphs]
    finder = _Finder(paragraphs, found_names, key, have_names)
    previous_dash = False
    for index, para in enumerate(paragraphs):
        marks = scan(para)
        if marks is NOTHING and finder.carry is None and not para.startswith(_DIALOGUE):
            # most paragraphs: no quotation mark, nothing carried, no dialogue dash, so none of
            # the steps below finds anything (a "Read also:" line only matters for its spans)
            previous_dash = False
            continue
        spans = list(marks.spans)
        finder.continue_carry(index, para, marks, spans)
        if points_elsewhere(paragraphs, index):
            previous_dash = False
            continue  # "Read also: «…»": another story's title
        dash = para.startswith(_DIALOGUE) and not spans
        previous_dash = dash and finder.dash_dialogue(index, para, previous_dash)
        if spans:
            finder.paragraph(index, para, spans)
    if finder.carry is not None:
        carry = finder.carry
        finder.emit(carry.first, "\n".join(carry.parts), carry.attribution, carry.first)
    forget_sentence_ends()  # the per-paragraph cache must not keep a page alive
    return finder.quotes()
