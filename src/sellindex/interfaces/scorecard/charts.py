"""Small inline SVG charts: no script, no external asset, readable when printed or mailed."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from html import escape

REP_COLOUR = "#1f5fbf"
TEAM_COLOUR = "#8a8f98"
BAND_COLOUR = "#c9dbf5"


def _finite(value: float | None) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def _anchor(position: float, left: float, right: float) -> str:
    """Keep a label inside the chart when its point is near an edge."""
    if position - left < 30:
        return "start"
    if right - position < 30:
        return "end"
    return "middle"


def interval_chart(
    estimate: float | None,
    low: float | None,
    high: float | None,
    reference: float | None,
    axis: tuple[float, float],
    fmt: Callable[[float], str],
    reference_label: str = "team",
    width: int = 320,
    name: str | None = None,
) -> str:
    """A point estimate with its interval on a horizontal axis, and the team's level. Its
    accessible name (and tooltip) says the numbers, after `name` when given."""
    height = 46
    left, right = 10, width - 10
    lo_axis, hi_axis = axis
    span = (hi_axis - lo_axis) or 1.0

    def x(value: float) -> float:
        return left + (min(max(value, lo_axis), hi_axis) - lo_axis) / span * (right - left)

    said = [f"estimate {fmt(estimate)}"] if _finite(estimate) else ["no estimate"]
    if _finite(low) and _finite(high):
        said.append(f"interval {fmt(low)} to {fmt(high)}")
    if _finite(reference):
        said.append(f"{reference_label} {fmt(reference)}")
    label = escape(f"{name}: " * bool(name) + ", ".join(said))
    parts = [
        f'<svg width="100%" viewBox="0 0 {width} {height}" role="img" aria-label="{label}">'
        f"<title>{label}</title>",
        f'<line x1="{left}" y1="24" x2="{right}" y2="24" stroke="#d5d8dd" stroke-width="1"/>',
        f'<text x="{left}" y="42" font-size="10" fill="#666">{escape(fmt(lo_axis))}</text>',
        f'<text x="{right}" y="42" font-size="10" fill="#666" text-anchor="end">'
        f"{escape(fmt(hi_axis))}</text>",
    ]
    if _finite(low) and _finite(high):
        parts.append(
            f'<rect x="{x(low):.1f}" y="18" width="{max(x(high) - x(low), 1):.1f}" height="12" '
            f'rx="3" fill="{BAND_COLOUR}"/>'
        )
    if _finite(reference):
        parts.append(
            f'<line x1="{x(reference):.1f}" y1="8" x2="{x(reference):.1f}" y2="36" '
            f'stroke="{TEAM_COLOUR}" stroke-width="2" stroke-dasharray="3 2"/>'
            f'<text x="{x(reference):.1f}" y="7" font-size="9" fill="{TEAM_COLOUR}" '
            f'text-anchor="{_anchor(x(reference), left, right)}">{escape(reference_label)}</text>'
        )
    if _finite(estimate):
        parts.append(f'<circle cx="{x(estimate):.1f}" cy="24" r="5" fill="{REP_COLOUR}"/>')
    parts.append("</svg>")
    return "".join(parts)


def percentile_bar(percentile: float | None, width: int = 110) -> str:
    """Where the rep sits in the team, 0 to 100."""
    height = 14
    parts = [
        f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img">',
        f'<rect x="0" y="4" width="{width}" height="6" rx="3" fill="#e6e8eb"/>',
    ]
    if _finite(percentile):
        cx = percentile / 100 * (width - 8) + 4
        parts.append(f'<circle cx="{cx:.1f}" cy="7" r="4" fill="{REP_COLOUR}"/>')
    parts.append("</svg>")
    return "".join(parts)


def line_chart(
    labels: Sequence[str],
    rep_values: Sequence[float | None],
    team_values: Sequence[float | None],
    fmt: Callable[[float], str],
    width: int = 300,
    height: int = 120,
) -> str:
    """The rep's value per period (solid) against the team median (dashed)."""
    left, right, top, bottom = 44, width - 8, 10, height - 22
    values = [v for v in [*rep_values, *team_values] if _finite(v)]
    parts = [f'<svg width="100%" viewBox="0 0 {width} {height}" role="img">']
    if not values or not labels:
        parts.append(
            f'<text x="{width / 2}" y="{height / 2}" font-size="11" fill="#888" '
            'text-anchor="middle">no data yet</text></svg>'
        )
        return "".join(parts)
    low, high = min(0.0, min(values)), max(values)
    if high == low:
        high = low + 1.0
    n = len(labels)

    def x(i: int) -> float:
        return left + (i / (n - 1) if n > 1 else 0.5) * (right - left)

    def y(v: float) -> float:
        return bottom - (v - low) / (high - low) * (bottom - top)

    parts.append(
        f'<line x1="{left}" y1="{bottom}" x2="{right}" y2="{bottom}" stroke="#d5d8dd"/>'
        f'<text x="{left - 4}" y="{y(high) + 4:.1f}" font-size="9" fill="#666" '
        f'text-anchor="end">{escape(fmt(high))}</text>'
        f'<text x="{left - 4}" y="{bottom + 3}" font-size="9" fill="#666" '
        f'text-anchor="end">{escape(fmt(low))}</text>'
    )
    for i in sorted({0, n - 1}):
        # The end labels hang inwards from the axis ends, so they are never clipped.
        anchor = "middle" if n == 1 else ("start" if i == 0 else "end")
        parts.append(
            f'<text x="{x(i):.1f}" y="{height - 6}" font-size="9" fill="#666" '
            f'text-anchor="{anchor}">{escape(labels[i])}</text>'
        )
    for series, colour, dash in ((team_values, TEAM_COLOUR, ' stroke-dasharray="4 3"'),
                                 (rep_values, REP_COLOUR, "")):  # fmt: skip
        segment: list[str] = []
        segments = []
        for i, v in enumerate(series):
            if _finite(v):
                segment.append(f"{x(i):.1f},{y(v):.1f}")
            elif segment:
                segments.append(segment)
                segment = []
        if segment:
            segments.append(segment)
        for points in segments:
            parts.append(
                f'<polyline points="{" ".join(points)}" fill="none" stroke="{colour}" '
                f'stroke-width="2"{dash}/>'
            )
        if series is rep_values:
            for i, v in enumerate(series):
                if _finite(v):
                    parts.append(
                        f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="2.5" fill="{colour}"/>'
                    )
    parts.append("</svg>")
    return "".join(parts)
