"""What each import found in its export (the report `sellindex doctor` prints), kept so the Data
page can show it after the export's files are gone.

One row per import: its load, the kind of export, the subject (the owner of a data archive, whose
own archive it is; empty for exports of many people) and the report as JSON. The latest row per
kind and subject is the one shown.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import duckdb

REPORTS_TABLE = "export_reports"


def create_export_reports_table(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        f"""
        CREATE TABLE IF NOT EXISTS {REPORTS_TABLE} (
            load_id BIGINT,
            recorded_at TIMESTAMP NOT NULL,
            kind VARCHAR NOT NULL,
            subject VARCHAR NOT NULL,
            path VARCHAR NOT NULL,
            report VARCHAR NOT NULL
        )
        """
    )


def record_export_report(
    con: duckdb.DuckDBPyConnection, load_id: int | None, report: dict[str, Any]
) -> None:
    """Keep an import's report (`kind`, `subject` and `path` are read from it)."""
    now = datetime.now(UTC).replace(tzinfo=None)
    con.execute(
        f"INSERT INTO {REPORTS_TABLE} VALUES (?, ?, ?, ?, ?, ?)",
        [
            load_id,
            now,
            report["kind"],
            report.get("subject") or "",
            report["path"],
            json.dumps(report),
        ],
    )


def latest_export_reports(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """The latest report per kind and subject, newest first, each with its load and time."""
    rows = con.execute(
        f"""
        SELECT load_id, recorded_at, report FROM {REPORTS_TABLE}
        QUALIFY row_number() OVER (
            PARTITION BY kind, subject ORDER BY recorded_at DESC, load_id DESC NULLS LAST) = 1
        ORDER BY recorded_at DESC, load_id DESC NULLS LAST
        """
    ).fetchall()
    return [
        {**json.loads(report), "load_id": load_id, "recorded_at": recorded_at}
        for load_id, recorded_at, report in rows
    ]
