"""``resolve`` and ``Resolver``: every name mention of a corpus, grouped into persons."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, Union, cast

from belnews.errors import DuplicateDocumentError
from belnews.names import NameIndex, NameMention, find_names
from belnews.news import Article
from belnews.people.cluster import Record, cluster_block, records_of
from belnews.people.finalize import finalize
from belnews.people.models import Resolution

__all__ = ["Document", "Resolver", "mentions_of", "resolve"]

#: What a document may be: an :class:`Article`, plain text, or mentions found already.
Document = Union[Article, str, Sequence[NameMention]]  # noqa: UP007 - a runtime alias


def mentions_of(obj: Document) -> tuple[NameMention, ...]:
    """The name mentions of one document (``find_names`` on text, ``.names`` of an Article)."""
    if isinstance(obj, Article):
        return tuple(obj.names)
    if isinstance(obj, str):
        return find_names(obj)
    if isinstance(obj, Sequence) and all(isinstance(m, NameMention) for m in obj):
        return tuple(cast("Sequence[NameMention]", obj))
    raise TypeError(
        "a document must be an Article, a str or a sequence of NameMention, "
        f"not {type(obj).__name__}"
    )


def _check_doc(doc_id: object) -> str:
    if type(doc_id) is not str:
        raise TypeError(f"a document id must be a str, not {type(doc_id).__name__}")
    return doc_id


class Resolver:
    """Collects documents one by one, then groups their mentions into persons.

    Each document has its own id: adding an id a second time raises
    :class:`~belnews.errors.DuplicateDocumentError` (a ``ValueError``) and leaves the resolver
    as it was, since a mention's span indexes its document's text (and the mentions of a
    document added twice would count twice).  :meth:`add_records` takes records as they come
    and checks no ids.

    >>> r = Resolver()
    >>> r.add("a", "Святлана Ціханоўская сустрэлася з Аляксандрам Лукашэнкам.")
    2
    >>> r.add("b", "Sviatlana Tsikhanouskaya said Lukashenko lost.")
    2
    >>> [(p.cyrillic, p.documents) for p in r.result()][:2]
    [('Аляксандр Лукашэнка', ('a', 'b')), ('Святлана Ціханоўская', ('a', 'b'))]
    """

    def __init__(self, *, index: NameIndex | None = None) -> None:
        if index is not None and not isinstance(index, NameIndex):
            raise TypeError(f"index must be a NameIndex, not {type(index).__name__}")
        self.index = index
        self.documents = 0
        self.mentions = 0
        self._blocks: dict[str, list[Record]] = defaultdict(list)
        self._ids: set[str] = set()  # the ids :meth:`add` took

    def add(self, doc_id: str, obj: Document, /) -> int:
        """Add one document; returns how many mentions it holds (cheap: no clustering yet).

        An id added before raises :class:`~belnews.errors.DuplicateDocumentError`.
        """
        doc_id = _check_doc(doc_id)
        if doc_id in self._ids:
            raise DuplicateDocumentError(doc_id)
        records = records_of(doc_id, mentions_of(obj))
        for record in records:
            self._blocks[record.block].append(record)
        self._ids.add(doc_id)
        self.documents += 1
        self.mentions += len(records)
        return len(records)

    def add_records(self, records: Iterable[Record], /) -> None:
        """Add records made elsewhere (by :func:`belnews.people.cluster.records_of`)."""
        for record in records:
            self._blocks[record.block].append(record)
            self.mentions += 1

    def result(self) -> Resolution:
        """The persons of everything added so far (may be called again after more ``add``)."""
        clusters = [
            c for _, records in sorted(self._blocks.items()) for c in cluster_block(records)
        ]
        return finalize(clusters, index=self.index, documents=self.documents)


def _pairs(items: Iterable[Any]) -> Iterable[tuple[str, Document]]:
    for position, item in enumerate(items):
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str):
            yield item[0], item[1]
        else:
            yield str(position), item


def resolve(items: Iterable[Any], /, *, index: NameIndex | None = None) -> Resolution:
    """Group every name mention of a corpus into persons.

    ``items`` are ``(doc_id, document)`` pairs or bare documents (their ids are their positions
    as strings); a document is an :class:`Article`, a text, or a sequence of
    :class:`NameMention`.  With an ``index``, a person found in it keeps its id.  An id given
    twice raises :class:`~belnews.errors.DuplicateDocumentError` (mixing pairs and bare
    documents: a pair's id may be a bare document's position).

    >>> res = resolve(["Сяргей Ціханоўскі і Святлана Ціханоўская.", "Siarhiej Cichanoŭski"])
    >>> [(p.cyrillic, p.mention_count) for p in res]
    [('Сяргей Ціханоўскі', 2), ('Святлана Ціханоўская', 1)]
    """
    if isinstance(items, (str, bytes)):  # (a text is iterable, one letter per "document")
        raise TypeError("resolve() takes documents, not one text: resolve([text])")
    resolver = Resolver(index=index)
    for doc_id, obj in _pairs(items):
        resolver.add(doc_id, obj)
    return resolver.result()
