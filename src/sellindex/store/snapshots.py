"""Dated index snapshots: one wide row per member per scoring date, and one row per run.

Layout for scale (10M members per date): pillars, total and ranks are plain columns, so
history and leaderboards read a few narrow columns; per-signal raw values and points are
arrays in the same row, aligned with the signal names recorded once per date in `ssi_runs`.
No keys are declared: DuckDB would build an index over every insert, and re-scoring a date
deletes that date's rows first, inside the same transaction as the insert.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import duckdb

from sellindex.errors import SellindexError

if TYPE_CHECKING:
    import ibis.expr.types as ir
    import pyarrow as pa

    from sellindex.store.connection import Store
    from sellindex.store.engines import Engine

RANK_GROUPS = ("industry", "network", "team")
DEFAULT_MEMORY_LIMIT = "8GB"

SNAPSHOT_COLUMNS: tuple[str, ...] = (
    "as_of",
    "member_id",
    "model_version",
    "industry",
    "team_id",
    "brand",
    "find",
    "engage",
    "relationships",
    "total",
    *(f"{g}_{part}" for g in RANK_GROUPS for part in ("rank", "size", "avg")),
    "signal_raw",
    "signal_trials",
    "signal_points",
)
"""The columns of a snapshot row, in the order of the table (and of Parquet snapshots)."""

SNAPSHOTS_DDL = f"""
CREATE TABLE IF NOT EXISTS ssi_snapshots (
    as_of DATE NOT NULL,
    member_id BIGINT NOT NULL,
    model_version VARCHAR NOT NULL,
    industry VARCHAR,
    team_id BIGINT,
    brand DECIMAL(5,2) NOT NULL,
    find DECIMAL(5,2) NOT NULL,
    engage DECIMAL(5,2) NOT NULL,
    relationships DECIMAL(5,2) NOT NULL,
    total DECIMAL(5,2) NOT NULL,
    {", ".join(f"{g}_rank BIGINT, {g}_size BIGINT, {g}_avg DOUBLE" for g in RANK_GROUPS)},
    signal_raw DOUBLE[],
    signal_trials DOUBLE[],
    signal_points DECIMAL(4,2)[]
)
"""

RUNS_DDL = """
CREATE TABLE IF NOT EXISTS ssi_runs (
    as_of DATE NOT NULL,
    model_name VARCHAR NOT NULL,
    model_version VARCHAR NOT NULL,
    model_source VARCHAR,
    signals VARCHAR[] NOT NULL,
    signal_pillars VARCHAR[] NOT NULL,
    signal_max_points DOUBLE[] NOT NULL,
    members BIGINT NOT NULL,
    scored_at TIMESTAMP NOT NULL,
    seconds DOUBLE
)
"""


def create_snapshot_tables(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(SNAPSHOTS_DDL)
    con.execute(RUNS_DDL)


def configure_engine(
    store: Store, threads: int | None = None, memory_limit: str = DEFAULT_MEMORY_LIMIT
) -> None:
    """Bound DuckDB to a budget for a scoring run and let it spill to disk instead of failing.

    Threads default to the machine's cores; insertion order is not preserved, since snapshot
    rows have no order, which lets DuckDB stream large inserts in parallel.
    """
    if threads is not None and threads <= 0:
        raise SellindexError("--threads must be a positive number")
    con = store.con
    try:
        con.execute("SET memory_limit = ?", [memory_limit])
    except duckdb.Error as error:
        raise SellindexError(
            f"--memory-limit {memory_limit!r} is not a size such as 8GB"
        ) from error
    con.execute("SET threads = ?", [threads or os.cpu_count() or 1])
    con.execute("SET preserve_insertion_order = false")
    con.execute("SET temp_directory = ?", [str(store.path.parent / f"{store.path.name}.tmp")])


def replace_snapshot(store: Store, as_of: date, select_sql: str, run: dict[str, Any]) -> int:
    """Replace the snapshot of `as_of` with the rows of `select_sql`, atomically.

    `select_sql` is compiled from an Ibis expression; its columns are matched by name.
    Returns the number of members written.
    """
    with store.transaction() as con:
        con.execute("DELETE FROM ssi_snapshots WHERE as_of = ?", [as_of])
        con.execute("DELETE FROM ssi_runs WHERE as_of = ?", [as_of])
        con.execute(f"INSERT INTO ssi_snapshots BY NAME ({select_sql})")
        row = con.execute("SELECT count(*) FROM ssi_snapshots WHERE as_of = ?", [as_of]).fetchone()
        members = int(row[0]) if row else 0
        con.execute(
            "INSERT INTO ssi_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                as_of,
                run["model_name"],
                run["model_version"],
                run.get("model_source"),
                list(run["signals"]),
                list(run["signal_pillars"]),
                [float(p) for p in run["signal_max_points"]],
                members,
                run.get("scored_at") or datetime.now().replace(microsecond=0),
                run.get("seconds"),
            ],
        )
    return members


INCOMING_VIEW = "incoming_snapshot_rows"


def replace_snapshot_rows(store: Store, as_of: date, rows: pa.Table, run: dict[str, Any]) -> int:
    """`replace_snapshot` from rows computed elsewhere (by another engine), as Arrow."""
    store.con.register(INCOMING_VIEW, rows)
    try:
        return replace_snapshot(store, as_of, f"SELECT * FROM {INCOMING_VIEW}", run)
    finally:
        store.con.unregister(INCOMING_VIEW)


def snapshot_parquet_path(out: str, table: str, as_of: date) -> str:
    """`<out>/<table>/<YYYY-MM-DD>`: one folder of Parquet files per date, so a date is
    replaced on its own and every date reads as one dataset (`<out>/<table>/*/*.parquet`)."""
    return f"{out.rstrip('/')}/{table}/{as_of.isoformat()}"


def write_snapshot_parquet(
    engine: Engine,
    out: str,
    as_of: date,
    rows: ir.Table,
    run: dict[str, Any],
    members: int,
    started: float,
) -> None:
    """Write one date's snapshot rows and its run record as Parquet under `out`, in the
    columns of `ssi_snapshots` and `ssi_runs`; `started` is when scoring the date began."""
    import ibis
    import pyarrow as pa

    engine.write_parquet(rows, snapshot_parquet_path(out, "ssi_snapshots", as_of))
    record = pa.table(
        {
            "as_of": pa.array([as_of], pa.date32()),
            "model_name": [run["model_name"]],
            "model_version": [run["model_version"]],
            "model_source": pa.array([run.get("model_source")], pa.string()),
            "signals": pa.array([list(run["signals"])], pa.list_(pa.string())),
            "signal_pillars": pa.array([list(run["signal_pillars"])], pa.list_(pa.string())),
            "signal_max_points": pa.array(
                [[float(p) for p in run["signal_max_points"]]], pa.list_(pa.float64())
            ),
            "members": pa.array([members], pa.int64()),
            "scored_at": pa.array([datetime.now().replace(microsecond=0)], pa.timestamp("us")),
            "seconds": [round(time.perf_counter() - started, 3)],
        }
    )
    engine.write_parquet(ibis.memtable(record), snapshot_parquet_path(out, "ssi_runs", as_of))


def snapshot_dates(store: Store) -> list[date]:
    rows = store.con.execute("SELECT as_of FROM ssi_runs ORDER BY as_of").fetchall()
    return [r[0] for r in rows]


def run_info(store: Store, as_of: date) -> dict[str, Any] | None:
    cursor = store.con.execute("SELECT * FROM ssi_runs WHERE as_of = ?", [as_of])
    return _one(cursor)


def member_snapshot(store: Store, member_id: int, as_of: date) -> dict[str, Any] | None:
    cursor = store.con.execute(
        "SELECT * FROM ssi_snapshots WHERE as_of = ? AND member_id = ?", [as_of, member_id]
    )
    return _one(cursor)


def latest_date_on_or_before(store: Store, day: date, member_id: int | None = None) -> date | None:
    """The most recent scoring date not after `day` (holding `member_id`, when given)."""
    if member_id is None:
        row = store.con.execute("SELECT max(as_of) FROM ssi_runs WHERE as_of <= ?", [day])
    else:
        row = store.con.execute(
            "SELECT max(as_of) FROM ssi_snapshots WHERE as_of <= ? AND member_id = ?",
            [day, member_id],
        )
    found = row.fetchone()
    return found[0] if found else None


def member_history(store: Store, member_id: int) -> list[dict[str, Any]]:
    cursor = store.con.execute(
        """
        SELECT as_of, model_version, total, brand, find, engage, relationships,
               industry_rank, industry_size, network_rank, network_size, team_rank, team_size
        FROM ssi_snapshots WHERE member_id = ? ORDER BY as_of
        """,
        [member_id],
    )
    return _all(cursor)


def _all(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names: Sequence[str] = [d[0] for d in cursor.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _one(cursor: duckdb.DuckDBPyConnection) -> dict[str, Any] | None:
    rows = _all(cursor)
    return rows[0] if rows else None


def latest_scoring_date(store: Store) -> date | None:
    """The last date any scoring run covered (None before the first run)."""
    row = store.con.execute("SELECT max(as_of) FROM ssi_runs").fetchone()
    return row[0] if row else None
