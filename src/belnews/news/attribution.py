"""Who said a quotation: the attribution after it (``,” said X``, ``», — кажа яна``, ``«, sagte
Merkel``, ``», dit-il``) or in the sentence before it (``Łatuška said that “…``).

The verbs of saying, pronouns and prepositions of every language are data in
:mod:`belnews.news.speech`.  Attributions are looked for in a bounded window around each
quotation, so the work per quotation is bounded.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from typing import Final

import attrs
import regex

from belnews.names.parts import PARTICLES
from belnews.news.dateline import names_a_time
from belnews.news.speech import (
    ARTICLES,
    AUXILIARIES,
    BEFORE_VERB,
    DETERMINERS,
    GENERIC_PRONOUNS,
    INVERTED_SUFFIXES,
    NARRATOR,
    PREPOSITIONS,
    PRONOUNS,
    SPEECH_VERBS,
    TITLE_ABBREVIATIONS,
)
from belnews.text import DASHES, LETTER, beyond_bmp, findall_words, finditer_words

__all__ = [
    "Attribution",
    "after",
    "before",
    "dash_attribution",
    "forget_sentence_ends",
    "run_ending_at",
    "words_of",
]

WINDOW: Final = 300  # how far around a quotation an attribution is looked for
MAX_RUN: Final = 4  # words of a speaker's name run

Word = tuple[int, int, str]  # (start, end, word) within a paragraph


@attrs.frozen
class Attribution:
    """A speaker as written (``None``: unnamed), whether it is a pronoun, and an apposition."""

    speaker: str | None
    pronoun: bool
    description: str | None
    at: int  # where the speaker (or pronoun) stands in the paragraph
    # the speaker follows a common noun ("каже голова Станіславської ТГ", "said the head of X"):
    # it is a speaker only if it is a person's name
    described: bool = False
    reach: int = 0  # a described speaker's name may stand anywhere up to here


def words_of(
    text: str, start: int = 0, end: int | None = None, limit: int | None = None
) -> tuple[Word, ...]:
    """The words of ``text[start:end]`` (hyphenated words whole) with their offsets in ``text``,
    at most ``limit``."""
    found = finditer_words(text, start, end, hyphenated=True, bmp_only=_bmp_only(text))
    matches = itertools.islice(found, limit)
    return tuple([(*m.span(), m[0]) for m in matches])


def is_name_word(word: str) -> bool:
    """Capitalised, and no negated verb ("Don’t say “…”": an imperative, not a speaker)."""
    return word[:1].isupper() and not word.endswith(("n’t", "n't", "N’T", "N'T"))


def _verb(word: str) -> tuple[bool, bool | None]:
    """``(is a verb of saying, pronoun)``: "said" -> (True, None), "dit-il" -> (True, True)."""
    lower = word.lower()
    if lower in SPEECH_VERBS:
        return True, None
    if "-" not in lower:
        return False, None
    for suffix, single in INVERTED_SUFFIXES:
        base = lower[: -len(suffix)].split("-")[0] if lower.endswith(suffix) else ""
        if base in SPEECH_VERBS or base in AUXILIARIES:  # "dit-il", "a-t-il (dit)"
            return True, single
    return False, None


def is_verb(word: str) -> bool:
    lower = word.lower()
    return lower in SPEECH_VERBS or ("-" in lower and _verb(word)[0])


def _no_verb(words: list[str]) -> bool:
    """Whether no word of ``words`` is a verb of saying: none is one, and none has the hyphen
    of "dit-il" (the cheap test that settles most sentences)."""
    return SPEECH_VERBS.isdisjoint(map(str.lower, words)) and "-" not in "".join(words)


def run_ending_at(words: Sequence[Word], text: str, end: int) -> tuple[int, int]:
    """The run of capitalised words (at most :data:`MAX_RUN`) that ends exactly at ``end``."""
    start, count = end, 0
    for w_start, w_end, word in reversed(words):
        if w_end > end:
            continue
        gap = text[w_end:start]
        initial = count == 0 and gap == "." and len(word) == 1  # "Aliaksandr K."
        if gap not in ("", " ", "\u00a0") and not initial:
            break
        if not is_name_word(word) or count >= MAX_RUN:
            break
        start, count = w_start, count + 1
    return start, end


def _first_run(words: Sequence[Word], text: str) -> tuple[int, int] | None:
    """The first run of capitalised words (at most :data:`MAX_RUN`) that is not a place right
    after a preposition ("заявив у Вільнюсі Коул": Коул)."""
    for index, (w_start, w_end, word) in enumerate(words):
        if not is_name_word(word):
            continue
        after_preposition = index > 0 and words[index - 1][2].lower() in PREPOSITIONS
        if after_preposition and index + 1 < len(words) and is_name_word(words[index + 1][2]):
            continue  # "у Вільнюсі Коул": the place, then the run goes on with the name
        end, count, last = w_end, 1, word
        for n_start, n_end, n_word in words[index + 1 :]:
            gap = text[end:n_start]
            if count >= MAX_RUN or not is_name_word(n_word) or not _joined(gap, last):
                break
            # the letters of an abbreviation ("U.S. Attorney Nealy Cox") are one word of the run
            abbreviation = gap == "." and len(last) == 1 and len(n_word) == 1
            end, count, last = n_end, count + (not abbreviation), n_word
        return w_start, end
    return None


def _joined(gap: str, word: str) -> bool:
    """Whether two capitalised words are of one run: a space between them, a dot and a space
    after an initial or an abbreviated title ("C. Eugene Steuerle", "Mr. Reeves"), or the dot
    between the letters of an abbreviation ("U.S.")."""
    if gap == " ":
        return True
    if gap == ".":
        return len(word) == 1
    return gap == ". " and (len(word) == 1 or word.lower() in TITLE_ABBREVIATIONS)


@functools.cache
def _stop() -> re.Pattern[str]:
    # a full stop, "!" or "?" before a space, a closing mark or the end (stdlib ``re``: a plain
    # class is found fastest there; whether it ends an initial is checked per candidate)
    return re.compile(r"[.!?](?=[\s\"”»]|$)")


def is_initial(text: str, i: int) -> bool:
    """Whether the full stop at ``i`` ends an initial ("M.", "A.") or an abbreviated title a
    name follows ("Mr.", "Rep.") rather than a sentence."""
    if i > 0 and text[i - 1].isupper() and (i < 2 or not text[i - 2].isalpha()):
        return True
    begin = i  # the word before the dot, of at most five letters
    while begin > max(0, i - 5) and text[begin - 1].isalpha():
        begin -= 1
    word = text[begin:i]
    whole = begin == 0 or not text[begin - 1].isalpha()
    return whole and word[:1].isupper() and text[i] == "." and word.lower() in TITLE_ABBREVIATIONS


@functools.lru_cache(maxsize=4)
def _sentence_ends(text: str) -> list[int]:
    """Every sentence end of a paragraph, found once (a paragraph is asked about many times,
    and a window read again for each question would read the same initials again)."""
    return [m.start() for m in _stop().finditer(text) if not is_initial(text, m.start())]


@functools.lru_cache(maxsize=4)
def _bmp_only(text: str) -> bool:
    """Whether nothing in a paragraph is past the BMP (checked once: its windows are read many
    times)."""
    return not beyond_bmp(text)


def forget_sentence_ends() -> None:
    """Drop what is cached of the paragraphs (after an article: they are not asked again)."""
    _sentence_ends.cache_clear()
    _bmp_only.cache_clear()


def sentence_end(text: str, start: int, limit: int) -> int:
    """Index of the full stop ending the sentence that starts at ``start`` (within ``limit``)."""
    stop = min(len(text), start + limit)
    ends = _sentence_ends(text)
    index = bisect.bisect_left(ends, start)
    if index < len(ends) and ends[index] < stop:
        return ends[index]
    # the window's end cuts the text: "$" of the pattern matches there too
    last = stop - 1
    cut = stop < len(text) and last >= start and text[last : last + 1] in ("!", ".", "?")
    return last if cut and not is_initial(text, last) else stop


def sentence_start(text: str, end: int) -> int:
    """Where the sentence that contains ``end`` begins (looking back at most :data:`WINDOW`)."""
    lower = max(0, end - WINDOW)
    while end > lower:
        found = max(text.rfind(mark, lower, end) for mark in (". ", "! ", "? "))
        if found < 0:
            return lower
        if not is_initial(text, found):
            return found + 2
        end = found
    return lower


def _description(text: str, start: int, end: int) -> str | None:
    """An apposition right after a speaker: ", a Warsaw-based Belarusian opposition politician,"."""
    rest = text[start:end]
    if not rest.startswith(", ") or not rest[2:].lower().startswith(ARTICLES):
        return None
    body = rest[2:]
    stop = len(body)
    for i, char in enumerate(body):
        if char in ",;" or (char == "." and (i + 1 == len(body) or body[i + 1] == " ")):
            stop = i
            break
    return body[:stop].strip() or None


def _pronoun(word: Word) -> Attribution | None:
    """A pronoun subject: a person to resolve, or a group (no speaker)."""
    lower = word[2].lower()
    if lower in PRONOUNS:
        return Attribution(word[2], True, None, word[0])
    if lower in GENERIC_PRONOUNS or word[2] == NARRATOR:
        return Attribution(None, False, None, word[0])
    return None


def _verb_first(text: str, verb: Word, end: int) -> Attribution:
    """``said Pavieł Łatuška, a …``, ``кажа яна``, ``sagte Merkel``, ``dit-il``."""
    _, inverted = _verb(verb[2])
    if inverted is not None:
        return Attribution(verb[2], True, None, verb[0]) if inverted else _nobody(verb[0])
    following = words_of(text, verb[1], end, limit=8)
    if not following:  # "– Nie wiem – powiedział.": the subject is the person last named
        return Attribution(verb[2], True, None, verb[0])
    if following:
        found = _pronoun(following[0])
        if found is not None:
            return found
    run = _first_run(following, text)
    if run is None:
        return _nobody(verb[1])
    description = _description(text, run[1], end)
    described = run[0] > following[0][0]  # common nouns stand between the verb and the run
    reach = following[-1][1]  # "голова Горностаївської селищної ради Дмитро …": further on
    return Attribution(text[run[0] : run[1]], False, description, run[0], described, reach)


def _subject_first(text: str, start: int, verb_at: int) -> Attribution:
    """``Łatuška said``, ``he said``, ``the Office said``, ``яна сказала``."""
    raw = text[start:verb_at]
    subject = raw.strip(" ,")
    start += len(raw) - len(raw.lstrip(" ,"))
    subject_words = subject.split()
    if subject_words:  # "він", "Він також": a pronoun opens the subject
        found = _pronoun((start, start + len(subject_words[0]), subject_words[0]))
        if found is not None:
            return found
    while subject_words and subject_words[-1].lower() in BEFORE_VERB:  # "All Might had replied"
        subject = subject[: subject.rindex(subject_words.pop())].rstrip(" ,")
    found = _apposition(subject, start)
    if found is not None:
        return found
    if len(subject_words) > 5 or not any(is_name_word(word) for word in subject_words):
        return _nobody(start)
    if is_name_word(subject_words[0]):
        return Attribution(subject, False, None, start)
    return _name_at_end(subject, subject_words, start)


def _name_at_end(subject: str, words: list[str], start: int) -> Attribution:
    """A subject that opens in lower case ends in its name, if any: "the 14th-ranked
    Schwartzman" (an article alone stays: "the Office"); an acronym alone is none ("as one
    neo-bank CEO")."""
    tail = 0
    while tail < len(words) and is_name_word(words[-1 - tail]):
        tail += 1
    if not tail or all(word.isupper() for word in words[-tail:]):
        return _nobody(start)
    while tail < len(words) and words[-1 - tail] in PARTICLES:  # "de Miranda"
        tail += 1
    at = len(subject)
    for word in reversed(words[-tail:]):
        at = subject.rindex(word, 0, at)
    description = subject[:at].strip(" ,")
    if not description or description.lower() in DETERMINERS:  # "de Miranda", "the Office"
        return Attribution(subject, False, None, start)
    opens = description.split()[0].lower() in DETERMINERS
    return Attribution(subject[at:], False, description if opens else None, start + at)


_MAX_NAME_WORDS: Final = 4


def _apposition(subject: str, start: int) -> Attribution | None:
    """A subject of a name and a description set apart by a comma, in either order: "her
    mother, Fiona", "Fiona Parsons, her mother": the one part whose words are all capitalised
    is the speaker, the parts after it and one before it that a determiner opens its
    description (``None`` when no comma or no single such part)."""
    if "," not in subject:
        return None
    parts = [part.strip() for part in subject.split(",")]
    named = [  # (a time is no name: "Earlier Saturday, Yoon apologized …")
        i
        for i, part in enumerate(parts)
        if part and all(map(is_name_word, part.split())) and not names_a_time(part)
    ]
    if len(named) != 1 or len(parts[named[0]].split()) > _MAX_NAME_WORDS:
        return None
    name = parts[named[0]]
    after = [part for part in parts[named[0] + 1 :] if part]
    # A part before the name is a description only when a determiner opens it ("her mother,
    # Fiona"); else the sentence's own words come before the subject ("… in that law, Azzouz")
    before = [p for p in parts[: named[0]] if p and p.split()[0].lower() in DETERMINERS]
    description = ", ".join(before[-1:] + after)
    return Attribution(name, False, description or None, start + subject.index(name))


def _nobody(at: int) -> Attribution:
    return Attribution(None, False, None, at)


_SKIP_AFTER: Final = frozenset(",.!?…:; \t\u00a0-" + DASHES)


def after(text: str, start: int, ending: str = ",") -> Attribution | None:
    """An attribution that follows a quotation: ``,” said X``, ``», — кажа яна``.

    ``ending`` is the quotation's last character: after a full stop a new sentence begins, and
    after "?" or "!" only a lower-case word or a dash continues the sentence ("…?” he asked).
    """
    if ending == ".":
        return None
    if ending in "?!…":
        following = text[start : start + 4].lstrip(" \u00a0")
        if not following or not (following[0].islower() or following[0] in ",—–"):
            return None
    i, limit = start, min(len(text), start + 8)
    while i < limit and text[i] in _SKIP_AFTER:
        i += 1
    end = sentence_end(text, i, WINDOW)
    found = words_of(text, i, end, limit=6)  # the verb comes within six words
    for index, word in enumerate(found):
        if is_verb(word[2]):
            auxiliary = index == 1 and found[0][2].lower() in AUXILIARIES  # "a déclaré"
            if index == 0 or auxiliary:
                return _verb_first(text, word, end)
            return _subject_first(text, i, word[0])
    return None


def _after_place(words: Sequence[Word], start: int, end: int) -> int:
    """Skip the first word of a run of two or more that follows a preposition."""
    index = next((i for i, w in enumerate(words) if w[0] == start), None)
    if index is None or index == 0 or words[index - 1][2].lower() not in PREPOSITIONS:
        return start
    if index + 1 < len(words) and words[index + 1][1] <= end:
        return words[index + 1][0]
    return start


def _is_place(words: Sequence[Word], start: int, end: int) -> bool:
    """A one-word run right after a preposition: "у Вільнюсі", "in Warsaw"."""
    index = next((i for i, w in enumerate(words) if w[0] == start), None)
    if index is None or index == 0 or words[index][1] != end:
        return False
    return words[index - 1][2].lower() in PREPOSITIONS


@functools.cache
def _letter() -> regex.Pattern[str]:
    return regex.compile(LETTER)


def _inside_word(text: str, i: int) -> bool:
    """Whether a word of ``text`` goes on across index ``i`` (the look-back window cut it)."""
    if i <= 0 or i >= len(text):
        return False
    letter = _letter().match
    return letter(text, i) is not None and letter(text, i - 1) is not None


def _speaker_before(text: str, begin: int, verb: Word, words: Sequence[Word]) -> Attribution:
    """The speaker that ends where the verb's clause begins: ``X, the minister, said``."""
    pre = text[begin : verb[0]].rstrip()
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
    pre_words = [w for w in words if w[1] <= head_end]
    if pre_words and pre_words[-1][1] == head_end:
        found = _pronoun(pre_words[-1])
        if found is not None:
            return found
    if 0 < len(pre_words) <= 3:  # "Він також сказав, що «…»": a pronoun opens the clause
        found = _pronoun(pre_words[0])
        if found is not None:
            return found
    run_start, run_end = run_ending_at(pre_words, text, head_end)
    if run_start == run_end:
        return _nobody(verb[0])
    if description is not None and names_a_time(text[run_start:run_end]):
        return _subject_after_time(words, head_end, verb[0], text)
    if _is_place(pre_words, run_start, run_end):
        # "Джон Коул після переговорів у Вільнюсі розповів": the subject is the person named
        # earlier in the sentence, found as a pronoun's would be
        return Attribution(text[run_start:run_end], True, None, run_start)
    run_start = _after_place(pre_words, run_start, run_end)
    return Attribution(text[run_start:run_end], False, description, run_start)


def _subject_after_time(words: Sequence[Word], after: int, verb_at: int, text: str) -> Attribution:
    """ "Earlier Saturday, Yoon apologized …, saying": the clause after the time opens with its
    subject, the speaker (a run of capitalised words), else nobody is named."""
    clause = [word for word in words if after < word[0] < verb_at][:MAX_RUN]
    run = _first_run(clause, text)
    if run is None or run[0] != clause[0][0]:
        return _nobody(verb_at)
    return Attribution(text[run[0] : run[1]], False, None, run[0])


def before(text: str, opener: int) -> Attribution | None:
    """An attribution in the sentence before a quotation: ``Łatuška said that “``.

    ``opener`` is the index of the opening mark, or the end of ``text`` (never inside a word).
    """
    begin = sentence_start(text, opener)
    # the words alone first (the same pattern as words_of, no offsets built): most sentences
    # before a quotation hold no verb of saying
    if _no_verb(findall_words(text, begin, opener, hyphenated=True, bmp_only=_bmp_only(text))):
        return None  # no verb of saying in the sentence: nothing to read
    found = words_of(text, begin, opener)
    # A word cut by the look-back window is not a word of this sentence: it cannot be the verb.
    first = 1 if found and _inside_word(text, begin) else 0
    verbs = [index for index in range(first, len(found)) if is_verb(found[index][2])]
    if not verbs:
        return None  # no verb of saying in the sentence: nothing to read
    index = verbs[-1]
    return _speaker_before(text, begin, found[index], found[:index])


def dash_attribution(text: str) -> int | None:
    """Where an inner dialogue attribution starts: ``…, — кажа яна``, ``… – powiedziała Anna``
    (index of the dash: a spaced dash right before a verb of saying)."""
    for match in _spaced_dash().finditer(text, 0, 20_000):
        i = match.start()
        following = words_of(text, i + 1, i + 40, limit=1)
        if following and is_verb(following[0][2]):
            return i
    return None


@functools.cache
def _spaced_dash() -> re.Pattern[str]:
    return re.compile(f"(?<=[^ \t\u00a0] )[{DASHES}]")
