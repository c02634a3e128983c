"""The Typer application and what every command shares: options, output and errors."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any

import duckdb
import typer
from rich.console import Console
from typer.core import TyperGroup

from sellindex.errors import was_interrupted

COMMAND_ORDER = (
    "demo",
    "init",
    "status",
    "schema",
    "synth",
    "ingest",
    "doctor",
    "import",
    "rejects",
    "score",
    "show",
    "history",
    "calibrate",
    "kpis",
    "grade",
    "insights",
    "validate",
    "scorecard",
    "bench",
    "loadtest",
    "serve",
    "users",
    "tokens",
)
"""The order commands are listed in `--help` and the reference: the order of the data flow."""


class DataFlowOrderedGroup(TyperGroup):
    def list_commands(self, ctx: typer.Context) -> list[str]:
        names = super().list_commands(ctx)
        rank = {name: i for i, name in enumerate(COMMAND_ORDER)}
        return sorted(names, key=lambda name: (rank.get(name, len(rank)), name))

    def invoke(self, ctx: typer.Context) -> Any:
        """Ctrl+C ends any command with one line on stderr and exit code 130: the command's own
        word on what it left behind when it gives one, else "interrupted"."""
        try:
            return super().invoke(ctx)
        except (KeyboardInterrupt, RuntimeError, duckdb.InterruptException) as exc:
            if not was_interrupted(exc):
                raise
            message = str(exc) if isinstance(exc, KeyboardInterrupt) else ""
            err_console.print(message or "interrupted", markup=False)
            raise typer.Exit(130) from None


app = typer.Typer(
    cls=DataFlowOrderedGroup,
    name="sellindex",
    help=(
        "An open, transparent Social Selling Index and sales-performance benchmark.\n\n"
        "Load activity and CRM data into a store, score the index, compute KPIs and grade reps."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)


@app.callback()
def _commands() -> None:
    # With only the running command's module loaded, a group without a callback would run
    # that one command as the whole program and take its name for an extra argument.
    pass


console = Console(highlight=False, soft_wrap=True)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)

DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        help="Store file. Defaults to $SELLINDEX_DB, else ./sellindex.duckdb.",
        show_default=False,
    ),
]
JsonOption = Annotated[
    bool, typer.Option("--json", help="Print machine-readable JSON instead of tables.")
]


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, Path):
        return str(value)
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def print_json(data: Any) -> None:
    """Write `data` as JSON to stdout: dates as ISO 8601, NaN as null."""
    text = json.dumps(_nan_to_none(data), default=_json_default, indent=2, allow_nan=False)
    sys.stdout.write(text + "\n")


def _nan_to_none(value: Any) -> Any:
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, dict):
        return {k: _nan_to_none(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_nan_to_none(v) for v in value]
    return value


def report(data: Any, as_json: bool, render: Callable[[Any], None]) -> None:
    """Print `data` as JSON or through `render`, so every command reports the same way."""
    if as_json:
        print_json(data)
    else:
        render(data)
