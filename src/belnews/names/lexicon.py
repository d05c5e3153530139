"""The curated given-name table: lexical be <-> ru <-> Latin pairs no spelling rule derives.

``data/names/given_names.tsv`` groups the forms of one given name (Уладзімір / Владимир /
Vladimir, Зміцер / Дзмітрый / Дмитрий / Dmitry, Вольга / Ольга / Olga ...), each row with its
source.  It is read on first use, never at import.  A word is looked up by its skeleton
(:func:`belnews.names._skeleton.skeleton`), so every romanization of a listed form finds its
group without the table having to list them.
"""

from __future__ import annotations

import functools
import importlib.resources

import attrs

from belnews.names._outline import outline, word_outline
from belnews.names._skeleton import fine_skeleton, skeleton
from belnews.text import fold, has_cyrillic

__all__ = [
    "GivenName",
    "given_name_group",
    "given_names",
    "group_of_form",
    "is_ambiguous_given",
    "is_given_form",
    "listed_skeletons",
]


@attrs.frozen
class GivenName:
    """One group of the given-name table: the forms of one name in each language."""

    group_id: str
    be: tuple[str, ...]
    ru: tuple[str, ...]
    latin: tuple[str, ...]
    gender: str  #: "m" or "f"
    source: str

    @property
    def forms(self) -> tuple[str, ...]:
        """Every listed form: Belarusian, then Russian, then the extra Latin forms."""
        return self.be + self.ru + self.latin


def _split(cell: str) -> tuple[str, ...]:
    return tuple(form.strip() for form in cell.split("|") if form.strip())


def names_data(file_name: str) -> str:
    """The text of one file of the package's ``data/names`` folder."""
    return (
        importlib.resources.files("belnews")
        .joinpath("data")
        .joinpath("names")
        .joinpath(file_name)
        .read_text(encoding="utf-8")
    )


@functools.cache
def given_names() -> dict[str, GivenName]:
    """The table as ``{group_id: GivenName}`` (read once, on first use)."""
    text = names_data("given_names.tsv")
    groups: dict[str, GivenName] = {}
    for line in text.splitlines()[1:]:
        if not line.strip() or line.startswith("#"):
            continue
        cells = (line.split("\t") + [""] * 6)[:6]
        group_id, be, ru, latin, gender, source = (cell.strip() for cell in cells)
        groups[group_id] = GivenName(
            group_id, _split(be), _split(ru), _split(latin), gender or "m", source
        )
    return groups


@functools.cache
def _by_skeleton() -> dict[str, str]:
    """Skeleton of every listed form -> group id.

    Cyrillic forms come first: an extra Latin form whose skeleton is a Cyrillic form of another
    group is dropped (Xenia, listed under Аксана, folds like Ганна).  A skeleton that two groups
    share at the same level is left out altogether.
    """
    index: dict[str, str] = {}
    for level in ("cyrillic", "latin"):
        found: dict[str, set[str]] = {}
        for group in given_names().values():
            forms = group.be + group.ru if level == "cyrillic" else group.latin
            for form in forms:
                found.setdefault(skeleton(form.replace("-", "")), set()).add(group.group_id)
        for key, ids in found.items():
            if key and key not in index and len(ids) == 1:
                index[key] = next(iter(ids))
            elif len(ids) > 1 and level == "cyrillic":
                index.setdefault(key, "")
    return {key: group for key, group in index.items() if group}


@functools.cache
def _ambiguous() -> frozenset[str]:
    """Skeletons of listed forms that belong to more than one group (left out of the index)."""
    found: dict[str, set[str]] = {}
    for group in given_names().values():
        for form in group.forms:
            found.setdefault(skeleton(form.replace("-", "")), set()).add(group.group_id)
    return frozenset(key for key, ids in found.items() if len(ids) > 1)


@functools.cache
def _by_form() -> dict[str, str]:
    """Every listed form as written (case and marks folded) -> group id, when only one has it.

    A listed spelling names its group even when its skeleton is another group's: Helena is
    listed under Алена although it folds like Галіна, Alexandre (French Аляксандр) folds like
    Alexandra, Eugene like Eugenia.  The skeleton index cannot tell those apart; the exact
    spelling can.
    """
    found: dict[str, set[str]] = {}
    for group in given_names().values():
        for form in group.forms:
            found.setdefault(fold(form), set()).add(group.group_id)
    return {form: next(iter(ids)) for form, ids in found.items() if len(ids) == 1 and form}


@functools.cache
def listed_skeletons() -> frozenset[str]:
    """Skeletons of every listed form: a word with another skeleton is no listed spelling."""
    return frozenset(
        skeleton(form.replace("-", "")) for group in given_names().values() for form in group.forms
    )


@functools.lru_cache(maxsize=1 << 16)
def group_of_form(word: str, /) -> str | None:
    """The group of a word spelled exactly as a listed form (case and marks aside), or ``None``.

    >>> group_of_form("Helena"), group_of_form("ALEXANDRE"), group_of_form("Halina")
    ('alena', 'aliaksandr', 'halina')
    """
    return _by_form().get(fold(word))


def is_ambiguous_given(word_skeleton: str, /) -> bool:
    """True when two given-name groups share this skeleton (Eugene / Eugenia)."""
    return word_skeleton in _ambiguous()


def given_name_group(word: str, /) -> GivenName | None:
    """The group of the given name ``word`` in any script or spelling, or ``None``.

    >>> given_name_group("Uladzimir").group_id, given_name_group("Владимир").group_id
    ('uladzimir', 'uladzimir')
    >>> given_name_group("Лукашэнка") is None
    True
    """
    group_id = group_of_form(word) or _by_skeleton().get(skeleton(word))
    return None if group_id is None else given_names()[group_id]


def group_of_skeleton(word_skeleton: str, /) -> str | None:
    """The group id for an already computed skeleton (the hot path of the key)."""
    return _by_skeleton().get(word_skeleton)


@functools.cache
def _fine_forms(cyrillic: bool) -> frozenset[str]:
    """Fine skeletons of the Cyrillic forms, or of all forms (Latin words: "Mary" is one)."""
    return frozenset(
        fine_skeleton(form.replace("-", ""))
        for group in given_names().values()
        for form in (group.be + group.ru if cyrillic else group.forms)
    )


@functools.cache
def _form_outlines(cyrillic: bool) -> frozenset[str]:
    """The outlines (``belnews.names._outline``) of the listed forms' fine skeletons."""
    return frozenset(outline(form) for form in _fine_forms(cyrillic))


@functools.lru_cache(maxsize=1 << 16)
def is_given_form(word: str, /) -> bool:
    """True when ``word`` spells a listed given name exactly (not an inflected form of one).

    >>> is_given_form("Аляксандр"), is_given_form("Aliaksandr"), is_given_form("Аляксандру")
    (True, True, False)
    """
    cyrillic = has_cyrillic(word)
    letters = word_outline(word)
    if letters is not None and letters not in _form_outlines(cyrillic):
        return False  # a cheap, exact "no" (most words): see belnews.names._outline
    return fine_skeleton(word) in _fine_forms(cyrillic)
