"""Scaling past one machine: what a cluster ships must pickle, and the recipes must run.

A cluster framework (Dask, Spark, multiprocessing) pickles the function it calls and the values it
returns.  These tests pickle every public name and one result value of each kind, run the Dask
example (examples/dask_pipeline.py) on a small corpus in real worker processes, and check the
Spark recipe of docs/scaling.md without Spark: it must compile, and the function it ships to the
executors must survive a cloudpickle round trip and give the same result there.
"""

from __future__ import annotations

import ast
import json
import pickle
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import belnews

ROOT = Path(__file__).resolve().parent.parent
POZIRK = ROOT / "examples" / "pozirk_one-in-30-belarusians.txt"
SCALING_DOC = ROOT / "docs" / "scaling.md"
DASK_EXAMPLE = ROOT / "examples" / "dask_pipeline.py"


def pozirk_text() -> str:
    return POZIRK.read_text(encoding="utf-8")


def fenced_block_after(doc: Path, marker: str) -> str:
    """The first fenced code block after ``<!-- marker -->`` in a Markdown page."""
    text = doc.read_text(encoding="utf-8")
    after = text[text.index(f"<!-- {marker} -->") :]
    start = after.index("```python\n") + len("```python\n")
    return after[start : after.index("\n```", start) + 1]


# --- picklability ------------------------------------------------------------------------------


# The public API of ../shared/spec/design.md, in case ``__all__`` lags behind it.
DESIGN_API = [
    "normalize",
    "normalize_and_explain",
    "Explained",
    "NormalizeConfig",
    "detect_script",
    "Script",
    "to_latin",
    "to_cyrillic",
    "get_system",
    "system_ids",
    "System",
    "name_key",
    "match_names",
    "MatchKind",
    "NameMatch",
    "variants",
    "base_form",
    "find_names",
    "NameMention",
    "NameIndex",
    "parse_article",
    "parse_teasers",
    "Article",
    "Teaser",
    "Quote",
    "Dateline",
]


@pytest.mark.parametrize("name", sorted(set(belnews.__all__) | set(DESIGN_API)))
def test_public_names_pickle_by_reference(name: str) -> None:
    obj = getattr(belnews, name)
    if isinstance(obj, str):  # __version__
        assert pickle.loads(pickle.dumps(obj)) == obj
    else:
        assert pickle.loads(pickle.dumps(obj)) is obj


# One value of every result type a worker may send back (real names and the bundled article).
RESULTS: dict[str, Callable[[], object]] = {
    "normalize_and_explain": lambda: belnews.normalize_and_explain("Шумілiна"),
    "detect_script": lambda: belnews.detect_script("Ціханоўская"),
    "get_system": lambda: belnews.get_system("lacinka"),
    "match_names": lambda: belnews.match_names("Ціханоўская", "Tsikhanouskaya"),
    "find_names": lambda: belnews.find_names("Pavieł Łatuška said that the regime did not stop."),
    "parse_article": lambda: belnews.parse_article(pozirk_text()),
    "variants": lambda: belnews.variants("Ціханоўская"),
    "base_form": lambda: belnews.base_form("Лукашэнкам"),
    "NormalizeConfig": lambda: belnews.NormalizeConfig(apostrophe="\u02bc"),
    "resolve": lambda: belnews.resolve([("a", "Сяргей Ціханоўскі і Святлана Ціханоўская.")]),
    "parse_teasers": lambda: belnews.parse_teasers(
        "- PoliticsJournalist Pavieł Dabravolski at KGB detention center"
        "The material is available only to POZIRK+"
    ),
}


@pytest.mark.parametrize("api", sorted(RESULTS))
def test_result_values_round_trip(api: str) -> None:
    value = RESULTS[api]()
    restored = pickle.loads(pickle.dumps(value))
    assert restored == value
    assert type(restored) is type(value)


def test_name_index_ships_to_workers() -> None:
    index = belnews.NameIndex()
    index.add("Святлана Ціханоўская", id="tsikhanouskaya")
    index.add("Павел Латушка", id="latushka")
    restored = pickle.loads(pickle.dumps(index))
    hits = restored.lookup("Pavieł Łatuška")
    assert hits
    assert hits[0].id == "latushka"
    assert [hit.id for hit in hits] == [hit.id for hit in index.lookup("Pavieł Łatuška")]


# Errors raised on a worker travel back to the driver pickled.  Exceptions whose __init__ takes
# structured fields do not unpickle by default (pickle calls cls(*args) with the message only), and
# Dask would then report "TypeError: __init__() missing 2 required positional arguments" instead of
# the UntransliterableError the worker raised.
ERRORS: dict[str, Callable[[], Exception]] = {
    "ConfigError": lambda: belnews.ConfigError("errors must be one of strict, keep"),
    "UnknownSystemError": lambda: belnews.UnknownSystemError(
        "lacinka-1929", known=("lacinka",), lang="be"
    ),
    "SystemDataError": lambda: belnews.SystemDataError("lacinka", "sample 3 does not reproduce"),
    "UntransliterableError": lambda: belnews.UntransliterableError("Ѣ", 0, "national-2007"),
}


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_errors_cross_process_boundaries(name: str) -> None:
    error = ERRORS[name]()
    restored = pickle.loads(pickle.dumps(error))
    assert type(restored) is type(error)
    assert str(restored) == str(error)
    assert vars(restored) == vars(error)


# --- the Dask example --------------------------------------------------------------------------


def test_dask_excerpt_in_docs_is_from_the_example() -> None:
    script = {line.strip() for line in DASK_EXAMPLE.read_text(encoding="utf-8").splitlines()}
    excerpt = fenced_block_after(SCALING_DOC, "dask-excerpt")
    missing = [line for line in excerpt.splitlines() if line.strip() not in script]
    assert excerpt.strip()
    assert not missing, f"docs/scaling.md shows lines the example no longer has: {missing}"


# Small hand-built HTML page in the usual news markup: headline in h1, paragraphs in p.
HTML_PAGE = (
    "<html><body><h1>Łatuška vows to continue the fight</h1>"
    "<p>December 2, Pozirk. Pavieł Łatuška said the regime would answer for its crimes.</p>"
    "</body></html>"
)


def test_dask_pipeline_runs_on_two_workers(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    corpus = tmp_path / "corpus.jsonl"
    records = [
        {"id": "pozirk", "text": pozirk_text(), "url": "https://pozirk.online/en/news/116381"},
        {"id": "html", "text": HTML_PAGE},
        {"id": "not-text", "text": 42},  # a broken record becomes an error row, not a crash
    ]
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    corpus.write_text("\n".join([*lines, "{not json"]) + "\n", encoding="utf-8")
    out = tmp_path / "parsed"
    result = subprocess.run(
        [sys.executable, str(DASK_EXAMPLE), str(corpus), str(out), "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "4 articles" in result.stderr
    rows = [
        json.loads(line)
        for part in sorted(out.glob("part-*.jsonl"))
        for line in part.read_text(encoding="utf-8").splitlines()
    ]
    by_id = {row["id"]: row for row in rows}
    assert len(rows) == 4
    assert set(by_id) == {"pozirk", "html", "not-text", None}
    assert by_id["not-text"]["error"].startswith("TypeError")
    assert by_id[None]["error"].startswith("JSONDecodeError")

    # What the workers computed equals what one process computes.
    local = belnews.parse_article(records[0]["text"], url=records[0]["url"])  # type: ignore[arg-type]
    assert by_id["pozirk"]["article"] == json.loads(json.dumps(local.to_dict()))
    assert by_id["pozirk"]["keys"] == sorted({mention.key for mention in local.names})
    assert belnews.name_key("Pavieł Łatuška") in by_id["pozirk"]["keys"]
    assert belnews.name_key("Павел Латушка") in by_id["html"]["keys"]


def test_dask_pipeline_blocks_cover_every_line_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The corpus is cut into byte blocks at line boundaries: every record is parsed exactly once,
    however the cuts fall (in-process, with Dask's synchronous scheduler)."""
    pytest.importorskip("dask.bag")
    import importlib.util

    spec = importlib.util.spec_from_file_location("dask_pipeline", DASK_EXAMPLE)
    assert spec is not None
    assert spec.loader is not None
    pipeline = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pipeline)
    monkeypatch.setattr(pipeline, "MIN_BLOCKSIZE", 500)  # cuts inside records, not only between
    corpus = tmp_path / "corpus.jsonl"
    record = {"text": HTML_PAGE}
    corpus.write_text(
        "".join(json.dumps({**record, "id": i}) + "\n" for i in range(40)), encoding="utf-8"
    )
    count = pipeline.run(corpus, tmp_path / "out", partitions=9, scheduler="sync")
    parts = sorted((tmp_path / "out").glob("part-*.jsonl"))
    ids = [json.loads(line)["id"] for part in parts for line in part.read_text().splitlines()]
    assert count == 40
    assert sorted(ids) == list(range(40))
    assert 2 <= len(parts) <= 9  # about `partitions` blocks of equal size


# --- the Spark recipe --------------------------------------------------------------------------


def test_spark_recipe_compiles_without_spark() -> None:
    code = fenced_block_after(SCALING_DOC, "spark-recipe")
    tree = ast.parse(code)
    compile(tree, "docs/scaling.md", "exec")
    defined = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
    assert {"parse_to_json", "parse_articles"} <= defined


def test_spark_worker_function_survives_cloudpickle() -> None:
    cloudpickle = pytest.importorskip("cloudpickle")  # what Spark uses to ship functions
    tree = ast.parse(fenced_block_after(SCALING_DOC, "spark-recipe"))
    # Only what runs on the executors: the plain imports it needs and parse_to_json itself.
    shipped = [
        node
        for node in tree.body
        if (isinstance(node, ast.Import) and node.names[0].name == "json")
        or (isinstance(node, ast.FunctionDef) and node.name == "parse_to_json")
    ]
    namespace: dict[str, object] = {"__name__": "spark_recipe"}
    exec(compile(ast.Module(body=shipped, type_ignores=[]), "docs/scaling.md", "exec"), namespace)
    on_executor = cloudpickle.loads(cloudpickle.dumps(namespace["parse_to_json"]))
    row = json.loads(on_executor(pozirk_text()))
    expected = belnews.parse_article(pozirk_text()).to_dict()
    assert row["article"] == json.loads(json.dumps(expected))
    assert json.loads(on_executor(HTML_PAGE))["article"]["headline"] == (
        "Łatuška vows to continue the fight"
    )
