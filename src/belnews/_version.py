"""The single place the package version is written (read by hatchling and by belnews)."""

__version__ = "0.1.0.dev0"
