"""What each source can tell about a member, for members a source describes only in part.

A member's data archive records their posts, messages and connections, but never who viewed
their profile or reacted to their posts; a Sales Navigator export records profile views and
saved leads but no posts. Scoring such a member from what the store holds would give 0 points
to signals no source of theirs could ever feed, which reads as "you did nothing". So an import
records, per member and source, the feeds that source can tell:

- `profile`, `connections`, `invitations`;
- `event:<event type>:<actor|target>`: events of that type with the member as actor or target.

A member with no record is described in full (a platform's own data, a synthetic world, files
loaded with `sellindex ingest`): every signal has data. A member with records has data for a
signal when one of their feeds is what the signal counts (`metrics.ssi.coverage`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

import duckdb

FEEDS_TABLE = "member_feeds"


def create_feeds_table(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        f"""
        CREATE TABLE IF NOT EXISTS {FEEDS_TABLE} (
            member_id BIGINT NOT NULL,
            source VARCHAR NOT NULL,
            feed VARCHAR NOT NULL,
            recorded_at TIMESTAMP NOT NULL,
            PRIMARY KEY (member_id, source, feed)
        )
        """
    )


def record_feeds(
    con: duckdb.DuckDBPyConnection, member_id: int, source: str, feeds: Iterable[str]
) -> None:
    """Record what `source` tells about a member, beside what its earlier exports told: one
    that tells less (the Basic part of an archive after the Complete one) takes nothing away,
    as the rows the earlier one loaded are still in the store."""
    now = datetime.now(UTC).replace(tzinfo=None)
    con.executemany(
        f"INSERT OR IGNORE INTO {FEEDS_TABLE} VALUES (?, ?, ?, ?)",
        [(member_id, source, feed, now) for feed in sorted(set(feeds))],
    )


def member_feeds(con: duckdb.DuckDBPyConnection, member_id: int) -> dict[str, set[str]] | None:
    """Source -> feeds recorded for a member, or None when the member is described in full."""
    rows = con.execute(
        f"SELECT source, feed FROM {FEEDS_TABLE} WHERE member_id = ?", [member_id]
    ).fetchall()
    if not rows:
        return None
    found: dict[str, set[str]] = {}
    for source, feed in rows:
        found.setdefault(str(source), set()).add(str(feed))
    return found
