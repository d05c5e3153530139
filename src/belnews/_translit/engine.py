"""One compiled direction of one system: the rule engine's data structure and its compiler.

A system's table (see :mod:`belnews.systems`) is compiled once per option set into

* a ``str.translate`` table for the letters whose value never depends on context, and
* one alternation of the context rules (longest match first; contexts as look-behind and
  look-ahead; an empty group numbers each rule, so the replacement is a dict lookup), compiled
  with the stdlib ``re`` where the pattern allows it and with ``regex`` otherwise.

Case is the engine's business, not the data's (spec rule L8): tables are written in lowercase;
a capital source letter gives a title-cased value (Х → Ch), a word in capitals is converted in
lowercase and upper-cased as a whole (ЦІХАНОЎСКАЯ → CICHANOŬSKAJA), a one-letter word in
capitals is a word in capitals when the nearest longer words around it are (Я ВЕРУ → JA VIERU;
alone or beside Title case it is Ja), and only words with a capital inside them (ЛаЭлЯ) take the
slow unit-by-unit path.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Mapping

import attrs
import regex

from belnews._translit.calm import Unusual, calm_pattern
from belnews._translit.scripts import (
    STRESS_MARKS,
    char_class,
    code_ranges,
    escape_set,
    letters_of,
    non_letters_of,
    outside_ranges,
    title,
    word_class,
)
from belnews.systems import Rule, Table

__all__ = ["Engine", "compile_table"]

Pattern = re.Pattern[str] | regex.Pattern[str]


@attrs.frozen(eq=False)
class Engine:
    """One compiled direction of one system with one option set."""

    table: list[str]  # str.translate table: context-free letters, small and capital
    rx: Pattern | None  # the context rules; group n marks rule n
    lower_outs: tuple[str, ...]  # per rule: the value
    unit_rx: Pattern  # rules, else one character: mixed-case words
    titles: Mapping[str, str]
    word_rx: re.Pattern[str]
    word_char: re.Pattern[str]
    inner_upper: re.Pattern[str]  # a capital inside a word
    lone_upper: re.Pattern[str]  # a one-letter word in capitals
    unsupported: re.Pattern[str] | None  # a source letter the table has no value for
    attention: re.Pattern[str]  # either of the two above: one search decides the fast path
    upper_runs: bool  # L8 "CH before a capital" (to Latin); to Cyrillic a capital gives Сь, Дз
    decompose: dict[int, str]  # accented letters the table lacks -> base letter + combining mark
    decomposable: re.Pattern[str] | None
    plain: Callable[[str], str]  # the fast path, built once as a closure (see _fast_path)
    prefilter: re.Pattern[str] | None  # for tables whose rules are rare: can any rule apply?
    calm: re.Pattern[str] | None  # to Latin: nothing for normalize, the checks or rare rules
    calm_then_translate: bool  # calm text needs str.translate only (no rule can apply)
    unreadable: re.Pattern[str] | None  # to Cyrillic: a Latin letter the table has no value for

    def run(self, text: str) -> str:
        """Transliterate ``text`` (already normalised and checked for unsupported letters)."""
        if self.inner_upper.search(text) is None:
            return self.plain(text)
        # Only the words with a capital inside (and the one-letter words among words in
        # capitals) leave the fast path; the text between them is converted in one piece (rules
        # never look across a word boundary).
        words = self._mixed_words(text)
        lone = self.lone_capitals(text)
        if lone:
            capitals = [(m.start(), m.end(), self.plain(m.group().lower()).upper()) for m in lone]
            words = sorted(words + capitals)
        parts = []
        done = 0
        for start, end, converted in words:
            parts.append(self.plain(text[done:start]))
            parts.append(converted)
            done = end
        parts.append(self.plain(text[done:]))
        return "".join(parts)

    def _mixed_words(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, value) of each word with a capital inside it."""
        words = []
        done = 0
        for hit in self.inner_upper.finditer(text):
            capital = hit.start()
            if capital < done:
                continue
            start = capital  # back to the start of the word (words are short)
            while start > done and self.word_char.match(text, start - 1):
                start -= 1
            end = self.word_rx.match(text, capital).end()  # type: ignore[union-attr]
            words.append((start, end, self._word(text[start:end])))
            done = end
        return words

    def lone_capitals(self, text: str) -> list[re.Match[str]]:
        """The one-letter words in capitals (Я, an initial) whose nearest longer words are in
        capitals: words of an ALL-CAPS line (Я ВЕРУ, Я. КУПАЛА -> JA VIERU, JA. KUPAŁA), whose
        values are upper-cased like theirs.  Beside a word that is not in capitals, or alone,
        such a letter stays a Title-case word (Ja, L8)."""
        if self.inner_upper.search(text) is None or self.lone_upper.search(text) is None:
            return []
        longer = [m for m in self.word_rx.finditer(text) if m.end() - m.start() > 1]
        starts = [m.start() for m in longer]
        found = []
        for hit in self.lone_upper.finditer(text):
            at = bisect.bisect(starts, hit.start())
            neighbours = longer[max(at - 1, 0) : at + 1]
            if neighbours and all(_in_capitals(m.group()) for m in neighbours):
                found.append(hit)
        return found

    def _word(self, word: str) -> str:
        if word.upper() == word:  # a word in capitals: convert in lowercase, then capitalise
            return self.plain(word.lower()).upper()
        return self._units(word)

    def _units(self, word: str) -> str:
        """Mixed-case word (ЛаЭлЯ): unit by unit, applying rule L8 to each source unit."""
        lower = word.lower()
        parts = []
        n_rules = len(self.lower_outs) - 1
        for m in self.unit_rx.finditer(lower):
            group = m.lastindex or 0
            out = self.lower_outs[group] if group <= n_rules else m[0].translate(self.table)
            parts.append(self._cased(out, word, *m.span()))
        return "".join(parts)

    def _cased(self, out: str, word: str, start: int, end: int) -> str:
        """The value ``out`` of the unit ``word[start:end]`` in the case of the source (L8)."""
        source = word[start:end]
        if len(source) > 1 and _SEPARATOR in out:  # тС -> t·S: each part keeps its case
            return _case_by_parts(out, source, self.titles)
        if len(source) > 1 and len(out) == len(source):  # лЯ -> lA: letter for letter
            return "".join(
                o.upper() if c.isupper() else o for o, c in zip(out, source, strict=True)
            )
        if word[start].lower() == word[start]:  # the unit starts with a small letter
            return out
        following = word[end] if end < len(word) else ""
        preceding = word[start - 1] if start else ""
        if (
            self.upper_runs
            and len(out) > 1
            and (following.isupper() or (not following and preceding.isupper()))
        ):
            return out.upper()
        return title(out, self.titles)


def _in_capitals(word: str) -> bool:
    return word.upper() == word != word.lower()


# BGN/PCGN's interpunct: the value of a two-letter unit (тс -> t·s) in two parts, one per letter.
_SEPARATOR = "·"


def _case_by_parts(out: str, source: str, titles: Mapping[str, str]) -> str:
    """A separated value whose parts follow the case of their source letters (BGN/PCGN тС ->
    t·S, шЧ -> sh·Ch); a value whose parts do not match the letters one to one is title-cased
    when the unit starts with a capital."""
    parts = out.split(_SEPARATOR)
    if len(parts) != len(source):
        return title(out, titles) if source[0].isupper() else out
    return _SEPARATOR.join(
        title(part, titles) if char.isupper() else part
        for part, char in zip(parts, source, strict=True)
    )


def _as_list(trans: dict[int, str]) -> list[str]:
    """The translate table as a list indexed by code point (about a quarter faster than a dict
    in str.translate); code points past its end raise IndexError and stay unchanged."""
    table = [chr(code) for code in range(max(trans, default=0) + 1)]
    for code, value in trans.items():
        table[code] = value
    return table


def _fast_path(
    rx: Pattern | None,
    values: tuple[str, ...],
    table: list[str],
) -> Callable[[str], str]:
    """One ``sub`` for the context rules, then one ``str.translate``: no Python loop.

    Every capital starts its word on this path, so a match is small letters or Title case, and
    each has its own numbered branch: the replacement is one tuple index.
    """
    if rx is None:
        return lambda text: text.translate(table)
    sub = rx.sub

    def replace(match: re.Match[str] | regex.Match[str]) -> str:
        return values[match.lastindex]  # type: ignore[index]

    return lambda text: sub(replace, text).translate(table)


def _rules_pattern(
    table: Table, rules: list[Rule], titles: Mapping[str, str], *, title_branches: bool
) -> tuple[str, tuple[str, ...]]:
    """One alternation for all rules and the value of each of its numbered branches.

    Branches are grouped by first letter (``е(?:...)``): the regex engine rejects most
    positions at once, and case-insensitive matching - several times slower - is confined to
    the look-behind/look-ahead contexts, tried only where a first letter matched.  Each rule
    ends in an empty group, so ``values[m.lastindex]`` is its value.  With ``title_branches``
    every rule also gets a branch for its Title-case form (``Е(?:...)``) with the Title value;
    the rest of a match is small letters (a capital inside a word takes the slow path).
    """
    by_first: dict[str, list[Rule]] = {}
    for rule in rules:
        by_first.setdefault(rule.match[0], []).append(rule)
    branches: list[str] = []
    values: list[str] = [""]
    for first, group in by_first.items():
        heads = [(first, False)]
        if title_branches and first.upper() != first and len(first.upper()) == 1:
            heads.append((first.upper(), True))
        for head, titled in heads:
            alternatives = []
            for rule in group:
                whole = regex.escape(rule.match)
                parts = [regex.escape(rule.match[1:])]
                if rule.after:
                    parts.append(f"(?i:(?<=(?:{table.expand(rule.after)}){whole}))")
                if rule.not_after:
                    parts.append(f"(?i:(?<!(?:{table.expand(rule.not_after)}){whole}))")
                if rule.before:
                    parts.append(f"(?i:(?={table.expand(rule.before)}))")
                if rule.not_before:
                    parts.append(f"(?i:(?!{table.expand(rule.not_before)}))")
                parts.append("()")
                alternatives.append("".join(parts))
                values.append(title(rule.out, titles) if titled else rule.out)
            branches.append(f"{regex.escape(head)}(?:{'|'.join(alternatives)})")
    return "|".join(branches), tuple(values)


def _compile_rules(body: str) -> Pattern:
    """The stdlib `re` scans about a fifth faster; `regex` takes what `re` cannot compile
    (variable-width look-behinds, Unicode properties)."""
    try:
        return re.compile(body)
    except re.error:
        return regex.compile(body)


def _letter_table(
    table: Table, titles: Mapping[str, str], equivalents: Mapping[str, str]
) -> dict[int, str]:
    """The context-free letters, small and capital, as a ``str.translate`` mapping."""
    letters = dict(table.letters)
    for char, same in equivalents.items():
        if char not in letters and same in letters:
            letters[char] = letters[same]
    trans: dict[int, str] = {}
    for char, out in letters.items():
        trans[ord(char)] = out
        if char.upper() != char and len(char.upper()) == 1:
            trans[ord(char.upper())] = title(out, titles)
    return trans


def _active_rules(table: Table, options: Mapping[str, object]) -> list[Rule]:
    """The rules for these option values, longest match first (stable for equal lengths)."""
    active = [rule for rule in table.rules if all(options.get(k) == v for k, v in rule.when)]
    active.sort(key=lambda r: -len(r.match))
    return active


def _covered(trans: Mapping[int, str], active: list[Rule]) -> set[str]:
    """Every source character the table or a rule reads, in both cases."""
    covered = {chr(code) for code in trans}
    for rule in active:
        covered.update(rule.match)
    return covered | {c.upper() for c in covered if len(c.upper()) == 1}


def _decomposition(letters: frozenset[str], covered: set[str]) -> dict[int, str]:
    """Letters the table lacks that are a letter it has with a stress mark (ѐ ѝ, and á é in the
    Latin of stressed text): split the mark off, so that it survives the conversion."""
    decompose = {}
    for char in letters - covered:
        base = unicodedata.normalize("NFD", char)
        if len(base) == 2 and base[0] in covered and base[1] in STRESS_MARKS:
            decompose[ord(char)] = base
    return decompose


@attrs.frozen
class _Checks:
    """The searches that decide which path a text takes (see :class:`Engine`)."""

    unsupported: re.Pattern[str] | None
    attention: re.Pattern[str]
    prefilter: re.Pattern[str] | None
    calm: re.Pattern[str] | None
    calm_then_translate: bool
    unreadable: re.Pattern[str] | None


def _checks(script: str, active: list[Rule], covered: set[str], decompose: set[str]) -> _Checks:
    letters = letters_of(script)
    allowed: set[str] = set()
    unsupported = None
    if script == "cyrillic":
        # Any character but the covered ones, the script's non-letters and other scripts.
        allowed = covered | non_letters_of(script) | decompose
        unsupported = re.compile(f"[^{escape_set(allowed)}{outside_ranges(script)}]")
    unusual = Unusual(
        upper=frozenset(c for c in letters if c.isupper()),
        unsupported=(letters | non_letters_of(script)) - allowed if allowed else frozenset(),
        decomposable=frozenset(decompose),
        word=word_class(script),
    )
    # Tables whose rules all need two letters or a punctuation mark (BGN/PCGN's зг тс, the
    # apostrophe) rarely apply them: one `re` search for the rules' text and for the checks
    # above lets most text go straight to str.translate.
    rare_rules = all(len(r.match) > 1 or r.match[0] not in letters for r in active)
    marks = {r.match[0] for r in active if r.match[0] not in letters}  # apostrophe rules
    prefilter = None
    if active and rare_rules:
        prefilter = calm_pattern(unusual, rules=active, nonletter_firsts=marks, normalized=True)
    # To Cyrillic: the letters no letter or rule of the table reads (x in Łacinka, w in the
    # systems without it), for to_cyrillic(foreign="keep").
    unknown = letters - covered - decompose
    return _Checks(
        unsupported=unsupported,
        attention=calm_pattern(unusual, rules=[], nonletter_firsts=set(), normalized=True),
        prefilter=prefilter,
        # To Latin, the search extended by what normalize() would act on: calm text needs
        # neither normalize() nor any check (see to_latin).
        calm=calm_pattern(unusual, rules=active if rare_rules else [], nonletter_firsts=marks)
        if script == "cyrillic"
        else None,
        calm_then_translate=rare_rules,
        unreadable=re.compile(f"[{code_ranges(unknown)}]")
        if script == "latin" and unknown
        else None,
    )


def compile_table(
    table: Table,
    options: Mapping[str, object],
    script: str,
    *,
    equivalents: Mapping[str, str] | None = None,
) -> Engine:
    """Compile one direction of a system for ``options``; ``script`` is the source script.

    ``equivalents`` maps a letter the table lacks to the letter it reads it as (for a Russian
    table: Belarusian і as и, the letter a Latin i in a Russian word was typed for).
    """
    titles = dict(table.title)
    trans = _letter_table(table, titles, equivalents or {})
    active = _active_rules(table, options)
    body, values = _rules_pattern(table, active, titles, title_branches=True)
    unit_body, lower_outs = _rules_pattern(table, active, titles, title_branches=False)
    rx = _compile_rules(body) if body else None
    word = word_class(script)
    upper = char_class({c for c in letters_of(script) if c.isupper()})
    covered = _covered(trans, active)
    decompose = _decomposition(letters_of(script), covered)
    checks = _checks(script, active, covered, {chr(c) for c in decompose})
    table_list = _as_list(trans)
    return Engine(
        table=table_list,
        rx=rx,
        lower_outs=lower_outs,
        unit_rx=_compile_rules(f"{unit_body}|((?s:.))" if unit_body else "((?s:.))"),
        titles=titles,
        word_rx=re.compile(f"{word}+"),
        word_char=re.compile(word),
        # A capital right after a word character (matched capital first: capitals are rarer).
        inner_upper=re.compile(f"{upper}(?<={word}{upper})"),
        lone_upper=re.compile(f"(?<!{word}){upper}(?!{word})"),
        unsupported=checks.unsupported,
        attention=checks.attention,
        upper_runs=script == "cyrillic",
        decompose=decompose,
        decomposable=re.compile(char_class({chr(c) for c in decompose})) if decompose else None,
        plain=_fast_path(rx, values, table_list),
        prefilter=checks.prefilter,
        calm=checks.calm,
        calm_then_translate=checks.calm_then_translate,
        unreadable=checks.unreadable,
    )
