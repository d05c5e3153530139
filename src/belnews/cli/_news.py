"""Handlers of the document subcommands: parse (articles to JSON), systems (the system list)."""

from __future__ import annotations

import codecs
import sys
from typing import Any, Literal

import attrs

from belnews.cli._context import ARTICLE_SUFFIXES, Context, file_of, guarded, record
from belnews.cli._io import ARGUMENT, EXIT_OK, Progress, UsageError
from belnews.cli._text import spelling_table


def run_parse(ctx: Context) -> int:
    from belnews.news import parse_article

    args = ctx.args
    sources = ctx.sources(ARTICLE_SUFFIXES)
    if args.url is not None and len(sources) > 1:
        raise UsageError("--url names one article; give it with a single input")
    stdout_isatty = getattr(sys.stdout, "isatty", None)
    quiet = args.output is None and stdout_isatty is not None and bool(stdout_isatty())
    ctx.batch.progress = Progress(0 if quiet else len(sources), "parse")
    ctx.batch.noun = "files"

    decoded = None if ctx.explicit_encoding is None else codecs.lookup(ctx.explicit_encoding).name

    def process(source: str) -> None:
        name, text = ctx.article(source)
        article = parse_article(
            text, url=args.url, reference_date=args.reference_date, names=not args.no_names
        )
        if decoded is not None and isinstance(text, str) and source != ARGUMENT:
            article = attrs.evolve(article, encoding=decoded)  # -e decoded the bytes
        file = file_of(name)
        if args.names:
            _emit_article_names(ctx, file, article, structured=args.json or args.pretty)
        else:
            ctx.emit(record(file, None, None, article.to_dict()), pretty=args.pretty)

    return ctx.each(sources, lambda source: guarded(source, process))


def _emit_article_names(ctx: Context, file: str | None, article: Any, *, structured: bool) -> None:
    """The people an article names, once each, in every romanization (``--names``).

    A later mention of someone already listed ("Łatuška" after "Pavieł Łatuška") is not listed
    again: the first, usually fullest, form stands for the person.
    """
    from belnews.names import match_names, variants

    people: dict[str, str] = {}
    for mention in article.names:
        if mention.key in people:
            continue
        if not any(match_names(mention.base, known).is_match for known in people.values()):
            people[mention.key] = mention.base
    if structured:
        for key, base in people.items():
            row = record(file, None, base, variants(base), key=key)
            ctx.emit(row, pretty=ctx.args.pretty)
        return
    ctx.write(f"{file or ARGUMENT}: {article.headline or '(no headline)'}\n")
    if not people:
        ctx.write("  (no person names found)\n")
    for base in people.values():
        ctx.write(f"  {base}\n{spelling_table(variants(base), '    ')}")


def run_systems(ctx: Context) -> int:
    """Every system, with the id ``belnews latin -s`` takes (``ru:ID`` for a Russian one)."""
    from belnews import get_system, system_ids

    langs: list[Literal["be", "ru"]] = [ctx.args.lang] if ctx.args.lang else ["be", "ru"]
    systems = [get_system(sid, lang=lang) for lang in langs for sid in system_ids(lang=lang)]
    for system in systems:
        option = system.id if system.lang == "be" else f"{system.lang}:{system.id}"
        years = getattr(system, "years", "") or ""
        if ctx.json:
            source = {"document": system.source.document, "url": system.source.url}
            row = record(None, None, option, system.title, id=system.id, lang=system.lang)
            row.update(
                reversible=system.reversible,
                years=years,
                version=system.version,
                source=source,
                options=dict(system.options),
            )
            ctx.emit(row)
            continue
        kind = "reversible" if system.reversible else "lossy"
        used = f"{'':<29}in use: {years}\n" if years else ""
        ctx.write(
            f"{option:<16} {kind:<10}  {system.title}\n{used}"
            f"{'':<29}source: {system.source.document}\n"
            f"{'':<29}{system.source.url}\n"
        )
    return EXIT_OK
