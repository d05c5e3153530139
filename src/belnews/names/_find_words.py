"""The word lists and small context rules of :func:`belnews.find_names` (what stands next to a
name, what never is one): data, kept apart from the scanner in ``find.py``."""

from __future__ import annotations

import re
from typing import Any, Final

import regex

from belnews._language_codes import primary_subtag
from belnews.names.parts import POSSESSIVE_ENDINGS, TITLES
from belnews.text import findall_words

__all__: list[str] = []  # private to belnews.names.find

# Endings of surnames (lower case; a word is compared by str.endswith, in C).
_SURNAME_ENDINGS: Final = tuple(
    str.split(
        "enka enko ski skaja skaya skaia ska cki ckaja tski tskaya vich vič wicz ovich evich "
        "ava ova eva aŭ au ov ev ow in ina uk iuk chuk onak enak "
        "енка энка енко скі ская скай скую скага скаму скім цкі цкая цкай ский ского скому ским "
        "ской віч віча вічу вічам вич вича вичу ава авай аву ова овой ову аў оў ов ін іна "
        "ук юк чук онак енак ёнак skaj skuju skaha skim ckaj "
        # case forms of -енка/-энка and -ін/-ин (and -аў's instrumental), as the lines above list
        # them for -скі, -віч, -ава: "з Лукашэнкам", "паводле Лукашэнкі", "з Пуціным" (not -овым:
        # "з Новым годам")
        "енкі энкі енку энку енкам энкам enki enku enkam іну іным ину иным авым"
    )
)


_SURNAME_LAST_TWO: Final = frozenset(ending[-2:] for ending in _SURNAME_ENDINGS)  # (all have two+)


def _surname_ending(word: str) -> bool:
    lowered = word.lower()  # (the last two letters first: one set look-up for most words)
    return lowered[-2:] in _SURNAME_LAST_TWO and lowered.endswith(_SURNAME_ENDINGS)


# Endings no word but a surname has (the -енка / -віч families, in their case forms): a word
# with one is read as a surname even at the start of a sentence ("Статкевіч прыехаў у
# Берасьце", "Лукашэнка заявіў"), where any other capitalised word is left alone.  (-скі,
# -ава, -аў are adjectives, nouns and verbs too: Беларускі, Пастанова, Працаваў.)
_STRONG_SURNAME_ENDINGS: Final = tuple(
    str.split(
        "енка энка енко енкі энкі енку энку енкам энкам віч вич віча вича вічу вичу вічам "
        "вичем вічы вичи enka enko enki enku enkam vich vič wicz vych"
    )
)


def _acronym(word: str, before: str) -> bool:
    """A short word in capitals after a word that is not (``before``): an acronym that ends a
    name's run ("Янкі Купалы АН БССР"), not a surname in capitals ("Сяргей ЦІХАНОЎСКІ", "Jan
    NOWAK")."""
    return 2 <= len(word) <= 4 and word.isupper() and word.isalpha() and not before.isupper()


def _strong_surname_ending(folded: str) -> bool:
    """A casefolded word with a surname ending no other word has (see above)."""
    return len(folded) > 4 and folded.endswith(_STRONG_SURNAME_ENDINGS)


# Languages known NOT to decline personal names: in a text in one of them a name is written in
# its nominative ("Andrea" is no genitive of *Andrej), so it is taken as it is written.  Every
# other value - a Slavic or Baltic language (Лукашэнку, Cichanouskiej, Cichanouskajos), "und",
# "mul", "zxx", a code not known here - is read for case forms, as when no language is given.
# (The six of ``belnews.news.language`` that do not decline, and a few Germanic and Romance.)
_NO_CASE_LANGUAGES: Final = frozenset(
    str.split("en de fr es pt it nl ca gl oc sv da no nb nn af fy lb")
)


def _declines_names(language: str | None) -> bool:
    """Whether names are read for case forms in a text of ``language``: yes unless it is known
    not to decline them (``None``, "", "und", "bel", "be_BY", "pl", "xx" ... yes; "en", "EN-us",
    "deu", "fr" ... no)."""
    return not language or primary_subtag(language) not in _NO_CASE_LANGUAGES


# Sentence punctuation (and the quotes or brackets that may follow it) right before a word.
_SENTENCE_END: Final = re.compile(r"[.!?…:]\s*[\"'«»“”„(\[-]*\s*$")
_MAX_RUN: Final = 4
_MAX_WORD: Final = 40  # letters; a longer "word" is no name (and keeps hostile input cheap)
_MAX_CACHED_RUN: Final = 200  # characters; longer runs are planned without being cached
_TITLES: Final = frozenset({"mr", "ms", "dr", "st", "sr", "jr"})
# A lower-case letter followed by a capitalised word: a lost space ("PoliticsŁukašenka").
_GLUED: Final = regex.compile(r"(?<=\p{Ll})(?=\p{Lu}\p{Ll})")
_COUNTRY_ADJECTIVE: Final = re.compile(
    r"(?i)^(?:бел[аоеo]рус|biełarus|belarus|рас[іе]|росс|russ|poland|польс)"
)
_POSSESSIVE: Final = POSSESSIVE_ENDINGS
# Capitalised words that often stand next to a name but are not part of it.
_NOT_NAME: Final = TITLES | frozenset(
    {
        "the", "a", "an", "in",
        "on", "at", "of", "and", "but", "for", "with", "from", "by", "to", "as", "if", "when",
        "belarus", "belarusian", "russia", "russian", "minsk", "moscow", "ukraine", "poland",
        "беларусь", "беларусі", "мінск", "расія", "украіна", "польшча", "россия", "минск",
        "kremlin", "кремль", "крэмль", "china", "argentina", "lithuania", "latvia",
        # English months and weekdays (capitalised in running text, never a name here)
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday",
    }
)  # fmt: skip
# Words that are capitalised in English only because they name an organisation, office or place;
# a segment holding one is not a foreign person's name.
_NOT_PERSON_WORD: Final = frozenset(
    {
        "court", "office", "ministry", "committee", "council", "party", "union", "republic",
        "state", "states", "nations", "bank", "agency", "service", "army", "forces", "university",
        "house", "square", "street", "avenue", "region", "district", "city", "centre", "center",
        "criminal", "international", "european", "national", "united", "human", "rights",
        "hague", "charter", "news", "press", "radio", "television", "tv", "channel", "telegram",
        "facebook", "twitter", "threads", "instagram", "youtube", "kgb", "covid", "prison",
        "colony", "detention", "department", "group", "movement", "front", "assembly",
        "parliament", "government", "federation", "organization", "organisation", "foundation",
        "institute", "school", "church", "cathedral", "museum", "theatre", "theater", "airport",
        "railway", "station", "company", "corporation", "inc", "ltd", "day", "week", "year",
        "firm", "law", "media", "online", "portal", "cup", "hospital", "island", "islands",
        "auditorium", "times", "stadium", "arena", "prize", "awards", "hotel", "league", "college",
        "club", "festival", "journal", "magazine", "gazette", "tribune", "fellowship", "memorial",
        "trophy", "medal",
        # the saint that opens a place's name (Santa Cruz, San Diego, São Paulo, Sankt Gallen)
        "saint", "sainte", "santa", "santo", "san", "são", "sankt",
        "he", "she", "they", "we", "it", "this", "that", "these", "those", "there", "here",
        "his", "her", "their", "our", "its", "after", "before", "later", "then", "also",
        "however", "according", "meanwhile", "earlier", "today", "yesterday", "tomorrow",
    }
)  # fmt: skip
# English given names that are also common words: a lone one is not taken for a person.
_AMBIGUOUS_GIVEN: Final = frozenset({"may", "will", "mark", "bill", "art", "roman", "vera", "hope"})
# A title or a verb of saying shortly before a run: "judge Iulia Motoc", "said Socorro ...".
_PERSON_WORDS: Final = frozenset(
    str.split(
        "judge judges said says told asked according ambassador prosecutor lawyer activist "
        "journalist blogger politician minister president chairman chairwoman spokesperson "
        "spokesman spokeswoman rapporteur commissioner mr mrs ms dr sir professor director "
        "leader candidate wife husband son daughter mother father brother sister"
    )
)
# Belarusian and Russian titles and verbs of saying: they announce a name in Latin letters in a
# Belarusian or Russian story ("суддзя Iulia Motoc"); before Cyrillic words they are not enough
# ("міністр замежных спраў Літвы Аўдронюс Ажубаліс": the genitive "Літвы" is no part of a name).
_PERSON_WORDS_BE_RU: Final = frozenset(
    str.split(
        "суддзя суддзі сказаў сказала сказалі паведаміў паведаміла заявіў заявіла адзначыў "
        "адзначыла міністр міністра прэзідэнт прэзідэнта старшыня адвакат амбасадар пасол "
        "дэпутат журналіст журналістка праваабаронца дакладчык дакладчыца спікер "
        "судья судьи сказал сказала сообщил сообщила заявил заявила отметил отметила министр "
        "президент председатель адвокат посол депутат журналист правозащитник докладчик"
    )
)
_BEFORE: Final = 52  # characters looked at before a run for a title or a verb of saying


def _any_of(words: frozenset[str]) -> re.Pattern[str]:
    """A pattern that finds a piece of text when any of ``words`` is in it (what it matches is
    not used, only whether it matches): the words as a trie of alternations, so ``re`` follows
    one branch per letter instead of trying every word at every place (3x faster here); a word
    that another one begins with stands for both ("mr" for "mrs")."""
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return re.compile(_alternation(tree))


def _alternation(node: dict[str, dict[str, Any]]) -> str:
    if "" in node:  # a word ends here: a longer word holds it
        return ""
    branches = [re.escape(char) + _alternation(child) for char, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


# Any of those words as a piece of text: a cheap, exact "no" before the words are split out (the
# Belarusian and Russian words count only before a name in Latin letters, so only then are they
# looked for).
_ANY_PERSON_WORD: Final = _any_of(_PERSON_WORDS)
_ANY_PERSON_WORD_LATIN: Final = _any_of(_PERSON_WORDS | _PERSON_WORDS_BE_RU)


def _person_before(text: str, start: int, *, latin: bool = False) -> bool:
    """A title or a verb of saying shortly before, in the same sentence: "judge Iulia Motoc"
    (and, before a name in Latin letters, "суддзя Iulia Motoc")."""
    lo = max(0, start - _BEFORE)
    cut = max(text.rfind(".", lo, start), text.rfind("!", lo, start))
    cut = max(cut, text.rfind("?", lo, start), text.rfind("\n", lo, start), lo - 1)
    quick = _ANY_PERSON_WORD_LATIN if latin else _ANY_PERSON_WORD
    if quick.search(text[cut + 1 : start].lower()) is None:
        return False  # (a word that is one in lower case is a piece of the lower-cased text)
    words = {w.lower() for w in findall_words(text, cut + 1, start)}
    if not _PERSON_WORDS.isdisjoint(words):
        return True
    return latin and not _PERSON_WORDS_BE_RU.isdisjoint(words)


# "... Iulia Motoc said", "Iulia Motoc, the judge, ..."
_PERSON_AFTER: Final = re.compile(
    r"(?:,? (?:said|says|told|added|noted|stressed|wrote|stated|explained|asked)\b"
    r"|, (?:a|an|the|who|head|judge|former|chief)\b)"
)
_OPENING_QUOTES: Final = frozenset("“„«\"'‘")
# A lowercase noun after a lone -скі/-ская word makes it an adjective: "Віцебскай вобласці".
_PLACE_NOUN: Final = re.compile(
    r"[ \u00a0](?:вобласц|вобл\.|раён|раѐн|рэгіён|вуліц|плошч|праспект|сельсавет|павет|"
    r"губерн|ваяводств|княств|акруг|універсітэт|тэатр|возер|вазёр|рак[аіу]|пушч|гар[аыу]|"
    r"мов[аыеу]|царкв|сабор|касцёл|замак|замк|завод|фабрык|рэспублік|"
    r"област|район|регион|улиц|площад|губерни|округ|университет|театр|озер|церкв|собор|"
    r"voblasc|rajon|vulic|plošč|univiersit)"
)
# What stands between two names of one list: "Iulia Motoc, Reine Alapini-Gansou and ...".
_LIST_GAPS: Final = frozenset({", ", " and ", ", and ", " і ", " и ", " i ", " ды ", " a ", ", а "})
_LONGEST_GAP: Final = max(map(len, _LIST_GAPS))


# _SENTENCE_END by str.rstrip (C, no regex search at each of the 12 places): its three parts are
# disjoint sets of characters (``re``'s \s is str.isspace), so stripping the spaces, the quotes
# and brackets, then the spaces again from the end leaves the sentence mark last, if any.
_SENTENCE_MARKS: Final = frozenset(".!?…:")
_AFTER_MARK: Final = "\"'«»“”„([-"


def _starts_sentence(text: str, start: int) -> bool:
    """Whether ``start`` follows a sentence mark (and quotes, brackets and spaces) within the
    12 characters before it: ``_SENTENCE_END.search(text, start - 12, start)``."""
    if start == 0:
        return True
    before = text[max(0, start - 12) : start].rstrip().rstrip(_AFTER_MARK).rstrip()
    return before[-1:] in _SENTENCE_MARKS
