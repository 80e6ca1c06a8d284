"""Inline SVG bar charts for the HTML reports: no dependency, nothing fetched when the page is viewed.

Charts take labels and COUNTS only (column names, error types, versions, quasi-identifiers): a caller
never passes a cell value, so a chart cannot show one. Labels are escaped; the text of each bar is
also in a ``<title>`` so that a screen reader and a mouse-over give the figure.
"""

from __future__ import annotations

import html
from typing import Sequence

PALETTE = ("#2f6db5", "#d9822b", "#3a9a5b", "#b8323c", "#7b5ea7")
ROW_H = 22
LABEL_W = 230
BAR_W = 420


def bar_chart(title: str, labels: Sequence[str], series: dict[str, Sequence[int]], *, unit: str = "") -> str:
    """Horizontal grouped bars: one group per label, one bar per series (legend when several).

    ``series`` maps a series name to one count per label. Returns an ``<svg>`` element (a string),
    or "" when there is nothing to draw."""
    names = list(series)
    if not labels or not names:
        return ""
    top = max((max(values, default=0) for values in series.values()), default=0) or 1
    per_group = len(names)
    group_h = ROW_H * per_group + 8
    legend_h = 20 if per_group > 1 else 0
    height = 30 + legend_h + group_h * len(labels)
    width = LABEL_W + BAR_W + 90
    e = html.escape
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="system-ui,sans-serif" font-size="12">',
           f"<title>{e(title)}</title>",
           f'<text x="0" y="16" font-size="14" font-weight="bold">{e(title)}</text>']
    if legend_h:
        x = 0
        for i, name in enumerate(names):
            out.append(f'<rect x="{x}" y="26" width="12" height="12" fill="{PALETTE[i % len(PALETTE)]}"/>'
                       f'<text x="{x + 16}" y="36">{e(name)}</text>')
            x += 24 + 7 * len(name)
    y = 30 + legend_h
    for li, label in enumerate(labels):
        out.append(f'<text x="{LABEL_W - 6}" y="{y + group_h / 2 + 2:.0f}" text-anchor="end">'
                   f"{e(_short(label))}</text>")
        for si, name in enumerate(names):
            n = int(series[name][li])
            w = max(1.0, BAR_W * n / top) if n else 0.0
            by = y + 4 + si * ROW_H
            tip = f"{label} — {name} : {n}{(' ' + unit) if unit else ''}" if per_group > 1 else f"{label} : {n}"
            out.append(f'<rect x="{LABEL_W}" y="{by}" width="{w:.1f}" height="{ROW_H - 4}" '
                       f'fill="{PALETTE[si % len(PALETTE)]}"><title>{e(tip)}</title></rect>'
                       f'<text x="{LABEL_W + w + 4:.1f}" y="{by + ROW_H - 8}">{n}</text>')
        y += group_h
    out.append("</svg>")
    return "".join(out)


def _short(label: str, width: int = 34) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def figure(svg: str, caption: str) -> str:
    """An SVG chart in a ``<figure>`` with its French caption ("" when there is no chart)."""
    if not svg:
        return ""
    return f'<figure class="graphique">{svg}<figcaption>{html.escape(caption)}</figcaption></figure>'
