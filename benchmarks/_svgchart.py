"""A dependency-free SVG bar chart for the benchmark figures in the docs.

Benchmarks write their own plot so the docs show exactly the run that printed the table; a
plotting library would be one more thing to install for one picture.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

SERIES_COLOURS = ("#2b6cb0", "#90cdf4")  # per line, whole text
PEER_COLOURS = ("#c05621", "#fbd38d")


def bar_chart(
    rows: Sequence[tuple[str, Sequence[float]]],
    *,
    series: Sequence[str],
    title: str,
    unit: str,
    path: Path,
    is_peer: Sequence[bool] = (),
) -> None:
    """Write grouped horizontal bars: one group per row, one bar per series value."""
    label_width, bar_space, bar_height, gap = 230, 460, 11, 8
    top = 48
    group_height = bar_height * len(series) + gap
    height = top + group_height * len(rows) + 30
    width = label_width + bar_space + 90
    peak = max((v for _, values in rows for v in values if v == v), default=1.0) or 1.0
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'font-family="sans-serif" font-size="11">',
        f'<text x="8" y="18" font-size="14" font-weight="bold">{escape(title)}</text>',
    ]
    for i, name in enumerate(series):
        x = label_width + i * 150
        out.append(f'<rect x="{x}" y="28" width="10" height="10" fill="{SERIES_COLOURS[i]}"/>')
        out.append(f'<text x="{x + 14}" y="37">{escape(name)} ({escape(unit)})</text>')
    for row, (name, values) in enumerate(rows):
        y = top + row * group_height
        peer = bool(is_peer[row]) if row < len(is_peer) else False
        colours = PEER_COLOURS if peer else SERIES_COLOURS
        weight = "normal" if peer else "bold"
        mid = y + bar_height * len(series) / 2 + 4
        out.append(
            f'<text x="{label_width - 6}" y="{mid:.0f}" text-anchor="end" '
            f'font-weight="{weight}">{escape(name)}</text>'
        )
        for i, value in enumerate(values):
            if value != value:  # NaN: the peer is not installed
                continue
            length = bar_space * value / peak
            by = y + i * bar_height
            out.append(
                f'<rect x="{label_width}" y="{by}" width="{length:.1f}" '
                f'height="{bar_height - 1}" fill="{colours[i]}"/>'
            )
            out.append(f'<text x="{label_width + length + 4:.1f}" y="{by + 9}">{value:.1f}</text>')
    out.append("</svg>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
