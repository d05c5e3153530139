"""``find_names``: person names in running English, Łacinka, Belarusian or Russian text.

A light, rule-based finder (no model): it looks at runs of capitalised words and keeps those that
read as a person's name -

- a given name from the table (in any case form: "Сьвятланы") next to another capitalised word:
  "Sviatlana Tsikhanouskaya", "Аляксандр Рыгоравіч Лукашэнка", "Лукашэнка Аляксандр";
- an initial before a capitalised word: "A. Lukashenko", "С. Ціханоўская";
- a single word with a surname ending (-enka, -ski, -skaya, -vich, -ava, -aŭ ...) that does not
  start a sentence: "... said Lukashenko", "... з Ціханоўскай".

Each mention carries its span, the text as written, its nominative (:func:`base_form`) and the
:func:`name_key` of that nominative, ready for :class:`belnews.NameIndex`.
"""

from __future__ import annotations

import re

from belnews.errors import ensure_str
from belnews.names.forms import base_candidates, base_form
from belnews.names.key import name_key
from belnews.names.lexicon import is_given_form
from belnews.names.models import NameMention

__all__ = ["find_names"]

# A word: letters with inner apostrophes or hyphens; or an initial (one or two letters + dot).
_TOKEN = re.compile(
    r"(?P<initial>\b[^\W\d_][^\W\d_]?\.(?=\s?[^\W\d_]))"
    r"|(?P<word>[^\W\d_](?:[^\W\d_]|['’ʼ`-](?=[^\W\d_]))*)"
)
_POSSESSIVE = ("'s", "’s")
_SURNAME_ENDING = re.compile(
    r"(?:enka|enko|ski|skaja|skaya|skaia|ska|cki|ckaja|tski|tskaya|vich|vič|wicz|ovich|evich"
    r"|ava|ova|eva|aŭ|au|ov|ev|ow|in|ina|uk|iuk|chuk|onak|enak"
    r"|енка|энка|енко|скі|ская|скай|скую|скага|скаму|скім|цкі|цкая|цкай|ский|ского|скому|ским"
    r"|ской|віч|віча|вічу|вічам|вич|вича|вичу|ава|авай|аву|ова|овой|ову|аў|оў|ов|ова|ін|іна|ін"
    r"|ук|юк|чук|онак|енак|ёнак|скі|ская|ski|skaj|skuju|skaha|skim|ckaj)$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…:]\s*[\"'«»“”„(\[-]*\s*$")
_MAX_RUN = 4
_TITLES = frozenset({"mr", "ms", "dr", "st", "sr", "jr"})
_GLUED = re.compile(r"(?<=[^\W\d_])(?<![A-ZА-ЯЁІЎŁ])(?=[A-ZА-ЯЁІЎŁŚĆŹŃŽŠČ][a-zа-яёіўłśćźńžščŭ])")
_COUNTRY_ADJECTIVE = re.compile(
    r"(?i)^(?:бел[аоеo]рус|biełarus|belarus|рас[іе]|росс|russ|poland|польс)"
)
# Capitalised words that often stand next to a name but are not part of it.
_NOT_NAME = frozenset(
    {
        "the", "a", "an", "president", "mr", "mrs", "ms", "dr", "leader", "minister", "in",
        "on", "at", "of", "and", "but", "for", "with", "from", "by", "to", "as", "if", "when",
        "belarus", "belarusian", "russia", "russian", "minsk", "moscow", "ukraine", "poland",
        "беларусь", "беларусі", "мінск", "расія", "украіна", "польшча", "россия", "минск",
        "kremlin", "кремль", "крэмль", "china", "argentina", "lithuania", "latvia",
    }
)  # fmt: skip


def _is_given(word: str) -> bool:
    """A listed given name, spelled closely (fine skeleton), in any case form."""
    if len(word) < 3:
        return False
    return is_given_form(word) or any(is_given_form(c) for c in base_candidates(word)[:1])


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _mention(text: str, start: int, end: int) -> NameMention:
    surface = text[start:end]
    base = base_form(surface)
    return NameMention(surface, start, end, base, name_key(base))


def _tokens(text: str) -> list[tuple[str, int, int, bool]]:
    """Words and initials with spans; words glued by a lost space ("PoliticsŁukašenka") split."""
    out: list[tuple[str, int, int, bool]] = []
    for match in _TOKEN.finditer(text):
        initial = match.group("initial") is not None
        word = match.group()
        start, end = match.span()
        if not initial and word.endswith(_POSSESSIVE):
            word, end = word[:-2], end - 2
        if not initial and len(word) > 3:
            cut = _GLUED.search(word, 2)
            if cut is not None:
                out.append((word[: cut.start()], start, start + cut.start(), False))
                word, start = word[cut.start() :], start + cut.start()
        out.append((word, start, end, initial))
    return out


def _runs(text: str) -> list[list[tuple[str, int, int, bool]]]:
    """Runs of capitalised words or initials one space apart: (word, start, end, initial)."""
    runs: list[list[tuple[str, int, int, bool]]] = []
    current: list[tuple[str, int, int, bool]] = []
    for word, start, end, initial in _tokens(text):
        joined = bool(current) and text[current[-1][2] : start] in (" ", "\u00a0", "")
        lowered = word.lower().rstrip(".")
        if (initial and lowered not in _TITLES) or (
            _is_capitalised(word) and lowered not in _NOT_NAME
        ):
            if not joined or len(current) >= _MAX_RUN:
                if current:
                    runs.append(current)
                current = []
            current.append((word, start, end, initial))
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _name_in_run(text: str, run: list[tuple[str, int, int, bool]]) -> NameMention | None:
    words = [w for w, _, _, initial in run if not initial]
    has_initial = any(initial for _, _, _, initial in run)
    if has_initial and words:
        first = next(i for i, item in enumerate(run) if item[3])
        if first + 1 < len(run):
            return _mention(text, run[first][1], run[-1][2])
    givens = [i for i, (w, _, _, _) in enumerate(run) if _is_given(w)]
    if len(run) >= 2 and givens:
        # Words before the first given name belong to the name only if they read as a surname
        # ("Лукашэнка Аляксандр"), not "Philosopher Uładzimir Mackievič".
        first = givens[0]
        while first > 0 and _SURNAME_ENDING.search(run[first - 1][0]):
            first -= 1
        if first == givens[0] and first == len(run) - 1:
            return None
        return _mention(text, run[first][1], run[-1][2])
    return None


def _surname_alone(text: str, word: str, start: int, end: int) -> NameMention | None:
    """A lone word with a surname ending that does not start a sentence ("said Lukashenko")."""
    sentence_start = start == 0 or _SENTENCE_END.search(text, max(0, start - 12), start) is not None
    if (
        not sentence_start
        and len(word) > 4
        and _SURNAME_ENDING.search(word)
        and not _COUNTRY_ADJECTIVE.search(word)
        and not _is_given(word)
    ):
        return _mention(text, start, end)
    return None


def find_names(text: str, /) -> tuple[NameMention, ...]:
    """The person names in ``text``, in order, with spans, nominatives and keys.

    >>> [m.surface for m in find_names("Sviatlana Tsikhanouskaya met A. Lukashenko's envoy.")]
    ['Sviatlana Tsikhanouskaya', 'A. Lukashenko']
    >>> m = find_names("Сустрэча са Сьвятланай Ціханоўскай адбылася ўчора.")[0]
    >>> m.surface, m.base
    ('Сьвятланай Ціханоўскай', 'Сьвятлана Ціханоўская')
    """
    text = ensure_str(text, "text")
    found = []
    for run in _runs(text):
        mention = _name_in_run(text, run)
        if mention is not None:
            found.append(mention)
        elif not any(initial for *_, initial in run):
            for word, start, end, _ in run:
                alone = _surname_alone(text, word, start, end)
                if alone is not None:
                    found.append(alone)
    return tuple(found)
