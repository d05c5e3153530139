"""``find_names``: person names in running English, Łacinka, Belarusian or Russian text.

A light, rule-based finder (no model).  One precompiled scan finds the runs of capitalised words
and initials (any script), and everything else in the text is never looked at again.  A run is
cut into segments at words that never belong to a name ("President", "the", months), and a
segment reads as a person's name when it is -

- a given name from the table (in any case form: "Сьвятланы") next to another capitalised word:
  "Sviatlana Tsikhanouskaya", "Аляксандр Рыгоравіч Лукашэнка", "Лукашэнка Аляксандр";
- an initial before a capitalised word: "A. Lukashenko", "С. Ціханоўская", "Robert M. Danin";
- two or three name-shaped words in a person context: after a title or a verb of saying ("judge
  Iulia Motoc", "said Socorro Flores Liera"), before "said", with a possessive ("Maya
  Abromchyk's leg"), or listed right after another name ("Iulia Motoc, Reine Alapini-Gansou and
  ...");
- a single word with a surname ending (-enka, -ski, -skaya, -vich, -ava, -aŭ ...) that does not
  start a sentence ("... said Lukashenko", "... з Ціханоўскай"), or starts one with -енка or
  -віч ("Статкевіч прыехаў"), and is no adjective before its noun ("Асманскай імперыі");
- a single word of a name found in full earlier in the text ("Maria" after "Maria Kolesnikova"),
  or a listed given name inside a sentence.

Words of Belarusian city names (GeoNames) never make a name on their own: "Marjina Horka" is a town,
not a Ms Marjina; nor does a mention whose whole text or nominative names a country or a region
(CLDR: "New Zealand", "Spain", "Малдову") or a well-known place ("Berlin", "Kherson Oblast",
"Варшаву": ``_find_places``). In a Title Case line of English text every word is read
as a sentence's first (``_find_title_case``). The work per word (given name, surname, place?
``_find_info``) and per run is cached in bounded caches: a text costs one regex scan plus a few
dictionary look-ups per capitalised run. A word alone in its segment is read only when the text
around it asks: at a sentence's start only a word of a name seen before counts, or a word with an
ending no other word has (-енка, -віч), so most sentence-initial words are never read at all.

Each mention carries its span, the text as written, its nominative (:func:`base_form`) and the
:func:`name_key` of that nominative, ready for :class:`belnews.NameIndex`.
"""

from __future__ import annotations

import functools
from typing import Final, TypeAlias

from belnews.errors import ensure_str
from belnews.names._find_adjectives import attributive
from belnews.names._find_info import (
    _Info,
    _info,
    _surname_shaped,
    any_given,
    lexicon_name,
)
from belnews.names._find_lists import list_surname_start
from belnews.names._find_places import no_person
from belnews.names._find_runs import _pieces, _plan_rest, _Token, _tokens, run_matches
from belnews.names._find_title_case import english, in_title_case
from belnews.names._find_words import (
    _AMBIGUOUS_GIVEN,
    _GLUED,
    _LIST_GAPS,
    _LONGEST_GAP,
    _MAX_CACHED_RUN,
    _MAX_RUN,
    _MAX_WORD,
    _NOT_NAME,
    _NOT_PERSON_WORD,
    _OPENING_QUOTES,
    _PERSON_AFTER,
    _POSSESSIVE,
    _TITLES,
    _acronym,
    _declines_names,
    _person_before,
    _starts_sentence,
    _strong_surname_ending,
    _surname_ending,
)
from belnews.names._tokens import patronymic_like
from belnews.names.forms import base_form
from belnews.names.key import name_key
from belnews.names.lexicon import is_given_form
from belnews.names.models import NameMention
from belnews.text import has_cyrillic
from belnews.text._predicates import _HAS_CYRILLIC

__all__ = ["find_names"]


# What a segment may be (see find_names): decided once per distinct run.  A word alone in its
# segment is _LONE: what it can be is read only when the text around it asks (most such words
# start a sentence, where only a word of a name seen before counts).
_FULL, _SURNAME, _GIVEN, _FOREIGN, _WORDS, _LONE, _PLACE = range(7)

#: A possible name in a run: (kind, start, end, possessive, words) — start and end are offsets
#: inside the run; words are casefolded (what a later lone word is compared with), a _LONE
#: word's also as written.  A plain tuple, not a named one: the plans of runs are memoised
#: (``_cached_plan``), and CPython's garbage collector untracks exact tuples of strings, ints
#: and bools, never a named tuple — which would stay in every full collection of the heap.
_Candidate: TypeAlias = tuple[int, int, int, bool, tuple[str, ...]]


def _segments(run: str) -> list[list[_Token]]:
    """The run cut at words that never belong to a name, into pieces of _MAX_RUN tokens, and
    where the script changes (a Latin name after a sentence-initial "Пазней" is not one name)."""
    segments: list[list[_Token]] = []
    current: list[_Token] = []
    script = False  # the last token's: Cyrillic or not
    latin = run.isascii()  # (then no token has a Cyrillic letter: none is looked for)
    for token in _tokens(run):
        text = token.text  # (only an initial ends in a dot: "A.")
        if token.initial:
            lowered, stops = text.lower().rstrip("."), _TITLES
        else:
            lowered, stops = text.lower(), _NOT_NAME
        if (
            len(lowered) > _MAX_WORD
            or lowered in stops
            or (current and _acronym(text, current[-1].text))
        ):
            if current:
                segments.append(current)
            current = []
            continue
        cyrillic = not latin and _HAS_CYRILLIC(text) is not None
        if current and (len(current) >= _MAX_RUN or current[-1].possessive or script != cyrillic):
            segments.append(current)
            current = []
        current.append(token)
        script = cyrillic
    if current:
        segments.append(current)
    return segments


def _initial_name(segment: list[_Token], first: int) -> tuple[int, int] | None:
    """A name by an initial before a word ("A. Lukashenko"), with a given name before the
    initial ("Robert M. Danin"), or by two after a surname ("Петров И. И."; not one: "Plan
    B."), the last maybe without its dot ("Ціханоўскім С. Л. пачаўся": "Л"); initials alone
    are none ("U.S.")."""
    tail = segment[first:]
    if first > 0 and len(tail) >= 2 and all(t.initial or len(t.text) == 1 for t in tail):
        return (first - 1, len(segment)) if _surname_ending(segment[first - 1].text) else None
    if first + 1 >= len(segment) or all(len(t.text.rstrip(".")) == 1 for t in tail):
        return None  # initials alone are no name: "U.S.", "С. Л."
    given = first > 0 and any_given(segment[first - 1].text)
    return (first - 1 if given else first), len(segment)


def _given_name(segment: list[_Token], infos: list[_Info]) -> tuple[int, int] | None:
    """The part of a segment of two or more words that is a name by a given name in it."""
    first = next((i for i, info in enumerate(infos) if info.given), -1)
    if first < 0:
        return None
    # a given name of the lexicon before it opens the name, and the table's is a second
    # person's: "Германа Галущенка | Ігоря Миронюка", "Володимира Рибака | Наталія"
    first = next((i for i in range(first) if any_given(segment[i].text)), first)
    # Words before the first given name belong to the name only if they read as a surname
    # ("Лукашэнка Аляксандр"), not "Philosopher Uładzimir Mackievič".
    given = first
    while first > 0 and _surname_ending(segment[first - 1].text):
        first -= 1
    if first < given < len(segment) - 1 and not patronymic_like(segment[given + 1].text):
        first = given  # the given name has a surname of its own after it: "Галущенка | Ігоря
        # Миронюка" (surname first, a patronymic follows: "Лукашенко Александра Григорьевича")
    if first == given and first == len(segment) - 1:
        return None
    if any(info.place for info in infos[first:]):
        return None
    # A second given name after a word of this name starts another: "Янкі Купалы | Алёна Янко"
    # (two given names side by side are one person's: "Марыя Тэрэза Тышкевіч").
    if len(segment) <= given + 2:
        return first, len(segment)  # (no room for a second name: most segments)
    named = [any_given(token.text) for token in segment]
    after = (i for i in range(given + 2, len(infos)) if named[i] and not named[i - 1])
    return first, next(after, len(segment))


def _lexicon_span(segment: list[_Token], infos: list[_Info]) -> tuple[int, int] | None:
    first = lexicon_name([token.text for token in segment], infos)
    return None if first < 0 else (first, len(segment))


def _folded(tokens: list[_Token]) -> tuple[str, ...]:
    """The words of a name that a later lone word may repeat ("Maria" of "Maria Kolesnikova")."""
    words = [token.text.casefold() for token in tokens if not token.initial]
    return tuple([w for w in words if len(w) > 2 and w not in _NOT_PERSON_WORD])


@functools.lru_cache(maxsize=1 << 14)
def _cached_plan(run: str) -> tuple[_Candidate, ...]:
    return _planned(run)


def _planned(run: str) -> tuple[_Candidate, ...]:
    """Every possible name in a run, with what the context must confirm (kind)."""
    if " " not in run and "." not in run and "\u00a0" not in run:  # one word (most runs)
        return _planned_word(run)
    return _planned_segments(_segments(run))


def _planned_segments(segments: list[list[_Token]]) -> tuple[_Candidate, ...]:
    plan: list[_Candidate] = []
    index = 0
    while index < len(segments):  # (a segment's words after its name are planned next)
        segment = segments[index]
        index += 1
        if len(segment) == 1:  # read in context (_Finder.lone_word); an initial alone is none
            token = segment[0]
            if not token.initial:  # (the casefolded word, and the word as written)
                word = (token.text.casefold(), token.text)
                candidate = (_LONE, token.start, token.end, token.possessive, word)
                plan.append(candidate)
            continue
        initials = [i for i, token in enumerate(segment) if token.initial]
        if initials:  # a name by its initial, or none
            initial = initials[0]
            span = _initial_name(segment, initial)
            infos = []
        else:
            infos = [_info(token.text) for token in segment]
            span = _given_name(segment, infos) or _lexicon_span(segment, infos)
        if span is not None:
            tokens = segment[span[0] : span[1]]
            last = tokens[-1]
            full = (_FULL, tokens[0].start, last.end, last.possessive, _folded(tokens))
            plan.append(full)
            if span[1] < len(segment):
                _plan_rest(segments, index, segment[span[1] :], len(segment))
        elif infos and not any(info.place for info in infos):
            _plan_words(segment, infos, plan)
    return tuple(plan)


def _planned_word(run: str) -> tuple[_Candidate, ...]:
    """``_planned`` of a run that is one word: a _LONE candidate, unless the word never
    belongs to a name or is two words glued (then read as any run)."""
    # (_add_word's reading of the one word, without its token list: a possessive 's cut off,
    # and a glued pair read as a run of two words)
    possessive = run.endswith(_POSSESSIVE)
    word = run[:-2] if possessive else run
    if 3 < len(word) <= _MAX_WORD and not word[2:].islower() and _GLUED.search(word, 2):
        return _planned_segments(_segments(run))
    lowered = word.lower()  # (no dot in the run: nothing to strip)
    if len(lowered) > _MAX_WORD or lowered in _NOT_NAME:
        return ()
    return ((_LONE, 0, len(word), possessive, (word.casefold(), word)),)


def _plan_words(segment: list[_Token], infos: list[_Info], plan: list[_Candidate]) -> None:
    """The candidates of a segment of two or more words that no given name or initial makes a
    name: a foreign name (name-shaped words), and each word on its own."""
    last = segment[-1]
    if len(segment) <= 3 and all(info.shaped for info in infos):
        foreign = (_FOREIGN, segment[0].start, last.end, last.possessive, _folded(segment))
        plan.append(foreign)
    for token, info in zip(segment, infos, strict=True):
        # A given name alone only in its nominative: an inflected one ("што Сяргея
        # спрабуюць") is mostly someone spoken about, not the speaker a quote is given to;
        # it is taken only as a word of a name seen before.
        lone_given = info.nominative and token.text.casefold() not in _AMBIGUOUS_GIVEN
        kind = _SURNAME if info.surname else _GIVEN if lone_given else _WORDS
        if kind != _WORDS or info.given:
            word = (token.text.casefold(),)  # compared with the known words, not stored
            plan.append((kind, token.start, token.end, token.possessive, word))


_surface_key = functools.lru_cache(maxsize=1 << 14)(name_key)  # (a name as it is written)


@functools.lru_cache(maxsize=1 << 14)
def _base_and_key(surface: str) -> tuple[str, str]:
    base = base_form(surface)
    return base, name_key(base)


def _mention(text: str, start: int, end: int, *, english: bool = False) -> NameMention:
    surface = text[start:end]
    if english:  # English does not decline: "Reine" is not a dative of *Reina
        return NameMention(surface, start, end, surface, _surface_key(surface))
    base, key = _base_and_key(surface)
    return NameMention(surface, start, end, base, key)


def _folded_words(span: str) -> list[str]:
    return [w.casefold() for w in span.split()]


class _Finder:
    """The scan of one text: what was found so far decides what a lone word can be."""

    def __init__(self, text: str, *, cases: bool = True, title_case: bool = False) -> None:
        self.text, self.title_case = text, title_case  # (English: Title Case lines are read)
        self.found: list[NameMention] = []
        self.known: set[str] = set()  # casefolded words of the names found in full
        self.last_end = -1  # end of the last name found in full (a list may go on from there)
        self.cases = cases  # names decline in the language: a base is the nominative

    def mention(self, start: int, end: int, *, english: bool = False) -> NameMention:
        if not (english or self.cases):  # a name in Cyrillic letters is of a language that
            english = not has_cyrillic(self.text[start:end])  # declines, whatever the text's
        return _mention(self.text, start, end, english=english)

    def add(self, start: int, end: int, words: tuple[str, ...], english: bool = False) -> None:
        """A name found in full: its words become known, a list may go on after it; a
        country's name ("New Zealand") is none, and its words become no known words."""
        if "," in self.text[max(0, start - 4) : start]:  # "LUKASHENKA, Aliaksandr Ryhoravich"
            after = self.found[-1].end if self.found else 0
            start = list_surname_start(self.text, start, end, after)
        if no_person(mention := self.mention(start, end, english=english), self.known):
            return
        self.found.append(mention)
        self.known.update(words)
        self.last_end = end

    def foreign(self, start: int, end: int, possessive: bool) -> bool:
        """Two or three name-shaped words in a person context."""
        text = self.text
        if text[start - 1 : start] in _OPENING_QUOTES:
            return False  # a title: the newspaper “Na Strazhe”
        gap = start - self.last_end  # (a bounded slice: the last name may be far behind)
        if self.last_end >= 0 and gap <= _LONGEST_GAP and text[self.last_end : start] in _LIST_GAPS:
            return True
        if possessive and not _starts_sentence(text, start):
            return True
        if self.known and all(w in self.known for w in _folded_words(text[start:end])):
            return True  # seen in full before: "Iulia Motoc" again
        if _person_before(text, start, latin=not has_cyrillic(text[start:end])):
            return True
        return _PERSON_AFTER.match(text, end, end + 14) is not None

    def lone(self, kind: int, start: int, end: int, words: tuple[str, ...]) -> bool:
        """A single word: a known name's word, a surname or a given name inside a sentence."""
        if words[0] in self.known:
            return True
        if _starts_sentence(self.text, start):
            return kind == _SURNAME and _strong_surname_ending(words[0])
        return kind == _GIVEN or not attributive(self.text, start, end, words[0])

    def scan(self) -> list[NameMention]:
        take, plan_of = self.take, _cached_plan
        for match in run_matches(self.text):
            run = match.group()
            if len(run) <= _MAX_CACHED_RUN:  # (as _pieces gives it, without the list)
                plan = plan_of(run)
                if plan:  # most runs have none: a sentence-initial "The", a month, a title
                    take(plan, match.start())
                continue
            for offset, piece in _pieces(run, match.start()):
                plan = plan_of(piece) if len(piece) <= _MAX_CACHED_RUN else _planned(piece)
                if plan:
                    take(plan, offset)
        found = self.found  # (a lone "Spain", "Малдову", "Berlin" is no person: filtered last)
        if self.title_case:
            found = in_title_case(self.text, found, self.mention)
        return [m for m in found if not no_person(m, self.known)]

    def take(self, plan: tuple[_Candidate, ...], offset: int) -> None:
        """The names of the plan of one run (or piece of a long run) at ``offset``."""
        known, found = self.known, self.found
        covered = -1  # a candidate inside a name already taken is skipped
        for kind, start, end, possessive, words in plan:
            if kind == _LONE:  # a word alone: what it can be, remembered or read in context
                kind = _LONE_KINDS.get(words[1], _LONE)
                if kind == _QUIET and words[0] in known:  # now it may be more: read it
                    kind = _lone_kind(words[1], words[0])
                elif kind == _LONE:
                    kind = self.read_lone(words[1], start + offset, words[0])
                if kind == _QUIET:
                    continue
            if kind == _WORDS:  # any other word: only as a word of a name seen before
                if words[0] in known and start + offset >= covered:
                    found.append(self.mention(start + offset, end + offset))
                continue
            start, end = start + offset, end + offset
            if start < covered or kind == _PLACE:
                continue
            if kind == _FULL:
                self.add(start, end, words)
                covered = end
            elif kind == _FOREIGN:
                if self.foreign(start, end, possessive):
                    self.add(start, end, words, english=True)
                    covered = end
            elif self.lone(kind, start, end, words):
                found.append(self.mention(start, end))

    def read_lone(self, word: str, start: int, folded: str) -> int:
        """What a word alone in its segment can be, read (``_info``) only when the context does
        not settle it first: at the start of a sentence only a word of a name seen before
        counts, whatever the word is (_PLACE here: nothing to find)."""
        if folded not in self.known:
            if _starts_sentence(self.text, start) and not _strong_surname_ending(folded):
                return _PLACE
            if _quiet(word, folded):
                _remember(word, _QUIET)
                return _QUIET
        return _lone_kind(word, folded)


_LONE_KINDS: Final[dict[str, int]] = {}  # what a lone word can be (_PLACE: a word of a city's name)
# A lone word that is no surname by its shape and no listed given name as it is written: its
# kind is _PLACE or _WORDS, which find nothing unless the word is a word of a name seen before
# (then its kind is read in full).  Told without the case-form reading (``_info``), which a
# word needs only to tell those two apart.
_QUIET: Final = _PLACE + 1


def _quiet(word: str, folded: str) -> bool:
    """Whether ``_lone_kind`` can only be _PLACE or _WORDS: ``_info`` says a surname only of a
    surname-shaped word, and a nominative given name only of a listed form as it is."""
    return not _surname_shaped(word, folded) and not is_given_form(word)


def _remember(word: str, kind: int) -> None:
    if len(_LONE_KINDS) >= _MAX_LONE_KINDS:
        _LONE_KINDS.clear()
    _LONE_KINDS[word] = kind


def _lone_kind(word: str, folded: str) -> int:
    """What a word alone in its segment can be, remembered (a bounded table)."""
    info = _info(word)
    if info.place:
        kind = _PLACE
    elif info.surname:
        kind = _SURNAME
    elif info.nominative and folded not in _AMBIGUOUS_GIVEN:
        kind = _GIVEN
    else:
        kind = _WORDS
    _remember(word, kind)
    return kind


_MAX_LONE_KINDS: Final = 1 << 15


def find_names(text: str, /, *, language: str | None = None) -> tuple[NameMention, ...]:
    """The person names in ``text``, in order, with spans, nominatives and keys.

    ``language`` is the text's language as ``parse_article`` reports it ("en",
    "be", "be-Latn" ...), or ``None`` when it is not known.  A name's ``base`` is its
    nominative (Ціханоўскай -> Ціханоўская) unless the language is known not to decline
    names (en, de, fr, es, pt, it, nl and a few more Germanic and Romance languages; a tag or
    locale is read by its primary subtag, "en-US", " EN_gb", "eng" alike): there a name is
    written in its nominative, so its base is the name as written ("Andrea" is not a genitive
    of *Andrej).  Any other value ("be", "rus", "und", "zxx", a code not known) reads as
    ``None``, and a name in Cyrillic letters is read for case forms whatever the language.
    Which names are found does not depend on ``language``.

    >>> [m.surface for m in find_names("Sviatlana Tsikhanouskaya met A. Lukashenko's envoy.")]
    ['Sviatlana Tsikhanouskaya', 'A. Lukashenko']
    >>> m = find_names("Сустрэча са Сьвятланай Ціханоўскай адбылася ўчора.")[0]
    >>> m.surface, m.base
    ('Сьвятланай Ціханоўскай', 'Сьвятлана Ціханоўская')
    >>> [m.base for m in find_names("Jane Starner met Andrea Pescetti.")]
    ['Jan Starner', 'Andrej Pescetta']
    >>> [m.base for m in find_names("Jane Starner met Andrea Pescetti.", language="en")]
    ['Jane Starner', 'Andrea Pescetti']
    """
    text = ensure_str(text, "text")
    if language is not None:
        language = ensure_str(language, "language")
    finder = _Finder(text, cases=_declines_names(language), title_case=english(language))
    return tuple(finder.scan())
