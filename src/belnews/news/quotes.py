"""Quotations and who said them.

What counts as a quote (the rule the golden files follow):

* a quoted span followed by an attribution with a verb of saying
  (``…,” said Pavieł Łatuška, a Warsaw-based…``; ``», — кажа яна.``; ``,” the Office said``);
* a quoted span of at least three words in a sentence whose verb of saying comes before it
  (``Łatuška said that the regime “did not stop…”``; ``…prospects: “The regime…``);
* a paragraph that opens with a quotation mark (comments, interview answers), or with a dash
  after a paragraph ending in a colon (dialogue: ``stated that to Charter97.org:`` / ``– After…``);
* a quoted span of at least three words later in a paragraph whose earlier quote has a speaker.

Quoted words of one or two words (titles, scare quotes such as “extremism”) are not quotes.
Marks: “…”, „…“, «…», "…" (nested marks are kept inside the text); a quotation left open at the
end of a paragraph continues into the next one when that paragraph opens with a quotation mark or
closes the quotation before opening another.  A pronoun speaker ("he", "яна") becomes the nearest
name earlier in the same sentence, else the most recent named speaker, else the most recent name.

Every paragraph is scanned once, and attributions are looked for in a bounded window around each
quotation, so the work is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import unicodedata
from collections.abc import Callable, Sequence

import attrs
import regex

from belnews.news.models import Quote

__all__ = ["NamePos", "find_quotes"]

NamePos = tuple[int, int, str]  # (start, end, surface) of a person name within a paragraph

_WINDOW = 300  # how far around a quotation an attribution is looked for

SPEECH_VERBS: frozenset[str] = frozenset(
    str.split(
        # English (no forms that are more often nouns: "member states", "notes", "calls")
        "said says say saying told tells added adds adding declared declares stated noted "
        "stressed emphasized emphasised emphasizes explained explains wrote writes asked asks "
        "replied replies answered warned warns urged urging called claimed insisted recalled "
        "commented announced admitted argued concluded continued promised vowed "
        # Belarusian (Cyrillic, both orthographies)
        "сказаў сказала сказалі кажа кажуць казаў казала адзначае адзначыў адзначыла адзначылі "
        "паведаміў паведаміла паведамілі падкрэсліў падкрэсліла заявіў заявіла заявілі напісаў "
        "напісала піша дадаў дадала расказаў расказала распавёў распавяла растлумачыў растлумачыла "
        "тлумачыць спытаў спытала адказаў адказала прапанаваў прапанавала выказала выказаў "
        "ацаніла ацаніў паабяцаў паабяцала зазначыў зазначыла "
        # Belarusian (Łacinka)
        "skazaŭ skazała kaža kažuć adznačaje adznačyŭ adznačyła paviedamiŭ paviedamiła zajaviŭ "
        "zajaviła napisaŭ napisała piša dadaŭ dadała raskazaŭ raskazała prapanavaŭ prapanavała "
        "vykazała vykazaŭ acaniła acaniŭ paabiacaŭ paabiacała adkazaŭ adkazała adkazvała spytaŭ "
        "spytała "
        # Russian
        "сказал сказали говорит говорил говорила говорят отметил отметила отмечает заявил "
        "заявила заявляет сообщил сообщила добавил добавила написал написала пишет подчеркнул "
        "подчеркнула рассказал рассказала пояснил пояснила объяснил объяснила ответил ответила "
        "спросил спросила признался призналась"
    )
)
PRONOUNS: frozenset[str] = frozenset(["he", "she", "ён", "яна", "он", "она", "jon", "jana"])
GENERIC_PRONOUNS: frozenset[str] = frozenset(["they", "we", "яны", "мы", "они", "jany", "my"])
ARTICLES = ("a ", "an ", "the ")

_CLOSERS = {"«": "»", "„": "“”", "“": "”", '"': '"'}
_MAX_DEPTH = 16


@functools.cache
def _word() -> regex.Pattern[str]:
    # letters and digits, with single apostrophes, dots or hyphens inside ("Tsikhanouskaya’s")
    return regex.compile(r"[\p{L}\p{M}\d]++(?:['’.-][\p{L}\p{M}\d]++)*+")


@attrs.frozen
class _Span:
    start: int  # first character inside the marks
    end: int  # index of the closing mark (or len(paragraph) when left open)
    opener: str
    closed: bool


@attrs.frozen
class _Scan:
    spans: tuple[_Span, ...]
    lead_close: int | None  # a closing mark before any opening one (ends a carried quotation)


@functools.cache
def _marks() -> regex.Pattern[str]:
    return regex.compile(r'[«»„“”"]')


def _scan(text: str) -> _Scan:
    """Top-level quoted spans of one paragraph, in one pass."""
    stack: list[tuple[str, int]] = []
    spans: list[_Span] = []
    lead_close: int | None = None
    nested_same: int | None = None
    for mark in _marks().finditer(text):
        i, char = mark.start(), mark.group()
        if char == '"':
            if stack and stack[-1][0] == '"':
                char = "”"  # close it below
                opener_at = len(stack) - 1
            elif i == 0 or text[i - 1] in " \t([{—–-\u00a0/":
                if len(stack) < _MAX_DEPTH:
                    stack.append(('"', i))
                continue
            else:
                continue
        else:
            opener_at = -1
        if char in "«„" or (char == "“" and not (stack and stack[-1][0] == "„")):
            if len(stack) == 1 and stack[0][0] == char and nested_same is None:
                nested_same = i  # “ inside “: the outer one was probably never closed
            if len(stack) < _MAX_DEPTH:
                stack.append((char, i))
            continue
        # a closing mark: find the innermost opener it closes
        if opener_at < 0:
            for depth in range(len(stack) - 1, -1, -1):
                if char in _CLOSERS[stack[depth][0]] and stack[depth][0] != '"':
                    opener_at = depth
                    break
        if opener_at < 0:
            if not stack and not spans and lead_close is None:
                lead_close = i
            continue
        opener, start = stack[opener_at]
        del stack[opener_at:]
        if not stack:
            spans.append(_Span(start + 1, i, opener, True))
            nested_same = None
    if stack:
        opener, start = stack[0]
        end = _sentence_before(text, start + 1, nested_same) if nested_same is not None else -1
        if end > 0:
            # “in essence, … prosecution. But the police promised to treat each case “individually.”
            # — the quotation ends with the last sentence before the second opening mark
            spans.append(_Span(start + 1, end, opener, True))
        else:
            spans.append(_Span(start + 1, len(text), opener, False))
    return _Scan(tuple(spans), lead_close)


def _sentence_before(text: str, start: int, end: int) -> int:
    """Index just past the last sentence end in ``text[start:end]`` (``-1`` if there is none)."""
    found = max(text.rfind(mark, start, end) for mark in (". ", "! ", "? ", "… "))
    return found + 1 if found >= start else -1


@attrs.frozen
class _Words:
    """The words of a stretch of text with their offsets."""

    items: tuple[tuple[int, int, str], ...]

    @classmethod
    def of(cls, text: str, offset: int = 0, limit: int | None = None) -> _Words:
        matches = itertools.islice(_word().finditer(text), limit)
        return cls(tuple([(m.start() + offset, m.end() + offset, m.group()) for m in matches]))


def _is_name_word(word: str) -> bool:
    return word[:1].isupper() and not word.isdigit()


def _run_ending_at(words: Sequence[tuple[int, int, str]], text: str, end: int) -> tuple[int, int]:
    """The run of capitalised words (at most four) that ends exactly at ``end``."""
    start, count = end, 0
    for w_start, w_end, word in reversed(words):
        if w_end > end:
            continue
        gap = text[w_end:start]
        initial = count == 0 and gap == "." and len(word) == 1  # "Aliaksandr K."
        if gap not in ("", " ", "\u00a0") and not initial:
            break
        if not _is_name_word(word) or count >= 4:
            break
        start, count = w_start, count + 1
    return start, end


def _first_run(words: Sequence[tuple[int, int, str]], text: str) -> tuple[int, int] | None:
    """The first run of capitalised words (at most four)."""
    for index, (w_start, w_end, word) in enumerate(words):
        if _is_name_word(word):
            end = w_end
            count = 1
            for n_start, n_end, n_word in words[index + 1 :]:
                if count >= 4 or text[end:n_start] != " " or not _is_name_word(n_word):
                    break
                end, count = n_end, count + 1
            return w_start, end
    return None


@functools.cache
def _stop() -> regex.Pattern[str]:
    # a full stop, "!" or "?" before a space, a closing mark or the end, unless it ends an
    # initial (a capital that does not follow a letter: "M.", "A.")
    return regex.compile(r"(?<!(?<!\p{L})\p{Lu})[.!?](?=[\s\"”»]|$)")


def _is_initial(text: str, i: int) -> bool:
    """Whether the full stop at ``i`` ends an initial ("M.", "A.") rather than a sentence."""
    return i > 0 and text[i - 1].isupper() and (i < 2 or not text[i - 2].isalpha())


def _sentence_end(text: str, start: int, limit: int) -> int:
    """Index of the full stop ending the sentence that starts at ``start`` (within ``limit``)."""
    stop = min(len(text), start + limit)
    match = _stop().search(text, start, stop)
    return stop if match is None else match.start()


def _sentence_start(text: str, end: int) -> int:
    """Where the sentence that contains ``end`` begins (looking back at most ``_WINDOW``)."""
    lower = max(0, end - _WINDOW)
    while end > lower:
        found = max(text.rfind(mark, lower, end) for mark in (". ", "! ", "? "))
        if found < 0:
            return lower
        if not _is_initial(text, found):
            return found + 2
        end = found
    return lower


@attrs.frozen
class _Attribution:
    speaker: str | None
    pronoun: bool
    description: str | None
    at: int  # where the speaker (or pronoun) stands in the paragraph


def _description(text: str, start: int, end: int) -> str | None:
    """An apposition right after a speaker: ", a Warsaw-based Belarusian opposition politician,"."""
    rest = text[start:end]
    if not rest.startswith(", "):
        return None
    body = rest[2:]
    if not body.lower().startswith(ARTICLES):
        return None
    stop = len(body)
    for i, char in enumerate(body):
        if char in ",;" or (char == "." and (i + 1 == len(body) or body[i + 1] == " ")):
            stop = i
            break
    return body[:stop].strip() or None


def _after(text: str, start: int, ending: str = ",") -> _Attribution | None:
    """An attribution that follows a quotation: ``,” said X``, ``», — кажа яна``.

    ``ending`` is the quotation's last character: after a full stop a new sentence begins, and
    after "?" or "!" only a lower-case word or a dash continues the sentence ("…?” he asked).
    """
    if ending == ".":
        return None
    i = start
    if ending in "?!…":
        following = text[start : start + 4].lstrip(" \u00a0")
        if not following or not (following[0].islower() or following[0] in ",—–"):
            return None
    limit = min(len(text), start + 8)
    while i < limit and text[i] in ",.!?…:; \t—–-\u00a0":
        i += 1
    end = _sentence_end(text, i, _WINDOW)
    words = _Words.of(text[i:end], i, limit=6).items  # the verb comes within six words
    for index, (_, v_end, word) in enumerate(words):
        if word.lower() not in SPEECH_VERBS:
            continue
        if index == 0:
            after = _Words.of(text[v_end:end], v_end, limit=8).items
            if after and after[0][2].lower() in PRONOUNS:
                return _Attribution(after[0][2], True, None, after[0][0])
            if after and after[0][2].lower() in GENERIC_PRONOUNS:
                return _Attribution(None, False, None, after[0][0])
            run = _first_run(after, text)
            if run is None:
                return _Attribution(None, False, None, v_end)
            return _Attribution(
                text[run[0] : run[1]], False, _description(text, run[1], end), run[0]
            )
        subject = text[i : words[index][0]].strip(" ,")
        subject_words = subject.split()
        if len(subject_words) == 1 and subject.lower() in PRONOUNS:
            return _Attribution(subject, True, None, i)
        if subject.lower() in GENERIC_PRONOUNS or len(subject_words) > 5:
            return _Attribution(None, False, None, i)
        if any(_is_name_word(word) for word in subject_words):
            return _Attribution(subject, False, None, i)
        return _Attribution(None, False, None, i)
    return None


# A capitalised run right after one of these starts with a place: "Reader from Minsk Aliaksandr".
PREPOSITIONS: frozenset[str] = frozenset(
    ["from", "in", "of", "at", "з", "са", "у", "ў", "в", "из", "iz", "z", "u", "ŭ"]
)


def _after_place(words: Sequence[tuple[int, int, str]], text: str, start: int, end: int) -> int:
    """Skip the first word of a run of two or more that follows a preposition."""
    index = next((i for i, w in enumerate(words) if w[0] == start), None)
    if index is None or index == 0 or words[index - 1][2].lower() not in PREPOSITIONS:
        return start
    if index + 1 < len(words) and words[index + 1][1] <= end:
        return words[index + 1][0]
    return start


def _is_word_char(char: str) -> bool:
    """A character of :func:`_word`'s letter class ``[\\p{L}\\p{M}\\d]``."""
    return char.isalpha() or char.isdecimal() or unicodedata.category(char)[0] == "M"


def _inside_word(text: str, i: int) -> bool:
    """Whether a word of ``text`` (as :func:`_word` cuts words) goes on across index ``i``."""
    if i <= 0 or i >= len(text) or not _is_word_char(text[i]):
        return False
    before = text[i - 1]
    return _is_word_char(before) or (before in "'’.-" and i >= 2 and _is_word_char(text[i - 2]))


def _before(text: str, opener: int) -> _Attribution | None:
    """An attribution in the sentence before a quotation: ``Łatuška said that “``.

    ``opener`` is the index of the opening mark, or the end of ``text`` (never inside a word).
    """
    begin = _sentence_start(text, opener)
    words = _Words.of(text[begin:opener], begin).items
    # A word cut by the look-back window is not a word of this sentence (the paragraph's own
    # words start before it): it cannot be the verb that lets the sentence be read.
    whole = words[1:] if words and _inside_word(text, begin) else words
    if not any(word.lower() in SPEECH_VERBS for _, _, word in whole):
        return None  # no verb of saying in the sentence: nothing to read
    for index in range(len(words) - 1, -1, -1):
        if words[index][2].lower() not in SPEECH_VERBS:
            continue
        pre_end = words[index][0]
        pre = text[begin:pre_end].rstrip()
        description = None
        if pre.endswith(","):
            inner = pre[:-1]
            comma = inner.rfind(",")
            if comma > 0:
                description = inner[comma + 1 :].strip() or None
                pre = inner[:comma]
            else:
                pre = inner
        head_end = begin + len(pre)
        pre_words = [w for w in words[:index] if w[1] <= head_end]
        if pre_words and pre_words[-1][1] == head_end:
            last = pre_words[-1][2]
            if last.lower() in PRONOUNS:
                return _Attribution(last, True, None, pre_words[-1][0])
            if last.lower() in GENERIC_PRONOUNS:
                return _Attribution(None, False, None, pre_words[-1][0])
        run_start, run_end = _run_ending_at(pre_words, text, head_end)
        if run_start == run_end:
            return _Attribution(None, False, None, pre_end)
        run_start = _after_place(pre_words, text, run_start, run_end)
        return _Attribution(text[run_start:run_end], False, description, run_start)
    return None


def _name_in(names: Sequence[NamePos], start: int, end: int) -> str | None:
    """The person name found inside ``[start, end)``, preferring the longest.

    ``names`` is sorted by position (as ``find_names`` gives them), so only the names from
    ``start`` on are looked at.
    """
    best: NamePos | None = None
    for index in range(bisect.bisect_left(names, (start,)), len(names)):
        name = names[index]
        if name[0] >= end:
            break
        if name[1] <= end and (best is None or name[1] - name[0] > best[1] - best[0]):
            best = name
    return None if best is None else best[2]


@attrs.define
class _Resolver:
    """Who a pronoun stands for: same-sentence name, else last speaker, else last name."""

    names: Sequence[Sequence[NamePos]]
    last_speaker: str | None = None
    _last_before: list[str | None] = attrs.field(init=False, factory=list)
    _ends: list[list[int]] = attrs.field(init=False, factory=list)

    def __attrs_post_init__(self) -> None:
        # computed once, so that resolving a pronoun never rescans earlier text
        last: str | None = None
        for found in self.names:
            self._last_before.append(last)
            self._ends.append([name[1] for name in found])
            if found:
                last = found[-1][2]

    def resolve(self, paragraph: int, text: str, at: int) -> str | None:
        names = self.names[paragraph]
        before = bisect.bisect_right(self._ends[paragraph], at)  # names ending before ``at``
        if before and names[before - 1][0] >= _sentence_start(text, at):
            return names[before - 1][2]  # the nearest name in the same sentence
        if self.last_speaker is not None:
            return self.last_speaker
        if before:
            return names[before - 1][2]
        return self._last_before[paragraph] if paragraph < len(self._last_before) else None

    def speaker(self, attribution: _Attribution, paragraph: int, text: str) -> str | None:
        if attribution.pronoun:
            return self.resolve(paragraph, text, attribution.at)
        if attribution.speaker is None:
            return None
        # prefer the name finder's reading of the run ("Minsk Aliaksandr" -> "Aliaksandr")
        end = attribution.at + len(attribution.speaker)
        return _name_in(self.names[paragraph], attribution.at, end) or attribution.speaker


def _clean(text: str) -> str:
    return text.strip().rstrip(",").rstrip()


_DASHES = ("— ", "– ", "―")


def _dash_attribution(text: str) -> int | None:
    """Where an inner dialogue attribution starts: ``…, — кажа яна`` (index of the dash)."""
    for i in range(1, min(len(text), 20_000) - 2):
        if text[i] in "—–" and text[i - 1] == " " and text[i - 2 : i - 1] in (",", "!", "?", "."):
            words = _Words.of(text[i + 1 : i + 40]).items
            if words and words[0][2].lower() in SPEECH_VERBS:
                return i
    return None


def _ending(text: str, end: int) -> str:
    """The last character before ``end`` that is not a space."""
    return text[max(0, end - 8) : end].rstrip()[-1:] or ","


@attrs.frozen
class _Carry:
    """A quotation left open at the end of a paragraph."""

    first: int
    parts: tuple[str, ...]
    opener: str
    attribution: _Attribution | None  # found before it opened, in paragraph ``first``


def _dangling_speaker(text: str, names: Sequence[NamePos]) -> str | None:
    """The speaker named in a paragraph that completes ``«…» —``: "taki dopis pakinuła … X."."""
    found = _name_in(names, 0, len(text))
    if found is not None:
        return found
    words = _Words.of(text[:_WINDOW]).items
    capitals = [w for w in words if _is_name_word(w[2])]
    if not capitals:
        return None
    start, end = _run_ending_at(words, text, capitals[-1][1])
    return text[start:end]


class _Finder:
    """The state of one pass over an article's paragraphs."""

    def __init__(
        self,
        paragraphs: Sequence[str],
        names: Sequence[Sequence[NamePos]],
        key: Callable[[str], str | None],
    ) -> None:
        self.paragraphs = paragraphs
        self.resolver = _Resolver(names)
        self.key = key
        self.quotes: list[Quote] = []
        self.carry: _Carry | None = None

    def emit(
        self, first: int, text: str, attribution: _Attribution | None, where: int
    ) -> str | None:
        """Record a quotation; ``where`` is the paragraph that holds the attribution."""
        speaker = None
        if attribution is not None:
            speaker = self.resolver.speaker(attribution, where, self.paragraphs[where])
            if speaker is not None and not attribution.pronoun:
                self.resolver.last_speaker = speaker
        self.quotes.append(
            Quote(
                text=text,
                speaker=speaker,
                speaker_key=self.key(speaker) if speaker else None,
                description=None if attribution is None else attribution.description,
                paragraph=first,
            )
        )
        return speaker

    def continue_carry(self, index: int, para: str, scan: _Scan, spans: list[_Span]) -> None:
        """Close or continue a quotation left open in the previous paragraph."""
        carry, self.carry = self.carry, None
        if carry is None:
            return
        own = carry.attribution
        if spans and spans[0].start == 1 and para[0] == carry.opener and scan.lead_close is None:
            span = spans.pop(0)
            parts = (*carry.parts, _clean(para[span.start : span.end]))
            if not span.closed:
                self.carry = attrs.evolve(carry, parts=parts)
                return
            after = _after(para, span.end + 1, _ending(para, span.end))
        elif scan.lead_close is not None:
            parts = (*carry.parts, _clean(para[: scan.lead_close]))
            after = _after(para, scan.lead_close + 1, _ending(para, scan.lead_close))
        else:
            self.emit(carry.first, "\n".join(carry.parts), own, carry.first)
            return
        if after is not None:
            self.emit(carry.first, "\n".join(parts), after, index)
        else:
            self.emit(carry.first, "\n".join(parts), own, carry.first)

    def dash_dialogue(self, index: int, para: str, previous_dash: bool) -> bool:
        """``– After the Square-2010, I thought…`` after ``…stated that to Charter97.org:``."""
        inner = _dash_attribution(para)
        prev = self.paragraphs[index - 1].rstrip() if index else ""
        if inner is None and not prev.endswith(":") and not previous_dash:
            return False
        body = _clean(para[1 : inner if inner is not None else len(para)])
        if not body:
            return False
        if inner is not None:
            self.emit(index, body, _after(para, inner), index)
        elif prev.endswith(":"):
            self.emit(index, body, _before(prev, len(prev)), index - 1)
        else:
            self.emit(index, body, None, index)
        return True

    def paragraph(self, index: int, para: str, spans: Sequence[_Span]) -> None:
        """The quotations that open and close in one paragraph."""
        paragraph_speaker: str | None = None
        first_text = len(para) - len(para.lstrip(" —–-"))  # where the paragraph's text begins
        for span in spans:
            text = _clean(para[span.start : span.end])
            if not text:
                continue
            opens_paragraph = span.start - 1 == first_text
            many_words = len(text.split()) >= 3
            if not span.closed:
                if opens_paragraph or many_words:
                    before = None if opens_paragraph else _before(para, span.start - 1)
                    self.carry = _Carry(index, (text,), span.opener, before)
                continue
            after = _after(para, span.end + 1, _ending(para, span.end))
            if after is not None:
                speaker = self.emit(index, text, after, index)
            elif opens_paragraph:
                speaker = self.opening_quote(index, para, span, text)
            elif many_words:
                before = _before(para, span.start - 1)
                if before is None and paragraph_speaker is None:
                    continue
                if before is None:
                    speaker = paragraph_speaker
                    self.quotes.append(
                        Quote(text, speaker, self.key(speaker) if speaker else None, None, index)
                    )
                else:
                    speaker = self.emit(index, text, before, index)
            else:
                continue
            if speaker is not None:
                paragraph_speaker = speaker

    def opening_quote(self, index: int, para: str, span: _Span, text: str) -> str | None:
        """A paragraph that opens with a quotation and has no attribution after it."""
        tail = para[span.end + 1 :].strip()
        if tail and tail.strip("—–.,!? ") == "" and tail.rstrip()[-1] in "—–":
            # «…» — and the attribution is the next paragraph: "taki dopis pakinuła … X."
            nxt = index + 1
            if nxt < len(self.paragraphs):
                found = _dangling_speaker(self.paragraphs[nxt], self.resolver.names[nxt])
                return self.emit(index, text, _Attribution(found, False, None, 0), nxt)
        prev = self.paragraphs[index - 1].rstrip() if index else ""
        before = _before(prev, len(prev)) if prev.endswith(":") else None
        return self.emit(index, text, before, index - 1 if before is not None else index)


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
    """
    finder = _Finder(paragraphs, names if names is not None else [() for _ in paragraphs], key)
    previous_dash = False
    for index, para in enumerate(paragraphs):
        scan = _scan(para)
        spans = list(scan.spans)
        finder.continue_carry(index, para, scan, spans)
        dash = para.startswith(_DASHES) and not spans
        previous_dash = dash and finder.dash_dialogue(index, para, previous_dash)
        finder.paragraph(index, para, spans)
    if finder.carry is not None:
        carry = finder.carry
        finder.emit(carry.first, "\n".join(carry.parts), carry.attribution, carry.first)
    return tuple(finder.quotes)
