"""Typed Parquet columns are checked as they are, without the trip through text: the same rows
load and the same rejects (line and reason) come out as from the same values given as text.
References and repeated keys are found whatever the order of the file."""

from __future__ import annotations

import math
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sellindex.store import Store, open_store
from test_ingest import MEMBERS, assert_reconciles, load_one, rejects_of, write

EVENTS = pa.table(
    {
        "event_id": pa.array([1, 2, 3, 4, 5, 6, 7, 8, -9], pa.int64()),
        "member_id": pa.array([1, 2, None, 1, 7, 1, 2, 1, 1], pa.int64()),
        "event_type": ["login", "post", "login", "nap", "login", "login", "login", "login", "post"],
        "occurred_at": pa.array(
            [
                datetime(2024, 1, 1, 10),
                datetime(1850, 1, 1),
                datetime(2024, 1, 2),
                datetime(2024, 1, 3),
                datetime(2024, 1, 4),
                datetime(2999, 1, 1),
                datetime(2024, 1, 5, 8, 30, 15, 250000),
                datetime(2024, 1, 6),
                datetime(2024, 1, 7),
            ],
            pa.timestamp("us"),
        ),
        "target_member_id": pa.array([None, 3, None, None, None, None, 99, None, None], pa.int64()),
        "value": pa.array([1.5, None, 2.0, None, None, None, math.nan, math.inf, 0.25]),
    }
)
EVENT_REJECTS = [
    (2, "occurred_at is before 1900-01-01: '1850-01-01 00:00:00'"),
    (3, "member_id is empty"),
    (4, "event_type has an unknown value: 'nap' (allowed: see `sellindex schema`)"),
    (5, "member_id 7 not found in members.member_id"),
    (6, "occurred_at is more than a day in the future: '2999-01-01 00:00:00'"),
    (7, "value is not a finite number: 'nan'; target_member_id 99 not found in members.member_id"),
    (8, "value is not a finite number: 'inf'"),
    (9, "event_id is negative: '-9'"),
]


@pytest.fixture
def with_members(store: Store, tmp_path: Path) -> Store:
    load_one(store, write(tmp_path, "seed/members.csv", MEMBERS))
    return store


def _parquet(table: pa.Table, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path)
    return path


def _as_text(source: Path, target: Path) -> Path:
    """The same table with every column as the text DuckDB gives its value."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect() as con:
        names = [d[0] for d in con.execute(f"SELECT * FROM '{source}' LIMIT 0").description]
        texts = ", ".join(f'CAST("{n}" AS VARCHAR) AS "{n}"' for n in names)
        con.execute(f"COPY (SELECT {texts} FROM '{source}') TO '{target}' (FORMAT parquet)")
    return target


def _events(store: Store) -> list[tuple[object, ...]]:
    return store.con.execute(
        "SELECT event_id, member_id, event_type, occurred_at, target_member_id, value "
        "FROM activity ORDER BY event_id"
    ).fetchall()


def test_typed_columns_reject_what_their_text_would(with_members: Store, tmp_path: Path) -> None:
    typed = _parquet(EVENTS, tmp_path / "typed" / "activity.parquet")
    result = load_one(with_members, typed)
    assert_reconciles(result)
    assert (result.rows_read, result.rows_loaded, result.rows_rejected) == (9, 1, 8)
    assert rejects_of(with_members, typed) == EVENT_REJECTS
    assert _events(with_members) == [(1, 1, "login", datetime(2024, 1, 1, 10), None, 1.5)]

    text = _as_text(typed, tmp_path / "text" / "activity.parquet")
    with open_store(tmp_path / "text.duckdb", create=True) as other:
        load_one(other, write(tmp_path, "seed2/members.csv", MEMBERS))
        again = load_one(other, text)
        assert (again.rows_read, again.rows_loaded, again.rows_rejected) == (9, 1, 8)
        assert rejects_of(other, text) == EVENT_REJECTS
        assert _events(other) == _events(with_members)


def test_only_types_that_read_exactly_skip_the_text(with_members: Store, tmp_path: Path) -> None:
    """32-bit floats and unsigned 64-bit ids go through text, as their values would."""
    path = _parquet(
        pa.table(
            {
                "event_id": pa.array([1, 2**63 + 5], pa.uint64()),
                "member_id": pa.array([1, 1], pa.int32()),
                "event_type": ["login", "login"],
                "occurred_at": pa.array([datetime(2024, 1, 1)] * 2, pa.timestamp("ms")),
                "value": pa.array([0.1, 0.2], pa.float32()),
            }
        ),
        tmp_path / "activity.parquet",
    )
    result = load_one(with_members, path)
    assert (result.rows_loaded, result.rows_rejected) == (1, 1)
    assert rejects_of(with_members, path) == [(2, f"event_id is not an integer id: '{2**63 + 5}'")]
    assert _events(with_members) == [(1, 1, "login", datetime(2024, 1, 1), None, 0.1)]


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
@pytest.mark.parametrize(
    "order", [[1, 2, 2, 3, 3], [3, 2, 1, 2, 3]], ids=["sorted by key", "unsorted"]
)
def test_repeated_keys_are_found_in_any_order(
    with_members: Store, tmp_path: Path, order: list[int], fmt: str
) -> None:
    """The second row of a key is a duplicate when it is the same row, else a conflict; a
    file sorted by its key is checked by comparing each row with the one before."""
    kinds = {1: "login", 2: "post", 3: "share"}
    seen: set[int] = set()
    types = []
    for key in order:
        # Key 3's second row differs: a conflict; key 2's is the same row: a duplicate.
        types.append("comment" if key == 3 and key in seen else kinds[key])
        seen.add(key)
    table = pa.table(
        {
            "event_id": pa.array(order, pa.int64()),
            "member_id": pa.array([1] * len(order), pa.int64()),
            "event_type": types,
            "occurred_at": pa.array([datetime(2024, 1, 1)] * len(order), pa.timestamp("us")),
        }
    )
    if fmt == "parquet":
        path = _parquet(table, tmp_path / "activity.parquet")
        first_line = 1
    else:
        rows = "".join(
            f"{k},1,{t},2024-01-01T00:00:00\n" for k, t in zip(order, types, strict=True)
        )
        path = write(tmp_path, "activity.csv", f"event_id,member_id,event_type,occurred_at\n{rows}")
        first_line = 2
    result = load_one(with_members, path)
    assert_reconciles(result)
    assert (result.rows_loaded, result.rows_duplicate, result.rows_rejected) == (3, 1, 1)
    row = len(order) - order[::-1].index(3) - 1  # the second row of key 3, from 0
    assert rejects_of(with_members, path) == [
        (first_line + row, "conflicts with an existing row with the same key")
    ]

    again = load_one(with_members, path)
    assert (again.rows_loaded, again.rows_duplicate, again.rows_rejected) == (0, 4, 1)
    assert again.new_rejects == 0


def test_a_key_of_several_columns_in_order_still_finds_its_repeats(
    with_members: Store, tmp_path: Path
) -> None:
    """Invitations sorted by (sender, recipient, sent): the repeated key is found next to its
    first row; a rejected row in between does not hide it."""
    sent = datetime(2024, 1, 1)
    path = _parquet(
        pa.table(
            {
                "sender_id": pa.array([1, 1, 1, 1, 2], pa.int64()),
                "recipient_id": pa.array([2, 3, 9, 3, 3], pa.int64()),
                "sent_at": pa.array([sent] * 5, pa.timestamp("us")),
                "accepted_at": pa.array([None, None, None, sent, None], pa.timestamp("us")),
            }
        ),
        tmp_path / "invitations.parquet",
    )
    result = load_one(with_members, path)
    assert_reconciles(result)
    assert (result.rows_loaded, result.rows_duplicate, result.rows_rejected) == (3, 0, 2)
    assert rejects_of(with_members, path) == [
        (3, "recipient_id 9 not found in members.member_id"),
        (4, "conflicts with an existing row with the same key"),
    ]


def test_a_manager_in_the_same_typed_file_counts(store: Store, tmp_path: Path) -> None:
    path = _parquet(
        pa.table(
            {
                "member_id": pa.array([1, 2, 3], pa.int64()),
                "industry": ["software", "software", "retail"],
                "manager_id": pa.array([None, 1, 8], pa.int64()),
            }
        ),
        tmp_path / "members.parquet",
    )
    result = load_one(store, path)
    assert (result.rows_loaded, result.rows_rejected) == (2, 1)
    assert rejects_of(store, path) == [(3, "manager_id 8 not found in members.member_id")]
