"""Ctrl+C ends any command with one line on stderr and exit code 130, never a traceback."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from sellindex.interfaces.cli import store_commands
from sellindex.store import Store


def long_query_interrupted(store: Store) -> Any:
    """A query stopped the way Ctrl+C stops one, with DuckDB's own interruption."""
    threading.Timer(0.2, store.con.interrupt).start()
    return store.con.execute("SELECT count(*) FROM range(10_000_000_000) t(i) WHERE i % 7 = 3")


def keyboard_interrupt(store: Store) -> Any:
    raise KeyboardInterrupt


def interrupt_caught_by_duckdb(store: Store) -> Any:
    """What DuckDB's Python client raises when SIGINT arrives during a query."""
    try:
        raise KeyboardInterrupt
    except KeyboardInterrupt as exc:
        raise RuntimeError("Query interrupted") from exc


@pytest.mark.parametrize(
    "summaries", [long_query_interrupted, keyboard_interrupt, interrupt_caught_by_duckdb]
)
def test_ctrl_c_is_one_line_and_exit_130(
    run_cli, db_path: Path, monkeypatch: pytest.MonkeyPatch, summaries: Any
) -> None:
    run_cli("init", "--db", str(db_path))
    monkeypatch.setattr(store_commands, "table_summaries", summaries)
    code, out, err = run_cli("status", "--db", str(db_path))
    assert (code, out, err) == (130, "", "interrupted\n")


def test_other_runtime_errors_are_not_taken_for_ctrl_c(
    run_cli, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(store: Store) -> Any:
        raise RuntimeError("a bug")

    run_cli("init", "--db", str(db_path))
    monkeypatch.setattr(store_commands, "table_summaries", broken)
    with pytest.raises(RuntimeError, match="a bug"):
        run_cli("status", "--db", str(db_path))
