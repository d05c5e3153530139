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

# --- normalisation and script detection (issue 2) ---
from belnews.normalize import (
    Explained,
    NormalizeConfig,
    apply_steps,
    normalize,
    normalize_and_explain,
)
from belnews.script import Script, detect_script

# --- transliteration (issue 3) ---
from belnews.systems import System, get_system, system_ids
from belnews.translit import to_cyrillic, to_latin

# --- names (issue 4) ---
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

# --- news parsing (issue 5) ---
from belnews.news import Article, Dateline, Quote, Teaser, parse_article, parse_teasers

__all__ = [
    "BelnewsError",
    "ConfigError",
    "SystemDataError",
    "UnknownSystemError",
    "UntransliterableError",
    "__version__",
]
