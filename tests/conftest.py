"""Shared fixtures: a fresh store per test and a CLI runner that goes through `main()`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sellindex.store import Store, open_store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with open_store(db_path, create=True) as s:
        yield s


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]):
    """Run the CLI in-process as a user would; returns (exit code, stdout, stderr)."""
    from sellindex.interfaces.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        try:
            main(list(args))
            code = 0
        except SystemExit as exc:
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return run


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-sql-snapshots",
        action="store_true",
        help="Rewrite tests/snapshots/sql/ from the current definitions (review the diff).",
    )
