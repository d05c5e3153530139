"""``name_parts``: the typed parts of a personal name - given name, patronymic, surname, particle,
initial - in any script and word order.

A part's role is read by a short list of named rules, first from the word itself (an initial;
a particle such as von, de, al; a patronymic made from a given name in any language: Уладзіміравіч,
Vladimirovich, Wladimirowitsch, Alexandrowna), then from the order the name is written in
("SURNAME, Given Patronymic"; an all-caps word among capitalised ones is the surname, as
sanctions lists print it), then from the given-name lexicons; whatever is left is a surname.

:func:`belnews.match_names` weights the parts it pairs and leaves over the same way: a surname
counts more than a given name, a given name more than a patronymic, and a part present on one
side only costs score instead of sinking the match.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, Literal

import attrs

from belnews.errors import ensure_str
from belnews.names._rules_readings import patronymic_group
from belnews.names._tokens import Token
from belnews.names.key import tokens_of

__all__ = ["NamePart", "PartRole", "name_parts"]

PartRole = Literal["given", "patronymic", "surname", "particle", "initial"]

#: Titles and offices written before a name ("Prime Minister Boris Johnson", "CEO Andy Vesey",
#: "суддзя Iulia Motoc"), in lower case: never a word of the name itself.
TITLES: Final = frozenset(
    {
        "president", "mr", "mrs", "ms", "dr", "leader", "minister",
        "judge", "judges", "prosecutor", "lawyer", "ambassador", "chairman", "chairwoman",
        "head", "deputy", "general", "colonel", "major", "captain", "senator", "sir", "lady",
        "prime", "secretary", "spokesperson", "spokesman", "spokeswoman", "professor", "prof",
        "chief", "police", "officer", "interim", "acting", "governor", "mayor", "director",
        "commissioner", "sheriff", "detective", "sergeant", "lieutenant", "coach", "manager",
        "executive", "ceo", "cfo", "coo", "cto", "mp", "mep", "administrator", "attorney",
        "adviser", "advisor", "envoy", "chancellor", "editor", "founder", "commander", "consul",
        "counsel", "representative",
        "суддзя", "суддзі", "судья", "судьи", "прэзідэнт", "президент", "міністр", "министр",
        "старшыня", "председатель", "амбасадар", "пасол", "посол", "адвакат", "адвокат",
    }
)  # fmt: skip
#: The endings of an English possessive written after a name ("Lukashenka's").
POSSESSIVE_ENDINGS: Final = ("'s", "’s", "ʼs")
#: The titles that are a form of address, written with the name ("Mr. Reeves"), not an office.
HONORIFICS: Final = frozenset({"mr", "mrs", "ms", "dr", "sir", "lady"})
#: Lower-case words that join a surname rather than name a person (von, de, al ...).
PARTICLES: Final = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "del", "della", "du", "la", "le", "al", "el"}
    | {"bin", "ibn", "ben", "ter", "zu", "af"}
)
_MAX_WORDS = 16  # a longer "name" is typed on its first 16 words (bounded work)


@attrs.frozen
class NamePart:
    """One word of a name with its role; ``group`` is the given-name group of a given name, or
    the group of the father's name a patronymic is made from."""

    text: str
    role: PartRole
    group: str | None = None


def _given_group(token: Token) -> str | None:
    if token.group is not None:
        return token.group
    from belnews.names.given import given_name_groups

    senses = given_name_groups(token.text)
    return min(sense.group for sense in senses) if senses else None


class _Context:
    """What the order rules need to know about the whole name."""

    def __init__(self, name: str, tokens: tuple[Token, ...]) -> None:
        head = name.split(",", 1)[0] if "," in name else ""
        self.before_comma = {t.text for t in tokens_of(head)} if head.strip() else set()
        words = [t for t in tokens if not t.initial and sum(c.isalpha() for c in t.text) > 1]
        upper = [t for t in words if t.text.isupper()]
        self.caps = {t.text for t in upper} if 0 < len(upper) < len(words) else set()


_RoleRule = Callable[[Token, _Context], NamePart | None]


def _initial(token: Token, ctx: _Context) -> NamePart | None:
    return NamePart(token.text, "initial") if token.initial else None


def _particle(token: Token, ctx: _Context) -> NamePart | None:
    return NamePart(token.text, "particle") if token.text in PARTICLES else None


def _patronymic(token: Token, ctx: _Context) -> NamePart | None:
    if not token.patronymic:
        return None
    return NamePart(token.text, "patronymic", patronymic_group(token.text))


def _surname_by_order(token: Token, ctx: _Context) -> NamePart | None:
    if token.text in ctx.before_comma or token.text in ctx.caps:
        return NamePart(token.text, "surname")
    return None


def _given(token: Token, ctx: _Context) -> NamePart | None:
    group = _given_group(token)
    return None if group is None else NamePart(token.text, "given", group)


#: The role rules, in the order they are tried; a word no rule claims is a surname.
ROLE_RULES: Final[tuple[tuple[str, _RoleRule], ...]] = (
    ("initial", _initial),
    ("particle", _particle),
    ("patronymic", _patronymic),
    ("surname by order", _surname_by_order),
    ("given name", _given),
)


def _part(token: Token, ctx: _Context) -> NamePart:
    for _, rule in ROLE_RULES:
        found = rule(token, ctx)
        if found is not None:
            return found
    return NamePart(token.text, "surname")


def name_parts(name: str, /) -> tuple[NamePart, ...]:
    """The words of ``name`` with their roles, in the order written.

    >>> [(p.text, p.role) for p in name_parts("MAKEI, Uladzimir Uladzimiravich")]
    [('MAKEI', 'surname'), ('Uladzimir', 'given'), ('Uladzimiravich', 'patronymic')]
    >>> [p.role for p in name_parts("Лідзія Міхайлаўна Ярмошына")]
    ['given', 'patronymic', 'surname']
    >>> name_parts("Lidia Mikhaylovna Yermoshina")[1]
    NamePart(text='Mikhaylovna', role='patronymic', group='michail')
    >>> [p.role for p in name_parts("A. Lukashenko")]
    ['initial', 'surname']
    """
    if type(name) is not str:
        name = ensure_str(name, "name")
    tokens = tokens_of(name)[:_MAX_WORDS]
    ctx = _Context(name, tokens)
    return tuple(_part(token, ctx) for token in tokens)
