"""Shared fixtures: a fresh store per test and a CLI runner that goes through `main()`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


ONE_WORKER_FILES = ("tests/test_engine_parity.py",)
"""Test files whose tests all run on one xdist worker: the engine parity suite shares one
SparkSession, and a second JVM on two cores would starve every other test. (xdist's own
`xdist_group` marks do nothing under pytest 9.2, which no longer lets xdist rename tests.)"""


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """Load balancing as `-n` does by default, except that each of `ONE_WORKER_FILES` is one
    unit of work."""
    if config.getvalue("dist") != "load":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class OneWorkerFiles(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            return path if path in ONE_WORKER_FILES else nodeid

    return OneWorkerFiles(config, log)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-sql-snapshots",
        action="store_true",
        help="Rewrite tests/snapshots/sql/ from the current definitions (review the diff).",
    )
