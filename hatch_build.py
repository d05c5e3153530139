"""An optional compiled build: ``BELNEWS_COMPILE=1 pip install .`` compiles the hot modules of
``parse_article`` with mypyc (listed in ``pyproject.toml`` under
``[tool.hatch.build.targets.wheel.hooks.custom]``, ``modules``).

Without ``BELNEWS_COMPILE=1`` this hook does nothing and needs nothing: the default build is the
pure-Python wheel, which needs no compiler.  The compiled wheel gives the same outputs (the same
source, type-checked by ``mypy --strict``; ``tools/compare_outputs.py`` shows it) and runs
``parse_article`` 13–15 % faster on the benchmark pages (docs/performance.md).  The extension
modules are built in a temporary folder and copied into the wheel only, never beside the
sources in ``src/`` — a compiled module left there would shadow its ``.py`` in an editable
install.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

_SWITCH = "BELNEWS_COMPILE"


def _wanted() -> bool:
    return os.environ.get(_SWITCH, "").strip().lower() in ("1", "true", "yes")


class CompileHook(BuildHookInterface):  # type: ignore[type-arg]
    """Compile ``modules`` with mypyc into the wheel when ``BELNEWS_COMPILE=1``."""

    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        if not _wanted():
            return []
        # mypyc type-checks what it compiles: the runtime dependencies (and the regex stubs) must
        # be importable in the build environment, as in ``mypy --strict src``
        return ["mypy>=1.8", "setuptools>=69", "types-regex", *self.metadata.core.dependencies]

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable" or not _wanted():
            return
        from mypyc.build import mypycify
        from setuptools import Distribution

        modules = list(self.config.get("modules", []))
        self._out = Path(tempfile.mkdtemp(prefix="belnews-mypyc-"))
        here = Path.cwd()
        os.chdir(self.root)  # mypyc names modules by their paths (src/belnews/…)
        try:
            extensions = mypycify(modules, opt_level="3", target_dir=str(self._out / "c"))
            dist = Distribution({"ext_modules": extensions, "package_dir": {"": "src"}})
            build = dist.get_command_obj("build_ext")
            build.build_lib = str(self._out / "lib")  # type: ignore[attr-defined]
            build.build_temp = str(self._out / "tmp")  # type: ignore[attr-defined]
            build.inplace = False  # type: ignore[attr-defined]
            build.parallel = os.cpu_count() or 1  # type: ignore[attr-defined]
            dist.run_command("build_ext")
        finally:
            os.chdir(here)
        lib = self._out / "lib"
        for built in sorted(lib.rglob("*.so")) + sorted(lib.rglob("*.pyd")):
            build_data["force_include"][str(built)] = built.relative_to(lib).as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        print(f"belnews: compiled {len(modules)} modules with mypyc", file=sys.stderr)

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        out = getattr(self, "_out", None)
        if out is not None:
            shutil.rmtree(out, ignore_errors=True)
