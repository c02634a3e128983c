"""Official index readings: the network's own score of a member per day, kept beside sellindex's
estimate (`ssi_snapshots`) so the two can be drawn together and compared pillar by pillar.

One row per member and day. A reading is never overwritten: the same reading again is a
duplicate, a different one for a day already held is rejected as a conflict.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import duckdb

READINGS_TABLE = "ssi_readings"
GROUPS = ("industry", "network", "team")
VALUES = (
    "total",
    "brand",
    "find",
    "engage",
    "relationships",
    *(f"{g}_{x}" for g in GROUPS for x in ("top_percent", "size", "average")),
    "industry_label",
    "active_seat",
)


def create_readings_table(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        f"""
        CREATE TABLE IF NOT EXISTS {READINGS_TABLE} (
            member_id BIGINT NOT NULL,
            as_of DATE NOT NULL,
            total DOUBLE NOT NULL,
            brand DOUBLE, find DOUBLE, engage DOUBLE, relationships DOUBLE,
            {", ".join(f"{g}_top_percent DOUBLE, {g}_size DOUBLE, {g}_average DOUBLE" for g in GROUPS)},
            industry_label VARCHAR,
            active_seat BOOLEAN,
            source_file VARCHAR,
            load_id BIGINT,
            PRIMARY KEY (member_id, as_of)
        )
        """  # noqa: E501
    )


def store_readings(
    con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]], load_id: int
) -> list[tuple[dict[str, Any], str]]:
    """Add readings not held yet; returns each row with what became of it: `loaded`,
    `duplicate` (the same reading is held) or `conflict` (a different one is held)."""
    outcomes = []
    for row in rows:
        held = con.execute(
            f"SELECT {', '.join(VALUES)} FROM {READINGS_TABLE} WHERE member_id = ? AND as_of = ?",
            [row["member_id"], row["as_of"]],
        ).fetchone()
        if held is not None:
            same = all(same_value(a, row.get(c)) for c, a in zip(VALUES, held, strict=True))
            outcomes.append((row, "duplicate" if same else "conflict"))
            continue
        columns = ["member_id", "as_of", *VALUES, "source_file", "load_id"]
        values = [row.get(c) for c in columns[:-1]] + [load_id]
        con.execute(
            f"INSERT INTO {READINGS_TABLE} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})",
            values,
        )
        outcomes.append((row, "loaded"))
    return outcomes


def same_value(held: Any, new: Any) -> bool:
    """Equal as stored: numbers within rounding, the rest exactly."""
    if isinstance(held, float) or isinstance(new, float):
        return held is not None and new is not None and abs(float(held) - float(new)) < 1e-9
    return held == new


def member_readings(con: duckdb.DuckDBPyConnection, member_id: int) -> list[dict[str, Any]]:
    """Every reading of a member, oldest first."""
    cursor = con.execute(
        f"SELECT as_of, {', '.join(VALUES)} FROM {READINGS_TABLE} WHERE member_id = ? "
        "ORDER BY as_of",
        [member_id],
    )
    names: Sequence[str] = [d[0] for d in cursor.description or ()]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


def reading_near(
    readings: list[dict[str, Any]], day: date, within_days: int
) -> dict[str, Any] | None:
    """The latest reading on `day` or in the `within_days` days before it."""
    best = None
    for r in readings:
        if 0 <= (day - r["as_of"]).days <= within_days:
            best = r
    return best
