"""The benchmark's headline measures (``benchmarks/bench_html.py``): fair and page-stated.

The page-stated match accepts an answer that is another of the page's own stated titles only
when the label is one of them too and the page says the answer twice (in its head and as its
``<h1>``, or in two head sources); an ``<h1>`` alone, a head statement said once (a JSON-LD
description, a truncated title), a section or the site's name never counts.
The cases are the shapes of ``dropbox-blog`` (``<h1>`` and ``<title>`` against a differently
worded ``og:title`` label) and ``uk_suspilne`` (``<h1>`` and JSON-LD ``headline`` against the
``og:title`` label), with made-up words.
"""

from __future__ import annotations

from typing import Any

import pytest

from by_path import load_benchmark


@pytest.fixture(scope="module")
def bench() -> Any:
    return load_benchmark("bench_html")


SOCIAL = "How we built Acme's queue - a task framework"  # og:title: the label
SHOWN = "How we built Acme queue: a task framework"  # <h1>, <title> and JSON-LD: the answer


def _page(head: str) -> bytes:
    return f"<html><head>{head}</head><body><h1>{SHOWN}</h1><p>Text.</p></body></html>".encode()


def test_another_stated_wording_counts_only_on_the_page_stated_measure(bench: Any) -> None:
    data = _page(f'<title>{SHOWN} - Acme</title><meta property="og:title" content="{SOCIAL}">')
    stated, shown, sites = bench.page_statements(data)
    assert SOCIAL in stated
    assert stated == bench.stated_titles(data)
    assert not bench.headline_matches(SHOWN, SOCIAL)
    assert bench.headline_stated(SHOWN, SOCIAL, None, stated, shown, sites)
    assert not bench.headline_stated(SHOWN, SOCIAL, None, stated)  # said once: the <title>


def test_an_h1_alone_a_section_or_the_site_never_counts(bench: Any) -> None:
    data = _page(f'<title>Blog - Acme</title><meta property="og:title" content="{SOCIAL}">')
    stated = bench.stated_titles(data)
    assert not bench.headline_stated(SHOWN, SOCIAL, None, stated)  # only the <h1> says it
    assert not bench.headline_stated("Acme", SOCIAL, "Acme", stated)  # the site's name
    assert bench.headline_stated(SOCIAL, SOCIAL, None, stated)  # the label itself


def test_a_label_the_page_does_not_state_keeps_the_fair_measure(bench: Any) -> None:
    data = _page(f'<title>{SHOWN} - Acme</title><meta property="og:title" content="{SOCIAL}">')
    stated = bench.stated_titles(data)
    assert not bench.headline_stated(SHOWN, "A headline a person wrote", None, stated)


def test_a_head_statement_said_once_never_counts(bench: Any) -> None:
    # review (round 6): the shapes of wikipedia-2 (a JSON-LD headline that holds a
    # description), yahoo-2 (og:title = og:site_name, the site's title) and uk_pravda (a
    # truncated <meta name=title>); each counted before, though a reader calls it wrong
    head = (
        '<title>Rain in Minsk - Daily</title><meta property="og:title" content="Daily - All news">'
        '<meta property="og:site_name" content="Daily - All news">'
        '<meta name="title" content="Rain in">'
        '<script type="application/ld+json">{"@type": "Article", "name": "Rain in Minsk",'
        ' "headline": "weather event in Belarus"}</script>'
    )
    data = f"<html><head>{head}</head><body><h1>Rain in Minsk</h1></body></html>".encode()
    stated, shown, sites = bench.page_statements(data)
    assert {"weather event in Belarus", "Rain in", "Daily - All news"} <= set(stated)
    label = "Rain in Minsk - Daily"
    for wrong in ("weather event in Belarus", "Rain in", "Daily - All news"):
        assert not bench.headline_stated(wrong, label, None, stated, shown, sites), wrong
    assert bench.headline_stated("Rain in Minsk", label, None, stated, shown, sites)
