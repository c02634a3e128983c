"""What a store holds: row counts, date ranges and the latest loads."""

from __future__ import annotations

from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from sellindex.schema import TABLES, ColumnType, Table
from sellindex.store.connection import Store
from sellindex.store.engines import TableSource


def time_column(table: Table) -> str | None:
    """The column that places a table's rows in time, used for its date range."""
    for column in table.columns:
        if column.type in (ColumnType.TIMESTAMP, ColumnType.DATE):
            return column.name
    return None


def table_summaries(store: Store) -> list[dict[str, Any]]:
    summaries = []
    for table in TABLES:
        expr = store.table(table.name)
        column = time_column(table)
        metrics = {"rows": expr.count()}
        if column:
            metrics["first"] = expr[column].min()
            metrics["last"] = expr[column].max()
        row = expr.aggregate(**metrics).to_pyarrow().to_pylist()[0]
        summaries.append(
            {
                "table": table.name,
                "rows": row["rows"],
                "time_column": column,
                "first": row.get("first"),
                "last": row.get("last"),
            }
        )
    return summaries


def recent_loads(store: Store, limit: int = 10) -> list[dict[str, Any]]:
    loads = store.table("loads")
    recent = loads.order_by([loads.load_id.desc(), loads.table_name]).limit(limit)
    return recent.to_pyarrow().to_pylist()


def member_names(store: TableSource, member_ids: list[int]) -> dict[int, str]:
    """Display names of these members (those without one are left out), from the store or
    from the members table of an engine."""
    if not member_ids:
        return {}
    if not isinstance(store, Store):
        members = store.table("members")
        found = members.filter(members.member_id.isin(member_ids), members.name.notnull())
        table = found.select("member_id", "name").to_pyarrow()
        return dict(zip(table["member_id"].to_pylist(), table["name"].to_pylist(), strict=True))
    rows = store.con.execute(
        "SELECT member_id, name FROM members "
        "WHERE list_contains(?, member_id) AND name IS NOT NULL",
        [member_ids],
    ).fetchall()
    return {int(member_id): str(name) for member_id, name in rows}


def with_member_names(store: TableSource, table: pa.Table, column: str = "member_id") -> pa.Table:
    """`table` with a `name` column right after `column`, so people read names, not bare ids
    (empty where a member has no name); unchanged when it has no such column."""
    if column not in table.column_names or "name" in table.column_names:
        return table
    ids = [i for i in pc.unique(table[column]).to_pylist() if i is not None]
    names = member_names(store, ids)
    values = pa.array([names.get(i) for i in table[column].to_pylist()], pa.string())
    return table.add_column(table.column_names.index(column) + 1, "name", values)
