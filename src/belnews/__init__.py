"""belnews: normalise, transliterate, match and parse Belarusian news and names.

The public API is exactly what ``__all__`` lists.  Importing belnews reads no file and imports
none of its modules: each public name is loaded from its module on first use (PEP 562), so
``import belnews`` and ``belnews --version`` cost milliseconds, and a program that only
romanizes never loads the name or news code.

To export a new name: add it to ``_EXPORTS`` (name -> module), to the ``TYPE_CHECKING`` imports
(for type checkers and IDEs) and to ``__all__``; ``tests/test_api.py`` checks the three agree.
"""

from __future__ import annotations

import importlib
import sys
import types

from belnews._version import __version__

# Not `typing.TYPE_CHECKING`: importing typing alone would double the cost of `import belnews`.
# Type checkers treat any constant of this name the same way.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from belnews.errors import (
        BelnewsError,
        ConfigError,
        DuplicateDocumentError,
        NotTextError,
        SystemDataError,
        UnknownSystemError,
        UntransliterableError,
    )
    from belnews.names import (
        KEY_VERSION,
        Candidate,
        MatchKind,
        NameIndex,
        NameMatch,
        NameMention,
        base_form,
        find_names,
        match_names,
        name_key,
    )

    # From its module: mypy reports a redefinition when the package re-export is imported here.
    from belnews.names.variants import variants
    from belnews.news import (
        Article,
        Dateline,
        Quote,
        Teaser,
        parse_article,
        parse_teasers,
        to_json,
    )
    from belnews.normalize import (
        Explained,
        NormalizeConfig,
        apply_steps,
        normalize,
        normalize_and_explain,
    )
    from belnews.people import Person, PersonMention, Resolution, Resolver, resolve
    from belnews.registry import get_system, system_ids
    from belnews.script import Script, detect_script
    from belnews.systems import System
    from belnews.translit import to_cyrillic, to_latin

# Each public name and the module it is loaded from on first use.
_EXPORTS: dict[str, str] = {
    "BelnewsError": "belnews.errors",
    "ConfigError": "belnews.errors",
    "DuplicateDocumentError": "belnews.errors",
    "NotTextError": "belnews.errors",
    "SystemDataError": "belnews.errors",
    "UnknownSystemError": "belnews.errors",
    "UntransliterableError": "belnews.errors",
    "KEY_VERSION": "belnews.names",
    "Candidate": "belnews.names",
    "MatchKind": "belnews.names",
    "NameIndex": "belnews.names",
    "NameMatch": "belnews.names",
    "NameMention": "belnews.names",
    "base_form": "belnews.names",
    "find_names": "belnews.names",
    "match_names": "belnews.names",
    "name_key": "belnews.names",
    "variants": "belnews.names",
    "Article": "belnews.news",
    "Dateline": "belnews.news",
    "Quote": "belnews.news",
    "Teaser": "belnews.news",
    "parse_article": "belnews.news",
    "parse_teasers": "belnews.news",
    "to_json": "belnews.news",
    "Explained": "belnews.normalize",
    "NormalizeConfig": "belnews.normalize",
    "apply_steps": "belnews.normalize",
    "normalize": "belnews.normalize",
    "normalize_and_explain": "belnews.normalize",
    "Script": "belnews.script",
    "detect_script": "belnews.script",
    "System": "belnews.systems",
    "get_system": "belnews.registry",
    "system_ids": "belnews.registry",
    "to_cyrillic": "belnews.translit",
    "to_latin": "belnews.translit",
    "Person": "belnews.people",
    "PersonMention": "belnews.people",
    "Resolution": "belnews.people",
    "Resolver": "belnews.people",
    "resolve": "belnews.people",
}

__all__ = [
    "KEY_VERSION",
    "Article",
    "BelnewsError",
    "Candidate",
    "ConfigError",
    "Dateline",
    "DuplicateDocumentError",
    "Explained",
    "MatchKind",
    "NameIndex",
    "NameMatch",
    "NameMention",
    "NormalizeConfig",
    "NotTextError",
    "Person",
    "PersonMention",
    "Quote",
    "Resolution",
    "Resolver",
    "Script",
    "System",
    "SystemDataError",
    "Teaser",
    "UnknownSystemError",
    "UntransliterableError",
    "__version__",
    "apply_steps",
    "base_form",
    "detect_script",
    "find_names",
    "get_system",
    "match_names",
    "name_key",
    "normalize",
    "normalize_and_explain",
    "parse_article",
    "parse_teasers",
    "resolve",
    "system_ids",
    "to_cyrillic",
    "to_json",
    "to_latin",
    "variants",
]


def __getattr__(name: str) -> Any:
    """Load a public name from its module the first time it is asked for, then keep it."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'belnews' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """The package's module type: a submodule never hides the public name it shares.

    Importing ``belnews.normalize`` (the module) binds it as an attribute of the package, which
    would hide ``belnews.normalize`` (the function) when nothing has loaded the function yet.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _EXPORTS and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
