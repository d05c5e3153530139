"""The architecture rules of issue 9, checked on the source: each fails with the list of offenders.

(a) every text concept is defined once, in ``belnews/text/``: no other module holds its own
    Cyrillic range, word pattern or apostrophe set (string literals are scanned, docstrings not);
(b) no import cycle between belnews modules (lazy imports inside functions count: a cycle
    broken by a late import is still a cycle; a package ``__init__``'s lazy re-exports do not);
(c) no module in ``src/`` over 500 lines;
(d) no function of cyclomatic complexity above 20 (radon's measure, as ``radon cc`` reports).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "belnews"
TEXT_LAYER = PACKAGE / "text"
MAX_LINES = 500
MAX_COMPLEXITY = 20


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(SRC).as_posix()}:{getattr(node, 'lineno', 0)}"


# --- (a) one definition of each text concept ----------------------------------------------------

# A range or bound of the Cyrillic block, written out.
_CYRILLIC_MARKERS = ("\u0400-", "-\u04ff", "-\u052f", "А-я", "а-я", "А-Я", "Ѐ-ӿ")
_CYRILLIC_BOUNDS = {"\u0400", "\u04ff", "\u052f"}
# The building blocks of a word pattern.
_WORD_MARKERS = (r"[^\W\d_]", r"\p{L}\p{M}", r"[\p{L}\p{M}", r"\w+")
_APOSTROPHES = "'\u2019\u02bc\u2018`\u00b4\u02b9\u2032"


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the docstring constants of a module, its classes and functions."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _own_definitions(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = _docstrings(tree)
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        if id(node) in docstrings:
            continue
        value = node.value
        where = _where(path, node)
        if value in _CYRILLIC_BOUNDS or any(m in value for m in _CYRILLIC_MARKERS):
            yield f"{where}: own Cyrillic range {value[:40]!r}"
        if any(m in value for m in _WORD_MARKERS):
            yield f"{where}: own word pattern {value[:40]!r}"
        if sum(c in value for c in _APOSTROPHES) >= 4 and len(value) <= 16:
            yield f"{where}: own apostrophe set {value!r}"


def test_text_concepts_are_defined_only_in_the_text_layer() -> None:
    offenders = [
        problem
        for path in _modules()
        if TEXT_LAYER not in path.parents
        for problem in _own_definitions(path)
    ]
    assert offenders == [], "\n".join(["import these from belnews.text instead:", *offenders])


def test_the_scanner_finds_what_it_should() -> None:
    # The rule must be able to fail: the text layer itself is full of such definitions.
    found = [p for path in TEXT_LAYER.glob("*.py") for p in _own_definitions(path)]
    assert any("Cyrillic range" in p for p in found)
    assert any("word pattern" in p for p in found)


# --- (b) no import cycles -----------------------------------------------------------------------


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.Module, *, lazy: bool) -> Iterator[ast.Import | ast.ImportFrom]:
    """The import statements of a module (inside functions too if ``lazy``), not TYPE_CHECKING."""
    stack: list[ast.AST] = list(tree.body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif isinstance(node, ast.If) and _is_type_checking(node):
            stack.extend(node.orelse)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) and not lazy:
            continue
        else:
            stack.extend(ast.iter_child_nodes(node))


def _targets(node: ast.Import | ast.ImportFrom, module: str, known: set[str]) -> set[str]:
    """The belnews modules an import statement names (a parent package's ``__init__`` is not
    counted: every submodule would form a "cycle" with a package that re-exports it)."""
    names: list[str] = []
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        if node.level:
            parent = module.split(".")[: len(module.split(".")) - node.level + 1]
            if not module_is_package(module, known):
                parent = parent[:-1] if node.level == 1 else parent
            base = ".".join([*parent, base] if base else parent)
        subs = [f"{base}.{alias.name}" for alias in node.names]
        names = [sub for sub in subs if sub in known]
        if len(names) < len(subs):  # a name defined by the package itself: its __init__ runs
            names.append(base)
    out = {name for name in names if name in known and name != "belnews"}
    out.discard(module)
    return out


def module_is_package(module: str, known: set[str]) -> bool:
    return (PACKAGE.parent / module.replace(".", "/") / "__init__.py").is_file()


def _import_graph() -> dict[str, set[str]]:
    paths = {_module_name(p): p for p in _modules()}
    known = set(paths)
    graph: dict[str, set[str]] = {}
    for module, path in paths.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        lazy = path.name != "__init__.py"  # a package's lazy re-exports are no cycle
        graph[module] = set()
        for node in _imports(tree, lazy=lazy):
            graph[module] |= _targets(node, module, known)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycles() -> None:
    cycles = _cycles(_import_graph())
    assert cycles == [], "modules that import each other (lazily or not): " + "; ".join(
        " <-> ".join(c) for c in cycles
    )


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


# --- (c) module size, (d) complexity ------------------------------------------------------------


def test_no_module_over_500_lines() -> None:
    sizes = {p: len(p.read_text(encoding="utf-8").splitlines()) for p in _modules()}
    big = [f"{p.relative_to(SRC).as_posix()}: {n} lines" for p, n in sizes.items() if n > MAX_LINES]
    assert big == [], "split these modules:\n" + "\n".join(big)


def test_no_function_above_complexity_20() -> None:
    radon_complexity = pytest.importorskip("radon.complexity")  # in the `test` extra
    complex_ = []
    for path in _modules():
        blocks = radon_complexity.cc_visit(path.read_text(encoding="utf-8"))
        for block in radon_complexity.sorted_results(blocks):
            if block.complexity > MAX_COMPLEXITY:
                name = block.fullname if hasattr(block, "fullname") else block.name
                complex_.append(
                    f"{path.relative_to(SRC).as_posix()}:{block.lineno} {name}: {block.complexity}"
                )
    assert complex_ == [], "split these functions (radon cc > 20):\n" + "\n".join(complex_)
