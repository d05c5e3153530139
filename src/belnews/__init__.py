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

# --- transliteration (issue 3) ---

# --- names (issue 4) ---

# --- news parsing (issue 5) ---

__all__ = [
    "BelnewsError",
    "ConfigError",
    "SystemDataError",
    "UnknownSystemError",
    "UntransliterableError",
    "__version__",
]
