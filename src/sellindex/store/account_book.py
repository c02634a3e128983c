"""The accounts file: users, API tokens, browser sessions and failed sign-ins, in SQLite beside
the store.

DuckDB lets several processes read a store only while none writes it, and a server keeps its
store open read-only for as long as it runs. Accounts change while it runs (a sign-in, a revoked
token, a new role), so they live in their own small file that every process reads and writes:
SQLite serialises the few writes across processes, and WAL mode keeps readers from waiting.
Each call opens its own connection, so one book can be shared by threads and processes, and a
change made by one process is seen by the next request of every other.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

SUFFIX = ".accounts"

_SCHEMA = (
    """
    CREATE TABLE IF NOT EXISTS users (
        user_id INTEGER PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL,
        member_id INTEGER,
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS api_tokens (
        token_id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
        name TEXT,
        token_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS web_sessions (
        session_hash TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
        user_revision INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS sign_in_failures (
        subject TEXT NOT NULL,
        failed_at REAL NOT NULL
    )
    """,
    "CREATE INDEX IF NOT EXISTS sign_in_failures_by_subject ON sign_in_failures (subject)",
)


def accounts_file(store_path: Path) -> Path:
    """`sellindex.duckdb` keeps its accounts in `sellindex.duckdb.accounts`."""
    return store_path.with_name(store_path.name + SUFFIX)


class AccountBook:
    """The accounts file of one store."""

    def __init__(self, store_path: Path) -> None:
        self.path = accounts_file(Path(store_path))

    @contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        """A connection in autocommit mode; write with `BEGIN IMMEDIATE` ... `COMMIT`."""
        if not self.path.exists():
            self.prepare()
        with closing(sqlite3.connect(self.path, timeout=10, isolation_level=None)) as con:
            con.execute("PRAGMA busy_timeout = 10000")
            con.execute("PRAGMA foreign_keys = ON")
            yield con

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it lands, or none of it."""
        with self.connect() as con:
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")

    def prepare(self) -> None:
        """Create the file and its tables (idempotent)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(self.path, timeout=10, isolation_level=None)) as con:
            con.execute("PRAGMA busy_timeout = 10000")
            con.execute("PRAGMA journal_mode = WAL")
            for statement in _SCHEMA:
                con.execute(statement)
