"""Audit the teaser cards ``parse_teasers`` reads from the shared listing pages.

Two measures, over the 18 pages of ``../shared/data/html/listings``:

- **labelled fields**: the teasers the labels of ``listings/labels`` describe (first/last items
  with title, url, topic, standfirst; expected link lists): the share found by url, and of
  those the share whose title, rubric and lead equal the label's (normalised spaces; a label's
  ``null`` topic or content must be an empty rubric or lead);
- **fields of the wrong kind**, on every card: a rubric that reads as a time or date ("3 hours
  ago", "26/04/2020"), a time without a digit (an author's name), a lead of fewer than four
  words or that reads as a date, a title that holds the card's lead, a paywall badge of more
  than three words (a heading, not a badge).  These are errors whatever the page.

Not a test: the figures go to docs/news.md.  ``-v`` prints each fault.

Run:  python tools/audit_cards.py --shared ../shared [-v]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

from belnews import Teaser, parse_teasers

# The audit's own notion of a time, written apart from ``belnews.news.cards``'s on purpose: the
# tool measures trees from before the card rules too (``PYTHONPATH=<a checkout>/src``).
_TIMEISH = re.compile(
    r"\b\d{1,2}[./:-]\d{1,2}(?:[./-]\d{2,4})?\b|\b\d+\s*(?:min|mins|minutes?|hours?|hrs?|days?|"
    r"weeks?|мин|минут\w*|час\w*|дн\w*|хв\w*)\b|\bago\b|назад",
    re.IGNORECASE,
)


def _space(text: str | None) -> str:
    return " ".join((text or "").split())


def _faults(t: Teaser) -> list[str]:
    out = []
    for category in t.categories:
        if _TIMEISH.search(category):
            out.append(f"rubric is a time: {category!r}")
    time = t.time
    if time is not None and not any(c.isdigit() for c in time):
        out.append(f"time without a digit: {time!r}")
    lead = t.lead
    if lead is not None and (len(lead.split()) < 4 or _TIMEISH.fullmatch(lead.strip())):
        out.append(f"lead too short: {lead!r}")
    title = t.title or ""
    if lead and len(lead.split()) >= 4 and lead in title:
        out.append(f"title holds the lead: {title[:60]!r}")
    paywall = t.paywall
    if paywall is not None and len(paywall.split()) > 3:
        out.append(f"badge is a phrase: {paywall!r}")
    return out


def _labelled(folder: Path, name: str, teasers: tuple[Teaser, ...], count: Counter[str]) -> None:
    by_url = {t.url: t for t in teasers}
    label_file = folder / "labels" / name.replace(".html.gz", ".json")
    links_file = folder / "labels" / name.replace(".html.gz", ".expected_links.json")
    if links_file.exists():
        for url in json.loads(links_file.read_text(encoding="utf-8"))["expected_links"]:
            count["links"] += 1
            count["links found"] += any(u and (u == url or url.endswith(u)) for u in by_url)
            if "-v" in sys.argv and not any(u and (u == url or url.endswith(u)) for u in by_url):
                print(f"LINK {name}: {url}")
    if not label_file.exists():
        return
    label = json.loads(label_file.read_text(encoding="utf-8"))
    for key in ("first_item", "last_item", "other_item"):
        item = label.get(key)
        if not item:
            continue
        url = item.get("url") or item.get("link")
        found = next((t for u, t in by_url.items() if u and (u == url or u.endswith(url))), None)
        count["items"] += 1
        if found is None:
            continue
        count["items found"] += 1
        checks = {"title": _space(item.get("title")) == _space(found.title)}
        if "topic" in item:
            topic = item["topic"]
            cats = found.categories
            checks["rubric"] = (not cats) if topic is None else _space(topic) in cats
        content = item.get("content", item.get("description", ...))
        if content is not ...:
            lead = _space(found.lead)
            checks["lead"] = (not lead) if content is None else lead == _space(content)
        for field, ok in checks.items():
            count[f"{field} checked"] += 1
            count[f"{field} right"] += ok
            if not ok and "-v" in sys.argv:
                print(f"LABEL {name} {field}: {found!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args()
    folder = args.shared / "data" / "html" / "listings"
    count: Counter[str] = Counter()
    for page in sorted(folder.glob("*.html.gz")):
        teasers = parse_teasers(gzip.decompress(page.read_bytes()))
        count["pages"] += 1
        count["teasers"] += len(teasers)
        for teaser in teasers:
            faults = _faults(teaser)
            count["faults"] += len(faults)
            count["cards with a fault"] += bool(faults)
            for fault in faults if args.v else ():
                print(f"FAULT {page.name}: {fault}")
            count["paywalled"] += teaser.paywall is not None
        _labelled(folder, page.name, teasers, count)
    print(f"{count['pages']} pages, {count['teasers']} teasers, {count['paywalled']} with a badge")
    faults = f"{count['cards with a fault']} ({count['faults']} faults)"
    print(f"cards with a field of the wrong kind: {faults}")
    print(f"labelled links found: {count['links found']}/{count['links']}")
    print(f"labelled items found: {count['items found']}/{count['items']}")
    for field in ("title", "rubric", "lead"):
        print(f"  {field} right: {count[f'{field} right']}/{count[f'{field} checked']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
