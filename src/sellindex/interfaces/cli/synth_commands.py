"""`synth`: write a synthetic world of canonical files with a known ground truth."""

from __future__ import annotations

import sys
import time
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table as RichTable

from sellindex.errors import SellindexError
from sellindex.interfaces.cli.app import JsonOption, app, console, err_console, report
from sellindex.sources.synth import FORMATS, SynthConfig, generate_world

_DEFAULTS = SynthConfig()


def _parse_date(text: str) -> date:
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        raise SellindexError(f"--end-date must look like 2026-10-31, not {text!r}.") from None


@app.command()
def synth(
    out: Annotated[
        Path, typer.Option("--out", help="Folder to write the files to (created if missing).")
    ],
    members: Annotated[
        int, typer.Option("--members", help="Number of members in the world.")
    ] = _DEFAULTS.members,
    seed: Annotated[
        int, typer.Option("--seed", help="Random seed: the same seed writes identical files.")
    ] = _DEFAULTS.seed,
    file_format: Annotated[
        str,
        typer.Option("--format", help=f"File format: {', '.join(FORMATS)}."),
    ] = "parquet",
    end_date: Annotated[
        str,
        typer.Option(
            "--end-date",
            help="Last day of the world (YYYY-MM-DD); activity covers the days before it.",
        ),
    ] = _DEFAULTS.end_date.isoformat(),
    activity_days: Annotated[
        int, typer.Option("--activity-days", help="Days of network activity.")
    ] = _DEFAULTS.activity_days,
    crm_days: Annotated[
        int, typer.Option("--crm-days", help="Days of CRM history (leads, deals, touches).")
    ] = _DEFAULTS.crm_days,
    connections_per_member: Annotated[
        float,
        typer.Option("--connections-per-member", help="Average connection pairs per member."),
    ] = _DEFAULTS.connections_per_member,
    events_per_member: Annotated[
        float, typer.Option("--events-per-member", help="Average activity events per member.")
    ] = _DEFAULTS.events_per_member,
    leads_per_member: Annotated[
        float, typer.Option("--leads-per-member", help="CRM leads per member in the world.")
    ] = _DEFAULTS.leads_per_member,
    touches_per_lead: Annotated[
        float, typer.Option("--touches-per-lead", help="Average sales touches per lead.")
    ] = _DEFAULTS.touches_per_lead,
    seller_share: Annotated[
        float, typer.Option("--seller-share", help="Share of members who are sellers.")
    ] = _DEFAULTS.seller_share,
    chunk_size: Annotated[
        int,
        typer.Option("--chunk-size", help="Members (or leads) generated per batch; bounds memory."),
    ] = _DEFAULTS.chunk_size,
    json_output: JsonOption = False,
) -> None:
    """Write a synthetic world: one file per canonical table plus ground_truth.json.

    Every row passes validation, the same options write identical files, effects are planted.
    """
    if file_format not in FORMATS:
        raise SellindexError(f"--format must be one of {', '.join(FORMATS)}, not {file_format!r}.")
    config = SynthConfig(
        members=members,
        seed=seed,
        end_date=_parse_date(end_date),
        activity_days=activity_days,
        crm_days=crm_days,
        connections_per_member=connections_per_member,
        events_per_member=events_per_member,
        leads_per_member=leads_per_member,
        touches_per_lead=touches_per_lead,
        seller_share=seller_share,
        chunk_size=chunk_size,
    )
    started = time.perf_counter()
    show_bar = not json_output and sys.stderr.isatty()
    if show_bar:
        with Progress(
            TextColumn("{task.description:<26}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err_console,
            transient=True,
        ) as bar:
            task = bar.add_task("starting", total=None)

            def advance(step: str, done: int, total: int) -> None:
                bar.update(task, description=step, completed=done, total=total)

            summary = generate_world(config, out, file_format, advance)
    else:
        summary = generate_world(config, out, file_format)
    data = summary.as_dict()
    data["seed"] = seed
    data["members"] = members
    data["seconds"] = round(time.perf_counter() - started, 2)
    report(data, json_output, _render)


def _render(data: dict[str, Any]) -> None:
    grid = RichTable(
        title=f"Synthetic world in {data['out']} ({data['format']}, seed {data['seed']})",
        title_justify="left",
    )
    grid.add_column("table")
    grid.add_column("rows", justify="right")
    for row in data["tables"]:
        grid.add_row(row["table"], f"{row['rows']:,}")
    console.print(grid)
    console.print(f"ground truth: {data['ground_truth']}  ({data['seconds']:.1f} s)")
