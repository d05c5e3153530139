"""``python -m belnews``: the same command line as the ``belnews`` script."""

from belnews.cli import main_entry

if __name__ == "__main__":
    main_entry()
