"""Charts drawn as inline SVG on the server: no script, no network, readable without styles.

Each chart carries its numbers as `data-label` / `data-value` attributes and a `<title>` per
mark, so a screen reader, a test and a person hovering all read the same values. A chart is
given the unit of what it draws (the catalogue's), and writes values with `format_value`, so a
tooltip reads as the command line prints the same number: 12,300, 48.4%, 6.0 h, 63.25.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from markupsafe import Markup, escape

from sellindex.interfaces.formatting import format_value

PHONE_CARD_PX = 330
"""How wide a chart is drawn inside a card on a 390 px phone screen."""
PHONE_TEXT_PX = 11
"""How tall chart text should be there: a stretched chart is scaled down to the card, so its
text is set larger in the chart's own units (`--phone-text`, used by the stylesheet)."""
CHAR_WIDTH_EM = 0.58
"""A generous average glyph width, to leave room for labels at the phone text size."""


def phone_text(width: float) -> float:
    """The font size, in a chart's units, that shows as PHONE_TEXT_PX once the chart of
    `width` units is scaled to a phone's card (never below the desktop size)."""
    return round(max(13.0, PHONE_TEXT_PX * width / PHONE_CARD_PX), 1)


def _text_room(label: str, width: float) -> float:
    """Units that `label` needs at the phone text size of a chart `width` units wide."""
    return len(label) * CHAR_WIDTH_EM * phone_text(width)


def tick_labels(ticks: Sequence[float], unit: str) -> list[str]:
    """Axis ticks as the round numbers they are (0, 0.5, 1, 2,500), shares as percentages
    (0%, 0.5%, 1%). Values are written by `format_value` instead: a tick is a place on the
    axis, not a measurement, and needs no more digits than it has."""
    labels = []
    for tick in ticks:
        shown = tick * 100 if unit == "share" else tick
        decimals = next((d for d in range(7) if abs(round(shown, d) - shown) < 1e-9), 6)
        labels.append(f"{shown:,.{decimals}f}{'%' if unit == 'share' else ''}")
    return labels


def bar_chart(
    bars: Sequence[tuple[str, float]],
    *,
    title: str,
    chart_id: str,
    unit: str,
    width: int = 480,
    bar_height: int = 20,
    gap: int = 6,
    maximum: float | None = None,
) -> Markup:
    """A horizontal bar chart with a linear axis starting at zero, one bar per (label, value)
    in `unit`; the axis ends at `maximum` when given (pillars out of 25), else at the largest
    value. Labels and values get the room they need at the phone text size."""
    top = 8
    height = top * 2 + max(len(bars), 1) * (bar_height + gap)
    label_width = min(width * 0.45, max((_text_room(b[0], width) for b in bars), default=0) + 10)
    value_width = max((_text_room(format_value(v, unit), width) for _, v in bars), default=0)
    value_width += 10
    plot_width = width - label_width - value_width
    largest = maximum or max((value for _, value in bars), default=0) or 1
    parts = [_open("bar-chart", chart_id, _described(title, bars, unit), width, height)]
    if not bars:
        parts.append(f'<text x="{width / 2}" y="{top + bar_height}">No data</text>')
    for index, (label, value) in enumerate(bars):
        y = top + index * (bar_height + gap)
        length = plot_width * value / largest
        if value > 0:
            length = max(length, 1.5)  # a non-zero count stays visible next to a huge one
        text_y = y + bar_height * 0.72
        shown = format_value(value, unit)
        parts.append(
            f'<g class="bar" data-label="{escape(label)}" data-value="{escape(str(value))}">'
            f"<title>{escape(label)}: {shown}</title>"
            f'<text class="bar-label" x="{label_width - 8:.1f}" y="{text_y:.1f}"'
            f' text-anchor="end">{escape(label)}</text>'
            f'<rect x="{label_width:.1f}" y="{y}" width="{length:.1f}" height="{bar_height}"'
            ' rx="2"></rect>'
            f'<text class="bar-value" x="{label_width + length + 6:.1f}" y="{text_y:.1f}">'
            f"{shown}</text></g>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def gauge(value: float, *, maximum: float = 100, title: str, chart_id: str, unit: str) -> Markup:
    """A half-circle gauge from 0 to `maximum`, the value (in `unit`) written in its middle."""
    share = min(max(float(value) / maximum, 0.0), 1.0)
    radius, cx, cy = 80, 100, 96
    angle = math.pi * (1 - share)
    x, y = cx + radius * math.cos(angle), cy - radius * math.sin(angle)
    arc = f"M {cx - radius} {cy} A {radius} {radius} 0 0 1"
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart gauge" id="{escape(chart_id)}"'
        f' viewBox="0 0 200 116" width="100%" role="img" aria-label="{escape(title)}"'
        f' data-value="{escape(str(value))}" data-max="{maximum:g}">'
        f"<title>{escape(title)}: {format_value(value, unit)} of {maximum:g}</title>"
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
    unit: str,
    width: int = 460,
    height: int = 220,
) -> Markup:
    """Vertical columns on a zero-based axis, for a distribution (one column per bin, its
    value in `unit`)."""
    top, bottom, left = 18, 24, 8
    plot_height = height - top - bottom
    step = (width - 2 * left) / max(len(columns), 1)
    largest = max((value for _, value in columns), default=0) or 1
    parts = [_open("column-chart", chart_id, _described(title, columns, unit), width, height)]
    crowded = len(columns) > 6
    for index, (label, value) in enumerate(columns):
        x = left + index * step
        bar = plot_height * value / largest
        y = top + plot_height - bar
        centre = x + step / 2
        shown = format_value(value, unit)
        parts.append(
            f'<g class="column" data-label="{escape(label)}" data-value="{escape(str(value))}">'
            f"<title>{escape(label)}: {shown}</title>"
            f'<rect x="{x + 2:.1f}" y="{y:.1f}" width="{step - 4:.1f}" height="{bar:.1f}"'
            ' rx="2"></rect>'
            f'<text class="bar-value" x="{centre:.1f}" y="{y - 4:.1f}" text-anchor="middle">'
            f"{shown}</text>"
            f'<text class="axis-label{" minor" if crowded and index % 2 else ""}"'
            f' x="{centre:.1f}" y="{height - 6}" text-anchor="middle">{escape(label)}</text></g>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Round tick values (1, 2 or 5 times a power of ten) from at or below `low` to at or
    above `high`, about `count` of them."""
    span = high - low
    if span <= 0:
        return [low, low + 1]
    raw = span / max(count - 1, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(low / step + 1e-9) * step
    ticks = [first]
    while ticks[-1] < high - 1e-9:
        ticks.append(round(ticks[-1] + step, 12))
    return ticks


def line_chart(
    points: Sequence[tuple[str, float | None]],
    *,
    title: str,
    chart_id: str,
    unit: str,
    width: int = 560,
    height: int = 220,
    low: float | None = 0.0,
    high: float | None = None,
    incomplete_from: int | None = None,
    name: str | None = None,
    others: Sequence[tuple[str, Sequence[float | None]]] = (),
    legend: bool = False,
) -> Markup:
    """A line through dated points (label, value) on round ticks; missing values break
    nothing, they are simply not drawn. The axis starts at `low` (zero by default) and ends at
    `high` or above the largest value. Points from `incomplete_from` on are periods not over
    yet: drawn hollow on a dashed line, so a part-period never reads as a drop. Values are
    in `unit`: a share's axis is in percent.

    `others` are more series over the same labels (name, values), each in its own style, with
    a legend naming them and the first series (`name`); `legend` draws it even when the others
    have no values."""
    others = [
        (label, list(values)) for label, values in others if any(v is not None for v in values)
    ]
    known = [float(v) for _, v in points if v is not None]
    known += [float(v) for _, values in others for v in values if v is not None]
    floor = min([low, *known]) if low is not None else min(known, default=0.0)
    ceiling = high if high is not None else max(known, default=1.0)
    ticks = nice_ticks(floor, ceiling if ceiling > floor else floor + 1)
    if high is not None:
        ticks = next(
            (found for n in (4, 5, 6) if (found := nice_ticks(floor, high, n))[-1] == high),
            [t for t in ticks if t <= high] or ticks,
        )
    floor, ceiling = ticks[0], max(ticks[-1], ceiling)
    labels = tick_labels(ticks, unit)

    top = 16 + (phone_text(width) * 1.4 if others or legend else 0)
    bottom, right = 12 + phone_text(width) * 1.3, 14
    left = max(_text_room(label, width) for label in labels) + 12
    plot_w, plot_h = width - left - right, height - top - bottom
    step = plot_w / max(len(points) - 1, 1)
    cut = len(points) if incomplete_from is None else max(incomplete_from, 0)

    def y_of(value: float) -> float:
        return top + plot_h * (1 - (value - floor) / (ceiling - floor))

    def xy(index: int, value: float | None) -> str:
        return f"{left + index * step:.1f},{y_of(float(value or 0)):.1f}"

    described = _described(title, points, unit)
    for series, values in others:
        named = [(label, v) for (label, _), v in zip(points, values, strict=True)]
        described += f". {_described(series, named, unit)}"
    if cut < len(points):
        described += f" ({len(points) - cut} period{'s' if len(points) - cut > 1 else ''} not over)"
    parts = [_open("line-chart", chart_id, described, width, height)]
    for tick, tick_label in zip(ticks, labels, strict=True):
        parts.append(
            f'<line class="grid-line" x1="{left:.1f}" x2="{width - right}" y1="{y_of(tick):.1f}"'
            f' y2="{y_of(tick):.1f}"></line><text class="axis-label" x="{left - 6:.1f}"'
            f' y="{y_of(tick) + 4:.1f}" text-anchor="end">{tick_label}</text>'
        )
    drawn = [(i, v) for i, (_, v) in enumerate(points) if v is not None]
    complete = [xy(i, v) for i, v in drawn if i < cut]
    if len(complete) > 1:
        parts.append(f'<polyline class="line" points="{" ".join(complete)}"></polyline>')
    pending = [xy(i, v) for i, v in drawn if i >= cut - 1]
    if cut < len(points) and len(pending) > 1:
        parts.append(f'<polyline class="line incomplete" points="{" ".join(pending)}"></polyline>')
    for index, (label, value) in enumerate(points):
        if value is None:
            continue
        late = index >= cut
        note = " (period not over)" if late else ""
        parts.append(
            f'<g class="point{" incomplete" if late else ""}" data-label="{escape(label)}"'
            f' data-value="{escape(str(value))}">'
            f"<title>{escape(label)}: {format_value(value, unit)}{note}</title>"
            f'<circle cx="{left + index * step:.1f}" cy="{y_of(float(value)):.1f}" r="3.5">'
            "</circle></g>"
        )
    for number, (series, values) in enumerate(others, start=1):
        marks = [(i, v) for i, v in enumerate(values) if v is not None]
        if len(marks) > 1:
            line = " ".join(xy(i, v) for i, v in marks)
            parts.append(f'<polyline class="line series-{number}" points="{line}"></polyline>')
        for index, value in marks:
            label = points[index][0]
            parts.append(
                f'<g class="mark series-{number}" data-series="{escape(series)}"'
                f' data-label="{escape(label)}" data-value="{escape(str(value))}">'
                f"<title>{escape(series)}, {escape(label)}: {format_value(value, unit)}"
                f'</title><rect x="{left + index * step - 3:.1f}" y="{y_of(float(value)) - 3:.1f}"'
                ' width="6" height="6"></rect></g>'
            )
    if others or legend:
        parts.append(_legend([name or title, *(series for series, _ in others)], left, width))
    room = max((_text_room(label, width) for label, _ in points), default=1) + 10
    every = max(1, math.ceil(len(points) / max(1, plot_w // room + 1)))
    shown = [i for i in range(len(points)) if i % every == 0 and len(points) - 1 - i >= every]
    shown.append(len(points) - 1)
    major = {shown[0], shown[-1], shown[len(shown) // 2]} if shown else set()
    for index in shown if points else []:
        last = index == len(points) - 1
        anchor = "end" if last and index else "start" if index == 0 else "middle"
        minor = "" if index in major else " minor"
        parts.append(
            f'<text class="axis-label{minor}" x="{left + index * step:.1f}" y="{height - 6}"'
            f' text-anchor="{anchor}">{escape(points[index][0])}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _legend(names: Sequence[str], left: float, width: float) -> str:
    """One swatch and name per series, in a row above the plot."""
    size = phone_text(width)
    x, parts = left, ['<g class="legend" aria-hidden="true">']
    for number, series in enumerate(names):
        parts.append(
            f'<line class="line series-{number}" x1="{x:.1f}" x2="{x + 18:.1f}" y1="{size:.1f}"'
            f' y2="{size:.1f}"></line><text class="axis-label" x="{x + 22:.1f}"'
            f' y="{size * 1.3:.1f}">{escape(series)}</text>'
        )
        x += 30 + _text_room(series, width)
    parts.append("</g>")
    return "".join(parts)


def heat_map(
    rows: Sequence[tuple[str, Sequence[float]]],
    columns: Sequence[str],
    *,
    title: str,
    chart_id: str,
    unit: str,
    maximum: float = 25,
    cell_width: int = 86,
    cell_height: int = 24,
    label_width: int = 150,
) -> Markup:
    """Rows x columns of shaded cells (darker is more, out of `maximum`), values in `unit`
    written in, with a legend of the shades underneath."""
    top = 24
    width = label_width + cell_width * len(columns) + 4
    body = top + cell_height * max(len(rows), 1)
    height = body + 34
    cells = [(f"{label}, {c}", v) for label, vs in rows for c, v in zip(columns, vs, strict=True)]
    described = _described(title, cells, unit)
    parts = [_open("heat-map", chart_id, described, width, height, stretch=False)]
    steps = 5
    swatch = min(cell_width, (width - label_width) / (steps + 1))
    parts.append(
        f'<g class="legend" aria-hidden="true"><text class="axis-label"'
        f' x="{label_width - 8}" y="{body + 22}" text-anchor="end">Points</text>'
    )
    for index in range(steps + 1):
        share = index / steps
        x = label_width + index * swatch
        parts.append(
            f'<rect class="legend-swatch" x="{x + 1:.1f}" y="{body + 8}" width="{swatch - 2:.1f}"'
            f' height="20" rx="3" fill-opacity="{0.08 + 0.92 * share:.2f}"></rect>'
            f'<text class="{"heat-dark" if share > 0.55 else "heat-light"}"'
            f' x="{x + swatch / 2:.1f}" y="{body + 22}" text-anchor="middle">'
            f"{maximum * share:g}</text>"
        )
    parts.append("</g>")
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
                f" {escape(columns[index])}: {format_value(value, unit)}</title>"
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
    kind: str, chart_id: str, title: str, width: float, height: float, stretch: bool = True
) -> str:
    """The <svg> element; `stretch` fills the card, otherwise text keeps its natural size.
    Its `font-size` is the phone text size, which the stylesheet applies on narrow screens."""
    shown = "100%" if stretch else str(width)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart {kind}" id="{escape(chart_id)}"'
        f' viewBox="0 0 {width:g} {height:g}" width="{shown}" role="img"'
        f' font-size="{phone_text(width) if stretch else 13:g}"'
        f' aria-label="{escape(title)}"><title>{escape(title)}</title>'
    )


def _described(title: str, marks: Sequence[tuple[str, float | None]], unit: str) -> str:
    """The chart's accessible name: its title and the values it draws (the first 24)."""
    shown = [
        f"{label} {format_value(value, unit)}" for label, value in marks[:24] if value is not None
    ]
    more = f"; and {len(marks) - 24} more" if len(marks) > 24 else ""
    return f"{title}: {'; '.join(shown)}{more}" if shown else f"{title}: no data"
