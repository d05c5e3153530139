"""Copy small pieces of real pages from ../shared/data/html into tests/data/news_html/.

    python tools/build_news_html_fixtures.py [--shared ../shared]

Writes (bytes exactly as in the shared pages, only cut):

* ``real_streetstorm_cp1251_listing.html`` — the windows-1251 listing page: its start up to the
  end of ``<head>``'s charset declaration, then its first two teaser cards (``div.post-block``),
  closed with ``</body></html>``;
* ``real_la-nacion_bom.html`` — the UTF-8 page that starts with a BOM: its first 3,000 bytes
  (cut inside ``<head>``: the parser and decoder must cope);
* ``real_readability_001.html`` — a whole small blog article (12.5 KB, Readability test page).

Sources, licences and the commit of each: ``tests/data/news_html.source.md``.
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "news_html"


def _read(path: Path) -> bytes:
    with gzip.open(path) as stream:
        return stream.read()


def streetstorm(shared: Path) -> bytes:
    page = _read(shared / "data/html/listings/ru_streetstorm_blog_listing_cp1251.html.gz")
    head_end = page.index(b"charset=windows-1251")
    head_end = page.index(b">", head_end) + 1
    first = page.index(b'<div class="post-block preview"')
    third = page.index(
        b'<div class="post-block preview"',
        page.index(b'<div class="post-block preview"', first + 1) + 1,
    )
    return (
        page[:head_end] + b"\r\n</head>\r\n<body>\r\n" + page[first:third] + b"</body></html>\r\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    shared = parser.parse_args().shared
    html = shared / "data" / "html"
    (OUT / "real_streetstorm_cp1251_listing.html").write_bytes(streetstorm(shared))
    (OUT / "real_la-nacion_bom.html").write_bytes(
        _read(html / "readability_pages/la-nacion/source.html.gz")[:3000]
    )
    (OUT / "real_readability_001.html").write_bytes(
        _read(html / "readability_pages/001/source.html.gz")
    )


if __name__ == "__main__":
    main()
