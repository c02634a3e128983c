"""`loadtest`: latency of the web API behind each page under concurrent clients, on loopback."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table as RichTable

from sellindex.interfaces.cli.app import DbOption, JsonOption, app, console, err_console, report
from sellindex.interfaces.web.loadtest import run_load
from sellindex.store.connection import default_db_path


@app.command()
def loadtest(
    db: DbOption = None,
    clients: Annotated[
        int, typer.Option("--clients", min=1, max=500, help="Concurrent clients.")
    ] = 50,
    seconds: Annotated[
        float,
        typer.Option("--seconds", min=1, max=600, help="How long the clients ask, after warm-up."),
    ] = 20.0,
    json_output: JsonOption = False,
) -> None:
    """Serve the store on a free loopback port and measure the API routes behind each page.

    Gives one load-test account per role an API token (revoked afterwards), asks each route
    once to warm up (timed apart: that is where per-window aggregates are built), then lets
    the clients ask the routes in turn. Prints p50/p95/p99 latency and errors per route. The
    store must be scored and must not be open in another process.
    """
    show = not json_output and err_console.is_terminal
    columns = (TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=True, disable=not show) as progress:
        task = progress.add_task(f"{clients} clients asking", total=seconds)
        result = run_load(
            db or default_db_path(),
            clients,
            seconds,
            on_tick=lambda done: progress.update(task, completed=done),
        )
    report(result, json_output, _render)


def _render(data: dict[str, Any]) -> None:
    grid = RichTable(
        title=f"{data['clients']} clients for {data['seconds']} s against {data['db']}",
        title_justify="left",
    )
    for name in ("route", "warm-up s", "requests", "errors", "p50 ms", "p95 ms", "p99 ms"):
        grid.add_column(name, justify="left" if name == "route" else "right")
    for row in [*data["routes"], {"route": "all routes", "warm_up_s": None, **data["overall"]}]:
        grid.add_row(
            row["route"],
            "" if row["warm_up_s"] is None else f"{row['warm_up_s']:.3f}",
            f"{row['requests']:,}",
            f"{row['errors']:,}",
            f"{row['p50_ms']:.1f}",
            f"{row['p95_ms']:.1f}",
            f"{row['p99_ms']:.1f}",
        )
    console.print(grid)
    console.print(f"throughput: {data['throughput_rps']:,} requests per second")
