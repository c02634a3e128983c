"""Versioned store layout. Each step upgrades a store by one version, inside one transaction.

A store records the version it is at in `sellindex_meta`. Opening an older store applies the
missing steps in order; a store newer than this program is refused rather than guessed at.
Add a step for every change of layout, never edit a released one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import duckdb

from sellindex.schema import TABLES, Table
from sellindex.store.accounts import move_accounts_out
from sellindex.store.export_reports import create_export_reports_table
from sellindex.store.feeds import create_feeds_table
from sellindex.store.identities import create_identity_table
from sellindex.store.readings import create_readings_table
from sellindex.store.snapshots import create_snapshot_tables


def create_table_sql(table: Table) -> str:
    columns = ", ".join(f'"{c.name}" {c.type.sql}' for c in table.columns)
    return f'CREATE TABLE IF NOT EXISTS "{table.name}" ({columns})'


def _create_canonical_and_system_tables(con: duckdb.DuckDBPyConnection) -> None:
    for table in TABLES:
        con.execute(create_table_sql(table))
    con.execute(
        """
        CREATE TABLE IF NOT EXISTS loads (
            load_id BIGINT,
            started_at TIMESTAMP,
            finished_at TIMESTAMP,
            table_name VARCHAR,
            source_file VARCHAR,
            rows_read BIGINT,
            rows_loaded BIGINT,
            rows_rejected BIGINT,
            rows_duplicate BIGINT
        )
        """
    )
    con.execute(
        """
        CREATE TABLE IF NOT EXISTS rejects (
            load_id BIGINT,
            table_name VARCHAR,
            source_file VARCHAR,
            line BIGINT,
            reason VARCHAR,
            raw VARCHAR
        )
        """
    )


def _create_account_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Accounts as they were kept in the store until layout 5 moved them out."""
    con.execute(
        """
        CREATE TABLE IF NOT EXISTS users (
            user_id BIGINT PRIMARY KEY,
            email VARCHAR NOT NULL UNIQUE,
            role VARCHAR NOT NULL,
            member_id BIGINT,
            password_hash VARCHAR NOT NULL,
            created_at TIMESTAMP NOT NULL
        )
        """
    )
    con.execute(
        """
        CREATE TABLE IF NOT EXISTS api_tokens (
            token_id BIGINT PRIMARY KEY,
            user_id BIGINT NOT NULL,
            name VARCHAR,
            token_hash VARCHAR NOT NULL UNIQUE,
            created_at TIMESTAMP NOT NULL
        )
        """
    )
    con.execute(
        """
        CREATE TABLE IF NOT EXISTS web_sessions (
            session_hash VARCHAR PRIMARY KEY,
            user_id BIGINT NOT NULL,
            created_at TIMESTAMP NOT NULL,
            expires_at TIMESTAMP NOT NULL
        )
        """
    )


def _move_sessions_out(con: duckdb.DuckDBPyConnection) -> None:
    """Sessions now live beside the store (`store.sessions`), so servers can open it read-only;
    open sessions end and their users sign in again."""
    con.execute("DROP TABLE IF EXISTS web_sessions")


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[duckdb.DuckDBPyConnection], None]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "canonical tables, loads and rejects", _create_canonical_and_system_tables),
    Migration(2, "index snapshots", create_snapshot_tables),
    Migration(3, "web accounts: users, API tokens, sessions", _create_account_tables),
    Migration(4, "web sessions move to a file beside the store", _move_sessions_out),
    Migration(5, "web accounts move to the accounts file beside the store", move_accounts_out),
    Migration(
        6, "identity map: source keys of imported exports to canonical ids", create_identity_table
    ),
    Migration(7, "what each source tells about a member (no data vs 0 points)", create_feeds_table),
    Migration(8, "official index readings beside the estimate", create_readings_table),
    Migration(
        9, "what each import found in its export, for the Data page", create_export_reports_table
    ),
)


def current_version() -> int:
    return MIGRATIONS[-1].version
