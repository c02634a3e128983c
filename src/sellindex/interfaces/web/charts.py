"""Charts drawn as inline SVG on the server: no script, no network, readable without styles.

Each chart carries its numbers as `data-label` / `data-value` attributes and a `<title>` per
mark, so a screen reader, a test and a person hovering all read the same values.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from markupsafe import Markup, escape


def _format(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def bar_chart(
    bars: Sequence[tuple[str, float]],
    *,
    title: str,
    chart_id: str,
    width: int = 480,
    bar_height: int = 20,
    gap: int = 6,
    label_width: int = 150,
    value_width: int = 64,
    maximum: float | None = None,
) -> Markup:
    """A horizontal bar chart with a linear axis starting at zero, one bar per (label, value);
    the axis ends at `maximum` when given (pillars out of 25), else at the largest value."""
    top = 8
    height = top * 2 + max(len(bars), 1) * (bar_height + gap)
    plot_width = width - label_width - value_width
    largest = maximum or max((value for _, value in bars), default=0) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart bar-chart" id="{escape(chart_id)}"'
        f' viewBox="0 0 {width} {height}" width="100%" role="img"'
        f' aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    if not bars:
        parts.append(f'<text x="{label_width}" y="{top + bar_height}">No data</text>')
    for index, (label, value) in enumerate(bars):
        y = top + index * (bar_height + gap)
        length = plot_width * value / largest
        if value > 0:
            length = max(length, 1.5)  # a non-zero count stays visible next to a huge one
        text_y = y + bar_height * 0.72
        shown = _format(value)
        parts.append(
            f'<g class="bar" data-label="{escape(label)}" data-value="{escape(str(value))}">'
            f"<title>{escape(label)}: {shown}</title>"
            f'<text class="bar-label" x="{label_width - 8}" y="{text_y:.1f}"'
            f' text-anchor="end">{escape(label)}</text>'
            f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{bar_height}"'
            ' rx="2"></rect>'
            f'<text class="bar-value" x="{label_width + length + 6:.1f}" y="{text_y:.1f}">'
            f"{shown}</text></g>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def gauge(value: float, *, maximum: float = 100, title: str, chart_id: str) -> Markup:
    """A half-circle gauge from 0 to `maximum`, the value written in its middle."""
    share = min(max(float(value) / maximum, 0.0), 1.0)
    radius, cx, cy = 80, 100, 96
    angle = math.pi * (1 - share)
    x, y = cx + radius * math.cos(angle), cy - radius * math.sin(angle)
    arc = f"M {cx - radius} {cy} A {radius} {radius} 0 0 1"
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart gauge" id="{escape(chart_id)}"'
        f' viewBox="0 0 200 116" width="100%" role="img" aria-label="{escape(title)}"'
        f' data-value="{escape(str(value))}" data-max="{maximum:g}">'
        f"<title>{escape(title)}: {_format(value)} of {maximum:g}</title>"
        f'<path class="gauge-track" d="{arc} {cx + radius} {cy}"></path>'
        + (f'<path class="gauge-fill" d="{arc} {x:.2f} {y:.2f}"></path>' if share > 0 else "")
        + f'<text class="gauge-value" x="{cx}" y="{cy - 8}" text-anchor="middle">'
        f"{float(value):.0f}</text>"
        f'<text class="gauge-scale" x="{cx - radius}" y="{cy + 16}" text-anchor="middle">0</text>'
        f'<text class="gauge-scale" x="{cx + radius}" y="{cy + 16}" text-anchor="middle">'
        f"{maximum:g}</text></svg>"
    )


def column_chart(
    columns: Sequence[tuple[str, float]],
    *,
    title: str,
    chart_id: str,
    width: int = 460,
    height: int = 220,
) -> Markup:
    """Vertical columns on a zero-based axis, for a distribution (one column per bin)."""
    top, bottom, left = 18, 24, 8
    plot_height = height - top - bottom
    step = (width - 2 * left) / max(len(columns), 1)
    largest = max((value for _, value in columns), default=0) or 1
    parts = [_open("column-chart", chart_id, title, width, height)]
    for index, (label, value) in enumerate(columns):
        x = left + index * step
        bar = plot_height * value / largest
        y = top + plot_height - bar
        centre = x + step / 2
        parts.append(
            f'<g class="column" data-label="{escape(label)}" data-value="{escape(str(value))}">'
            f"<title>{escape(label)}: {_format(value)}</title>"
            f'<rect x="{x + 2:.1f}" y="{y:.1f}" width="{step - 4:.1f}" height="{bar:.1f}"'
            ' rx="2"></rect>'
            f'<text class="bar-value" x="{centre:.1f}" y="{y - 4:.1f}" text-anchor="middle">'
            f"{_format(value)}</text>"
            f'<text class="axis-label" x="{centre:.1f}" y="{height - 6}" text-anchor="middle">'
            f"{escape(label)}</text></g>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def line_chart(
    points: Sequence[tuple[str, float | None]],
    *,
    title: str,
    chart_id: str,
    width: int = 560,
    height: int = 220,
    low: float | None = 0.0,
    high: float | None = None,
    percent: bool = False,
) -> Markup:
    """A line through dated points (label, value); missing values break nothing, they are
    simply not drawn. The axis starts at `low` (zero by default) and ends at `high` or the
    largest value."""
    top, bottom, left, right = 16, 28, 58, 14
    known = [float(v) for _, v in points if v is not None]
    floor = min([low, *known]) if low is not None else min(known, default=0.0)
    ceiling = high if high is not None else max(known, default=1.0)
    if ceiling <= floor:
        ceiling = floor + 1
    plot_w, plot_h = width - left - right, height - top - bottom
    step = plot_w / max(len(points) - 1, 1)

    def tick_label(value: float) -> str:
        return f"{value:.1%}" if percent else _format(round(value, 2))

    def y_of(value: float) -> float:
        return top + plot_h * (1 - (value - floor) / (ceiling - floor))

    parts = [_open("line-chart", chart_id, title, width, height)]
    for tick in (floor, (floor + ceiling) / 2, ceiling):
        parts.append(
            f'<line class="grid-line" x1="{left}" x2="{width - right}" y1="{y_of(tick):.1f}"'
            f' y2="{y_of(tick):.1f}"></line><text class="axis-label" x="{left - 6}"'
            f' y="{y_of(tick) + 4:.1f}" text-anchor="end">{tick_label(tick)}</text>'
        )
    path = [
        f"{left + i * step:.1f},{y_of(float(v)):.1f}"
        for i, (_, v) in enumerate(points)
        if v is not None
    ]
    if len(path) > 1:
        parts.append(f'<polyline class="line" points="{" ".join(path)}"></polyline>')
    for index, (label, value) in enumerate(points):
        x = left + index * step
        if value is not None:
            parts.append(
                f'<g class="point" data-label="{escape(label)}" data-value="{escape(str(value))}">'
                f"<title>{escape(label)}: {_format(float(value))}</title>"
                f'<circle cx="{x:.1f}" cy="{y_of(float(value)):.1f}" r="3.5"></circle></g>'
            )
    every = max(1, math.ceil(len(points) / 6))
    for index, (label, _) in enumerate(points):
        last = index == len(points) - 1
        if (index % every == 0 and len(points) - 1 - index >= every) or last:
            anchor = "end" if last and index else "middle"
            parts.append(
                f'<text class="axis-label" x="{left + index * step:.1f}" y="{height - 8}"'
                f' text-anchor="{anchor}">{escape(label)}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))


def heat_map(
    rows: Sequence[tuple[str, Sequence[float]]],
    columns: Sequence[str],
    *,
    title: str,
    chart_id: str,
    maximum: float = 25,
    cell_width: int = 86,
    cell_height: int = 24,
    label_width: int = 150,
) -> Markup:
    """Rows x columns of shaded cells (darker is more, out of `maximum`), values written in."""
    top = 24
    width = label_width + cell_width * len(columns) + 4
    height = top + cell_height * max(len(rows), 1) + 4
    parts = [_open("heat-map", chart_id, title, width, height, stretch=False)]
    for index, name in enumerate(columns):
        parts.append(
            f'<text class="axis-label" x="{label_width + (index + 0.5) * cell_width:.1f}"'
            f' y="{top - 8}" text-anchor="middle">{escape(name)}</text>'
        )
    for row_index, (label, values) in enumerate(rows):
        y = top + row_index * cell_height
        parts.append(
            f'<g class="heat-row" data-label="{escape(label)}"><text class="bar-label"'
            f' x="{label_width - 8}" y="{y + cell_height * 0.68:.1f}" text-anchor="end">'
            f"{escape(label)}</text>"
        )
        for index, value in enumerate(values):
            share = min(max(float(value) / maximum, 0.0), 1.0)
            x = label_width + index * cell_width
            ink = "heat-dark" if share > 0.55 else "heat-light"
            parts.append(
                f'<g class="cell" data-column="{escape(columns[index])}"'
                f' data-value="{escape(str(value))}"><title>{escape(label)},'
                f" {escape(columns[index])}: {_format(float(value))}</title>"
                f'<rect x="{x + 1}" y="{y + 1}" width="{cell_width - 2}"'
                f' height="{cell_height - 2}" rx="3" fill-opacity="{0.08 + 0.92 * share:.2f}">'
                f'</rect><text class="{ink}" x="{x + cell_width / 2:.1f}"'
                f' y="{y + cell_height * 0.68:.1f}" text-anchor="middle">'
                f"{float(value):.1f}</text></g>"
            )
        parts.append("</g>")
    parts.append("</svg>")
    return Markup("".join(parts))


def _open(
    kind: str, chart_id: str, title: str, width: int, height: int, stretch: bool = True
) -> str:
    """The <svg> element; `stretch` fills the card, otherwise text keeps its natural size."""
    shown = "100%" if stretch else str(width)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart {kind}" id="{escape(chart_id)}"'
        f' viewBox="0 0 {width} {height}" width="{shown}" role="img"'
        f' aria-label="{escape(title)}"><title>{escape(title)}</title>'
    )
