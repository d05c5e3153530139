"""belnews: normalise, transliterate, match and parse Belarusian news and names.

The public API is exactly what ``__all__`` lists.  Importing belnews reads no file and compiles no
large pattern: romanization tables and name data load on first use.
"""

from belnews._version import __version__
from belnews.errors import (
    BelnewsError,
    ConfigError,
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
    variants,
)
from belnews.news import Article, Dateline, Quote, Teaser, parse_article, parse_teasers
from belnews.normalize import (
    Explained,
    NormalizeConfig,
    apply_steps,
    normalize,
    normalize_and_explain,
)
from belnews.script import Script, detect_script
from belnews.systems import System, get_system, system_ids
from belnews.translit import to_cyrillic, to_latin

__all__ = [
    "KEY_VERSION",
    "Article",
    "BelnewsError",
    "Candidate",
    "ConfigError",
    "Dateline",
    "Explained",
    "MatchKind",
    "NameIndex",
    "NameMatch",
    "NameMention",
    "NormalizeConfig",
    "Quote",
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
    "system_ids",
    "to_cyrillic",
    "to_latin",
    "variants",
]
