"""`kpis`, `grade` and `scorecard`: KPIs for any period and grouping, rep grades, scorecards."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import pyarrow as pa
import pyarrow.parquet as pq
import typer
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table as RichTable

from sellindex.errors import SellindexError
from sellindex.interfaces.cli.app import DbOption, JsonOption, app, console, err_console, report
from sellindex.interfaces.cli.engine_options import (
    EngineChoice,
    EngineName,
    EngineOption,
    SparkConfOption,
    SparkMasterOption,
    TablesOption,
    metrics_source,
)
from sellindex.interfaces.exports import write_csv
from sellindex.store import open_store
from sellindex.store.engines import DEFAULT_SPARK_MASTER, TableSource
from sellindex.store.summary import member_names, with_member_names

if TYPE_CHECKING:
    import ibis.expr.types as ir
    import pandas as pd

    from sellindex.metrics.kpis import Kpi, Window

kpis_app = typer.Typer(
    help=(
        "Compute KPIs for any period and grouping: engagement, growth, advertising, social "
        "selling and rep micro-metrics. Ratios over an empty denominator are left empty."
    ),
    no_args_is_help=True,
)
app.add_typer(kpis_app, name="kpis")


class ScorecardGrain(StrEnum):
    month = "month"
    quarter = "quarter"


# The choices of --by and --period, spelled here rather than imported so that `--help` does not
# load ibis and pandas; a test checks them against `periods.Grain` and `reports.GradingGrain`.
class Grain(StrEnum):
    day = "day"
    week = "week"
    month = "month"
    quarter = "quarter"


class GradingGrain(StrEnum):
    month = "month"
    quarter = "quarter"
    all = "all"


DATE_FORMATS = ["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S"]
FromOption = Annotated[
    datetime | None,
    typer.Option(
        "--from",
        formats=DATE_FORMATS,
        metavar="YYYY-MM-DD",
        help="First day (UTC) to include.",
        show_default=False,
    ),
]
ToOption = Annotated[
    datetime | None,
    typer.Option(
        "--to",
        formats=DATE_FORMATS,
        metavar="YYYY-MM-DD",
        help="Last day (UTC) to include, whole day.",
        show_default=False,
    ),
]
ByOption = Annotated[Grain, typer.Option("--by", help="Length of each period.")]
OutOption = Annotated[
    Path | None,
    typer.Option(
        "--out",
        help="Also write every row to FILE.csv or FILE.parquet.",
        show_default=False,
        dir_okay=False,
    ),
]
LimitOption = Annotated[
    int, typer.Option("--limit", min=1, help="Rows shown in the table (--json and --out get all).")
]


def _group_option(choices: Sequence[str]) -> Any:
    return typer.Option(
        "--group", help=f"Group rows by one of: {', '.join([*choices, 'all'])}.", show_default=True
    )


@contextmanager
def _progress(as_json: bool, label: str) -> Iterator[Callable[[str], None]]:
    """A spinner on stderr while the engine works; silent with --json or when piped."""
    if as_json or not err_console.is_terminal:
        yield lambda _step: None
        return
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=True) as progress:
        task = progress.add_task(label, total=None)
        yield lambda step: progress.update(task, description=f"{label}: {step}")


def _window(start: datetime | None, end: datetime | None, by: str) -> Window:
    from sellindex.metrics.kpis import Window

    return Window.from_dates(start, end, by)


def _write_out(table: pa.Table, out: Path) -> None:
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".parquet"):
        raise SellindexError(f"--out must end in .csv or .parquet, not {out.name!r}")
    out.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".csv":
        write_csv(table, out)
    else:
        pq.write_table(table, out)


def _window_json(window: Window) -> dict[str, Any]:
    return {"from": window.start, "to_exclusive": window.end, "by": window.grain}


def _format(value: Any, unit: str | None = None) -> str:
    """A table cell: a metric in its unit (`formatting.format_value`), a key (period, id,
    name) as it is."""
    from sellindex.interfaces.formatting import MISSING, format_value

    if unit is not None:
        return format_value(value, unit)
    if value is None:
        return MISSING
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _header(column: str) -> str:
    """A column as a person reads it: a KPI by its label, any other column by its name."""
    from sellindex.metrics.catalogue import metric

    try:
        return metric(column).label
    except KeyError:
        return column.replace("_", " ")


def _column_width(name: str) -> int:
    return max(len(_header(name)), 10) + 3


def _render_rows(
    title: str, rows: list[dict[str, Any]], units: dict[str, str], limit: int, total: int
) -> None:
    """Rows as tables; many KPI columns are split over several tables that fit the terminal."""
    if not rows:
        console.print(f"{title}: no rows for this period and grouping.", soft_wrap=True)
        return
    keys = [c for c in rows[0] if c not in units]
    values = [c for c in rows[0] if c in units]
    chunks: list[list[str]] = [[]]
    room = console.width - sum(_column_width(c) for c in keys) - 1
    used = 0
    for column in values:
        if chunks[-1] and used + _column_width(column) > room:
            chunks.append([])
            used = 0
        chunks[-1].append(column)
        used += _column_width(column)
    for number, chunk in enumerate(chunks, start=1):
        suffix = f" ({number}/{len(chunks)})" if len(chunks) > 1 else ""
        grid = RichTable(title=title + suffix, title_justify="left")
        for column in [*keys, *chunk]:
            grid.add_column(
                _header(column),
                justify="left" if column == "period" else "right",
                min_width=min(len(_header(column)), 24),
            )
        for row in rows[:limit]:
            grid.add_row(*(_format(row[c], units.get(c)) for c in [*keys, *chunk]))
        console.print(grid)
    if total > limit:
        console.print(f"{total - limit:,} more rows: use --limit, --out FILE or --json.")


def _run_family(
    store: TableSource,
    name: str,
    expr: ir.Table,
    kpis: Sequence[Kpi],
    window: Window,
    group: str,
    as_json: bool,
    out: Path | None,
    limit: int,
    extra: dict[str, Any] | None = None,
    extra_render: Callable[[dict[str, Any]], None] | None = None,
) -> None:
    from sellindex.metrics.catalogue import metric
    from sellindex.metrics.kpis import kpi_catalogue

    with _progress(as_json, f"computing {name} KPIs") as step:
        step("querying")
        table = with_member_names(store, expr.to_pyarrow())
    if out is not None:
        _write_out(table, out)
    rows = table.to_pylist()
    data: dict[str, Any] = {
        "kpis": name,
        "group": group,
        "window": _window_json(window),
        "definitions": kpi_catalogue(kpis),
        "rows": rows,
    }
    if out is not None:
        data["written_to"] = str(out)
    data.update(extra or {})
    units = {k.name: k.unit for k in kpis}

    def render(d: dict[str, Any]) -> None:
        title = metric(kpis[0].name).family + (
            ", everyone together" if group == "all" else f" by {group}"
        )
        _render_rows(title, d["rows"], units, limit, len(rows))
        if extra_render:
            extra_render(d)
        if out is not None:
            console.print(f"wrote {len(rows):,} rows to {out}", soft_wrap=True)

    report(data, as_json, render)


@kpis_app.command("engagement")
def kpis_engagement(
    start: FromOption = None,
    end: ToOption = None,
    by: ByOption = Grain.month,
    group: Annotated[
        str, _group_option(("post", "member", "team", "company", "industry"))
    ] = "post",
    db: DbOption = None,
    engine: EngineOption = EngineName.duckdb,
    spark_master: SparkMasterOption = DEFAULT_SPARK_MASTER,
    spark_conf: SparkConfOption = None,
    tables: TablesOption = None,
    json_output: JsonOption = False,
    out: OutOption = None,
    limit: LimitOption = 50,
) -> None:
    """Views, likes, comments, shares and engagement rate per post or per author."""
    from sellindex.metrics.kpis import ENGAGEMENT_KPIS, engagement

    window = _window(start, end, by.value)
    with metrics_source(EngineChoice.of(engine, tables, spark_master, spark_conf), db) as store:
        expr = engagement(store, window, group)
        _run_family(
            store, "engagement", expr, ENGAGEMENT_KPIS, window, group, json_output, out, limit
        )


@kpis_app.command("growth")
def kpis_growth(
    start: FromOption = None,
    end: ToOption = None,
    by: ByOption = Grain.month,
    group: Annotated[str, _group_option(("member", "team", "company", "industry"))] = "all",
    db: DbOption = None,
    engine: EngineOption = EngineName.duckdb,
    spark_master: SparkMasterOption = DEFAULT_SPARK_MASTER,
    spark_conf: SparkConfOption = None,
    tables: TablesOption = None,
    json_output: JsonOption = False,
    out: OutOption = None,
    limit: LimitOption = 50,
) -> None:
    """New members, logins per member, DAU/WAU/MAU, stickiness and retention by sign-up cohort.

    Every period of the window is listed, empty ones included. Retention is shown per sign-up
    cohort (members who joined in the same period) and periods since sign-up.
    """
    from sellindex.metrics.kpis import growth, retention
    from sellindex.metrics.kpis.growth import bounded_window, growth_kpis_for

    window = _window(start, end, by.value)
    with metrics_source(EngineChoice.of(engine, tables, spark_master, spark_conf), db) as store:
        window = bounded_window(store, window)
        expr = growth(store, window, group)
        cohorts = retention(store, window, group).to_pyarrow().to_pylist()
        units = {"retention": "share"}

        def render_retention(d: dict[str, Any]) -> None:
            _render_rows(
                "Retention by sign-up cohort", d["retention"], units, limit, len(d["retention"])
            )

        _run_family(
            store,
            "growth",
            expr,
            growth_kpis_for(window.grain),
            window,
            group,
            json_output,
            out,
            limit,
            {"retention": cohorts},
            render_retention,
        )


@kpis_app.command("ads")
def kpis_ads(
    start: FromOption = None,
    end: ToOption = None,
    by: ByOption = Grain.month,
    group: Annotated[str, _group_option(("campaign", "company"))] = "campaign",
    db: DbOption = None,
    engine: EngineOption = EngineName.duckdb,
    spark_master: SparkMasterOption = DEFAULT_SPARK_MASTER,
    spark_conf: SparkConfOption = None,
    tables: TablesOption = None,
    json_output: JsonOption = False,
    out: OutOption = None,
    limit: LimitOption = 50,
) -> None:
    """CTR, conversion rate, cost per click and per conversion, ROI per campaign and period."""
    from sellindex.metrics.kpis import ADS_KPIS, ads

    window = _window(start, end, by.value)
    with metrics_source(EngineChoice.of(engine, tables, spark_master, spark_conf), db) as store:
        _run_family(
            store,
            "ads",
            ads(store, window, group),
            ADS_KPIS,
            window,
            group,
            json_output,
            out,
            limit,
        )


@kpis_app.command("social")
def kpis_social(
    start: FromOption = None,
    end: ToOption = None,
    by: ByOption = Grain.month,
    group: Annotated[str, _group_option(("member", "team", "company", "industry"))] = "member",
    industry: Annotated[
        list[str] | None,
        typer.Option(
            "--industry",
            help="Target industry for relevance (repeat for several).",
            show_default=False,
        ),
    ] = None,
    seniority: Annotated[
        list[str] | None,
        typer.Option(
            "--seniority",
            help="Target seniority for relevance, e.g. vp, cxo (repeat).",
            show_default=False,
        ),
    ] = None,
    db: DbOption = None,
    engine: EngineOption = EngineName.duckdb,
    spark_master: SparkMasterOption = DEFAULT_SPARK_MASTER,
    spark_conf: SparkConfOption = None,
    tables: TablesOption = None,
    json_output: JsonOption = False,
    out: OutOption = None,
    limit: LimitOption = 50,
) -> None:
    """Network size and relevance, followers, engagement, profile views, messages, calls.

    Relevance is the share of connections (or profile viewers) matching the target profile
    given with --industry and --seniority.
    """
    from sellindex.metrics.kpis import SOCIAL_KPIS, TargetProfile, social

    window = _window(start, end, by.value)
    profile = TargetProfile(tuple(industry or ()), tuple(seniority or ()))
    with metrics_source(EngineChoice.of(engine, tables, spark_master, spark_conf), db) as store:
        expr = social(store, window, group, profile)
        _run_family(
            store,
            "social",
            expr,
            SOCIAL_KPIS,
            window,
            group,
            json_output,
            out,
            limit,
            {
                "target_profile": {
                    "industries": list(profile.industries),
                    "seniorities": list(profile.seniorities),
                }
            },
        )


@kpis_app.command("reps")
def kpis_reps(
    start: FromOption = None,
    end: ToOption = None,
    by: ByOption = Grain.month,
    group: Annotated[str, _group_option(("member", "team", "company", "industry"))] = "member",
    db: DbOption = None,
    engine: EngineOption = EngineName.duckdb,
    spark_master: SparkMasterOption = DEFAULT_SPARK_MASTER,
    spark_conf: SparkConfOption = None,
    tables: TablesOption = None,
    json_output: JsonOption = False,
    out: OutOption = None,
    limit: LimitOption = 50,
) -> None:
    """Rep micro-metrics: speed to lead, touches to close, conversion shares, win rate, revenue.

    Rows excluded by the data rules (unassigned leads, touches before assignment or after the
    close, deals closed before they were created) are counted below the table.
    """
    from sellindex.metrics.kpis import REP_KPIS, rep_exclusions, rep_kpis

    window = _window(start, end, by.value)
    with metrics_source(EngineChoice.of(engine, tables, spark_master, spark_conf), db) as store:
        excluded = rep_exclusions(store, window)

        def render_exclusions(d: dict[str, Any]) -> None:
            counts = ", ".join(f"{k.replace('_', ' ')}: {v:,}" for k, v in d["excluded"].items())
            console.print(f"Data rules: {counts}.", soft_wrap=True)

        _run_family(
            store,
            "reps",
            rep_kpis(store, window, group),
            REP_KPIS,
            window,
            group,
            json_output,
            out,
            limit,
            {"excluded": excluded},
            render_exclusions,
        )


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as plain Python values, with NaN as None (through Arrow, which is fast)."""
    return pa.Table.from_pandas(frame, preserve_index=False).to_pylist()


@app.command()
def grade(
    team: Annotated[
        int | None,
        typer.Option("--team", help="Only this team's reps (team id).", show_default=False),
    ] = None,
    period: Annotated[
        GradingGrain | None,
        typer.Option(
            "--period",
            help="Grade per month, per quarter, or once over the whole window (all). Default: "
            "the shortest of these in which most reps who closed deals get a grade, as the web "
            "app's Rep page chooses (the output says which and why).",
            show_default=False,
        ),
    ] = None,
    start: FromOption = None,
    end: ToOption = None,
    db: DbOption = None,
    engine: EngineOption = EngineName.duckdb,
    spark_master: SparkMasterOption = DEFAULT_SPARK_MASTER,
    spark_conf: SparkConfOption = None,
    tables: TablesOption = None,
    json_output: JsonOption = False,
) -> None:
    """Grade reps on wins and losses and on booked revenue, and say which metrics moved.

    Win rates are shrunk toward the team's rate (empirical Bayes) and shown with intervals.
    Letters say how sure we are that a rep is above the team: A clearly (the 95% interval clears
    the team's level), B probably, C no clear difference, D probably below, E clearly below; fewer
    than 5 closed deals gives no grade. The graded period is the latest one whose last day the
    data reaches. Changes since the period before are called improved / regressed only when the
    interval of the difference excludes zero.
    """
    from sellindex.analysis.grading import MIN_DEALS, company_ranking
    from sellindex.analysis.reports import rep_report
    from sellindex.analysis.trends import MIN_SAMPLE
    from sellindex.service.periods import grading_window
    from sellindex.service.reps import grading_choice

    with (
        _progress(json_output, "grading reps") as step,
        metrics_source(EngineChoice.of(engine, tables, spark_master, spark_conf), db) as store,
    ):
        reason = None
        if period is None:
            step("choosing the period to grade")
            choice = grading_choice(store, start, end)
            grain, reason = choice.grain, choice.reason
        else:
            grain = period.value
        window = grading_window(start, end, grain)
        step("computing metrics and intervals")
        result = rep_report(store, grain, window.start, window.end, team)
        names = member_names(store, [int(i) for i in result.grades["member_id"].unique()])
    graded = result.graded_period
    grades = result.grades
    trends = result.trends
    cycles, notes = result.cycles, result.regression_notes
    assert cycles is not None and notes is not None
    if graded is not None:
        grades = company_ranking(grades, graded)
        trends = trends[trends["period"] == graded]
        cycles = cycles[cycles["period"] == graded]
        notes = notes[notes["period"] == graded]
    else:
        trends, cycles, notes = trends.iloc[0:0], cycles.iloc[0:0], notes.iloc[0:0]
    data = {
        "period": grain,
        "period_reason": reason,
        "graded_period": graded.to_pydatetime() if graded is not None else None,
        "team": team,
        "confidence_level": result.level,
        "min_closed_deals": MIN_DEALS,
        "min_trend_sample": MIN_SAMPLE,
        "excluded": result.exclusions,
        "grades": [{**row, "name": names.get(row["member_id"])} for row in _records(grades)],
        "trends": _records(trends),
        "cycle_and_deal_size": _records(cycles),
        "regression_to_the_mean": _records(notes),
    }
    report(data, json_output, _render_grades)


def _render_grades(data: dict[str, Any]) -> None:
    from sellindex.analysis.rep_statistics import COUNT, LOG_MEAN, PROPORTION
    from sellindex.analysis.trends import IMPROVED, REGRESSED
    from sellindex.metrics.catalogue import metric

    # The unit of a tested difference where it is not the metric's: a proportion's difference
    # is in percentage points, a count's in counts, a log mean's on the log scale.
    tested_units = {PROPORTION: "share", COUNT: "count", LOG_MEAN: "rate"}
    if data["graded_period"] is None:
        console.print("No closed deals to grade yet.")
        return
    if data["period_reason"]:
        console.print(f"Graded {data['period_reason']}.", markup=False)
    level = f"{data['confidence_level']:.0%}"
    grid = RichTable(
        title=(
            f"Grades over the whole window from {data['graded_period']:%Y-%m-%d}"
            if data["period"] == "all"
            else f"Grades for the {data['period']} starting {data['graded_period']:%Y-%m-%d}"
        ),
        title_justify="left",
    )
    for header in ("#", "rep", "team", "grade", "closed", "win rate", f"estimate ({level})",
                   "revenue grade", "booked revenue", f"revenue ({level})", "cycle",
                   "avg won deal"):  # fmt: skip
        grid.add_column(header, justify="left" if "grade" in header else "right")
    cycles = {row["member_id"]: row for row in data["cycle_and_deal_size"]}
    for position, row in enumerate(data["grades"], start=1):
        cycle = cycles.get(row["member_id"], {})
        size_mark = " (size)" if cycle.get("explained_by_size") else ""
        grid.add_row(
            str(position),
            f"{row['name'] or 'member'} ({row['member_id']})",
            _format(row["team_id"]),
            row["grade"],
            _format(row["closed_deals"], "count"),
            _format(row["win_rate"], "share"),
            f"{_format(row['win_rate_estimate'], 'share')} "
            f"[{_format(row['win_rate_low'], 'share')}, {_format(row['win_rate_high'], 'share')}]",
            row["revenue_grade"],
            _format(row["booked_revenue"], "money"),
            f"[{_format(row['revenue_low'], 'money')}, {_format(row['revenue_high'], 'money')}]",
            _format(cycle.get("cycle_days"), "days") + size_mark,
            _format(cycle.get("avg_amount"), "money"),
        )
    console.print(grid)
    for row in data["cycle_and_deal_size"]:
        if row["explained_by_size"]:
            console.print(f"(size) rep {row['member_id']}: {row['note']}.", markup=False)
    moved = [t for t in data["trends"] if t["verdict"] in (IMPROVED, REGRESSED)]
    if moved:
        changes = RichTable(title="Clear changes since the period before", title_justify="left")
        for header in ("rep", "metric", "verdict", "before", "now", f"difference ({level})"):
            changes.add_column(header)
        for t in moved:
            shown = metric(t["metric"])
            tested = tested_units.get(t["tested"], shown.unit)
            changes.add_row(
                str(t["member_id"]),
                shown.label,
                t["verdict"],
                _format(t["previous_value"], shown.unit),
                _format(t["value"], shown.unit),
                f"{_format(t['difference'], tested)} [{_format(t['low'], tested)}, "
                f"{_format(t['high'], tested)}] ({t['tested']})",
            )
        console.print(changes)
    else:
        console.print("No metric changed clearly since the period before.")
    _render_regression_to_the_mean(data)
    console.print(
        "Grade = win rate vs team, revenue grade = booked revenue vs team's median rep: "
        "A clearly above (the interval clears the team), B probably above, C no clear "
        "difference, D probably below, E clearly below; best first by shrunk win rate. "
        f"Grades need {data['min_closed_deals']} closed deals in the period; trend verdicts "
        f"{data['min_trend_sample']} observations in each period.",
        soft_wrap=True,
    )


def _render_regression_to_the_mean(data: dict[str, Any]) -> None:
    """Last period's top (bottom) reps whose win rate fell (rose): how much chance explains."""
    now = {t["member_id"]: t for t in data["trends"] if t["metric"] == "win_rate"}
    moved = [
        row
        for row in data["regression_to_the_mean"]
        if row["member_id"] in now
        and now[row["member_id"]]["value"] is not None
        and (now[row["member_id"]]["value"] - row["previous_win_rate"])
        * (row["expected_win_rate"] - row["previous_win_rate"])
        > 0
    ]
    if not moved:
        return
    table = RichTable(
        title="Expected by chance alone: last period's top and bottom reps move back toward "
        "the team (regression to the mean)",
        title_justify="left",
    )
    for header in ("rep", "win rate last period", "now", "expected by chance alone"):
        table.add_column(header)
    for row in moved:
        table.add_row(
            str(row["member_id"]),
            _format(row["previous_win_rate"], "share"),
            _format(now[row["member_id"]]["value"], "share"),
            _format(row["expected_win_rate"], "share"),
        )
    console.print(table)
    console.print(
        "Only a change beyond the expected one says something about the rep.", markup=False
    )


@app.command()
def scorecard(
    rep: Annotated[int, typer.Argument(help="Member id of the rep.", show_default=False)],
    out: Annotated[
        Path, typer.Option("--out", help="HTML file to write.", dir_okay=False, show_default=False)
    ],
    period: Annotated[
        ScorecardGrain, typer.Option("--period", help="Periods of the scorecard.")
    ] = ScorecardGrain.month,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Write a rep's scorecard: one self-contained HTML page to send to the rep.

    Micro-metrics beside the team median and the rep's percentile, grades with intervals, and
    trends over the periods. Inline CSS and SVG charts only: no network, no external files.
    """
    from sellindex.interfaces.scorecard import write_scorecard

    with (
        _progress(json_output, "building scorecard") as step,
        open_store(db, read_only=True) as store,
    ):
        step("grading")
        card = write_scorecard(store, rep, out, period.value)
    data = {
        "rep": rep,
        "written_to": str(out),
        "period": card.period.to_pydatetime() if card.period is not None else None,
        "grade": card.grade,
        "bytes": len(card.html.encode()),
    }
    report(
        data,
        json_output,
        lambda d: console.print(f"wrote the scorecard of rep {d['rep']} to {d['written_to']}"),
    )
