"""`ingest` and `rejects`: load canonical files, then see the rows that were quarantined."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table as RichTable

from sellindex.errors import SellindexError
from sellindex.interfaces.cli.app import DbOption, JsonOption, app, console, err_console, report
from sellindex.schema import LOAD_ORDER
from sellindex.store import open_store

if TYPE_CHECKING:
    from sellindex.ingest import Progress as LoadProgress

_TABLES = ", ".join(LOAD_ORDER)


def file_bars() -> Progress:
    """The bars loading draws on stderr, one per file (ingest, and the benchmark's load)."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    )


def file_progress(bars: Progress) -> LoadProgress:
    """The loader's progress drawn as one bar per file on stderr.

    The class is built here, not at the top, so that `--help` does not load the loader (and ibis).
    """
    from sellindex.ingest import FileResult, SourceFile
    from sellindex.ingest import Progress as LoadProgress

    class FileBars(LoadProgress):
        def __init__(self) -> None:
            self.tasks: dict[Path, TaskID] = {}

        def start_file(self, source: SourceFile) -> None:
            self.tasks[source.path] = bars.add_task(
                f"{source.path.name} -> {source.table}", total=1.0
            )

        def update(self, source: SourceFile, fraction: float) -> None:
            bars.update(self.tasks[source.path], completed=fraction)

        def finish_file(self, result: FileResult) -> None:
            bars.update(self.tasks[result.path], completed=1.0)

    return FileBars()


@app.command(name="ingest")
def ingest_command(
    path: Annotated[
        Path,
        typer.Argument(
            help=(
                "A .csv, .parquet, .jsonl or .ndjson file, or a folder of them. A file's table "
                "comes from its name (members.csv, activity-2024.parquet) or from the folder "
                "it is in (activity/part-0001.parquet)."
            ),
            show_default=False,
        ),
    ],
    db: DbOption = None,
    table: Annotated[
        str | None,
        typer.Option(
            "--table",
            help=f"Load a single file into this table, whatever its name. One of: {_TABLES}.",
            show_default=False,
        ),
    ] = None,
    memory_limit: Annotated[
        str | None,
        typer.Option(
            "--memory-limit",
            help=(
                "Cap DuckDB's memory, e.g. 2GB; beyond it work spills to a folder next to the "
                "store, so files larger than memory still load."
            ),
            show_default=False,
        ),
    ] = None,
    json_output: JsonOption = False,
) -> None:
    """Validate and load canonical files into the store, in one transaction.

    Rows that break a rule are quarantined in the rejects table with their line and reason
    (see `sellindex rejects`); rows already in the store are skipped as duplicates. If the
    command fails or is killed, the store is left exactly as it was.
    """
    from sellindex.ingest import load_plan, plan_ingest

    plan = plan_ingest(path, table)
    with open_store(db, create=True) as store:
        show_bars = not json_output and sys.stderr.isatty()
        if show_bars:
            with file_bars() as bars:
                progress = file_progress(bars)
                result = load_plan(store, plan, memory_limit=memory_limit, progress=progress)
        else:
            result = load_plan(store, plan, memory_limit=memory_limit)
    data = {
        "db": str(store.path),
        "load_id": result.load_id,
        "files": [
            {
                "file": str(f.path),
                "table": f.table,
                "format": f.format,
                "read": f.rows_read,
                "loaded": f.rows_loaded,
                "rejected": f.rows_rejected,
                "duplicate": f.rows_duplicate,
                "new_rejects": f.new_rejects,
                "extra_columns": f.extra_columns,
                "missing_optional_columns": f.missing_columns,
            }
            for f in result.files
        ],
        "skipped": [{"file": str(s.path), "reason": s.reason} for s in result.skipped],
        "totals": {key.removeprefix("rows_"): value for key, value in result.totals.items()},
    }
    report(data, json_output, _render_ingest)


def _render_ingest(data: dict[str, Any]) -> None:
    paths = [Path(f["file"]) for f in data["files"]]
    folder = Path(os.path.commonpath(paths)) if len(paths) > 1 else paths[0].parent
    grid = RichTable(
        title=f"Load {data['load_id']} of {folder} into {data['db']}", title_justify="left"
    )
    relative = [str(path.relative_to(folder)) for path in paths]
    # The table column only earns its width when a file's name does not already say it.
    show_table = any(
        not name.startswith(f["table"]) for name, f in zip(relative, data["files"], strict=True)
    )
    grid.add_column("file", no_wrap=True)
    if show_table:
        grid.add_column("table", no_wrap=True)
    for header in ("read", "loaded", "rejected", "duplicate"):
        grid.add_column(header, justify="right", no_wrap=True)
    for f, name in zip(data["files"], relative, strict=True):
        counts = [f"{f[k]:,}" for k in ("read", "loaded", "rejected", "duplicate")]
        grid.add_row(name, *([f["table"]] if show_table else []), *counts)
    totals = data["totals"]
    grid.add_row(
        "total",
        *([""] if show_table else []),
        *(f"{totals[k]:,}" for k in ("read", "loaded", "rejected", "duplicate")),
    )
    console.print(grid)
    for f in data["files"]:
        if f["extra_columns"]:
            console.print(f"{f['file']}: ignored columns {', '.join(f['extra_columns'])}")
    for s in data["skipped"]:
        console.print(f"skipped {s['file']}: {s['reason']}")
    if totals["rejected"]:
        rows = "row" if totals["rejected"] == 1 else "rows"
        console.print(
            f"{totals['rejected']:,} {rows} rejected: see `sellindex rejects` for lines and reasons"
        )


@app.command(name="rejects")
def rejects_command(
    db: DbOption = None,
    table: Annotated[
        str | None,
        typer.Option("--table", help="Only rejects of this table.", show_default=False),
    ] = None,
    file: Annotated[
        str | None,
        typer.Option(
            "--file",
            help="Only rejects from this file (its path as loaded, or its name).",
            show_default=False,
        ),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Show at most this many rows.")] = 50,
    json_output: JsonOption = False,
) -> None:
    """List rows that ingest quarantined, with file, line and every reason, newest load first."""
    from sellindex.ingest import list_rejects

    if table is not None and table not in LOAD_ORDER:
        raise SellindexError(f"unknown table {table!r}; canonical tables are: {_TABLES}")
    with open_store(db, read_only=True) as store:
        rows, total = list_rejects(store, table=table, source_file=file, limit=limit)
    report({"total": total, "shown": len(rows), "rejects": rows}, json_output, _render_rejects)


def _render_rejects(data: dict[str, Any]) -> None:
    """One reject per entry, `file:line` first like a compiler message, the raw row below it."""
    if not data["rejects"]:
        console.print("No rejected rows.")
        return
    for row in data["rejects"]:
        console.print(
            f"[bold]{row['source_file']}:{row['line']}[/bold] "
            f"[dim]({row['table_name']}, load {row['load_id']})[/dim]",
            soft_wrap=True,
        )
        console.print(f"  {row['reason']}", markup=False, soft_wrap=True)
        console.print(f"  {row['raw']}", markup=False, soft_wrap=True, style="dim")
    if data["total"] > data["shown"]:
        console.print(f"showing {data['shown']:,} of {data['total']:,}; use --limit to see more")
