"""`score`, `show`, `history` and `calibrate`: the Social Selling Index from the command line."""

from __future__ import annotations

from contextlib import nullcontext
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Group
from rich.panel import Panel
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table as RichTable
from rich.text import Text

from sellindex.interfaces.cli.app import DbOption, JsonOption, app, console, err_console, report
from sellindex.interfaces.cli.engine_options import (
    EngineChoice,
    EngineName,
    EngineOption,
    SparkConfOption,
    SparkMasterOption,
    TablesOption,
    engine_over,
)
from sellindex.metrics.ssi.model import PILLAR_POINTS, PILLARS, load_model
from sellindex.store import open_store
from sellindex.store.connection import default_db_path
from sellindex.store.engines import DEFAULT_SPARK_MASTER
from sellindex.store.snapshots import DEFAULT_MEMORY_LIMIT, configure_engine

DATE_FORMATS = ["%Y-%m-%d"]

ModelOption = Annotated[
    Path | None,
    typer.Option(
        "--model",
        help="Index model file (TOML). Defaults to the model that ships with sellindex.",
        show_default=False,
    ),
]
AsOfOption = Annotated[
    datetime | None,
    typer.Option(
        "--as-of",
        formats=DATE_FORMATS,
        help="Scoring date (YYYY-MM-DD). Defaults to the day of the latest activity.",
        show_default=False,
    ),
]
MemberArgument = Annotated[int, typer.Argument(help="Member id.", show_default=False)]
ThreadsOption = Annotated[
    int | None,
    typer.Option(
        "--threads",
        help="DuckDB worker threads. Defaults to the number of cores.",
        show_default=False,
    ),
]
MemoryLimitOption = Annotated[
    str,
    typer.Option("--memory-limit", help="DuckDB memory limit; it spills to disk beyond it."),
]


def _day(value: datetime | None) -> date | None:
    return value.date() if value is not None else None


@app.command()
def score(
    as_of: AsOfOption = None,
    start: Annotated[
        datetime | None,
        typer.Option(
            "--from",
            formats=DATE_FORMATS,
            help="First scoring date of a series (with --to).",
            show_default=False,
        ),
    ] = None,
    end: Annotated[
        datetime | None,
        typer.Option(
            "--to",
            formats=DATE_FORMATS,
            help="Last possible scoring date of a series (with --from).",
            show_default=False,
        ),
    ] = None,
    every: Annotated[
        int, typer.Option("--every", help="Days between scoring dates in a series.")
    ] = 7,
    model_path: ModelOption = None,
    engine: EngineOption = EngineName.duckdb,
    spark_master: SparkMasterOption = DEFAULT_SPARK_MASTER,
    spark_conf: SparkConfOption = None,
    tables: TablesOption = None,
    out: Annotated[
        str | None,
        typer.Option(
            "--out",
            metavar="FOLDER",
            help="Write the snapshots as Parquet under FOLDER (ssi_snapshots/<date>/ and "
            "ssi_runs/<date>/) instead of into the store; with spark, any address the "
            "cluster writes to.",
            show_default=False,
        ),
    ] = None,
    threads: ThreadsOption = None,
    memory_limit: MemoryLimitOption = DEFAULT_MEMORY_LIMIT,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Score every member as of a date (or a series of dates) into dated snapshots.

    Re-scoring a date replaces its snapshot. Ranks within industry, network and team are
    computed in the same run. With --engine spark (or --tables), the same definitions run on
    that engine over Parquet tables, and the snapshots go to --out or back into the store.
    """
    # Imported here, not at the top: the metrics load ibis, which `score --help` never needs.
    from sellindex.metrics.ssi.run import score_into_snapshots, score_on_engine, scoring_dates

    model = load_model(model_path)
    choice = EngineChoice.of(engine, tables, spark_master, spark_conf)
    show_progress = not json_output and err_console.is_terminal
    with Progress(
        TextColumn("scoring"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        disable=not show_progress,
    ) as progress:
        task = progress.add_task("score", total=None)

        def advance(_: object) -> None:
            progress.advance(task)

        def series(source: Any) -> list[date]:
            dates = scoring_dates(_day(start), _day(end), every, _day(as_of), source)
            progress.update(task, total=len(dates))
            return dates

        if out is not None:
            store = None if choice.tables is not None else open_store(db, read_only=True)
            with store or nullcontext(), engine_over(choice, store) as runner:
                done = score_on_engine(runner, model, series(runner), out=out, on_done=advance)
        else:
            with open_store(db) as store:
                configure_engine(store, threads, memory_limit)
                if choice.on_store:
                    done = score_into_snapshots(store, model, series(store), on_done=advance)
                else:
                    with engine_over(choice, store) as runner:
                        dates = series(runner)
                        done = score_on_engine(runner, model, dates, store=store, on_done=advance)
    data = {
        "db": str(db or default_db_path()) if out is None else None,
        "written_to": out,
        "engine": choice.engine,
        "model": model.label,
        "dates": [{"as_of": d.as_of, "members": d.members, "seconds": d.seconds} for d in done],
    }
    report(data, json_output, _render_score)


def _render_score(data: dict[str, Any]) -> None:
    on = "" if data["engine"] == "duckdb" else f" on {data['engine']}"
    for item in data["dates"]:
        console.print(
            f"scored {item['members']:,} members as of {item['as_of']} "
            f"with {data['model']}{on} in {item['seconds']:.1f} s"
        )
    if data["written_to"]:
        console.print(f"wrote Parquet snapshots under {data['written_to']}", soft_wrap=True)


@app.command()
def show(
    member: MemberArgument,
    as_of: AsOfOption = None,
    model_path: ModelOption = None,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Show a member's index card: pillars, ranks, weekly change, points and next actions.

    Uses the latest snapshot on or before --as-of (default: the latest snapshot).
    """
    from sellindex.service import Scope, member_card

    model = load_model(model_path)
    with open_store(db, read_only=True) as store:
        card = member_card(Scope.everyone(store), store, member, _day(as_of), model)
    report(card, json_output, _render_card)


def _bar(points: Decimal | float, maximum: float, width: int = 25) -> str:
    filled = round(width * float(points) / maximum) if maximum else 0
    return "█" * filled + "·" * (width - filled)


def _signed(value: Decimal | float | None) -> str:
    return "-" if value is None else f"{float(value):+.2f}"


def _value(value: Decimal | float | None) -> str:
    return "-" if value is None else f"{float(value):.2f}"


def _render_card(card: dict[str, Any]) -> None:
    """The card as a person reads it: signals and pillars by their catalogue labels, values in
    their units as the web page writes them (`--json` keeps the names and raw numbers)."""
    from sellindex.interfaces.formatting import signal_value
    from sellindex.metrics.catalogue import label, unit

    change = card["change"]
    since = f" since {change['since']}" if change["since"] else ""
    header = Text.assemble(
        (f"{card.get('name') or 'Member'} (member {card['member_id']})", "bold"),
        f"  as of {card['as_of']}  ({card['model']})\n",
        ("Social Selling Index ", "bold"),
        (f"{float(card['total']):.2f}", "bold cyan"),
        " / 100   ",
        f"change{since}: {_signed(change['total'])}"
        if change["since"]
        else "no snapshot a week earlier",
    )
    official = card.get("official")
    if official:
        header.append(
            f"\nofficial index {_value(official['total'])} on {official['as_of']}; "
            f"estimate minus official: {_signed(official['difference']['total'])}"
        )
    pillars = RichTable(box=None, show_header=True, pad_edge=False)
    columns = ("pillar", "", "points", "change", *(("official", "difference") if official else ()))
    for column in columns:
        pillars.add_column(column, justify="left" if column in ("pillar", "") else "right")
    for p in card["pillars"]:
        unmeasured = float(p.get("no_data_points") or 0)
        compared = (
            (_value(official[p["pillar"]]), _signed(official["difference"][p["pillar"]]))
            if official
            else ()
        )
        pillars.add_row(
            p["title"],
            _bar(p["points"], PILLAR_POINTS),
            f"{float(p['points']):.2f} / 25" + (f" ({unmeasured:g} no data)" if unmeasured else ""),
            _signed(p["change"]),
            *compared,
        )
    ranks = RichTable(title="Ranks", title_justify="left", show_header=True)
    for column in ("group", "rank", "members", "average"):
        ranks.add_column(column, justify="left" if column == "group" else "right")
    for r in card["ranks"]:
        group = f"{r['group']}: {r['label']}"
        if r["rank"] is None:
            rank = "not ranked" if r["size"] is None else f"not ranked (group of {r['size']})"
        else:
            rank = f"top {r['top_percent']}% (#{r['rank']})"
        size = "-" if r["size"] is None else f"{r['size']:,}"
        average = "-" if r["average"] is None else f"{r['average']:.2f}"
        ranks.add_row(group, rank, size, average)
    signals = RichTable(title="Points per signal", title_justify="left")
    for column in ("pillar", "signal", "value", "points", "max"):
        signals.add_column(column, justify="left" if column in ("pillar", "signal") else "right")
    for s in card["signals"]:
        value = s.get("note") or signal_value(s["raw"], s["trials"], unit(s["signal"], "signal"))
        points = "no data" if s.get("no_data") else f"{float(s['points']):.2f}"
        signals.add_row(
            label(s["pillar"], "pillar"),
            label(s["signal"], "signal"),
            value,
            points,
            f"{s['max_points']:g}",
        )
    actions = RichTable(title="Next actions worth the most points", title_justify="left")
    for column in ("action", "how much", "gain"):
        actions.add_column(column, justify="right" if column == "gain" else "left")
    for a in card["next_actions"]:
        how_much = f"+{a['increment']:g} ({label(a['signal'], 'signal').lower()})"
        actions.add_row(a["action"], how_much, f"+{a['gain']:.2f}")
    parts: list[Any] = [header, pillars]
    if card.get("no_data_points"):
        parts.append(
            Text(
                f"no data for {float(card['no_data_points']):g} of the 100 points: "
                "no source of this member records them"
            )
        )
    console.print(Panel(Group(*parts), title="sellindex", expand=False))
    console.print(ranks)
    console.print(signals)
    console.print(actions)


SPARK_BLOCKS = "▁▂▃▄▅▆▇█"


def sparkline(values: list[float], maximum: float) -> str:
    """One block character per value, scaled against `maximum` (not the series' own range)."""
    top = len(SPARK_BLOCKS) - 1
    return "".join(SPARK_BLOCKS[min(top, round(top * v / maximum))] for v in values)


@app.command()
def history(
    member: MemberArgument,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Show a member's index and pillars over every scored date, as a chart and a table."""
    from sellindex.metrics.ssi.explain import history as member_history

    with open_store(db, read_only=True) as store:
        data = member_history(store, member)
    report(data, json_output, _render_history)


def _render_history(data: dict[str, Any]) -> None:
    rows = data["snapshots"]
    readings = data.get("readings") or []
    console.print(
        f"[bold]Member {data['member_id']}[/bold]: {len(rows)} snapshots"
        + (f", {len(readings)} official readings" if readings else "")
    )
    chart = RichTable(box=None, show_header=False)
    chart.add_column("series")
    chart.add_column("trend")
    chart.add_column("latest", justify="right")
    for name, maximum in (("total", 100.0), *((p, PILLAR_POINTS) for p in PILLARS)):
        if rows:
            values = [float(r[name]) for r in rows]
            chart.add_row(name, sparkline(values, maximum), f"{values[-1]:.2f}")
        official = [float(r[name]) for r in readings if r[name] is not None]
        if official:
            chart.add_row(f"{name} (official)", sparkline(official, maximum), f"{official[-1]:.2f}")
    console.print(chart)
    if rows:
        _render_snapshots(rows)
    if any(r["official"] for r in rows):
        _render_differences(rows)
    elif readings:
        _render_readings(readings)


def _render_snapshots(rows: list[dict[str, Any]]) -> None:
    table = RichTable()
    table.add_column("as of", no_wrap=True, min_width=10)
    for column in ("index", *PILLARS):
        table.add_column(column[:6], justify="right", no_wrap=True)
    table.caption = "industry, network, team: rank as top N% of the group"
    for column in ("industry", "network", "team"):
        table.add_column(column, justify="right")
    for r in rows:
        table.add_row(
            str(r["as_of"]),
            f"{float(r['total']):.2f}",
            *(f"{float(r[p]):.2f}" for p in PILLARS),
            *(
                "-" if r[f"{g}_top_percent"] is None else f"{r[f'{g}_top_percent']}%"
                for g in ("industry", "network", "team")
            ),
        )
    console.print(table)


def _render_differences(rows: list[dict[str, Any]]) -> None:
    """Each snapshot's official reading (of its week) and the estimate minus it, per pillar."""
    table = RichTable(title="Official readings and estimate minus official", title_justify="left")
    table.add_column("as of", no_wrap=True, min_width=10)
    table.add_column("read on", no_wrap=True)
    for column in ("index", *PILLARS):
        table.add_column(column[:6], justify="right", no_wrap=True)
        table.add_column("±", justify="right", no_wrap=True)
    for r in rows:
        official = r["official"]
        if not official:
            continue
        cells = []
        for name in ("total", *PILLARS):
            cells += [_value(official[name]), _signed(official["difference"][name])]
        table.add_row(str(r["as_of"]), str(official["as_of"]), *cells)
    console.print(table)


def _render_readings(readings: list[dict[str, Any]]) -> None:
    table = RichTable(title="Official readings (no estimate scored in their weeks)")
    table.add_column("as of", no_wrap=True, min_width=10)
    for column in ("index", *PILLARS):
        table.add_column(column[:6], justify="right", no_wrap=True)
    for r in readings:
        table.add_row(str(r["as_of"]), *(_value(r[n]) for n in ("total", *PILLARS)))
    console.print(table)


@app.command()
def calibrate(
    as_of: AsOfOption = None,
    model_path: ModelOption = None,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Show how a model spreads the index over the population, without writing scores.

    Prints the histogram and the shares scoring 0-20, 21-69 and 70-100 (on the index rounded
    to whole points), to compare with the published target: about 47%, 52% and 1-2%, with an
    average in the high 20s.
    """
    from sellindex.metrics.ssi.run import calibration, default_as_of

    model = load_model(model_path)
    with open_store(db, read_only=True) as store:
        day = _day(as_of) or default_as_of(store)
        data = calibration(store, model, day)
    report(data, json_output, _render_calibration)


def _render_calibration(data: dict[str, Any]) -> None:
    console.print(
        f"[bold]{data['model']}[/bold] as of {data['as_of']}: {data['members']:,} members, "
        f"mean {data['mean'] or 0:.1f}, median {data['median'] or 0:.1f}"
    )
    histogram = RichTable(title="Index histogram", title_justify="left")
    for column in ("index", "members", "share", ""):
        histogram.add_column(column, justify="left" if column in ("index", "") else "right")
    for b in data["histogram"]:
        share = b["share"] or 0.0
        histogram.add_row(
            f"{b['from']}-{b['to']}", f"{b['members']:,}", f"{share:.1%}", "█" * round(share * 60)
        )
    console.print(histogram)
    bands = RichTable(title="Bands", title_justify="left")
    for column in ("band", "members", "share"):
        bands.add_column(column, justify="left" if column == "band" else "right")
    for b in data["bands"]:
        bands.add_row(b["band"], f"{b['members']:,}", f"{(b['share'] or 0.0):.1%}")
    console.print(bands)
    means = ", ".join(f"{p} {v or 0:.1f}" for p, v in data["pillar_means"].items())
    console.print(f"pillar means: {means}")
