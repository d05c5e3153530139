"""The language of an article, or ``None`` when the evidence does not single one out.

The method, for every language the same (the data is in :data:`LANGUAGES`, nothing is written
for one page):

1. the *script* of the sample: the languages of its majority script are the candidates
   (Cyrillic: be, ru, uk; Latin: en, de, fr, pl, lt, cs, sl, es, pt, it and Belarusian Łacinka,
   ``be-Latn``); a sample written mostly in another script gets ``None``;
2. *letter evidence*: the share of the script's letters that the candidate's alphabet does not
   have ("і" and "ў" for Russian, "ы" for Ukrainian, "ä" for English, "ŭ" for Polish);
3. *stop words*: the share of the sample's words that are among the candidate's most common
   function words;
4. the score is the stop-word share minus :data:`FOREIGN_WEIGHT` times the foreign-letter share;
   the best candidate wins only with enough stop words and a :data:`MARGIN` over the next one.
   A sample too short for stop words is still decided when exactly one candidate's alphabet
   holds all its letters and a letter that only this candidate writes occurs (``ў``: be).

Anything else is ``None`` — never a guess between two close languages.  Only the first
:data:`SAMPLE` characters are read, so the time per call is bounded.
"""

from __future__ import annotations

import functools
import re
from typing import Final

import attrs

from belnews.text import CYRILLIC, LAT_TO_CYR, LATIN, findall_words

__all__ = ["LANGUAGES", "Language", "detect_language", "language_scores"]

SAMPLE: Final = 500  # characters read from the start of the text
FOREIGN_WEIGHT: Final = 3.0  # a foreign letter costs this many times what a stop word gains
MIN_STOP_WORDS: Final = 3  # stop-word hits needed for a decision by stop words
MIN_SCORE: Final = 0.08  # and a score at least this (a share of the words)
MARGIN: Final = 0.06  # over the second-best candidate's score
MIN_LETTERS: Final = 12  # letters of the script needed for a decision by letters alone


@attrs.frozen
class Language:
    """What the detector knows of one language: its script, alphabet and stop words."""

    code: str
    script: str  # "Cyrillic" or "Latin"
    alphabet: frozenset[str]  # its lower-case letters
    stop_words: frozenset[str]


_ASCII: Final = "abcdefghijklmnopqrstuvwxyz"


def _language(code: str, script: str, letters: str, stop_words: str) -> Language:
    return Language(code, script, frozenset(letters), frozenset(stop_words.split()))


# The languages, their alphabets and their most common function words (short lists of words
# that are frequent in running text of the language and rare elsewhere).
LANGUAGES: Final[tuple[Language, ...]] = (
    _language(
        "be",
        "Cyrillic",
        "абвгґдеёжзійклмнопрстуўфхцчшыьэюя",
        "і й у ў на не што з да гэта як але ён яна яны яго яе для па пра ад таксама быў была "
        "былі ці калі каб ужо толькі пасля паводле сваё свой гэтым таму можа будзе ёсць мы вы",
    ),
    _language(
        "ru",
        "Cyrillic",
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "и в не на что с по это как он она они его ее её для от из к о также был была были "
        "или если чтобы уже только после по словам свой этом поэтому может будет есть мы вы "
        "который которые при",
    ),
    _language(
        "uk",
        "Cyrillic",
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
        "і й в у на не що з та це як до від він вона вони його її для про також був була "
        "були чи якщо щоб вже лише після за свій цьому тому може буде є ми ви який які при",
    ),
    _language(
        "en",
        "Latin",
        _ASCII,
        "the and of to in is was that for it with as on he she by at from his her are were "
        "be has have had not this which or an they their but said will would been who its",
    ),
    _language(
        "de",
        "Latin",
        _ASCII + "äöüß",
        "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch "
        "es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über "
        "so zum war haben nur oder aber vor zur bis mehr durch man wurde",
    ),
    _language(
        "fr",
        "Latin",
        _ASCII + "àâæçéèêëîïôœùûüÿ",
        "le la les de des du et à un une en est que qui dans pour pas sur au aux par plus ne "
        "se ce il elle avec son sa ses ont été mais comme nous vous ils leur où cette sont",
    ),
    _language(
        "pl",
        "Latin",
        _ASCII + "ąćęłńóśźż",
        "i w na nie się z do to że jest o jak a po co od za przez oraz dla tak jego ich był "
        "była jej które który która tym także już tylko może są będzie",
    ),
    _language(
        "lt",
        "Latin",
        _ASCII + "ąčęėįšųūž",
        "ir yra kad su į iš tai bet o kaip jo jos buvo dėl apie prie ar nuo per kuris kurie "
        "taip tik jau po savo mes jie nes kai buvo bus arba",
    ),
    _language(
        "cs",
        "Latin",
        _ASCII + "áčďéěíňóřšťúůýž",
        "a v se na je že s z do to o jako pro ale by jsou byl který která které jeho také "
        "podle při od po ve už jsem není byla bylo",
    ),
    _language(
        "sl",
        "Latin",
        _ASCII + "čšžćđ",
        "in je v na za so da se pa z ki tudi ne bo po kot od iz pri ali še lahko bil bila "
        "pred bi sem smo",
    ),
    _language(
        "es",
        "Latin",
        _ASCII + "áéíñóúü",
        "el la los las de del y en que un una es por con para se no su sus al lo como más "
        "pero fue este esta son entre también",
    ),
    _language(
        "pt",
        "Latin",
        _ASCII + "áâãàçéêíóôõú",
        "o a os as de do da dos das e em no na um uma que para com não por se mais como ao foi "
        "é ser são também pelo pela",
    ),
    _language(
        "it",
        "Latin",
        _ASCII + "àèéìíîòóùú",
        "il lo la i gli le di del della e è in un una che per con non si da al alla sono "
        "anche come più ma nel nella",
    ),
    _language(
        "be-Latn",
        "Latin",
        _ASCII + "ćčłńśšŭźž",
        "i j u ŭ na nie što z da heta jak ale jon jana jany jaho jaje dla pa pra ad taksama "
        "byŭ była byli ci kali kab užo tolki paśla pavodle jość my vy",
    ),
)


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        "Cyrillic": re.compile(f"[{CYRILLIC}]+"),
        "Latin": re.compile(f"[{LATIN}]+"),
        "mixed": re.compile(f"[{CYRILLIC}]"),
    }


# Tokens that are not language (addresses, e-mail, markup) hold one of these.
_NOISE: Final = ("://", "www.", "@", "<", ">")


@functools.cache
def _noise() -> re.Pattern[str]:
    # a whole token that holds one of the marks (anchored at the token's start: linear)
    marks = "|".join(re.escape(mark) for mark in _NOISE)
    return re.compile(rf"(?<!\S)\S*(?:{marks})\S*")


_LOOK_ALIKES: Final = str.maketrans(LAT_TO_CYR)  # Latin letters typed in Cyrillic words ("якiя")


@functools.cache
def _only_letters() -> dict[str, dict[str, frozenset[str]]]:
    """Per script and language, the letters no other language of the script writes."""
    result: dict[str, dict[str, frozenset[str]]] = {}
    for language in LANGUAGES:
        others = [o.alphabet for o in LANGUAGES if o.script == language.script and o != language]
        own = language.alphabet.difference(*others)
        result.setdefault(language.script, {})[language.code] = frozenset(own)
    return result


@functools.cache
def _candidates(script: str) -> tuple[tuple[Language, ...], dict[str, tuple[int, ...]]]:
    """The languages of ``script``, and per stop word the positions of those that have it."""
    languages = tuple(language for language in LANGUAGES if language.script == script)
    index: dict[str, list[int]] = {}
    for i, language in enumerate(languages):
        for word in language.stop_words:
            index.setdefault(word, []).append(i)
    return languages, {word: tuple(at) for word, at in index.items()}


@attrs.frozen
class _Evidence:
    script: str | None
    words: list[str]  # the words of the script
    n_words: int
    letters: dict[str, int]  # the letters of those words that not every candidate writes, counted
    total: int  # the letters of those words


_NO_EVIDENCE: Final = _Evidence(None, [], 0, {}, 0)


@functools.cache
def _distinctive(script: str) -> re.Pattern[str]:
    """A letter that not every candidate of ``script`` writes (the only letters that can be
    foreign to one of them, or a candidate's own)."""
    common = frozenset.intersection(*(language.alphabet for language in _candidates(script)[0]))
    return re.compile(f"[^{''.join(re.escape(c) for c in sorted(common))}]")


@functools.lru_cache(maxsize=4096)
def _lacking(script: str, letter: str) -> tuple[int, ...]:
    """The positions of the candidates of ``script`` whose alphabet lacks ``letter``."""
    languages, _ = _candidates(script)
    return tuple(at for at, language in enumerate(languages) if letter not in language.alphabet)


def _script_words(words: list[str]) -> tuple[list[str], list[str]]:
    """The words written wholly in Cyrillic, and those wholly in Latin letters (a Cyrillic
    word typed with Latin look-alikes, "якiя", is read as Cyrillic)."""
    patterns = _patterns()
    cyrillic = patterns["Cyrillic"].fullmatch
    latin = patterns["Latin"].fullmatch
    mixed = patterns["mixed"].search
    in_cyrillic: list[str] = []
    in_latin: list[str] = []
    for word in words:
        if word.isascii():
            if word.isalpha():  # not "don't": an apostrophe is no letter of any alphabet
                in_latin.append(word)
        elif cyrillic(word):
            in_cyrillic.append(word)
        elif latin(word):
            in_latin.append(word)
        elif mixed(word):
            word = word.translate(_LOOK_ALIKES)
            if cyrillic(word):
                in_cyrillic.append(word)
    return in_cyrillic, in_latin


def _evidence(text: str) -> _Evidence:
    sample = text[:SAMPLE].lower()
    if any(mark in sample for mark in _NOISE):
        sample = _noise().sub(" ", sample)
    words = findall_words(sample)
    in_cyrillic, in_latin = _script_words(words)
    joined_cyrillic, joined_latin = "".join(in_cyrillic), "".join(in_latin)
    # the script with more letters (Cyrillic on a tie)
    if len(joined_cyrillic) >= len(joined_latin):
        script, chosen, joined = "Cyrillic", in_cyrillic, joined_cyrillic
    else:
        script, chosen, joined = "Latin", in_latin, joined_latin
    total = len(joined)
    if not chosen or total < sum(map(len, words)) / 2:
        return _NO_EVIDENCE  # another script, or none
    # a letter every candidate writes is never foreign and never a candidate's own: only the
    # others are counted
    found = _distinctive(script).findall(joined)
    letters = {letter: found.count(letter) for letter in set(found)}
    return _Evidence(script, chosen, len(chosen), letters, total)


def _scores(evidence: _Evidence) -> dict[str, tuple[float, int, float]]:
    """``(score, stop-word hits, foreign-letter share)`` of every candidate of the evidence's
    script, in the order of :data:`LANGUAGES`."""
    if evidence.script is None:
        return {}
    languages, index = _candidates(evidence.script)
    hits = [0] * len(languages)
    for word in evidence.words:
        for at in index.get(word, ()):
            hits[at] += 1
    foreign_letters = [0] * len(languages)
    for letter, count in evidence.letters.items():
        for at in _lacking(evidence.script, letter):
            foreign_letters[at] += count
    scores = {}
    for language, hit, foreign in zip(languages, hits, foreign_letters, strict=True):
        share = foreign / evidence.total if evidence.total else 0.0
        stop_share = hit / evidence.n_words if evidence.n_words else 0.0
        scores[language.code] = (stop_share - FOREIGN_WEIGHT * share, hit, share)
    return scores


def language_scores(text: str, /) -> dict[str, tuple[float, int, float]]:
    """The evidence :func:`detect_language` weighs: per candidate ``(score, stop-word hits,
    foreign-letter share)``, best first (empty when the text has no Cyrillic or Latin words)."""
    return _ranked(_evidence(text))


def _ranked(evidence: _Evidence) -> dict[str, tuple[float, int, float]]:
    """The scores of every candidate of the evidence's script, best first."""
    return dict(sorted(_scores(evidence).items(), key=lambda item: -item[1][0]))


def _by_letters(evidence: _Evidence, scores: dict[str, tuple[float, int, float]]) -> str | None:
    """The one candidate whose alphabet holds every letter and that writes a letter only it has."""
    if evidence.script is None or evidence.total < MIN_LETTERS:
        return None
    clean = [code for code, (_, _, foreign) in scores.items() if foreign == 0.0]
    if len(clean) != 1:
        return None
    own = _only_letters()[evidence.script][clean[0]]
    return clean[0] if any(evidence.letters.get(c) for c in own) else None


def detect_language(text: str, /) -> str | None:
    """The language of ``text`` (an ISO 639-1 code, ``be-Latn`` for Łacinka), or ``None``.

    ``None`` when the text has too few words to tell, is written in another script, or two
    languages stay close (see the module docstring for the method).

    >>> detect_language("Святлана Ціханоўская падзялілася навінамі")
    'be'
    >>> detect_language("Łatuška said that the regime did not stop at expelling Belarusians")
    'en'
    >>> detect_language("Śviatłana Cichanoŭskaja čytaje kamientary pad svaim pieršym pastom")
    'be-Latn'
    >>> detect_language("Die Regierung hat am Montag mitgeteilt, dass sie die Gespräche fortsetzt")
    'de'
    >>> detect_language("Minsk") is None
    True
    """
    evidence = _evidence(text)
    if evidence.script is None:
        return None
    scores = _scores(evidence)
    # the best and the second score as _ranked orders them (of equal scores, the first)
    best, (score, hits, _) = max(scores.items(), key=lambda item: item[1][0])
    second = max(value[0] for code, value in scores.items() if code != best)
    if hits >= MIN_STOP_WORDS and score >= MIN_SCORE and score - second >= MARGIN:
        return best
    return _by_letters(evidence, scores)
