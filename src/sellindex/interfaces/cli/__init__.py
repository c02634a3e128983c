"""The `sellindex` command line."""

from __future__ import annotations

import sys

import typer
from typer.exceptions import TyperException

from sellindex.errors import SellindexError
from sellindex.interfaces.cli import (  # noqa: F401  (importing a module registers its commands)
    bench_commands,
    demo_commands,
    import_commands,
    ingest_commands,
    insight_commands,
    kpi_commands,
    loadtest_commands,
    ssi_commands,
    store_commands,
    synth_commands,
    web_commands,
)
from sellindex.interfaces.cli.app import app, err_console

__all__ = ["app", "main"]


def main(argv: list[str] | None = None) -> int:
    """Run the CLI: a user mistake becomes one line on stderr and a non-zero exit."""
    command = typer.main.get_command(app)
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
