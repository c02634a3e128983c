"""Build a rep's scorecard: one self-contained HTML page a manager can send to the rep."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from html import escape
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

import pandas as pd

from sellindex.analysis.grading import MIN_DEALS, NO_GRADE
from sellindex.analysis.reports import RepReport, rep_report, team_comparison
from sellindex.analysis.trends import IMPROVED, MIN_SAMPLE, REGRESSED
from sellindex.errors import SellindexError
from sellindex.interfaces.formatting import MISSING, explanation, format_value
from sellindex.interfaces.scorecard.charts import interval_chart, line_chart, percentile_bar
from sellindex.metrics.catalogue import metric
from sellindex.metrics.kpis.reps import REP_KPIS, REP_KPIS_BY_NAME
from sellindex.service.people import member_profile
from sellindex.service.reps import coaching_for
from sellindex.service.scope import Scope
from sellindex.store import Store

TREND_CHART_METRICS = (
    "win_rate",
    "booked_revenue",
    "avg_deal_size",
    "speed_to_lead_median_h",
    "sales_cycle_days",
    "touches_to_win",
    "inbound_qualified_share",
    "qualified_to_opportunity",
    "lead_flow_share",
)
HISTORY_PERIODS = 12


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA


def period_label(period: pd.Timestamp | None, grain: str) -> str:
    if period is None:
        return "no data"
    if grain == "quarter":
        return f"{period.year} Q{(period.month - 1) // 3 + 1}"
    if grain == "month":
        return period.strftime("%B %Y")
    return period.strftime("%Y-%m-%d")


def _short_label(period: pd.Timestamp, grain: str) -> str:
    if grain == "quarter":
        return f"Q{(period.month - 1) // 3 + 1} {period.strftime('%y')}"
    return period.strftime("%b %y") if grain == "month" else period.strftime("%d %b")


@dataclass(frozen=True)
class Scorecard:
    rep_id: int
    html: str
    period: pd.Timestamp | None
    grade: str


def _rep_details(store: Store, rep_id: int) -> dict[str, Any]:
    rep = member_profile(Scope.everyone(store), store, rep_id)
    return rep | {"team_name": rep["team_name"] or "-"}


def _verdict_badge(verdict: str | None, change: Any, unit: str) -> str:
    if verdict is None:
        return '<span class="verdict v-none">no earlier period</span>'
    css = {IMPROVED: "v-improved", REGRESSED: "v-regressed"}.get(verdict, "v-none")
    text = verdict
    if not _missing(change) and verdict not in ("not enough data",):
        sign = "+" if float(change) >= 0 else "-"
        shown = format_value(abs(float(change)), unit)
        text = f"{verdict} ({sign}{shown})"
    return f'<span class="verdict {css}">{escape(text)}</span>'


def build_scorecard(
    store: Store, rep_id: int, grain: str = "month", report: RepReport | None = None
) -> Scorecard:
    """Gather the rep's numbers (grades with intervals, team comparison, trends) into HTML."""
    rep = _rep_details(store, rep_id)
    report = report or rep_report(store, grain)
    grain = report.window.grain
    comparison = team_comparison(store, report.window, rep_id)
    grades = report.grades[report.grades["member_id"] == rep_id].sort_values("period")
    trends = report.trends[report.trends["member_id"] == rep_id]
    rep_periods = sorted(grades["period"].unique()) if not grades.empty else []
    period = report.graded_period
    if rep_periods and (period is None or period not in set(rep_periods)):
        period = pd.Timestamp(rep_periods[-1])
    current = grades[grades["period"] == period]
    row = current.iloc[0].to_dict() if not current.empty else {}
    grade = row.get("grade", NO_GRADE)
    level_pct = f"{report.level:.0%}"
    money = REP_KPIS_BY_NAME["booked_revenue"].unit

    revenue_axis_top = max(
        [float(v) for v in (row.get("revenue_high"), row.get("team_median_revenue"))
         if not _missing(v)] or [1.0]
    ) * 1.1  # fmt: skip
    fields: dict[str, str] = {
        "rep_name": escape(str(rep.get("name") or f"Rep {rep_id}")),
        "rep_title": escape(str(rep.get("title") or "sales rep")),
        "rep_id": str(rep_id),
        "team_name": escape(str(rep["team_name"])),
        "team_size": str(int(row["team_size"])) if row else "-",
        "period_label": escape(period_label(period, grain)),
        "previous_label": "previous period",
        "grade": escape(grade if grade != NO_GRADE else "-"),
        "grade_class": f"grade-{grade}" if grade != NO_GRADE else "grade-none",
        "revenue_grade": escape(str(row.get("revenue_grade", NO_GRADE))),
        "grade_note": escape(
            f"grades need at least {MIN_DEALS} closed deals in the period"
            if grade == NO_GRADE
            else "A best, E lowest"
        ),
        "level_pct": level_pct,
        "closed_deals": format_value(row.get("closed_deals"), "count"),
        "win_rate_raw": format_value(row.get("win_rate"), "share"),
        "win_rate_estimate": format_value(row.get("win_rate_estimate"), "share"),
        "win_rate_interval": escape(
            f"{format_value(row.get('win_rate_low'), 'share')} to "
            f"{format_value(row.get('win_rate_high'), 'share')}"
        ),
        "team_win_rate": format_value(row.get("team_win_rate"), "share"),
        "win_rate_band": escape(str(row.get("win_rate_band", "no data"))),
        "win_rate_chart": interval_chart(
            row.get("win_rate_estimate"),
            row.get("win_rate_low"),
            row.get("win_rate_high"),
            row.get("team_win_rate"),
            (0.0, 1.0),
            lambda v: f"{v:.0%}",
        ),
        "booked_revenue": format_value(row.get("booked_revenue"), money),
        "revenue_interval": escape(
            f"{format_value(row.get('revenue_low'), money)} to "
            f"{format_value(row.get('revenue_high'), money)}"
        ),
        "team_revenue": format_value(row.get("team_median_revenue"), money),
        "revenue_band": escape(str(row.get("revenue_band", "no data"))),
        "revenue_chart": interval_chart(
            row.get("booked_revenue"),
            row.get("revenue_low"),
            row.get("revenue_high"),
            row.get("team_median_revenue"),
            (0.0, revenue_axis_top),
            lambda v: f"{v:,.0f}",
            reference_label="team median",
        ),
        "metric_rows": _metric_rows(comparison, trends, period),
        "trend_charts": _trend_charts(comparison, grain),
        "history_rows": _history_rows(grades, grain),
        "coaching": _coaching(store, report, rep_id, period),
        "notes": _notes(report),
    }
    template = Template(resources.files(__package__).joinpath("template.html").read_text())
    return Scorecard(rep_id=rep_id, html=template.substitute(fields), period=period, grade=grade)


def _metric_rows(
    comparison: pd.DataFrame, trends: pd.DataFrame, period: pd.Timestamp | None
) -> str:
    here = comparison[comparison["period"] == period].set_index("metric")
    changes = trends[trends["period"] == period].set_index("metric")
    rows = []
    for kpi in REP_KPIS:
        if kpi.name not in here.index:
            continue
        line = here.loc[kpi.name]
        trend = changes.loc[kpi.name] if kpi.name in changes.index else None
        percentile = line["team_percentile"]
        percentile_text = MISSING if _missing(percentile) else f"{float(percentile):.0f}"
        badge = _verdict_badge(
            None if trend is None else str(trend["verdict"]),
            None if trend is None else trend["change"],
            kpi.unit,
        )
        shown = metric(kpi.name)
        rows.append(
            f'<tr><td title="{escape(explanation(shown))}">{escape(shown.label)}</td>'
            f'<td class="num">{format_value(line["value"], kpi.unit)}</td>'
            f'<td class="num">{format_value(line["team_median"], kpi.unit)}</td>'
            f"<td>{percentile_bar(None if _missing(percentile) else float(percentile))} "
            f"{percentile_text}</td><td>{badge}</td></tr>"
        )
    if not rows:
        return '<tr><td colspan="5" class="muted">No activity in this period.</td></tr>'
    return "\n".join(rows)


def _trend_charts(comparison: pd.DataFrame, grain: str) -> str:
    periods = sorted(comparison["period"].unique())[-HISTORY_PERIODS:]
    labels = [_short_label(pd.Timestamp(p), grain) for p in periods]
    charts = []
    for name in TREND_CHART_METRICS:
        shown = metric(name)
        series = comparison[comparison["metric"] == name].set_index("period")
        rep_values = [_value(series, p, "value") for p in periods]
        team_values = [_value(series, p, "team_median") for p in periods]
        chart = line_chart(
            labels, rep_values, team_values, lambda v, u=shown.unit: format_value(v, u)
        )
        charts.append(f'<div class="chart"><h3>{escape(shown.label)}</h3>{chart}</div>')
    return "\n".join(charts)


def _value(series: pd.DataFrame, period: Any, column: str) -> float | None:
    if period not in series.index:
        return None
    value = series.loc[period, column]
    return None if _missing(value) else float(value)


def _history_rows(grades: pd.DataFrame, grain: str) -> str:
    rows = []
    for record in grades.tail(HISTORY_PERIODS).iloc[::-1].to_dict("records"):
        estimate = (
            f"{format_value(record['win_rate_estimate'], 'share')} "
            f"({format_value(record['win_rate_low'], 'share')} to "
            f"{format_value(record['win_rate_high'], 'share')})"
        )
        rows.append(
            f"<tr><td>{escape(period_label(pd.Timestamp(record['period']), grain))}</td>"
            f'<td class="num">{format_value(record["closed_deals"], "count")}</td>'
            f'<td class="num">{format_value(record["win_rate"], "share")}</td>'
            f'<td class="num">{escape(estimate)}</td>'
            f'<td class="num">{format_value(record["booked_revenue"], "money")}</td>'
            f"<td>{escape(str(record['win_rate_band']))}</td>"
            f"<td>{escape(str(record['revenue_band']))}</td>"
            f"<td><strong>{escape(str(record['grade']))}</strong></td>"
            f"<td>{escape(str(record['revenue_grade']))}</td></tr>"
        )
    if not rows:
        return '<tr><td colspan="9" class="muted">No closed deals yet.</td></tr>'
    return "\n".join(rows)


def _coaching(store: Store, report: RepReport, rep_id: int, period: pd.Timestamp | None) -> str:
    """The rep's coaching points (from every closed deal), and what to keep in mind when
    reading their cycle and win rate."""
    items = coaching_for(store, rep_id)
    for frame in (report.cycles, report.regression_notes):
        if frame is None or frame.empty:
            continue
        mine = frame[(frame["member_id"] == rep_id) & (frame["period"] == period)]
        items += [note[0].upper() + note[1:] + "." for note in mine["note"] if note]
    if not items:
        items.append(
            "No coaching point: no behaviour has a clear effect on a rep's own deals yet, or "
            "you already do as much as the top quarter of reps."
        )
    return "\n".join(f"  <li>{escape(item)}</li>" for item in items)


def _notes(report: RepReport) -> str:
    excluded = report.exclusions
    notes = [
        "Win rate is estimated with the team's win rate as a prior (empirical Bayes): with few "
        "deals the estimate stays near the team's; the interval shows how sure it is.",
        "Grades say how sure we are that you are above the team: A clearly above (the "
        f"{report.level:.0%} interval clears the team's level), B probably above, C no clear "
        "difference, D probably below, E clearly below. The grade is on win rate; the revenue "
        "grade compares booked revenue with the team's median rep. Fewer than "
        f"{MIN_DEALS} closed deals in the period: no grade.",
        "A change is called improved or regressed only when the interval of the difference "
        f"excludes zero; fewer than {MIN_SAMPLE} observations in either period: not enough "
        "data.",
        f"Data rules, whole company: {excluded['deals_closed_before_created']} deals closed "
        f"before they were created were excluded; {excluded['touches_after_close']} touches "
        f"after a close and {excluded['touches_before_assignment']} touches before a lead's "
        f"current assignment were not counted; {excluded['untouched_leads']} leads were never "
        f"touched by their owner; {excluded['unassigned_leads']} leads had no owner.",
        f"Generated {datetime.now().strftime('%Y-%m-%d %H:%M')} UTC by sellindex.",
    ]
    return "\n".join(f"    <li>{escape(n)}</li>" for n in notes)


def write_scorecard(
    store: Store, rep_id: int, out: Path, grain: str = "month", report: RepReport | None = None
) -> Scorecard:
    if out.suffix.lower() not in (".html", ".htm"):
        raise SellindexError(f"the scorecard is an HTML page; give --out a .html name, not {out}")
    card = build_scorecard(store, rep_id, grain, report)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(card.html, encoding="utf-8")
    return card
