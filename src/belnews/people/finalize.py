"""From clusters of records to :class:`Person` values: canonical spellings, index ids, merging."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Literal

from belnews.errors import BelnewsError
from belnews.names import MatchKind, NameIndex
from belnews.names.key import tokens_of
from belnews.people.cluster import Record
from belnews.people.models import Person, PersonMention, Resolution
from belnews.text import BELARUSIAN_ONLY, LACINKA_ONLY, RUSSIAN_ONLY, has_cyrillic

__all__ = ["canonical", "finalize"]

_MAX_TRIES = 3  # distinct nominatives of a person looked up in an index


def _words(base: str) -> int:
    return sum(1 for t in tokens_of(base) if not t.initial and not t.patronymic)


def _preference(base: str, count: int) -> tuple[int, int, int, int, int, str]:
    """Most words first, then Belarusian Cyrillic, other Cyrillic, then a name written in
    capitals last (a headline's "ПАВЕЛ ЛАТУШКА" is the same name), then the most frequent."""
    belarusian = any(c in BELARUSIAN_ONLY for c in base)
    script = 0 if belarusian else 1 if has_cyrillic(base) else 2
    return (-_words(base), script, base.isupper(), -count, len(base), base)


def _spell(text: str, system: str, lang: Literal["be", "ru"]) -> str:
    from belnews.translit import to_latin

    try:
        return to_latin(text, system, lang=lang, errors="ignore")
    except BelnewsError:  # a system that cannot spell this name: no spelling, said as ""
        return ""


def canonical(bases: Counter[str]) -> tuple[str, str, str]:
    """(Cyrillic, Łacinka, passport) spellings of a person seen under these nominatives."""
    ranked = sorted(bases, key=lambda b: _preference(b, bases[b]))
    best = ranked[0]
    cyrillic = next((b for b in ranked if has_cyrillic(b) and _words(b) == _words(best)), "")
    if cyrillic:
        lang: Literal["be", "ru"] = "ru" if any(c in RUSSIAN_ONLY for c in cyrillic) else "be"
        lacinka = _spell(cyrillic, "lacinka", lang) if lang == "be" else ""
        return cyrillic, lacinka, _spell(cyrillic, "passport", lang)
    if any(c in LACINKA_ONLY for c in best):
        from belnews.translit import to_cyrillic

        cyrillic = to_cyrillic(best, "lacinka")
        return cyrillic, best, _spell(cyrillic, "passport", "be")
    return "", "", best


def _known_id(bases: Counter[str], index: NameIndex | None) -> str | None:
    if index is None or len(index) == 0:
        return None
    ranked = sorted(bases, key=lambda b: _preference(b, bases[b]))
    for base in ranked[:_MAX_TRIES]:
        best: dict[str, float] = {}  # id -> its best score (an id may be filed under many names)
        for found in index.lookup(base, limit=10, min_kind=MatchKind.CROSS_LANGUAGE):
            key = str(found.id)
            best[key] = max(best.get(key, 0.0), found.match.score)
        ranked_ids = sorted(best, key=lambda k: (-best[k], k))
        if ranked_ids and (len(ranked_ids) == 1 or best[ranked_ids[0]] > best[ranked_ids[1]]):
            return ranked_ids[0]
    return None


def finalize(
    clusters: Iterable[tuple[Record, ...]], *, index: NameIndex | None, documents: int
) -> Resolution:
    """The persons of a corpus from the clusters of every block (in any order)."""
    by_id: dict[str, list[Record]] = {}
    new: list[tuple[Record, ...]] = []
    for cluster in clusters:
        known = _known_id(Counter(r.base for r in cluster), index)
        if known is None:
            new.append(cluster)
        else:
            by_id.setdefault(known, []).extend(cluster)
    new.sort(key=lambda c: (min(r.key for r in c), c[0].doc, c[0].start))
    groups = [(id_, True, records) for id_, records in sorted(by_id.items())]
    groups += [(f"new:{n}", False, list(c)) for n, c in enumerate(new, 1)]
    persons = [_person(id_, known, records) for id_, known, records in groups]
    persons.sort(key=lambda p: (-p.mention_count, p.id))
    return Resolution(tuple(persons), documents, sum(p.mention_count for p in persons))


def _person(id_: str, known: bool, records: list[Record]) -> Person:
    records = sorted(records, key=lambda r: (r.doc, r.start, r.end))
    cyrillic, lacinka, passport = canonical(Counter(r.base for r in records))
    surfaces = Counter(r.surface for r in records)
    spellings = tuple(sorted(surfaces, key=lambda s: (-surfaces[s], s)))
    mentions = tuple(PersonMention(r.doc, r.start, r.end, r.surface) for r in records)
    return Person(id_, known, cyrillic, lacinka, passport, spellings, mentions)
