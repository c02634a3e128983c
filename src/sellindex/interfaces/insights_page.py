"""The insights report as one self-contained HTML page (no script, no network), for managers to
read and forward: every behaviour's effect with its interval, the warnings beside it, and the
coaching points per rep."""

from __future__ import annotations

import math
from html import escape
from pathlib import Path

from sellindex.analysis.insights import Estimate, Finding, InsightsReport
from sellindex.interfaces.scorecard.charts import interval_chart

_STYLE = """
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;
color:#1d2433;line-height:1.45}
table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #e3e6ea;vertical-align:top}
th{font-size:.85rem;color:#4a5362}
.caution{background:#fff6e0;border-left:4px solid #c98a00;padding:.5rem .75rem;margin:.4rem 0}
.muted{color:#4a5362}
.significant{font-weight:600}
"""


def _number(value: float, scale: str) -> str:
    return f"{value:,.0f}" if scale == "difference" else f"{value:.2f}"


def _axis(report: InsightsReport) -> tuple[float, float]:
    bounds = [
        bound
        for finding in report.findings
        for estimate in (finding.within, finding.between)
        if estimate is not None
        for bound in (estimate.low, estimate.high)
        if math.isfinite(bound)
    ]
    if report.scale == "difference":
        extent = max((abs(b) for b in bounds), default=1.0)
        return -extent, extent
    return min([*bounds, 0.5]), max([*bounds, 2.0])


def _cell(estimate: Estimate | None, report: InsightsReport, axis: tuple[float, float]) -> str:
    if estimate is None:
        return "<td class='muted'>-</td>"
    reference = 0.0 if report.scale == "difference" else 1.0
    chart = interval_chart(
        estimate.value,
        estimate.low,
        estimate.high,
        reference,
        axis,
        lambda v: _number(v, report.scale),
        reference_label="no effect",
        width=260,
    )
    text = (
        f"{_number(estimate.value, report.scale)} "
        f"({_number(estimate.low, report.scale)} to {_number(estimate.high, report.scale)}), "
        f"adjusted p {estimate.p_adjusted:.3g}"
        if estimate.p_adjusted is not None
        else ""
    )
    mark = " class='significant'" if estimate.significant else ""
    return f"<td{mark}>{chart}<div>{escape(text)}</div></td>"


def _row(finding: Finding, report: InsightsReport, axis: tuple[float, float]) -> str:
    name = (
        f"<strong>{escape(finding.label)}</strong><div class='muted'>"
        f"{escape(finding.definition)}; 1 SD = {escape(finding.one_sd)}</div>"
    )
    if finding.not_enough_data:
        reason = escape(finding.not_enough_data)
        return f"<tr><td>{name}</td><td colspan='2' class='muted'>{reason}</td></tr>"
    cautions = "".join(f"<div class='caution'>{escape(c.message)}</div>" for c in finding.cautions)
    return (
        f"<tr><td>{name}{cautions}</td>{_cell(finding.within, report, axis)}"
        f"{_cell(finding.between, report, axis)}</tr>"
    )


def render_report(report: InsightsReport, rep_names: dict[int, str] | None = None) -> str:
    axis = _axis(report)
    names = rep_names or {}
    cautions = "".join(f"<div class='caution'>{escape(c.message)}</div>" for c in report.cautions)
    rows = "".join(_row(f, report, axis) for f in report.findings)
    coaching = "".join(
        f"<li><strong>{escape(names.get(rep, f'rep {rep}'))}</strong><ul>"
        + "".join(f"<li>{escape(point.message)}</li>" for point in points)
        + "</ul></li>"
        for rep, points in sorted(report.coaching.items())
    )
    window = report.window
    span = (
        f"deals closed from {window['from']:%Y-%m-%d}" if window.get("from") else "all closed deals"
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Insights: {escape(report.outcome)}</title><style>{_STYLE}</style></head>
<body>
<h1>What goes with {escape(report.outcome)}</h1>
<p>{escape(span)}: {report.deals:,} deals of {report.reps} reps, adjusted for
{escape(", ".join(report.controls) or "nothing")}. Effects are per standard deviation of each
behaviour, as {escape(report.scale)}s with 95% intervals, with errors clustered by rep.
{report.tests} tests were run; bold ones are significant after the Benjamini-Hochberg
adjustment (false discovery rate {report.false_discovery_rate:.0%}).</p>
{cautions}
<table><thead><tr><th>behaviour</th><th>on a rep's own deals</th><th>across reps</th></tr>
</thead><tbody>{rows}</tbody></table>
<h2>Coaching</h2>
<p class="muted">For each rep, the behaviours that help on a rep's own deals where the rep does
least compared with the top quarter of reps.</p>
<ul>{coaching or "<li>No behaviour has a clear effect on a rep's own deals yet.</li>"}</ul>
</body></html>
"""


def write_report(
    report: InsightsReport, out: Path, rep_names: dict[int, str] | None = None
) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_report(report, rep_names), encoding="utf-8")
