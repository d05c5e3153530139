"""tools/compare_outputs.py: the issue-9 proof tool serialises results and reports differences."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

import belnews
from by_path import load_module

TOOL = Path(__file__).resolve().parent.parent / "tools" / "compare_outputs.py"


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return load_module("compare_outputs", TOOL)


def test_results_become_json(tool: ModuleType) -> None:
    match = tool.jsonable(belnews.match_names("Лукашэнка", "Lukashenko"))
    assert match["__type__"] == "NameMatch"
    assert json.loads(json.dumps(match)) == match
    assert tool.jsonable(belnews.detect_script("Łatuška")) == "LACINKA"
    assert tool.call(belnews.to_latin, "Ж", "no-such-system")["error"].startswith(
        "UnknownSystemError"
    )


def test_diff_groups_changes_by_function(tool: ModuleType, tmp_path: Path) -> None:
    before, after = tmp_path / "before.jsonl", tmp_path / "after.jsonl"
    rows = [("f", "1", [1, 2]), ("f", "2", {"a": 1}), ("g", "1", "x")]
    before.write_text("\n".join(json.dumps({"fn": f, "id": i, "out": o}) for f, i, o in rows))
    changed = [("f", "1", [1, 3]), ("f", "2", {"a": 1}), ("h", "1", "y")]
    after.write_text("\n".join(json.dumps({"fn": f, "id": i, "out": o}) for f, i, o in changed))
    summary = tool.diff(before, after)
    assert "| `f` | 2 | 1 | 0 | 0 | 0 |" in summary
    assert "| `g` | 1 | 0 | 0 | 1 | 0 |" in summary
    assert "| `h` | 1 | 0 | 1 | 0 | 0 |" in summary
    assert "`1`[1]" in summary  # the first differing list item is named
