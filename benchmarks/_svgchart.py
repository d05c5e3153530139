"""A dependency-free SVG bar chart for the benchmark figures in the docs.

Benchmarks write their own plot so the docs show exactly the run that printed the table; a
plotting library would be one more thing to install for one picture.  Text is at least 13 px
(readable beside the docs' body text) and the legend names every peer, so the chart can be read
without the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

SERIES_COLOURS = ("#2b6cb0", "#90cdf4", "#2c7a7b")  # belnews: one shade per series
PEER_COLOURS = ("#c05621", "#fbd38d", "#975a16")  # the peers: one shade per series
FONT = 13  # px: every label, value and legend line
TITLE_FONT = 16
CHAR = 7.6  # px: the width of an average character at FONT, to size the label column


def _legend(
    series: Sequence[str], unit: str, peers: Sequence[str], top: int, x0: int
) -> tuple[list[str], int]:
    """Legend lines: a swatch per series for belnews, then for the peers, with the peers' names."""
    out: list[str] = []
    groups = [("belnews", SERIES_COLOURS)]
    if peers:
        groups.append((f"peers: {', '.join(peers)}", PEER_COLOURS))
    y = top
    for name, colours in groups:
        x = x0
        for i, serie in enumerate(series):
            out.append(
                f'<rect x="{x}" y="{y - FONT + 2}" width="{FONT}" height="{FONT}" '
                f'fill="{colours[i % len(colours)]}"/>'
            )
            out.append(f'<text x="{x + FONT + 4}" y="{y}">{escape(serie)}</text>')
            x += FONT + 12 + int(CHAR * len(serie))
        out.append(f'<text x="{x + 6}" y="{y}">— {escape(name)} ({escape(unit)})</text>')
        y += FONT + 8
    return out, y


def bar_chart(
    rows: Sequence[tuple[str, Sequence[float]]],
    *,
    series: Sequence[str],
    title: str,
    unit: str,
    path: Path,
    is_peer: Sequence[bool] = (),
) -> None:
    """Write grouped horizontal bars: one group per row, one bar per series value.

    Rows whose ``is_peer`` is true are drawn in the peers' colours and named in the legend.
    """
    peer = [bool(is_peer[row]) if row < len(is_peer) else False for row in range(len(rows))]
    peers = [name for (name, _), flag in zip(rows, peer, strict=True) if flag]
    label_width = int(CHAR * max((len(name) for name, _ in rows), default=10)) + 24
    bar_space, bar_height, gap = 480, FONT + 4, 10
    legend, top = _legend(series, unit, peers, 52, 10)
    top += 6
    group_height = bar_height * len(series) + gap
    height = top + group_height * len(rows) + 16
    width = max(label_width + bar_space + 80, 10 + int(CHAR * (len(", ".join(peers)) + 40)))
    peak = max((v for _, values in rows for v in values if v == v), default=1.0) or 1.0
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="{FONT}">',
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
        f'<text x="10" y="24" font-size="{TITLE_FONT}" font-weight="bold">{escape(title)}</text>',
        *legend,
    ]
    for row, (name, values) in enumerate(rows):
        y = top + row * group_height
        colours = PEER_COLOURS if peer[row] else SERIES_COLOURS
        weight = "normal" if peer[row] else "bold"
        mid = y + bar_height * len(series) / 2 + FONT / 2 - 2
        out.append(
            f'<text x="{label_width - 8}" y="{mid:.0f}" text-anchor="end" '
            f'font-weight="{weight}">{escape(name)}</text>'
        )
        for i, value in enumerate(values):
            if value != value:  # NaN: the peer is not installed
                continue
            length = bar_space * value / peak
            by = y + i * bar_height
            out.append(
                f'<rect x="{label_width}" y="{by}" width="{length:.1f}" '
                f'height="{bar_height - 2}" fill="{colours[i % len(colours)]}"/>'
            )
            out.append(
                f'<text x="{label_width + length + 4:.1f}" y="{by + bar_height - 4}">'
                f"{value:.1f}</text>"
            )
    out.append("</svg>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
