"""Doubtful values: out-of-range dates, impossible UTC offsets, NUL bytes, ids that are not ids,
surrounding spaces, and integer timestamps in Parquet. Each test loads real files into a real
store."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sellindex.store import Store
from test_ingest import MEMBERS, load_one, rejects_of, write

EVENTS_HEADER = "event_id,member_id,event_type,occurred_at"


@pytest.fixture
def with_members(store: Store, tmp_path: Path) -> Store:
    load_one(store, write(tmp_path, "seed/members.csv", MEMBERS))
    return store


def test_dates_and_timestamps_out_of_range_are_refused(with_members: Store, tmp_path: Path) -> None:
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    soon, later = now + timedelta(hours=12), now + timedelta(days=2)
    path = write(
        tmp_path,
        "activity.csv",
        f"{EVENTS_HEADER}\n"
        "1,1,login,1900-01-01\n"
        "2,1,login,1899-12-31T23:59:59\n"
        f"3,1,login,{soon:%Y-%m-%dT%H:%M:%S}Z\n"
        f"4,1,login,{later:%Y-%m-%dT%H:%M:%S}Z\n"
        "5,1,login,0001-01-01\n",
    )
    result = load_one(with_members, path)
    assert (result.rows_loaded, result.rows_rejected) == (2, 3)
    assert rejects_of(with_members, path) == [
        (3, "occurred_at is before 1900-01-01: '1899-12-31T23:59:59'"),
        (5, f"occurred_at is more than a day in the future: '{later:%Y-%m-%dT%H:%M:%S}Z'"),
        (6, "occurred_at is before 1900-01-01: '0001-01-01'"),
    ]
    campaigns = write(
        tmp_path,
        "campaigns.csv",
        f"campaign_id,name,started_on\n1,A,{soon:%Y-%m-%d}\n2,B,{later:%Y-%m-%d}\n3,C,1850-06-01\n",
    )
    load_one(with_members, campaigns)
    assert rejects_of(with_members, campaigns) == [
        (3, f"started_on is more than a day in the future: '{later:%Y-%m-%d}'"),
        (4, "started_on is before 1900-01-01: '1850-06-01'"),
    ]


OFFSETS = [
    ("2024-02-01T10:00:00+14:00", datetime(2024, 1, 31, 20, 0)),
    ("2024-02-01T10:00:00-12:00", datetime(2024, 2, 1, 22, 0)),
    ("2024-02-01 10:00+05:30", datetime(2024, 2, 1, 4, 30)),
    ("2024-02-01T10:00Z", datetime(2024, 2, 1, 10, 0)),
    ("2024-02-01T10:00:00z", datetime(2024, 2, 1, 10, 0)),
    ("2024-02-01T10:00:00.5 -0500", datetime(2024, 2, 1, 15, 0, 0, 500000)),
    ("2024-02-01T10:00:00+02", datetime(2024, 2, 1, 8, 0)),
]
BAD_OFFSETS = ["2024-02-01T10:00:00+25:00", "2024-02-01T10:00:00+12:60", "2024-02-01T10:00-13:00"]


def test_utc_offsets(with_members: Store, tmp_path: Path) -> None:
    rows = [f"{i},1,login,{v}" for i, (v, _) in enumerate(OFFSETS, start=1)]
    rows += [f"{i},1,login,{v}" for i, v in enumerate(BAD_OFFSETS, start=len(OFFSETS) + 1)]
    path = write(tmp_path, "activity.csv", EVENTS_HEADER + "\n" + "\n".join(rows) + "\n")
    load_one(with_members, path)
    stored = with_members.con.execute("SELECT occurred_at FROM activity ORDER BY event_id")
    assert [t for (t,) in stored.fetchall()] == [t for _, t in OFFSETS]
    assert [reason for _, reason in rejects_of(with_members, path)] == [
        f"occurred_at has an invalid UTC offset: '{v}' (offsets run from -12:00 to +14:00)"
        for v in BAD_OFFSETS
    ]


def test_nul_bytes_and_ids_that_are_not_ids(store: Store, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "members.csv",
        "member_id,name,industry,joined_at,manager_id\n"
        "1,Ann,software,2024-01-01,\n"
        "2,Bo\x00b,software,2024-01-01,\n"
        "-3,Cy,software,2024-01-01,\n"
        "12.5,Di,software,2024-01-01,\n"
        "5,Ed,software,2024-01-01,-1\n"
        "6,Flo,software,2024-01-01,1.0\n",
    )
    result = load_one(store, path)
    assert (result.rows_loaded, result.rows_rejected) == (2, 4)
    assert rejects_of(store, path) == [
        (3, "name contains a NUL byte"),
        (4, "member_id is negative: '-3'"),
        (5, "member_id is not an integer id: '12.5'"),
        (6, "manager_id is negative: '-1'; manager_id -1 not found in members.member_id"),
    ]
    assert store.con.execute("SELECT member_id, manager_id FROM members").fetchall() == [
        (1, None),
        (6, 1),
    ]


def test_escaped_nul_in_json_is_refused(store: Store, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "members.jsonl",
        '{"member_id": 1, "name": "Bo\\u0000b", "industry": "x", "joined_at": "2024-01-01"}\n',
    )
    load_one(store, path)
    assert rejects_of(store, path) == [(1, "name contains a NUL byte")]


def test_surrounding_spaces_are_ignored(store: Store, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "members.csv",
        "member_id,name,industry,joined_at,seniority\n"
        " 1 ,  Ann Lee ,software , 2024-01-01T10:00:00Z , vp\n"
        "2,   ,software,2024-01-01,\n",
    )
    result = load_one(store, path)
    assert (result.rows_loaded, result.rows_rejected) == (2, 0)
    assert store.con.execute(
        "SELECT member_id, name, industry, joined_at, seniority FROM members ORDER BY 1"
    ).fetchall() == [
        (1, "Ann Lee", "software", datetime(2024, 1, 1, 10, 0), "vp"),
        (2, None, "software", datetime(2024, 1, 1), None),
    ]


def test_spaces_around_a_required_value_leave_it_empty(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, "members.csv", "member_id,industry,joined_at\n   ,software,2024-01-01\n")
    load_one(store, path)
    assert rejects_of(store, path) == [(2, "member_id is empty")]
    raw = store.con.execute("SELECT raw FROM rejects").fetchone()[0]
    assert json.loads(raw)["member_id"] == "   "


def test_parquet_integer_timestamps_are_unix_seconds(with_members: Store, tmp_path: Path) -> None:
    path = tmp_path / "activity.parquet"
    seconds = [1706781600, -2208988800, 1706781600000, -2208988801]
    pq.write_table(
        pa.table(
            {
                "event_id": pa.array([1, 2, 3, 4], pa.int64()),
                "member_id": pa.array([1, 1, 1, 1], pa.int32()),
                "event_type": ["login"] * 4,
                "occurred_at": pa.array(seconds, pa.int64()),
                "target_member_id": pa.array([None, None, None, -2], pa.int64()),
            }
        ),
        path,
    )
    result = load_one(with_members, path)
    assert (result.rows_loaded, result.rows_rejected) == (2, 2)
    assert with_members.con.execute(
        "SELECT event_id, occurred_at FROM activity ORDER BY 1"
    ).fetchall() == [(1, datetime(2024, 2, 1, 10, 0)), (2, datetime(1900, 1, 1))]
    assert rejects_of(with_members, path) == [
        (3, "occurred_at is not an ISO 8601 timestamp: '1706781600000'"),
        (
            4,
            "occurred_at is before 1900-01-01: '1899-12-31T23:59:59Z'; "
            "target_member_id is negative: '-2'; "
            "target_member_id -2 not found in members.member_id",
        ),
    ]
    small = tmp_path / "activity-2.parquet"
    pq.write_table(
        pa.table(
            {
                "event_id": pa.array([5], pa.int64()),
                "member_id": pa.array([1], pa.int64()),
                "event_type": ["login"],
                "occurred_at": pa.array([1706781600], pa.int32()),
            }
        ),
        small,
    )
    assert load_one(with_members, small).rows_loaded == 1
