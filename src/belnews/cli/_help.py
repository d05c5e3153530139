"""The help texts of the command line: descriptions and the examples shown by ``--help``.

Every ``$ belnews ...`` example here is run by the test suite and its output compared with the
lines under it (``...`` stands for lines left out), so the help cannot go stale.
"""

from __future__ import annotations

MAIN_DESCRIPTION = (
    "Normalise, transliterate, match and parse Belarusian news and names across Cyrillic, "
    "Łacinka and every romanization in use. Every command works the same way: words on the "
    "command line are the text to work on; -i FILE (or a directory) reads files; '-' or no "
    "text reads stdin, line by line."
)

MAIN_EXAMPLES = """\
examples:
  belnews latin -s passport Святлана Ціханоўская
  belnews latin -s bgn-pcgn -i article.txt -o article.latin.txt
  belnews normalize --explain -i examples/noisy_sample.txt
  belnews cyrillic Śviatłana Cichanoŭskaja
  belnews match Лукашэнка Lukashenko
  belnews match -i pairs.tsv > verdicts.tsv
  belnews variants Ціханоўская
  belnews people -i examples/pozirk_one-in-30-belarusians.txt
  belnews parse -i news/ > articles.jsonl

Run `belnews COMMAND --help` for the options and an example of each command.
Exit status: 0 success, 1 bad input (the rest was still processed), 2 bad usage,
3 `match` found a pair that does not match; 130 interrupted, 141 output pipe closed.
"""

NORMALIZE = """\
example:
  $ printf 'Шумілiна\\n' | belnews normalize --explain
  Шуміліна
  <stdin>:1: fix_lookalikes: 'Шумілiна' -> 'Шуміліна'
  explain: fixers that changed the text: fix_lookalikes (1 line)

The normalised text goes to stdout; with --explain, which fixers changed which line goes to
stderr, so `belnews normalize --explain -i in.txt -o out.txt` keeps out.txt clean.
"""

LATIN = """\
examples:
  $ belnews latin Святлана Ціханоўская
  Śviatłana Cichanoŭskaja
  $ belnews latin -s passport Святлана Ціханоўская
  Sviatlana Tsikhanouskaia
  $ belnews latin --no-assimilation Святлана
  Sviatłana
  $ belnews latin -s ru:wikipedia Светлана Тихановская
  Svetlana Tikhanovskaya

Text that is not Cyrillic passes through unchanged. `belnews systems` lists the systems;
`belnews latin -s bgn-pcgn -i in.txt -o out.txt` converts a file of any size line by line.
"""

CYRILLIC = """\
examples:
  $ belnews cyrillic Śviatłana Cichanoŭskaja
  Святлана Ціханоўская
  $ belnews cyrillic --orthography taraskievica Śviatłana
  Сьвятлана
  $ belnews cyrillic --no-assimilation Biełaruśfilm
  Беларусьфільм

For lossy systems (bgn-pcgn, passport, national-2023) the result is the most likely reading, not
a guarantee; `belnews systems` says which systems are reversible.
"""

KEY = """\
examples:
  $ belnews key Ціханоўская
  cahanavskA
  $ belnews key Tsikhanouskaya
  cahanavskA

Keys are for blocking and grouping; compare two names with `belnews match`.
"""

MATCH = """\
examples:
  $ belnews match Лукашэнка Lukashenko
  match: CROSS_LANGUAGE (score 0.88, via be↔ru)
  $ printf 'Łatuška\\tЛатушко\\nЯгор\\tІгар\\n' | belnews match
  match\tCROSS_LANGUAGE\t0.88\tbe↔ru\tŁatuška\tЛатушко
  no match\tNO_MATCH\t0.00\t\tЯгор\tІгар

With two names: one verdict. Without names, pairs come from stdin or -i FILE, one per line, as
NAME<TAB>NAME or as JSON {"a": ..., "b": ...}; each gives one line: verdict, kind, score, what
linked the names, and the two names (tab-separated; --json for JSON Lines).
Exit status: 0 when every pair matched, 3 when some pair did not, 1 when a line was not a pair.
"""

VARIANTS = """\
example:
  $ belnews variants Ціханоўская
  lacinka        Cichanoŭskaja
  ...

The ids printed (ru:passport, ...) are the ids `belnews latin -s` takes.
"""

NAMES = """\
example:
  $ printf 'Pavieł Łatuška met Śviatłana Cichanoŭskaja.\\n' | belnews names
  <stdin>:1:1\tPavieł Łatuška\tPavieł Łatuška\t@paviel lataska
  ...

Columns: FILE:LINE:COLUMN, the name as written, its nominative, its key (tab-separated).
"""

PEOPLE = """\
example:
  $ belnews people -i examples/pozirk_one-in-30-belarusians.txt
  cyrillic ...
  ...

One row per person found across the documents: the name in Belarusian Cyrillic, Łacinka and
the passport romanization, how often it is mentioned and in which documents. Input: article
files or directories (text or HTML), or the JSON Lines `belnews parse` writes.
A progress bar appears on stderr when it is a terminal.
"""

PARSE = """\
examples:
  $ belnews parse --names -i examples/pozirk_one-in-30-belarusians.txt
  examples/pozirk_one-in-30-belarusians.txt: One in 30 Belarusians is a victim of deportation...
    Pavieł Łatuška
      cyrillic       Павел Латушка
      lacinka        Pavieł Łatuška
      passport       Pavel Latushka
  ...

  belnews parse --pretty -i examples/pozirk_one-in-30-belarusians.txt
  belnews parse -i news/ -o articles.jsonl
  belnews parse --no-names -i crawl/ -o bodies.jsonl    # body and metadata only
  belnews parse --reference-date 2022-12-31 - < page.html | jq .output.headline

Each line is one JSON object (--json is the default); the article is its "output".
A progress bar appears on stderr when many files are parsed and stderr is a terminal.
"""

SYSTEMS = """\
example:
  belnews systems --lang be
  belnews systems --json | jq -r .input
"""
