"""The engine case of `bench --engine spark`: the index with all ranks, scored by the same
definitions on DuckDB and on Spark over the same Parquet tables, in the same run.

Both engines do the same work, as `sellindex score --engine <engine> --tables --out` does it:
read the canonical tables from Parquet, score, write the snapshot as Parquet. Spark's start
(a JVM, seconds) is timed apart from its scoring. Spark's snapshot is read back through Spark
(so it may live on a cluster's storage) and compared member by member with the store's.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import psutil

from sellindex.bench.runner import compare, cpu_seconds
from sellindex.metrics.ssi.model import Model
from sellindex.metrics.ssi.run import score_on_engine
from sellindex.store import Store
from sellindex.store.engines import Engine, active_spark_session, open_engine, spark_session
from sellindex.store.snapshots import RANK_GROUPS, snapshot_parquet_path

CASE = "index with all ranks, Parquet in and out"
COMPARED = ("member_id", "total", *(f"{g}_rank" for g in RANK_GROUPS))


def tree_cpu_seconds() -> float:
    """CPU time of this process and its children: Spark's JVM is a child of this process."""
    total = cpu_seconds()
    for child in psutil.Process().children(recursive=True):
        try:
            times = child.cpu_times()
        except psutil.Error:
            continue
        total += times.user + times.system
    return total


def _timed_score(engine: Engine, model: Model, as_of: date, out: str) -> tuple[float, float]:
    started, cpu = time.perf_counter(), tree_cpu_seconds()
    score_on_engine(engine, model, [as_of], out=out)
    return time.perf_counter() - started, tree_cpu_seconds() - cpu


@dataclass(frozen=True)
class Places:
    """Where each engine reads the world's tables and writes its snapshot: DuckDB on this
    machine, Spark wherever its executors read and write (the same folders when local)."""

    duckdb_tables: str
    duckdb_out: str
    spark_tables: str
    spark_out: str


def bench_engines(
    store: Store,
    places: Places,
    model: Model,
    as_of: date,
    step: Callable[[str], None],
    spark_master: str,
    spark_conf: Mapping[str, str],
    session: Any = None,
) -> dict[str, Any]:
    """Score `as_of` on DuckDB, then on Spark, over the same world's Parquet tables, in a
    Spark session started (and stopped) here unless one is given or already running."""
    step("scoring on DuckDB over Parquet")
    with open_engine("duckdb", places.duckdb_tables) as duckdb_engine:
        duckdb_seconds, duckdb_cpu = _timed_score(duckdb_engine, model, as_of, places.duckdb_out)
    step(f"starting Spark on {spark_master}")
    started = time.perf_counter()
    session = session or active_spark_session()
    owned = session is None
    session = session or spark_session(spark_master, spark_conf)
    start_seconds = time.perf_counter() - started
    try:
        with open_engine("spark", places.spark_tables, session=session) as spark:
            step("scoring on Spark over Parquet")
            spark_out = places.spark_out
            spark_seconds, spark_cpu = _timed_score(spark, model, as_of, spark_out)
            step("comparing Spark's snapshot with the store's")
            written = spark.backend.read_parquet(
                snapshot_parquet_path(spark_out, "ssi_snapshots", as_of)
            )
            theirs = spark.to_arrow(written.select(*COMPARED)).to_pandas()
    finally:
        if owned:
            session.stop()
    ours = store.con.execute(
        f"SELECT {', '.join(COMPARED)} FROM ssi_snapshots WHERE as_of = ? ORDER BY member_id",
        [as_of],
    ).fetchdf()
    theirs = theirs.sort_values("member_id").reset_index(drop=True)
    for frame in (ours, theirs):
        frame["total"] = frame["total"].astype("float64")
    return {
        "case": CASE,
        "as_of": as_of,
        "spark_master": spark_master,
        "duckdb_seconds": round(duckdb_seconds, 3),
        "duckdb_cpu_seconds": round(duckdb_cpu, 3),
        "spark_start_seconds": round(start_seconds, 3),
        "spark_seconds": round(spark_seconds, 3),
        "spark_cpu_seconds": round(spark_cpu, 3),
        "slowdown": round(spark_seconds / duckdb_seconds, 1) if duckdb_seconds else None,
        **compare(ours, theirs),
    }
