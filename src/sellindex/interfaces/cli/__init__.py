"""The `sellindex` command line.

A command's module is imported only when that command runs: importing every module would load
pandas, scipy, the web app and the rest for every command, seconds before `serve` could even
start its server. `--help` and the reference load them all.
"""

from __future__ import annotations

import importlib
import sys

import typer
from typer.exceptions import TyperException

from sellindex.errors import SellindexError
from sellindex.interfaces.cli.app import app, err_console

__all__ = ["app", "load_commands", "main"]

COMMAND_MODULES = {
    "demo": "demo_commands",
    "init": "store_commands",
    "status": "store_commands",
    "schema": "store_commands",
    "synth": "synth_commands",
    "ingest": "ingest_commands",
    "rejects": "ingest_commands",
    "import": "import_commands",
    "doctor": "doctor_commands",
    "score": "ssi_commands",
    "show": "ssi_commands",
    "history": "ssi_commands",
    "calibrate": "ssi_commands",
    "kpis": "kpi_commands",
    "grade": "kpi_commands",
    "scorecard": "kpi_commands",
    "insights": "insight_commands",
    "validate": "insight_commands",
    "bench": "bench_commands",
    "loadtest": "loadtest_commands",
    "serve": "web_commands",
    "users": "web_commands",
    "tokens": "web_commands",
}
"""Which module registers each command (a test checks it against the registered commands)."""


def load_commands(command: str | None = None) -> typer.Typer:
    """Register `command` (every command when None or unknown) and return the app, which
    holds only the commands registered so far."""
    module = COMMAND_MODULES.get(command or "")
    modules = [module] if module else sorted(set(COMMAND_MODULES.values()))
    for name in modules:
        importlib.import_module(f"{__name__}.{name}")
    return app


def main(argv: list[str] | None = None) -> int:
    """Run the CLI: a user mistake becomes one line on stderr and a non-zero exit."""
    args = sys.argv[1:] if argv is None else argv
    first = next((arg for arg in args if not arg.startswith("-")), None)
    wants_help = not args or (first is None and any(a in ("--help", "-h") for a in args))
    command = typer.main.get_command(load_commands(None if wants_help else first))
    try:
        result = command.main(args=argv, prog_name="sellindex", standalone_mode=False)
    except TyperException as exc:
        ctx = getattr(exc, "ctx", None)
        hint = f" (see `{ctx.command_path} --help`)" if ctx is not None else ""
        err_console.print(f"error: {exc.format_message()}{hint}", markup=False, soft_wrap=True)
        return _exit(exc.exit_code)
    except typer.Exit as exc:
        return _exit(exc.exit_code)
    except typer.Abort:
        err_console.print("aborted", markup=False)
        return _exit(130)
    except SellindexError as exc:
        err_console.print(f"error: {exc}", markup=False, soft_wrap=True)
        return _exit(1)
    except (FileNotFoundError, IsADirectoryError, PermissionError) as exc:
        err_console.print(f"error: {exc.strerror}: {exc.filename}", markup=False, soft_wrap=True)
        return _exit(1)
    except KeyboardInterrupt:
        err_console.print("interrupted", markup=False)
        return _exit(130)
    return _exit(result if isinstance(result, int) else 0)


def _exit(code: int) -> int:
    sys.exit(code)
