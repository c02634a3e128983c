"""Charts drawn as inline SVG on the server: no script, no network, readable without styles.

Each chart carries its numbers as `data-label` / `data-value` attributes and a `<title>` per
mark, so a screen reader, a test and a person hovering all read the same values.
"""

from __future__ import annotations

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
) -> Markup:
    """A horizontal bar chart with a linear axis starting at zero, one bar per (label, value)."""
    top = 8
    height = top * 2 + max(len(bars), 1) * (bar_height + gap)
    plot_width = width - label_width - value_width
    largest = max((value for _, value in bars), default=0) or 1
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
