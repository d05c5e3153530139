"""The one rule engine: Cyrillic ↔ Latin for every system in ``belnews/data/systems``.

A system's table (see :mod:`belnews.systems`) is compiled once per option set into

* a ``str.translate`` table for the letters whose value never depends on context, and
* one alternation of the context rules (longest match first; contexts as look-behind and
  look-ahead; an empty group numbers each rule, so the replacement is a dict lookup), compiled
  with the stdlib ``re`` where the pattern allows it and with ``regex`` otherwise.

Case is the engine's business, not the data's (spec rule L8): tables are written in lowercase;
a capital source letter gives a title-cased value (Х → Ch), a word in capitals is converted in
lowercase and upper-cased as a whole (ЦІХАНОЎСКАЯ → CICHANOŬSKAJA), and only words with a capital
inside them (ЛаЭлЯ) take the slow unit-by-unit path.  Everything else stays on the fast path:
one search for anything unusual, one ``sub`` for the rules (skipped when no rule can apply) and
one ``str.translate`` - no Python loop over characters.

``to_latin`` goes further for calls without options: one precompiled search (the "calm"
pattern: whatever normalize() would act on, characters that are not plainly NFC, the engine's
checks and - for tables whose rules all need two characters - each rule by its rarest letter)
decides that a line needs neither normalize() nor the checks, and it goes straight to
``str.translate`` (or the rules' ``sub``).  Every system takes that path; only how much of it
applies depends on the table.

``to_cyrillic`` reads word by word and, by default (``foreign="keep"``), leaves a Latin word
alone unless the system could have written it (see :func:`to_cyrillic`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Mapping

import attrs
import regex

from belnews import _chars
from belnews.errors import ConfigError, UntransliterableError, ensure_str
from belnews.normalize import normalize as _normalize
from belnews.systems import Rule, System, Table, get_system

__all__ = ["to_cyrillic", "to_latin", "transliterate_with"]

ERRORS = ("strict", "keep", "replace", "ignore")
ORTHOGRAPHIES = ("narkamauka", "taraskievica")

# What a "word" is, per source script: a maximal run of letters and word-internal apostrophes
# (the Latin side also keeps the marks and primes some systems write: ʹ ʺ ’ ” · and ALA-LC ties).
# Plain code-point ranges, not Unicode properties: a range class costs the regex engine one
# comparison per character, which matters on the hot path.
_LETTER_RANGES = {
    "cyrillic": "\u0400-\u052f\u1c80-\u1c8f\ua640-\ua69f",
    "latin": "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff",
}
_MARK_RANGES = {"cyrillic": "\u2de0-\u2dff", "latin": "\u0300-\u036f\ufe20-\ufe2f"}
_STRESS_MARKS = "\u0300\u0301"  # grave and acute: how dictionaries and Wikipedia mark stress
_APOSTROPHES = "'’ʼ‘`´ʹ′"
_EXTRA_WORD_CHARS = {"cyrillic": _APOSTROPHES, "latin": _APOSTROPHES + "ʺ”·"}


def _word_class(script: str) -> str:
    extra = regex.escape(_EXTRA_WORD_CHARS[script], special_only=False)
    return f"[{_LETTER_RANGES[script]}{_MARK_RANGES[script]}{extra}]"


def _ranges(script: str) -> list[tuple[int, int]]:
    spec = _LETTER_RANGES[script]
    return [(ord(a), ord(b or a)) for a, b in regex.findall(r"(.)(?:-(.))?", spec)]


@functools.cache
def _letters_of(script: str) -> frozenset[str]:
    """Every letter (category L*) in the script's ranges."""
    return frozenset(
        chr(code)
        for first, last in _ranges(script)
        for code in range(first, last + 1)
        if unicodedata.category(chr(code)).startswith("L")
    )


@functools.cache
def _non_letters_of(script: str) -> frozenset[str]:
    """The characters of the script's ranges that are not letters (signs, combining marks)."""
    return frozenset(
        chr(code)
        for first, last in _ranges(script)
        for code in range(first, last + 1)
        if not unicodedata.category(chr(code)).startswith("L")
    )


def _outside_ranges(script: str) -> str:
    """A class body for every code point outside the script's ranges."""
    parts = []
    start = 0
    for first, last in sorted(_ranges(script)):
        if first > start:
            parts.append(f"{_escape_code(start)}-{_escape_code(first - 1)}")
        start = last + 1
    parts.append(f"{_escape_code(start)}-{_escape_code(0x10FFFF)}")
    return "".join(parts)


def _escape_code(code: int) -> str:
    return f"\\U{code:08x}"


def _escape_set(chars: set[str] | frozenset[str]) -> str:
    return "".join(re.escape(c) for c in sorted(chars))


def _char_class(chars: set[str] | frozenset[str]) -> str:
    return f"[{_escape_set(chars)}]"


def _title(out: str, overrides: Mapping[str, str]) -> str:
    """The value of a capital letter before a small one: first cased character upper-cased."""
    if out in overrides:
        return overrides[out]
    for i, char in enumerate(out):
        if char.lower() != char.upper():
            return out[:i] + char.upper() + out[i + 1 :]
    return out


@attrs.frozen(eq=False)
class _Engine:
    """One compiled direction of one system with one option set."""

    table: list[str]  # str.translate table: context-free letters, small and capital
    rx: re.Pattern[str] | regex.Pattern[str] | None  # the context rules; group n marks rule n
    lower_outs: tuple[str, ...]  # per rule: the value
    unit_rx: re.Pattern[str] | regex.Pattern[str]  # rules, else one character: mixed-case words
    titles: Mapping[str, str]
    word_rx: re.Pattern[str]
    word_char: re.Pattern[str]
    inner_upper: re.Pattern[str]  # a capital inside a word
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
            return self._plain(text)
        # Only the words with a capital inside leave the fast path; the text between them is
        # converted in one piece (rules never look across a word boundary).
        parts = []
        done = 0
        for hit in self.inner_upper.finditer(text):
            capital = hit.start()
            if capital < done:
                continue
            start = capital  # back to the start of the word (words are short)
            while start > done and self.word_char.match(text, start - 1):
                start -= 1
            end = self.word_rx.match(text, capital).end()  # type: ignore[union-attr]
            parts.append(self._plain(text[done:start]))
            parts.append(self._word(text[start:end]))
            done = end
        parts.append(self._plain(text[done:]))
        return "".join(parts)

    def _plain(self, text: str) -> str:
        return self.plain(text)

    def _word(self, word: str) -> str:
        if word.upper() == word:  # a word in capitals: convert in lowercase, then capitalise
            return self._plain(word.lower()).upper()
        return self._units(word)

    def _units(self, word: str) -> str:
        """Mixed-case word (ЛаЭлЯ): unit by unit, applying rule L8 to each source unit."""
        lower = word.lower()
        parts = []
        n_rules = len(self.lower_outs) - 1
        for m in self.unit_rx.finditer(lower):
            group = m.lastindex or 0
            out = self.lower_outs[group] if group <= n_rules else m[0].translate(self.table)
            start, end = m.span()
            source = word[start:end]
            if len(source) > 1 and len(out) == len(source):  # лЯ -> lA: letter for letter
                out = "".join(
                    o.upper() if c.isupper() else o for o, c in zip(out, source, strict=True)
                )
            elif word[start].lower() != word[start]:  # the unit starts with a capital
                following = word[end] if end < len(word) else ""
                preceding = word[start - 1] if start else ""
                if (
                    self.upper_runs
                    and len(out) > 1
                    and (following.isupper() or (not following and preceding.isupper()))
                ):
                    out = out.upper()
                else:
                    out = _title(out, self.titles)
            parts.append(out)
        return "".join(parts)


def _as_list(trans: dict[int, str]) -> list[str]:
    """The translate table as a list indexed by code point (about a quarter faster than a dict
    in str.translate); code points past its end raise IndexError and stay unchanged."""
    table = [chr(code) for code in range(max(trans, default=0) + 1)]
    for code, value in trans.items():
        table[code] = value
    return table


def _fast_path(
    rx: re.Pattern[str] | regex.Pattern[str] | None,
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
                values.append(_title(rule.out, titles) if titled else rule.out)
            branches.append(f"{regex.escape(head)}(?:{'|'.join(alternatives)})")
    return "|".join(branches), tuple(values)


def _compile_rules(body: str) -> re.Pattern[str] | regex.Pattern[str]:
    """The stdlib `re` scans about a fifth faster; `regex` takes what `re` cannot compile
    (variable-width look-behinds, Unicode properties)."""
    try:
        return re.compile(body)
    except re.error:
        return regex.compile(body)


def compile_table(table: Table, options: Mapping[str, object], script: str) -> _Engine:
    """Compile one direction of a system for ``options``; ``script`` is the source script."""
    titles = dict(table.title)
    trans: dict[int, str] = {}
    for char, out in table.letters:
        trans[ord(char)] = out
        if char.upper() != char and len(char.upper()) == 1:
            trans[ord(char.upper())] = _title(out, titles)
    active = [rule for rule in table.rules if all(options.get(k) == v for k, v in rule.when)]
    active.sort(key=lambda r: -len(r.match))  # longest first; stable for equal lengths
    body, values = _rules_pattern(table, active, titles, title_branches=True)
    unit_body, lower_outs = _rules_pattern(table, active, titles, title_branches=False)
    rx = _compile_rules(body) if body else None
    word = _word_class(script)
    letters = _letters_of(script)
    upper = _char_class({c for c in letters if c.isupper()})
    covered = {char for char, _ in table.letters}
    for rule in active:
        covered.update(rule.match)
    covered |= {c.upper() for c in covered if len(c.upper()) == 1}
    # Letters the table lacks that are a letter it has with a stress mark (ѐ ѝ, and á é in the
    # Latin of stressed text): split the mark off, so that it survives the conversion.
    decompose = {}
    for char in letters - covered:
        base = unicodedata.normalize("NFD", char)
        if len(base) == 2 and base[0] in covered and base[1] in _STRESS_MARKS:
            decompose[ord(char)] = base
    decomposable = _char_class({chr(c) for c in decompose}) if decompose else None
    # The hot-path checks use the stdlib `re`: for plain character classes it is several times
    # faster than `regex`.  A capital right after a word character (matched capital first, as
    # capitals are rarer than letters):
    inner_upper = f"{upper}(?<={word}{upper})"
    unsupported = None
    allowed: set[str] = set()
    if script == "cyrillic":
        # Any character but the covered ones, the script's non-letters and other scripts.
        allowed = covered | _non_letters_of(script) | {chr(c) for c in decompose}
        unsupported = f"[^{_escape_set(allowed)}{_outside_ranges(script)}]"
    # Tables whose rules all need two letters or a punctuation mark (BGN/PCGN's зг тс, the
    # apostrophe) rarely apply them: one `re` search for the rules' text and for the checks
    # above lets most text go straight to str.translate.
    rare_rules = all(len(r.match) > 1 or r.match[0] not in letters for r in active)
    unusual = functools.partial(
        _calm_pattern,
        upper={c for c in letters if c.isupper()},
        unsupported=(letters | _non_letters_of(script)) - allowed if allowed else set(),
        decomposable={chr(c) for c in decompose},
        word=word,
    )
    marks = {r.match[0] for r in active if r.match[0] not in letters}  # apostrophe rules
    prefilter = None
    if active and rare_rules:
        prefilter = unusual(rules=active, nonletter_firsts=marks, normalized=True)
    # To Latin, the same search extended by what normalize() would act on: calm text needs
    # neither normalize() nor any check (see to_latin).
    calm = None
    if script == "cyrillic":
        calm = unusual(rules=active if rare_rules else [], nonletter_firsts=marks)
    # To Cyrillic: the letters no letter or rule of the table reads (x in Łacinka, w in the
    # systems without it), for to_cyrillic(foreign="keep").
    unreadable = None
    if script == "latin":
        unknown = letters - covered - {chr(c) for c in decompose}
        unreadable = re.compile(f"[{_code_ranges(unknown)}]") if unknown else None
    table_list = _as_list(trans)
    return _Engine(
        table=table_list,
        rx=rx,
        lower_outs=lower_outs,
        unit_rx=_compile_rules(f"{unit_body}|((?s:.))" if unit_body else "((?s:.))"),
        titles=titles,
        word_rx=re.compile(f"{word}+"),
        word_char=re.compile(word),
        inner_upper=re.compile(inner_upper),
        unsupported=re.compile(unsupported) if unsupported else None,
        attention=unusual(rules=[], nonletter_firsts=set(), normalized=True),
        upper_runs=script == "cyrillic",
        decompose=decompose,
        decomposable=re.compile(decomposable) if decomposable else None,
        plain=_fast_path(rx, values, table_list),
        prefilter=prefilter,
        calm=calm,
        calm_then_translate=rare_rules,
        unreadable=unreadable,
    )


# Belarusian letters from the most to the least frequent (counted in Kolas's «Новая зямля»):
# the fast-path search looks for a rule by its rarest letter.  Other characters count as rare.
_FREQUENT = "аінскоыерлтдяузмцпвбўьгхчшжйэюёф"


def _rarity(char: str) -> int:
    index = _FREQUENT.find(char.lower())
    return index if index >= 0 else len(_FREQUENT)


def _hit_order(chars: set[str]) -> tuple[int, int]:
    """Branches for the most frequent characters first (small letters before capitals): most
    positions the search stops at are then settled by the first branch tried."""
    return (min(c.isupper() for c in chars), min(map(_rarity, chars)))


def _cases(char: str) -> set[str]:
    upper = char.upper()
    return {char, upper} if len(upper) == 1 else {char}


def _calm_pattern(
    *,
    rules: list[Rule],
    nonletter_firsts: set[str],
    upper: set[str],
    unsupported: set[str] | frozenset[str],
    decomposable: set[str],
    word: str,
    normalized: bool = False,
) -> re.Pattern[str]:
    """One search that finds anything in a text that is not plain work for the fast path.

    Text it finds nothing in (and that is NFC) is left unchanged by :func:`normalize` and needs
    none of the engine's checks, so ``to_latin`` can go straight to the rules and
    ``str.translate`` - or to ``str.translate`` alone when ``rules`` (all of two or more
    characters) are given and cannot apply.  The pattern is one character class followed by
    the context that makes some of its characters unusual (a capital after a letter, the first
    letter of a rule before the rest of it, Cyrillic І Х before another - a Roman numeral), so
    the `re` engine skips the rest of the text at C speed.
    """
    # Everything a fixer of normalize() may act on (_chars.TARGETS), except the common Cyrillic
    # letters that are look-alikes: those need a Latin letter in the text, and every Latin
    # letter is listed here.  Combining marks too, so that the NFC check stays a quick check.
    always = set(nonletter_firsts) | set(unsupported) | decomposable
    always_ranges = ""
    contexts: dict[str, set[str]] = {}
    if not normalized:
        always |= set(_chars.TARGETS) - set(_chars.LAT_TO_CYR.values())
        always_ranges = _chars.LATIN_LETTER_RANGES + _chars.MARK_RANGES
        for char in _chars.ROMAN_CYRILLIC:
            roman = _char_class(set(_chars.ROMAN_CYRILLIC))
            contexts.setdefault(char, set()).add(f"(?={roman})")
    for char in upper:
        contexts.setdefault(char, set()).add(f"(?<={word}.)")
    # A rule is found by its rarest letter (г in зг, т in тс), its other letters checked around
    # it; the single other letters of two-letter rules found by the same letter share a class.
    neighbours: dict[tuple[str, bool], set[str]] = {}  # (anchor, other is after it) -> others
    for rule in rules:
        if len(rule.match) == 1:
            always.update(_cases(rule.match))
            continue
        at = max(range(len(rule.match)), key=lambda i: _rarity(rule.match[i]))
        if len(rule.match) == 2:
            for cased in _cases(rule.match[at]):
                neighbours.setdefault((cased, at == 0), set()).update(_cases(rule.match[1 - at]))
            continue
        context = "".join(_char_class(_cases(c)) for c in rule.match[:at])
        context = f"(?<={context}.)" if context else ""
        if at + 1 < len(rule.match):
            context += f"(?={''.join(_char_class(_cases(c)) for c in rule.match[at + 1 :])})"
        for cased in _cases(rule.match[at]):
            contexts.setdefault(cased, set()).add(context)
    for (char, after), others in neighbours.items():
        context = f"(?={_char_class(others)})" if after else f"(?<={_char_class(others)}.)"
        contexts.setdefault(char, set()).add(context)
    for char in always:
        contexts.pop(char, None)
    by_context: dict[frozenset[str], set[str]] = {}
    for char, found in contexts.items():
        by_context.setdefault(frozenset(found), set()).add(char)
    contextual = set(contexts)
    # The characters that are always unusual first: a contextual one fails that test at once.
    branches = [f"(?<!{_char_class(contextual)})"]
    branches += [
        f"(?<={_char_class(chars)})(?:{'|'.join(sorted(found))})"
        for found, chars in sorted(by_context.items(), key=lambda item: _hit_order(item[1]))
    ]
    if not normalized:
        # Before normalize(): everything but the quiet characters that are not listed above is
        # unusual - so text the search finds nothing in is NFC too (no separate check).
        listed = re.compile(f"[{always_ranges}]").match
        quiet = {c for c in _quiet() - always - contextual if not listed(c)}
        head = f"[^{_code_ranges(quiet)}]"
    elif contextual or always:
        head = f"[{_escape_set(always | contextual)}]"
    else:
        return re.compile("(?!)")
    if contextual:
        return re.compile(f"{head}(?:{'|'.join(branches)})")
    return re.compile(head)


# Where the quiet characters are looked for: ASCII, Latin-1, the basic Cyrillic block and ґ,
# general punctuation, the euro sign and №.
_QUIET_CANDIDATES = (
    (0x0, 0xFF),
    (0x400, 0x45F),
    (0x490, 0x491),
    (0x2010, 0x205E),
    (0x20AC, 0x20AC),
    (0x2116, 0x2116),
)


@functools.cache
def _quiet() -> frozenset[str]:
    """Characters that are NFC on their own and never compose with a neighbour: a text made of
    them alone is NFC.  (A test checks that no canonical composition ends in one of them.)"""
    return frozenset(
        chr(code)
        for first, last in _QUIET_CANDIDATES
        for code in range(first, last + 1)
        if unicodedata.is_normalized("NFC", chr(code)) and not unicodedata.combining(chr(code))
    )


def _code_ranges(chars: set[str] | frozenset[str]) -> str:
    """A class body matching exactly ``chars``, as code-point ranges."""
    codes = sorted(map(ord, chars))
    parts = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        parts.append(_escape_code(codes[i]) + (f"-{_escape_code(codes[j])}" if j > i else ""))
        i = j + 1
    return "".join(parts)


# Compiled engines by (lang, id, version, direction, options), each with the System it was
# compiled from: a hit counts only for that very object, so a table built in a test under a
# reused id never picks up a stale engine.  Filled on first use; a few dozen small objects.
_ENGINES: dict[tuple[str, str, str, str, tuple[tuple[str, object], ...]], tuple[System, _Engine]]
_ENGINES = {}


def _engine(system: System, direction: str, options: tuple[tuple[str, object], ...]) -> _Engine:
    key = (system.lang, system.id, system.version, direction, options)
    hit = _ENGINES.get(key)
    if hit is not None and hit[0] is system:
        return hit[1]
    if direction == "to_latin":
        engine = compile_table(system.rules.to_latin, dict(options), "cyrillic")
    else:
        table = system.rules.to_cyrillic
        if table is None:
            raise ConfigError(f"{system.id!r} ({system.lang}) has no rules for to_cyrillic")
        engine = compile_table(table, dict(options), "latin")
    _ENGINES[key] = (system, engine)
    return engine


@functools.cache
def _setup(
    system_id: str, lang: str, direction: str, options: tuple[tuple[str, object], ...]
) -> tuple[System, _Engine]:
    """System and engine for one call signature; cached so a call costs one dict lookup."""
    chosen = get_system(system_id, lang=lang)
    resolved = _resolve_options(chosen, dict(options), direction)
    return chosen, _engine(chosen, direction, resolved)


def _resolve_options(
    system: System, options: Mapping[str, object], direction: str = "to_latin"
) -> tuple[tuple[str, object], ...]:
    """The system's option defaults updated with ``options``, checked, as a sorted tuple."""
    defaults: dict[str, object] = dict(system.options)
    orthography = options.get("orthography")
    if direction == "to_cyrillic":
        if orthography not in ORTHOGRAPHIES:
            raise ConfigError(f"orthography must be one of {ORTHOGRAPHIES}, not {orthography!r}")
        defaults["orthography"] = orthography
        options = {k: v for k, v in options.items() if k != "orthography"}
    unknown = set(options) - set(defaults)
    if unknown:
        raise ConfigError(
            f"{system.id!r} has no option {sorted(unknown)[0]!r}; "
            f"its options are: {', '.join(dict(system.options)) or 'none'}"
        )
    for name, value in options.items():
        if not isinstance(value, bool):
            raise ConfigError(f"option {name!r} must be True or False, not {value!r}")
    defaults.update(options)
    return tuple(sorted(defaults.items()))


def transliterate_with(
    system: System,
    text: str,
    options: Mapping[str, object] | None = None,
    *,
    errors: str = "strict",
    direction: str = "to_latin",
) -> str:
    """Run one direction of ``system``'s rules on ``text`` exactly as given (no normalisation).

    This is the engine without the registry: the data validator checks samples with it, and the
    engine tests feed it small synthetic systems.  Applications call :func:`to_latin` and
    :func:`to_cyrillic`.
    """
    engine = _engine(system, direction, _resolve_options(system, options or {}, direction))
    return _apply(engine, system, text, text, errors)


def _apply(engine: _Engine, system: System, text: str, original: str, errors: str) -> str:
    # The common case - nothing unusual in the text - costs one or two searches and the fast path.
    if engine.prefilter is not None and engine.prefilter.search(text) is None:
        return text.translate(engine.table)
    if engine.attention.search(text) is None:
        return engine.plain(text)
    return _apply_unusual(engine, system, text, original, errors)


def _apply_unusual(engine: _Engine, system: System, text: str, original: str, errors: str) -> str:
    """``text`` has accents, letters the table lacks or capitals inside words."""
    accents = engine.decomposable is not None and engine.decomposable.search(text) is not None
    if accents:
        text = text.translate(engine.decompose)
    if engine.unsupported is not None:
        bad = engine.unsupported.search(text)
        if bad is not None:
            if errors == "strict":
                char = bad[0]
                index = original.find(char)
                raise UntransliterableError(char, index if index >= 0 else bad.start(), system.id)
            if errors == "replace":
                text = engine.unsupported.sub("?", text)
            elif errors == "ignore":
                text = engine.unsupported.sub("", text)
    if accents:  # the stress marks split off above recompose with their new letters
        return unicodedata.normalize("NFC", engine.run(text))
    return engine.run(text)


def _options_key(options: Mapping[str, object]) -> tuple[tuple[str, object], ...]:
    return tuple(sorted(options.items())) if options else ()


def to_latin(
    text: str,
    /,
    system: str = "lacinka",
    *,
    lang: str = "be",
    errors: str = "strict",
    **options: bool,
) -> str:
    """Romanize Cyrillic ``text`` with ``system`` (see :func:`belnews.system_ids`).

    Text that is not Cyrillic passes through untouched.  A Cyrillic letter the system has no
    value for is handled by ``errors``: ``"strict"`` raises
    :class:`~belnews.errors.UntransliterableError`, ``"keep"`` leaves it, ``"replace"`` writes
    ``?``, ``"ignore"`` drops it.  ``lang`` picks the Belarusian (``"be"``) or Russian (``"ru"``)
    table of ``system``; ``"auto"`` decides word by word with :func:`belnews.detect_script`.
    Options (e.g. ``assimilation=False`` for ``lacinka``) are keyword arguments.

    >>> to_latin("Святлана Ціханоўская")
    'Śviatłana Cichanoŭskaja'
    >>> to_latin("Святлана Ціханоўская", assimilation=False)
    'Sviatłana Cichanoŭskaja'
    >>> to_latin("ЦІХАНОЎСКАЯ", "passport")
    'TSIKHANOUSKAIA'
    >>> to_latin("Светлана Тихановская", "wikipedia", lang="ru")
    'Svetlana Tikhanovskaya'
    """
    if not options:
        fast = _FAST.get((system, lang, errors))
        if fast is not None and type(text) is str:
            # The common case, inlined: one search says the text needs neither normalize()
            # (it is NFC and has nothing a fixer acts on) nor any of the engine's checks.
            calm, table, plain, convert = fast
            if calm(text) is None:
                return text.translate(table) if plain is None else plain(text)
            return convert(text)
    ensure_str(text, "text")
    ensure_str(system, "system")
    if errors not in ERRORS:
        raise ConfigError(f"errors must be one of {ERRORS}, not {errors!r}")
    if lang == "auto":
        return _to_latin_auto(_normalize(text), text, system, errors, options)
    chosen, engine = _setup(system, lang, "to_latin", _options_key(options))
    convert = _converter(engine, chosen, errors)
    if not options and engine.calm is not None:
        # Cached once the arguments proved valid; the key holds the arguments as given.
        plain = None if engine.calm_then_translate else engine.plain
        _FAST[(system, lang, errors)] = (
            engine.calm.search,
            engine.table,
            plain,
            convert,
        )
    return convert(text)


def _converter(engine: _Engine, system: System, errors: str) -> Callable[[str], str]:
    """to_latin for one system and policy, as a closure over everything it needs: a call costs
    the normaliser, one search and str.translate (or the rules' regex.sub) for most text."""
    table = engine.table
    prefilter = engine.prefilter.search if engine.prefilter is not None else None
    attention = engine.attention.search
    plain = engine.plain

    def convert(text: str) -> str:
        if not text:
            return text
        prepared = _normalize(text)
        if prepared.isascii():
            return prepared
        if prefilter is not None and prefilter(prepared) is None:
            return prepared.translate(table)
        if attention(prepared) is None:
            return plain(prepared)
        return _apply_unusual(engine, system, prepared, text, errors)

    return convert


# (system id, lang, errors) -> what a call without options needs: the calm search, the
# translate table, the rules' fast path (None: translate only) and the full
# converter.  Pipelines call to_latin once per name or line, so the cost before the work is
# one dict lookup.
_FAST: dict[
    tuple[str, str, str],
    tuple[
        Callable[[str], object],
        list[str],
        Callable[[str], str] | None,
        Callable[[str], str],
    ],
] = {}


def _to_latin_auto(
    text: str, original: str, system: str, errors: str, options: Mapping[str, bool]
) -> str:
    """``lang="auto"``: the Russian table for words :func:`detect_script` calls Russian."""
    from belnews.script import Script, detect_script
    from belnews.systems import system_ids

    be, be_engine = _setup(system, "be", "to_latin", _options_key(options))
    ru, ru_engine = be, be_engine
    if system in system_ids(lang="ru"):
        ru_options = {
            k: v for k, v in options.items() if k in dict(get_system(system, lang="ru").options)
        }
        ru, ru_engine = _setup(system, "ru", "to_latin", _options_key(ru_options))

    def word(match: re.Match[str]) -> str:
        if detect_script(match.group()) is Script.RUSSIAN:
            return _apply(ru_engine, ru, match.group(), original, errors)
        return _apply(be_engine, be, match.group(), original, errors)

    return be_engine.word_rx.sub(word, text)


FOREIGN = ("keep", "convert")


def to_cyrillic(
    text: str,
    /,
    system: str = "lacinka",
    *,
    orthography: str = "narkamauka",
    foreign: str = "keep",
    **options: bool,
) -> str:
    """Read Latin ``text`` written in a Belarusian ``system`` back into Cyrillic.

    ``orthography`` is ``"narkamauka"`` (the official spelling) or ``"taraskievica"`` (the
    classical one: Śviatłana → Сьвятлана).  Reversible systems (:attr:`System.reversible`) give
    back exactly what :func:`to_latin` was given; for the others the result is the most likely
    reading, not a guarantee.  Łacinka input may use the common variants: a kept apostrophe,
    Polish-style cz/sz/ż/w, ĺ, or ǔ for ŭ.

    ``foreign="keep"`` (the default) leaves alone a Latin word with a letter the system has no
    reading for (x and q in Łacinka, w in the systems without it, ü, ä ...), so it stays whole
    instead of turning half Cyrillic (Xbox, Müller - not Xбоx, Мüллер).  A word made only of
    the system's letters is read (Google → Гоогле): Latin text alone cannot tell it from
    romanized Belarusian.  ``foreign="convert"`` reads every Latin word letter by letter.

    >>> to_cyrillic("Śviatłana Cichanoŭskaja")
    'Святлана Ціханоўская'
    >>> to_cyrillic("Śviatłana Cichanoŭskaja", orthography="taraskievica")
    'Сьвятлана Ціханоўская'
    >>> to_cyrillic("Tsikhanouskaia", "passport")
    'Ціханоўская'
    >>> to_cyrillic("Źmicier Daškievič, Xbox i Müller")
    'Зміцер Дашкевіч, Xbox і Müller'
    """
    ensure_str(text, "text")
    ensure_str(system, "system")
    if foreign not in FOREIGN:  # checked before the system, so the error names the value
        raise ConfigError(f"foreign must be one of {FOREIGN}, not {foreign!r}")
    key = _options_key({**options, "orthography": orthography})
    chosen, engine = _setup(system, "be", "to_cyrillic", key)
    if not text:
        return text
    prepared = _normalize(text)
    unreadable = engine.unreadable if foreign == "keep" else None

    def convert(segment: str) -> str:
        if unreadable is None or unreadable.search(segment) is None:
            return _apply(engine, chosen, segment, text, "keep")
        return _keeping_foreign(engine, chosen, segment, text, unreadable)

    if _kept().search(prepared) is None:
        return convert(prepared)
    # Roman numerals, web addresses, e-mail and markup are not romanized Belarusian: keep them.
    parts = []
    done = 0
    for kept in _kept().finditer(prepared):
        parts.append(convert(prepared[done : kept.start()]))
        parts.append(kept[0])
        done = kept.end()
    parts.append(convert(prepared[done:]))
    return "".join(parts)


def _keeping_foreign(
    engine: _Engine,
    system: System,
    text: str,
    original: str,
    unreadable: re.Pattern[str],
) -> str:
    """Convert ``text`` except the words with a letter the system cannot read; the text between
    them is converted in one piece (rules never look across a word boundary)."""
    parts = []
    done = 0
    for hit in unreadable.finditer(text):
        if hit.start() < done:
            continue  # inside a word already kept
        start = hit.start()  # back to the start of the word: each character is passed once
        while start > done and engine.word_char.match(text, start - 1):
            start -= 1
        end = engine.word_rx.match(text, hit.start()).end()  # type: ignore[union-attr]
        parts.append(_apply(engine, system, text[done:start], original, "keep"))
        parts.append(text[start:end])
        done = end
    parts.append(_apply(engine, system, text[done:], original, "keep"))
    return "".join(parts)


# What to_cyrillic leaves alone.  Every branch starts at a word boundary and uses possessive
# quantifiers, so a long run of letters is scanned once (linear time on any input).
@functools.cache
def _kept() -> regex.Pattern[str]:
    # A numeral is a word of its own: no letter and no word-internal mark of a system (BAU`VI
    # is gost-b for БАЎВІ) next to it.
    inside = regex.escape(_EXTRA_WORD_CHARS["latin"], special_only=False)
    return regex.compile(
        r"""
        (?<![^\W\d_]|[INSIDE])(?=[IVX]{2})X{0,3}+(?:IX|IV|V?+I{0,3}+)(?![^\W\d_]|[INSIDE])  # XIX
        | (?<![\w.])(?:https?://|www\.)[^\s<>"«»]++                      # web addresses
        | (?<![\w.@-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++                  # e-mail
        | <[^<>\n]{1,500}+>                                                 # markup: <a href="...">
        | (?<![\w.@-])[\w-]++\.(?:com|org|net|by|ru|eu|io|me|info|ua|pl|lt|tv|fm)(?![\w-])
        """.replace("INSIDE", inside),
        regex.VERBOSE,
    )
