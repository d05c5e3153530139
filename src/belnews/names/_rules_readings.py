"""How one word of a name may be read: the helpers the link rules of :mod:`._rules` call.

Each function reads a word (or its skeleton) one way - as a case form, as another language's
press spelling (:mod:`._rules_foreign`), with Belarusian ў for л, with яканне - and is cached:
the matcher calls them for the same words again and again.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final

from belnews._cache import word_cache
from belnews.names._rules_foreign import case_readings, foreign_case_bases, foreign_skeletons
from belnews.names._skeleton import CONSONANTS, skeleton, spell_out
from belnews.names._tokens import Token, word_fine, word_skeleton
from belnews.names.forms import base_candidates
from belnews.names.lexicon import given_name_group, given_names, group_of_skeleton
from belnews.text import fold

__all__ = [
    "LOOSE_INITIALS",
    "base_skeletons",
    "fold_word",
    "foreign_link",
    "group_initials",
    "initial_fits",
    "initial_typed",
    "ka_ko",
    "l_as_u",
    "near",
    "near_given",
    "one_edit",
    "one_typo",
    "other_gender",
    "patronymic_group",
    "same_given_name",
    "sibilants_differ",
    "soft_t",
    "u_for_l",
    "vowels_differ",
    "yakanne",
]


#: Case, marks and apostrophes folded (the text layer's ``fold``, cached per word here).
fold_word = functools.lru_cache(maxsize=1 << 17)(fold)


# Skeleton-level nominatives that base_form leaves alone (see _skeleton_bases).
_PLURAL_ADJECTIVE: Final = re.compile("([sc]k)ah$")  # Глінскіх, Панятоўскіх: of the Glinskis
_PLURAL_VICH: Final = re.compile("vah(?:av|ah)$")  # Луцкевічаў, Баранавічах
_FLEETING: Final = re.compile(f"(?<=[{CONSONANTS}])([cl])(?:a|I)$")  # Лунінцы, Гомлі
_TOPONYM_SK: Final = re.compile("(?<=...)sk[Aa]$")  # Minska, Minsko, Vicebska: of Minsk


def _skeleton_bases(sk: str) -> list[str]:
    """Nominatives a case form may have, read on its skeleton.

    - a plural genitive or locative of a family or a plural place name: -скіх -> -скі,
      -вічаў / -вічах -> -віч and -вічы;
    - a fleeting vowel: -ец and -ель lose it in every other case (Лунінец, Лунінцы; Гомель,
      Гомлі), so the nominative puts it back.  Not -ак/-ок (Наваградак, Наваградку): every -ка
      surname would read as one (Лукашэнка ~ Лукашонак);
    - a place in -sk (a noun, not an adjective) in a case or a Czech form: Minska, Minsko.
    """
    out = []
    if _PLURAL_ADJECTIVE.search(sk):
        out.append(_PLURAL_ADJECTIVE.sub(r"\1I", sk))
    elif _PLURAL_VICH.search(sk):
        out.extend((sk[:-2], sk[:-2] + "I"))
    if len(sk) > 4 and _FLEETING.search(sk):
        out.append(_FLEETING.sub(r"a\1", sk))
    if _TOPONYM_SK.search(sk):
        out.append(sk[:-1])
    return out


@functools.lru_cache(maxsize=1 << 16)
def base_skeletons(text: str) -> tuple[str, ...]:
    """Skeletons of the nominatives a word may be a case form of (its own first)."""
    if "-" in text:  # Евы-Кацярыны: each part has its own ending
        parts = [base_candidates(part)[0] for part in text.split("-") if part]
        return (word_skeleton("-".join(parts)),)
    bases = [word_skeleton(c) for c in base_candidates(text)]
    extra = [*_skeleton_bases(word_skeleton(text)), *foreign_case_bases(text)]
    extra.extend(word_skeleton(form) for form in case_readings(text))
    return tuple(dict.fromkeys([*bases, *extra]))


def foreign_link(x: Token, y: Token) -> bool:
    """One word is the other in a French, German or Lithuanian spelling."""
    for one, other in ((x, y), (y, x)):
        readings = foreign_skeletons(one.text)
        if not readings:
            continue
        if other.skeleton in readings:
            return True
        # Case readings change endings only: a reading can meet one of them only if it starts
        # like the word (and computing them is the dearer part).
        first = other.skeleton[:1]
        if any(r[:1] == first for r in readings) and readings & set(base_skeletons(other.text)):
            return True
        if other.group is not None and any(group_of_skeleton(r) == other.group for r in readings):
            return True
    return False


def near(x: str, y: str) -> bool:
    """One sound apart inside a long skeleton (ends untouched), or č written c (Stefanovic)."""
    if min(len(x), len(y)) < 6 or abs(len(x) - len(y)) > 1 or x[:2] != y[:2]:
        return False
    if len(x) == len(y):
        diffs = [i for i in range(len(x)) if x[i] != y[i]]
        if len(diffs) == 1 and {x[diffs[0]], y[diffs[0]]} == {"c", "h"}:
            return True
    if x[-3:] != y[-3:]:
        return False
    i = 0
    while i < min(len(x), len(y)) and x[i] == y[i]:
        i += 1
    return x[i + 1 :] == y[i + 1 :] or x[i:] == y[i + 1 :] or x[i + 1 :] == y[i:]


def one_typo(x: str, y: str) -> bool:
    """One typing error (a letter left out, added, changed, or two swapped) inside a long word.

    ``x`` and ``y`` are fine skeletons; the first two and the last letter must agree (the ending
    carries gender and the suffix that makes another surname), and the words must be long
    (eight letters or more), where one slip cannot turn a name into another common one.
    """
    if min(len(x), len(y)) < 8 or abs(len(x) - len(y)) > 1 or x == y:
        return False
    return x[:2] == y[:2] and x[-1] == y[-1] and one_edit(x, y)


def one_edit(x: str, y: str) -> bool:
    """One letter left out, added or changed, or two neighbours swapped, between two different
    words of lengths at most one apart (the caller checks both).

    >>> [one_edit("patatav", w) for w in ("patatv", "pattav", "pbtbtav", "ptaatav", "patatov")]
    [True, True, False, True, True]
    """
    i, shorter = 0, min(len(x), len(y))
    while i < shorter and x[i] == y[i]:  # (bounded: one may be the other and a letter)
        i += 1
    if len(x) == len(y):
        swapped = i + 1 < len(x) and x[i] == y[i + 1] and x[i + 1] == y[i]
        return x[i + 1 :] == y[i + 1 :] or (swapped and x[i + 2 :] == y[i + 2 :])
    return x[i:] == y[i + 1 :] if len(y) > len(x) else x[i + 1 :] == y[i:]


@functools.lru_cache(maxsize=1 << 12)
def group_initials(group_id: str) -> frozenset[str]:
    """The first skeleton letters of every form of a given-name group."""
    group = given_names()[group_id]
    return frozenset(skeleton(form)[:1] for form in group.forms)


LOOSE_INITIALS: Final = {
    "i": "ije", "j": "jie", "e": "eji", "u": "ujv", "v": "vu", "c": "ct", "t": "tc", "k": "kh",
}  # fmt: skip


def initial_fits(initial: Token, word: Token) -> bool:
    """The initial can abbreviate the word (any spelling of the word's given name)."""
    letter = initial.skeleton[:1]
    if not letter:
        return False
    allowed = set(LOOSE_INITIALS.get(letter, letter))
    starts = group_initials(word.group) if word.group else frozenset({word.skeleton[:1]})
    return bool(allowed & starts)


#: The systems a Latin initial of a Cyrillic word is typed in (the first letter of the word in
#: each): the passport's, BGN/PCGN's, the English press's and Łacinka.
INITIAL_SYSTEMS: Final = (
    ("passport", "be"), ("passport", "ru"), ("bgn-pcgn", "be"), ("bgn-pcgn", "ru"),
    ("wikipedia", "ru"), ("lacinka", "be"),
)  # fmt: skip

#: The Latin letters (folded, lower case) a word starting with a Cyrillic letter starts with in
#: :data:`INITIAL_SYSTEMS` (Г: h, g; Х: k, c; Е: e, y, j; Я: i, y, j) - a table, not the
#: romanizer, so that the first initial looked up does not load every system's tables;
#: ``tests/test_names_index_forms.py`` checks it against the romanizer.
TYPED_STARTS: Final[dict[str, frozenset[str]]] = {
    letter: frozenset(latin)
    for letter, latin in {
        "а": "a", "б": "b", "в": "v", "г": "gh", "ґ": "g", "д": "d", "е": "ejy", "ё": "eijy",
        "ж": "z", "з": "z", "и": "i", "й": "ijy", "і": "i", "к": "k", "л": "l", "м": "m",
        "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "uw",
        "ф": "f", "х": "ck", "ц": "ct", "ч": "c", "ш": "s", "щ": "s", "ы": "y", "э": "e",
        "ю": "ijy", "я": "ijy",
    }.items()
}  # fmt: skip


def _typed_starts(letter: str) -> frozenset[str]:
    return TYPED_STARTS.get(letter, frozenset())


@word_cache(1 << 17)
def _first_letter(text: str) -> str:
    """The first letter of a word, folded and lower case ("" when it has none; cached: an
    initial is tested against every candidate's given name, twice when it fits)."""
    folded = fold_word(text)
    return next((c for c in folded if c.isalpha()), "").lower()


def initial_typed(initial: Token, word: Token) -> bool:
    """The initial is the word's own first letter as it is typed: the same letter in one
    alphabet, a letter the word starts with in its usual romanizations (Latin I. for Ісмагіл,
    K. for Хачым, H. for Гайдарбек), or a Cyrillic letter romanized alike (И. for Іван).  An
    initial that fits only through the skeleton's loose letters (I. for Эрнестр, K. for
    Гульнара) or through another form of the given name (A. for Ганна, as Анна) is a looser
    reading: :func:`initial_fits` but not this.

    >>> from belnews.names.key import tokens_of
    >>> initial, hachym, ernestr = tokens_of("K. Хачым Эрнестр")
    >>> initial_typed(initial, hachym), initial_typed(initial, ernestr)
    (True, False)
    """
    mine, theirs = _first_letter(initial.text), _first_letter(word.text)
    if not mine or not theirs:
        return False
    if mine == theirs:
        return True
    mine_cyrillic, theirs_cyrillic = not mine.isascii(), not theirs.isascii()
    if mine_cyrillic and theirs_cyrillic:  # Belarusian and Russian letters of one sound (И/І)
        return not _typed_starts(mine).isdisjoint(_typed_starts(theirs))
    if mine_cyrillic == theirs_cyrillic:
        return False  # one Latin alphabet, another letter
    if theirs_cyrillic:
        return mine in _typed_starts(theirs)
    return theirs in _typed_starts(mine)


_L_BEFORE_CONSONANT: Final = re.compile(f"(?<=[aeiuj])l(?=[{CONSONANTS}])")
_DEVOICED: Final = re.compile("b(?=[ckstfh])|d(?=[ckstfh])|z(?=[ckpt])")
_DEVOICE: Final = {"b": "p", "d": "t", "z": "s"}
_said: Final = functools.partial(_DEVOICED.sub, lambda m: _DEVOICE[m.group()])  # бц is said пц


def u_for_l(x: str, y: str) -> bool:
    """Belarusian ў for Russian, Polish л (Стоўбцы / Stołpce, воўк / wilk), devoiced as said."""
    if "l" not in x + y:
        return False
    return _said(l_as_u(x)) == _said(l_as_u(y))


def l_as_u(skeleton: str) -> str:
    """л after a vowel, before a consonant, read as ў (``v``): Волк ``valk`` -> ``vavk``."""
    return _L_BEFORE_CONSONANT.sub("v", skeleton) if "l" in skeleton else skeleton


def yakanne(x: Token, y: Token) -> bool:
    """Belarusian word-initial я- where Russian writes е- (яканне): Ярмошына / Ермошина,
    Ярмоленка / Ермоленко / Yermolenko, Яўсенія / Евсения.  The rest of the skeleton must
    agree."""
    a, b = x.skeleton, y.skeleton
    if len(a) < 3 or a[1:] != b[1:] or {a[0], b[0]} != {"j", "e"}:
        return False
    ja, je = (x, y) if a[0] == "j" else (y, x)
    # (the fine spelling writes яў- as u-: Яўсенія / Евсения, Яўдакія / Евдокия)
    fine_ja = word_fine(ja.text)
    ja_start = fine_ja.startswith("a") or (fine_ja.startswith("u") and ja.text[1:2] in "ўЎ")
    return ja_start and word_fine(je.text).startswith("e")


def ka_ko(x: Token, y: Token) -> bool:
    """Belarusian -ка for Russian -ко after с/з/ц (Базка / Базко), which the skeleton reads as
    a feminine -ska: a noun in -ка (not an adjective in -ская) is the -ко surname."""
    a, b = x.skeleton, y.skeleton
    if a[:-1] != b[:-1] or {a[-1:], b[-1:]} != {"A", "a"}:
        return False
    ka, ko = (x, y) if a[-1] == "A" else (y, x)
    return fold_word(ka.text).endswith(("ka", "ка")) and fold_word(ko.text).endswith(("ko", "ко"))


_SOFT_T: Final = ("ть", "t'", "tʹ", "t’")
_SOFT_TS: Final = ("ць", "ć", "c'", "cʹ", "c’", "ts'", "tsʹ", "ts’")


def _noun_ka(token: Token) -> str:
    """The skeleton, with a noun's -ска/-цка (not an adjective's -ская) read as -ska."""
    sk = token.skeleton
    if sk.endswith("A") and fold_word(token.text).endswith(("ka", "ка")):
        return sk[:-1] + "a"
    return sk


def soft_t(x: Token, y: Token) -> bool:
    """Belarusian soft ць for Russian ть (цеканне: Баць / Бать, Бацька / Батька, Bać / Bat').

    The skeletons differ in one ц/т only, and one side writes the softness (ь, ', ć).  A
    skeleton of two letters is long enough (Аць / Ать): the softness written is the evidence."""
    a, b = _noun_ka(x), _noun_ka(y)
    if len(a) < 2 or len(a) != len(b):
        return False
    diffs = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diffs) != 1 or {a[diffs[0]], b[diffs[0]]} != {"c", "t"}:
        return False
    ts, t = (x.text.lower(), y.text.lower())
    if a[diffs[0]] == "t":
        ts, t = t, ts
    return any(mark in t for mark in _SOFT_T) or any(mark in ts for mark in _SOFT_TS)


_MASCULINE: Final = ("in", "yn", "ov", "ev", "u")  # fine skeletons: -ін/-ын, -ов/-ев, -аў/-оў/-ёў


def other_gender(x: Token, y: Token) -> bool:
    """A man's -аў/-оў/-ін surname and the woman's -ава/-ова/-іна of the same stem, or the
    -скі / -ская pair.

    The woman's form is also the man's genitive (and -аву his dative), but a bare word gives no
    context: the gender the words show is kept, as :func:`belnews.base_form` keeps it.  The
    skeleton reads a final -е/-э/-ё/-о as -a too, but a word that ends so as written (its fine
    skeleton) is none of the woman's forms: it is the man's locative (аб Калеснікаве) or a
    name that does not decline (Бабавэ, Бабавё).
    """
    if x.skeleton[:-1] == y.skeleton[:-1] and {x.skeleton[-1:], y.skeleton[-1:]} == {"A", "I"}:
        return True
    short, long = (x, y) if len(x.skeleton) < len(y.skeleton) else (y, x)
    return (
        long.skeleton == short.skeleton + "a"
        and word_fine(short.text).endswith(_MASCULINE)
        and not word_fine(long.text).endswith(("e", "o"))
    )


def near_given(x: Token, y: Token) -> bool:
    """An unlisted word one sound from a form of the other's given name (Ualdzimir: typo)."""
    if (x.group is None) == (y.group is None):
        return False
    word, name = (x, y) if x.group is None else (y, x)
    assert name.group is not None
    return any(near(word.skeleton, skeleton(form)) for form in given_names()[name.group].forms)


# A patronymic is a given name and a suffix, in any language's spelling: -авіч/-овіч/-евіч,
# -аўна/-оўна (be), -ович/-евич/-овна/-евна (ru), -owicz/-owna (pl), -owitsch/-owna (de),
# -ovič (cs), -ovitj (sv) ... and the short -ich/-ichna (Ильич, Кузьмич).
_PATRONYMIC_SUFFIX: Final = re.compile(
    "(?:[aoeiy]?(?:vi[cč]h?|wi(?:cz|tsch|tch|tj)|vitj|vi[cč]|vic)|"
    "[aoeiy]?(?:v|w|u|ŭ)na|ichna|i[cč]h?na|i[cč]h?|ie?vn?a)$"
)


@functools.lru_cache(maxsize=1 << 16)
def same_given_name(a: str, b: str) -> str | None:
    """``"same"``, ``"diminutive"`` or ``None``: the multilingual given-name lexicon's answer
    for two words that both read as given names there."""
    from belnews.names.given import same_given_name as lexicon_same

    if a.isascii() and b.isascii() and a.lower() == b.lower():
        return None
    return lexicon_same(a, b)


@functools.lru_cache(maxsize=1 << 14)
def patronymic_group(text: str) -> str | None:
    """The given-name group a patronymic is made from (Uladzimiravich, Vladimirovich and
    Wladimirowitsch are all of Уладзімір), or ``None``."""
    from belnews.names.given import patronymic_of

    derived = patronymic_of(text)
    if derived is not None:
        return derived.group
    lowered = fold_word(text) if text.isascii() else spell_out(text)
    match = _PATRONYMIC_SUFFIX.search(lowered)
    if match is None or match.start() < 2:
        return None
    stem = lowered[: match.start()]
    # The father's name: as it stands (Uladzimir-), with x read as ks (Alexandr-), with the -a
    # the suffix took (Mikita-vich, Ilj-ich); a man's group first.
    found = None
    for candidate in (stem, stem.replace("x", "ks"), stem + "a", stem + "j"):
        group = given_name_group(candidate)
        if group is not None and group.gender == "m":
            return group.group_id
        found = found or group
    return None if found is None else found.group_id


# The vowels of a Cyrillic spelling by what a Belarusian and a Russian spelling of one name may
# write for each other: а/о (аканне), е/я/э/ё (яканне, цеканне, ё written е) and, after hard
# consonants, е/а (Жарабцоў / Жеребцов) - one class; и/і/ы another; у meets either
# (Глыбокае / Глубокое, Навагрудак / Наваградак), as does an и/і/ы before another vowel, near
# a й (Алексиевич / Аляксеевіч); ю only у/ю (Юсиф is not Йасеф).  ў and й are consonants.
_VOWEL_CLASS: Final = (
    dict.fromkeys("аоеёэя", "a") | dict.fromkeys("иіы", "i") | {"у": "u", "ю": "j"}
)
# Letters Ukrainian does not write: without one, a word's і may be Ukrainian ikavism - і for
# the е (ѣ) and the о/е of a closed syllable of Russian and Belarusian spellings (Білоус /
# Белоус, Білоцерковець / Белоцерковец, Сірко / Серко) - and meets any vowel.
_NOT_UKRAINIAN: Final = re.compile("[ыэёўъ]")
# A plain Latin letter (a word with one among Cyrillic ones is mixed: neither reading).
_LATIN_LETTER: Final = re.compile("[a-z]")
_APART: Final = frozenset({("a", "i"), ("i", "a"), ("a", "j"), ("j", "a"), ("i", "j"), ("j", "i")})


@functools.lru_cache(maxsize=1 << 16)
def _vowels(text: str) -> str:
    """The vowel classes of a word in Cyrillic or in a plain (ASCII) Latin romanization, in
    order; "" for anything else (a mixed word, Łacinka's or Polish marks)."""
    word = unicodedata.normalize("NFC", text.lower())  # not folded: й and ў keep their mark
    if word.isascii():
        return _latin_vowels(word) if word.isalpha() else ""
    if _LATIN_LETTER.search(word):
        return ""
    classes = [_VOWEL_CLASS.get(c, "") for c in word]
    if not _NOT_UKRAINIAN.search(word):  # і may be Ukrainian і for е/о: Білодід / Белодед
        classes = ["u" if c == "і" else kind for c, kind in zip(word, classes, strict=True)]
    for i, kind in enumerate(classes[:-1]):
        if kind == "i" and classes[i + 1]:
            classes[i] = "u"  # и before a vowel is near й: Алексиевич / Аляксеевіч
    return "".join(classes)


# The same classes of a plain Latin romanization (passport, BGN/PCGN, the press): i and y
# before a vowel write its iotation (ia, ye: я, е; iu, yu: ю), after one a й (ai, ey), and u
# after a vowel is ў (au, ou).
_LATIN_CLASS: Final = dict.fromkeys("aoe", "a") | dict.fromkeys("iy", "i") | {"u": "u"}
# After an iotating i or y, e and u meet any vowel: a soft е (ie), as Polish and Łacinka write
# і after a soft consonant so too (Ciechanouski / Ціханоўскі, Lieda / Lida); yu may be ю or
# ыў (Byubyj, ISO 9 of Быўбы).
_IOTATED: Final = {"u": "u", "e": "u"}
# Not iotated, e, i and y meet any vowel too: English spelling writes i and y for ай (Biden /
# Байден, Simon / Саймон) and e for и (Steven / Стивен), a Ukrainian romanization i for the
# е/о of Russian (Bilodid / Белодед).  a and o keep their class: Iasef / Юсиф stay two names.
_PLAIN: Final = {"e": "u", "i": "u", "y": "u"}


def _latin_vowels(word: str) -> str:
    out = []
    iotated = False
    for i, c in enumerate(word):
        kind = _LATIN_CLASS.get(c)
        if kind is None:
            iotated = False
            continue
        after = word[i + 1] if i + 1 < len(word) else ""
        if kind == "i" and after in _LATIN_CLASS and after not in "iy" and not iotated:
            iotated = True  # ia, ie, io, iu, ya ...: the next vowel's iotation
            continue
        before = word[i - 1] if i else ""
        if before in _LATIN_CLASS and not iotated and (c == "u" or kind == "i"):
            continue  # ў (au, ou) or й (ai, ey) after a vowel
        out.append(_IOTATED.get(c, kind) if iotated else _PLAIN.get(c, kind))
        iotated = False
    return "".join(out)


def vowels_differ(x: Token, y: Token) -> bool:
    """Two spellings of one skeleton (Cyrillic, or a plain Latin romanization) whose vowels
    cannot be one name's: as many vowels, and a pair before the last (which may be a case
    ending's: Калеснікавай / Калеснікаву) of which one is а/о/е/я/э/ё and the other и/і/ы,
    or ю against either (Борин / Бірын: о/і; Юсиф / Iasef).  Words with more or fewer vowels
    (Саідалі / Saidali, whose ai may be а-і or ай) are left to the other rules.

    >>> from belnews.names.key import tokens_of
    >>> pairs = ("Борин Бірын", "Тихановская Ціханоўская", "Borin Бірын", "Byubyj Быўбы")
    >>> [vowels_differ(*tokens_of(pair)) for pair in pairs]
    [True, False, True, False]
    """
    a, b = _vowels(x.text), _vowels(y.text)
    return len(a) == len(b) > 1 and any(pair in _APART for pair in zip(a[:-1], b[:-1], strict=True))


# The hissing and hushing consonants of a Cyrillic spelling, which a Belarusian and a Russian
# spelling of one name keep apart (с/з against ш/ж/щ; шч is Russian щ), though the skeleton
# merges them for other languages' spellings (Polish sz, s).
_SIBILANT_CLASS: Final = dict.fromkeys("сз", "s") | dict.fromkeys("шжщ", "h")
_SIBILANT: Final = re.compile("[сзшжщ]")


@functools.lru_cache(maxsize=1 << 16)
def _sibilants(text: str) -> str:
    """The sibilant classes of a Cyrillic word in order, a run of one class once ("" when the
    word has a Latin letter)."""
    word = unicodedata.normalize("NFC", text.lower())
    if word.isascii() or _LATIN_LETTER.search(word):
        return ""
    out = [_SIBILANT_CLASS[c] for c in _SIBILANT.findall(word)]
    return "".join(c for i, c in enumerate(out) if i == 0 or out[i - 1] != c)


def sibilants_differ(x: Token, y: Token) -> bool:
    """Two Cyrillic spellings of one skeleton with as many sibilants, one a с/з where the other
    has a ш/ж/щ (Мыскина / Мышкіна): not one name's be and ru forms.

    >>> from belnews.names.key import tokens_of
    >>> [sibilants_differ(*tokens_of(pair)) for pair in ("Мыскина Мышкіна", "Шчаглоў Щеглов")]
    [True, False]
    """
    a, b = _sibilants(x.text), _sibilants(y.text)
    return len(a) == len(b) > 0 and a != b
