"""Handlers of the name subcommands: names (find), match (one pair or a batch), people (resolve)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from belnews.cli._context import (
    ARTICLE_SUFFIXES,
    PAIR_SUFFIXES,
    TEXT_SUFFIXES,
    Context,
    file_of,
    guarded,
    line_of,
    record,
)
from belnews.cli._io import (
    ARGUMENT,
    EXIT_NO_MATCH,
    EXIT_OK,
    STDIN,
    InputError,
    Progress,
    UsageError,
    at,
    split_eol,
)


def run_names(ctx: Context) -> int:
    from belnews.names import find_names

    def process(source: str) -> None:
        for where, lineno, line in ctx.lines(source):
            for mention in find_names(split_eol(line)[0]):
                if ctx.json:
                    file, number = file_of(where), line_of(where, lineno)
                    row = record(file, number, mention.surface, mention.base)
                    row.update(start=mention.start, end=mention.end, key=mention.key)
                    ctx.emit(row)
                else:
                    position = at(where, lineno, "").rstrip(": ") or ARGUMENT
                    ctx.write(
                        f"{position}:{mention.start + 1}\t{mention.surface}\t"
                        f"{mention.base}\t{mention.key}\n"
                    )

    return ctx.each(ctx.sources(TEXT_SUFFIXES), process)


# ------------------------------------------------------------------------------------------ match


def _pair(line: str, where: str, lineno: int) -> tuple[str, str] | None:
    """A pair of names from one line of batch input: ``A<TAB>B`` or ``{"a": A, "b": B}``."""
    text = line.strip("\r\n")
    if not text.strip():
        return None
    if text.lstrip().startswith("{"):
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(at(where, lineno, f"not valid JSON ({exc.msg})")) from None
        a, b = (obj.get("a"), obj.get("b")) if isinstance(obj, dict) else (None, None)
        if not (isinstance(a, str) and isinstance(b, str)):
            raise InputError(at(where, lineno, 'a JSON pair needs string fields "a" and "b"'))
        return a, b
    fields = text.split("\t")
    if len(fields) < 2:
        raise InputError(at(where, lineno, "not a pair: give two names separated by a tab"))
    return fields[0], fields[1]


def _verdict_line(a: str, b: str, result: Any) -> str:
    """One batch result: verdict, kind, score, what linked the names, and the names (TSV)."""
    verdict = "match" if result.is_match else "no match"
    via = ", ".join(result.via)
    return f"{verdict}\t{result.kind.name}\t{result.score:.2f}\t{via}\t{a}\t{b}\n"


def _verdict_sentence(result: Any) -> str:
    """The verdict on one pair, for a person: what linked the names, or what did not suffice."""
    score = f"score {result.score:.2f}"
    if result.is_match:
        via = f", via {', '.join(result.via)}" if result.via else ""
        return f"match: {result.kind.name} ({score}{via})\n"
    # On a non-match `via` says why not ("same family name, different gender": relatives).
    why_not = f"; why not: {', '.join(result.via)}" if result.via else ""
    return f"no match: {result.kind.name} ({score}{why_not})\n"


def run_match(ctx: Context) -> int:
    from belnews.names import MatchKind, match_names

    min_kind = MatchKind[ctx.args.min_kind]

    def compare(a: str, b: str) -> Any:
        return match_names(a, b, min_kind=min_kind)

    names: list[str] = ctx.args.text
    if not ctx.args.input and names not in ([], ["-"]):
        if len(names) != 2:
            raise UsageError(
                "give two names (quote a name of several words), or none to read pairs from "
                "stdin or -i FILE"
            )
        ctx._check_text_is_not_a_path(names)
        result = compare(names[0], names[1])
        if ctx.json:
            ctx.emit(_match_record(None, None, names[0], names[1], result))
        else:
            ctx.write(_verdict_sentence(result))
        return EXIT_OK if result.is_match else EXIT_NO_MATCH

    misses = 0
    batch = ctx.batch
    batch.noun = "pairs"
    for source in ctx.sources(PAIR_SUFFIXES):
        try:
            for where, lineno, line in ctx.lines(source):
                try:
                    pair = _pair(line, where, lineno)
                except InputError as exc:
                    batch.total += 1
                    batch.fail(str(exc))  # one line each; the other pairs go on
                    continue
                if pair is None:
                    continue
                batch.total += 1
                result = compare(*pair)
                misses += not result.is_match
                if ctx.json:
                    ctx.emit(_match_record(file_of(where), line_of(where, lineno), *pair, result))
                else:
                    ctx.write(_verdict_line(*pair, result))
        except InputError as exc:  # an input that cannot be read (the pairs before it count)
            batch.total += 1
            batch.fail(str(exc))
    code = batch.finish()
    return code or (EXIT_NO_MATCH if misses else EXIT_OK)


def _match_record(
    file: str | None, line: int | None, a: str, b: str, result: Any
) -> dict[str, object]:
    return record(
        file,
        line,
        [a, b],
        result.is_match,
        kind=result.kind.name,
        score=result.score,
        via=list(result.via),
    )


# ----------------------------------------------------------------------------------------- people


def _documents(ctx: Context, source: str) -> Iterator[tuple[str, Any]]:
    """``(document id, article or mentions)`` from one input: an article, or parse's JSON Lines."""
    if source.lower().endswith((".jsonl", ".json")) or source in (STDIN, ARGUMENT):
        name, text = ctx.whole(source)
        if not text.lstrip().startswith("{"):  # one article's text
            yield name, _article(text)
            return
        yield from _jsonl_documents(name, text)
        return
    name, article = ctx.article(source)  # an HTML page stays bytes: it declares its encoding
    yield name, _article(article)


def _article(data: str | bytes) -> Any:
    """The article of one input, or the text itself when it is plain text that gives an article
    with neither body nor teasers (a bare name, a byline-like line, only furniture): the people
    of a text are never lost because the text does not look like a news page."""
    from belnews.news import parse_article
    from belnews.news.html import looks_like_html

    article = parse_article(data)
    if article.body or article.related or not isinstance(data, str) or looks_like_html(data):
        return article
    return data  # find_names reads the whole text


def _jsonl_documents(name: str, text: str) -> Iterator[tuple[str, Any]]:
    """The documents in JSON Lines written by ``belnews parse`` (the article is its "output")."""
    from belnews.names import NameMention

    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{name}:{lineno}: not valid JSON ({exc.msg})") from None
        article = obj.get("output", obj) if isinstance(obj, dict) else None
        if not isinstance(article, dict) or not isinstance(article.get("names"), list):
            raise InputError(f"{name}:{lineno}: not an article from `belnews parse`")
        doc = str(obj.get("id") or obj.get("file") or f"{name}:{lineno}")
        try:
            mentions = [NameMention(**mention) for mention in article["names"]]
        except TypeError:
            raise InputError(
                f"{name}:{lineno}: its names are not those `belnews parse` writes"
            ) from None
        yield doc, mentions


def run_people(ctx: Context) -> int:
    from belnews import Resolver

    resolver = Resolver()
    sources = ctx.sources((*ARTICLE_SUFFIXES, ".jsonl", ".json"))
    ctx.batch.progress = Progress(len(sources), "people")

    def process(source: str) -> None:
        for doc, obj in _documents(ctx, source):
            resolver.add(doc, obj)

    code = ctx.each(sources, lambda source: guarded(source, process))
    persons = resolver.result().persons
    if ctx.json:
        for person in persons:
            data = person.to_dict()
            spellings = data.pop("spellings", [])
            cyrillic = data.pop("cyrillic", "")
            ctx.emit(record(None, None, spellings, cyrillic, **data))
        return code
    ctx.write(people_table(persons))
    return code


def people_table(persons: Any, *, max_documents: int = 3) -> str:
    """One aligned row per person: Cyrillic, Łacinka, passport, mentions (and documents).

    A spelling a person has no form in (a foreign name has no Belarusian Cyrillic) shows "-";
    the documents column appears when the people come from more than one document.
    """
    persons = list(persons)
    if not persons:
        return "(no person names found)\n"
    several = len({doc for person in persons for doc in person.documents}) > 1
    header = ["cyrillic", "lacinka", "passport", "mentions"] + (["documents"] if several else [])
    rows = [header]
    for person in persons:
        row = [person.cyrillic or "-", person.lacinka or "-", person.passport or "-"]
        row.append(str(person.mention_count))
        if several:
            documents = list(person.documents)
            shown = ", ".join(documents[:max_documents])
            if len(documents) > max_documents:
                shown += f" (+{len(documents) - max_documents} more)"
            row.append(shown)
        rows.append(row)
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=True)]
        cells[3] = row[3].rjust(widths[3])
        lines.append("  ".join(cells).rstrip() + "\n")
    return "".join(lines)
