"""Copy the GeoNames gazetteer of Belarusian cities into the package (see its ``.source.md``).

``src/belnews/data/names/places_belarus_cities.tsv`` is a byte-for-byte copy of
``../shared/data/texts/geonames_belarus_cities.tsv`` (GeoNames, CC BY 4.0): the 50 cities of
Belarus with every alternate name.  This script re-copies it after checking its shape (six
tab-separated columns, a numeric geonameid), so an update of the shared file is one command.

Run:  python tools/build_places.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "belnews" / "data" / "names" / "places_belarus_cities.tsv"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args(argv)
    source = args.shared / "data" / "texts" / "geonames_belarus_cities.tsv"
    data = source.read_bytes()
    lines = data.decode("utf-8").splitlines()
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != 6 or not cells[0].isdigit():
            raise SystemExit(f"{source}:{number}: not a GeoNames row")
    OUT.write_bytes(data)
    print(f"{len(lines) - 1} places -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
