"""How the index reads the connection pairs: each pair counted from both ends in one pass, and
no pair list shared between readers (which DuckDB would hold in memory for the whole query)."""

from __future__ import annotations

import re
from datetime import date

import ibis
import pytest

from sellindex.metrics.ssi.model import load_model
from sellindex.metrics.ssi.run import ranking_expr, snapshot_rows
from sellindex.metrics.ssi.signals import from_both_ends
from sellindex.store.engines import SchemaTables

AS_OF = date(2026, 3, 31)


def _snapshot_sql() -> str:
    tables = SchemaTables()
    model = load_model()
    rows = snapshot_rows(tables, ranking_expr(tables, model, AS_OF), model, AS_OF)
    return str(ibis.to_sql(rows, dialect="duckdb"))


def test_every_reader_of_the_pairs_reads_the_table_itself() -> None:
    """Prospecting views, the connection signals and the network rank each scan the pairs.

    A pair list they shared would be a common subquery, which DuckDB materialises: 200M pairs
    held through the whole scoring query at 10M members.
    """
    sql = _snapshot_sql()
    # shared, the three reads would be one (the common subquery's)
    assert len(re.findall(r'FROM "connections"', sql)) == 3


def test_pairs_are_counted_from_both_ends_in_one_aggregate() -> None:
    sql = _snapshot_sql()
    assert sql.count("UNNEST(") == 2  # the connection signals and the network rank
    assert "UNION ALL" not in sql


def test_from_both_ends_gives_each_pair_once_from_each_end() -> None:
    pairs = ibis.memtable(
        {"member_a": [1, 1, 2], "member_b": [2, 3, 3], "a_x": [10, 10, 20], "b_x": [20, 30, 30]}
    )
    ends = from_both_ends(
        pairs,
        {"key": pairs.member_a, "other": pairs.b_x},
        {"key": pairs.member_b, "other": pairs.a_x},
    )
    counted = ends.group_by("key").aggregate(n=ends.count(), others=ends.other.sum())
    rows = counted.order_by("key").to_pyarrow().to_pylist()
    assert rows == [
        {"key": 1, "n": 2, "others": 50},
        {"key": 2, "n": 2, "others": 40},
        {"key": 3, "n": 2, "others": 30},
    ]


@pytest.mark.parametrize("dialect", ["duckdb", "pyspark", "trino", "postgres"])
def test_from_both_ends_compiles_on_every_dialect(dialect: str) -> None:
    if dialect == "pyspark":
        pytest.importorskip("pyspark")
        ibis.pyspark  # noqa: B018 (the Spark compiler reads options this registers)
    pairs = ibis.table({"member_a": "int64", "member_b": "int64"}, name="pairs")
    ends = from_both_ends(pairs, {"key": pairs.member_a}, {"key": pairs.member_b})
    assert "key" in str(ibis.to_sql(ends.group_by("key").aggregate(n=ends.count()), dialect))
