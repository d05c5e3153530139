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
