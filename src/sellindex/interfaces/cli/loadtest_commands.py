"""`loadtest`: latency of the web API behind each page under concurrent clients, on loopback."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich import box
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table as RichTable

from sellindex.interfaces.cli.app import DbOption, JsonOption, app, console, err_console, report
from sellindex.interfaces.cli.web_commands import WorkersOption
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
    workers: WorkersOption = None,
    json_output: JsonOption = False,
) -> None:
    """Serve the store on a free loopback port and measure the API routes behind each page.

    Makes load-test accounts with API tokens (an admin, the largest team's manager and one
    account per client for that team's reps; removed afterwards), asks each route once to warm
    up (timed apart), then lets the clients, each acting for its own rep, ask the routes in
    turn. Prints p50/p95/p99 latency and errors per route, and the p95 of the answers the
    server computed apart from those it replayed. The store must be scored and must not be
    open in another process.
    """
    # Imported here: the load test starts the web app (and its framework) only when it runs.
    from sellindex.interfaces.web.loadtest import run_load

    show = not json_output and err_console.is_terminal
    columns = (TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=True, disable=not show) as progress:
        task = progress.add_task(f"{clients} clients asking", total=seconds)
        result = run_load(
            db or default_db_path(),
            clients,
            seconds,
            workers,
            on_tick=lambda done: progress.update(task, completed=done),
        )
    report(result, json_output, _render)


def _render(data: dict[str, Any]) -> None:
    processes = data["workers"] or "one per core"
    console.print(
        f"{data['clients']} clients for {data['seconds']} s against {data['db']} "
        f"(server processes: {processes}; GET under /api/v1)"
    )
    grid = RichTable(box=box.SIMPLE_HEAD, pad_edge=False)
    names = ("route", "asks", "errors", "p50 ms", "p95 ms", "p99 ms", "computed",
             "computed p95 ms")  # fmt: skip
    for name in names:
        grid.add_column(name, justify="left" if name == "route" else "right")
    for row in [*data["routes"], {"route": "all routes", **data["overall"]}]:
        grid.add_row(
            row["route"],
            f"{row['requests']:,}",
            f"{row['errors']:,}",
            *(_ms(row[key]) for key in ("p50_ms", "p95_ms", "p99_ms")),
            f"{row['computed']:,}",
            _ms(row["computed_p95_ms"]),
        )
    console.print(grid)
    console.print(
        f"throughput: {data['throughput_rps']:,} requests per second. Computed: answers the "
        "server made, rather than replayed from the same caller's earlier identical request; "
        "--json also gives each route's first (warm-up) answer time."
    )


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"
