"""The engine module without Spark: reading Parquet tables as the canonical tables, options,
and the refusals a user meets before any engine starts."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sellindex.errors import SellindexError
from sellindex.store.engines import canonical_schema, open_engine, parse_spark_conf


def _write(folder: Path, name: str, table: pa.Table) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, folder / f"{name}.parquet")


def test_a_table_is_read_in_the_canonical_types(tmp_path: Path) -> None:
    """A file written by another tool (int32 ids, no optional columns) reads as the store's."""
    _write(
        tmp_path,
        "connections",
        pa.table(
            {
                "member_a": pa.array([1], pa.int32()),
                "member_b": pa.array([2], pa.int32()),
                "connected_at": pa.array([datetime(2026, 1, 1)], pa.timestamp("ms")),
            }
        ),
    )
    _write(tmp_path, "teams", pa.table({"team_id": [7], "name": ["North"]}))
    with open_engine("duckdb", tmp_path) as engine:
        connections = engine.table("connections")
        assert connections.schema() == canonical_schema("connections")
        assert connections.to_pyarrow().to_pylist() == [
            {"member_a": 1, "member_b": 2, "connected_at": datetime(2026, 1, 1)}
        ]
        teams = engine.table("teams").to_pyarrow().to_pylist()
        assert teams == [{"team_id": 7, "name": "North", "manager_id": None}]


def test_a_folder_of_part_files_is_one_table(tmp_path: Path) -> None:
    for part in (1, 2):
        _write(tmp_path / "teams", f"part-{part}", pa.table({"team_id": [part], "name": ["t"]}))
    with open_engine("duckdb", tmp_path) as engine:
        assert sorted(engine.table("teams").team_id.to_pyarrow().to_pylist()) == [1, 2]


def test_missing_tables_and_columns_are_refused_by_name(tmp_path: Path) -> None:
    _write(tmp_path, "teams", pa.table({"name": ["North"]}))
    with open_engine("duckdb", tmp_path) as engine:
        with pytest.raises(SellindexError, match=r"no members\.parquet in"):
            engine.table("members")
        with pytest.raises(SellindexError, match="has no column 'team_id'"):
            engine.table("teams")
    with pytest.raises(SellindexError, match="is not a folder"):
        open_engine("duckdb", tmp_path / "nowhere")
    with pytest.raises(SellindexError, match="unknown engine"):
        open_engine("presto", tmp_path)


def test_duckdb_writes_parquet_in_the_expression_types(tmp_path: Path) -> None:
    """DuckDB's 128-bit sums come out as the BIGINT the expression promises, as on Spark."""
    _write(tmp_path, "teams", pa.table({"team_id": [1, 1, 2], "name": ["a", "b", "c"]}))
    with open_engine("duckdb", tmp_path) as engine:
        teams = engine.table("teams")
        totals = teams.group_by("name").aggregate(total=teams.team_id.sum())
        engine.write_parquet(totals, str(tmp_path / "out"))
    written = pq.read_table(tmp_path / "out")
    assert written.schema.field("total").type == pa.int64()


def test_spark_settings_are_key_value_pairs() -> None:
    assert parse_spark_conf(["spark.executor.memory=8g", " a = b=c "]) == {
        "spark.executor.memory": "8g",
        "a": "b=c",
    }
    with pytest.raises(SellindexError, match="key=value"):
        parse_spark_conf(["spark.executor.memory"])


def test_a_cluster_needs_tables_it_can_read(run_cli, db_path: Path) -> None:
    code, _, err = run_cli("init", "--db", str(db_path))
    assert code == 0
    code, _, err = run_cli(
        "score", "--db", str(db_path), "--engine", "spark", "--spark-master", "yarn",
        "--as-of", f"{date(2026, 1, 1)}",
    )  # fmt: skip
    assert code == 1
    assert "give --tables on storage they share" in err
