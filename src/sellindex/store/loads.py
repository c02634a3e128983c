"""The `loads` table: one row per file (or source) a load took in, written in one place.

Every path that adds rows to the store records where they came from here, so `status`, the
Data page and reconciliation read one shape whatever wrote it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb


def utc_now() -> datetime:
    """Load times are stored as naive UTC, like every other timestamp of the store's own."""
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class LoadRecord:
    """What one load took from one source into one table; read = loaded + rejected + duplicate."""

    load_id: int
    table: str
    source: str
    rows_read: int
    rows_loaded: int
    rows_rejected: int = 0
    rows_duplicate: int = 0
    started_at: datetime | None = None
    finished_at: datetime | None = None


def next_load_id(con: duckdb.DuckDBPyConnection) -> int:
    """The id the next load takes; call it inside the load's transaction so two loads never
    share one."""
    row = con.execute("SELECT coalesce(max(load_id), 0) + 1 FROM loads").fetchone()
    return int(row[0]) if row else 1


def record_load(con: duckdb.DuckDBPyConnection, record: LoadRecord) -> None:
    """Add `record` to `loads`; times not given are now."""
    now = utc_now()
    con.execute(
        "INSERT INTO loads VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            record.load_id,
            record.started_at or now,
            record.finished_at or now,
            record.table,
            record.source,
            record.rows_read,
            record.rows_loaded,
            record.rows_rejected,
            record.rows_duplicate,
        ],
    )
