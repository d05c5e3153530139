"""The public API: what ``__all__`` promises exists, and importing belnews does no I/O."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import belnews


def test_every_name_in_all_is_importable() -> None:
    for name in belnews.__all__:
        assert getattr(belnews, name) is not None, name


def test_all_has_no_duplicates_and_no_private_names() -> None:
    assert len(set(belnews.__all__)) == len(belnews.__all__)
    assert all(not n.startswith("_") or n == "__version__" for n in belnews.__all__)


def test_version_is_a_string() -> None:
    assert isinstance(belnews.__version__, str)
    assert belnews.__version__[0].isdigit()


def test_import_opens_no_data_file() -> None:
    # An audit hook sees every file opened during `import belnews`; only Python sources and
    # bytecode may be read (the import system itself), never tables, name lists or examples.
    probe = textwrap.dedent(
        """
        import sys
        opened = []
        def hook(event, args):
            if event == "open" and isinstance(args[0], str):
                opened.append(args[0])
        sys.addaudithook(hook)
        import belnews
        data = [p for p in opened if not p.endswith((".py", ".pyc")) and "belnews" in p]
        print("\\n".join(data))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == ""


def test_exports_type_checking_imports_and_all_agree() -> None:
    """A public name is listed in ``__all__``, mapped to its module in ``_EXPORTS`` and imported
    under ``TYPE_CHECKING`` (for type checkers and IDEs): the three lists must not drift."""
    import ast
    from pathlib import Path

    tree = ast.parse(Path(belnews.__file__).read_text(encoding="utf-8"))
    typed: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            for stmt in node.body:
                if isinstance(stmt, ast.ImportFrom) and stmt.module != "typing":
                    typed.update(alias.asname or alias.name for alias in stmt.names)
    exported = set(belnews._EXPORTS)
    assert exported == typed
    assert set(belnews.__all__) == exported | {"__version__"}


def test_import_loads_no_submodule() -> None:
    """``import belnews`` (and so ``belnews --version``) imports none of the library's modules:
    each public name loads its module on first use."""
    probe = "import sys, belnews; print(sorted(m for m in sys.modules if m.startswith('belnews')))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "['belnews', 'belnews._version']"


def test_public_name_wins_over_a_submodule_of_the_same_name() -> None:
    """``belnews.normalize`` is the function even after the module ``belnews.normalize`` loads."""
    probe = (
        "import belnews, belnews.normalize, belnews.translit\n"
        "print(callable(belnews.normalize), belnews.normalize('Шумілiна'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "True Шуміліна"


def test_unknown_attribute_is_an_attribute_error() -> None:
    import pytest

    with pytest.raises(AttributeError, match="no attribute 'frobnicate'"):
        belnews.frobnicate  # noqa: B018
    assert "to_latin" in dir(belnews)
