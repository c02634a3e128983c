"""Browser sessions, kept in a small SQLite file beside the store.

DuckDB lets several processes read a store only when none writes it, and a login writes a
session. Keeping sessions in their own file lets every server process open the store read-only
while logins and logouts still take effect in all of them at once (SQLite serialises the few
writes across processes).

A session row keeps the SHA-256 of the cookie value (never the value) and a stamp of the account
it was opened for: removing the user, changing their role, member or password changes the stamp,
which ends their sessions without having to reach this file.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

SESSION_LIFETIME = timedelta(hours=12)
SUFFIX = ".sessions"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS web_sessions (
    session_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL,
    account_stamp TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
)
"""


def session_file(store_path: Path) -> Path:
    """`sellindex.duckdb` keeps its sessions in `sellindex.duckdb.sessions`."""
    return store_path.with_name(store_path.name + SUFFIX)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class SessionBook:
    """The sessions of one store. Each call opens its own SQLite connection, so a book can be
    shared by threads and processes."""

    def __init__(self, store_path: Path) -> None:
        self.path = session_file(store_path)

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=10, isolation_level=None)) as con:
            con.execute("PRAGMA busy_timeout = 10000")
            yield con

    def prepare(self) -> None:
        """Create the file and its table (WAL, so readers never wait for a login)."""
        with self._connection() as con:
            con.execute("PRAGMA journal_mode = WAL")
            con.execute(_SCHEMA)

    def start(
        self, user_id: int, account_stamp: str, lifetime: timedelta = SESSION_LIFETIME
    ) -> str:
        """Open a session and return the cookie value; expired sessions are cleared here."""
        self.prepare()
        token = secrets.token_urlsafe(32)
        now = _now()
        with self._connection() as con:
            con.execute("BEGIN IMMEDIATE")
            con.execute("DELETE FROM web_sessions WHERE expires_at <= ?", [now.isoformat()])
            con.execute(
                "INSERT INTO web_sessions VALUES (?, ?, ?, ?, ?)",
                [
                    _hash(token),
                    user_id,
                    account_stamp,
                    now.isoformat(),
                    (now + lifetime).isoformat(),
                ],
            )
            con.execute("COMMIT")
        return token

    def holder(self, token: str) -> tuple[int, str] | None:
        """(user id, account stamp) of a live session, or None."""
        if not self.path.exists():
            return None
        with self._connection() as con:
            row = con.execute(
                "SELECT user_id, account_stamp FROM web_sessions "
                "WHERE session_hash = ? AND expires_at > ?",
                [_hash(token), _now().isoformat()],
            ).fetchone()
        return (int(row[0]), str(row[1])) if row else None

    def end(self, token: str) -> None:
        if self.path.exists():
            with self._connection() as con:
                con.execute("DELETE FROM web_sessions WHERE session_hash = ?", [_hash(token)])

    def end_all(self, user_id: int) -> None:
        if self.path.exists():
            with self._connection() as con:
                con.execute("DELETE FROM web_sessions WHERE user_id = ?", [user_id])

    def count(self) -> int:
        if not self.path.exists():
            return 0
        with self._connection() as con:
            row = con.execute(
                "SELECT count(*) FROM web_sessions WHERE expires_at > ?", [_now().isoformat()]
            ).fetchone()
        return int(row[0]) if row else 0
