"""`--engine`, `--spark-master`, `--spark-conf` and `--tables`: where `score`, `kpis`, `grade`
and `bench` run their metrics, and what they read.

Not a command module: the commands that take these options import it. Nothing here imports
Spark; the engine module starts it only when `--engine spark` runs.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sellindex.errors import SellindexError
from sellindex.schema import LOAD_ORDER
from sellindex.store import Store, open_store
from sellindex.store.engines import (
    DEFAULT_SPARK_MASTER,
    Engine,
    TableSource,
    export_tables,
    open_engine,
    parse_spark_conf,
)


class EngineName(StrEnum):
    duckdb = "duckdb"
    spark = "spark"


EngineOption = Annotated[
    EngineName,
    typer.Option(
        "--engine",
        help="Where the metrics run: duckdb on this machine, or spark (needs the spark extra "
        "and Java 17). The same definitions give the same results on both.",
    ),
]
SparkMasterOption = Annotated[
    str,
    typer.Option(
        "--spark-master",
        help="Spark master with --engine spark: local[*], spark://host:7077, yarn, k8s://...",
    ),
]
SparkConfOption = Annotated[
    list[str] | None,
    typer.Option(
        "--spark-conf",
        metavar="KEY=VALUE",
        help="A Spark setting, e.g. spark.executor.memory=8g (repeat for several).",
        show_default=False,
    ),
]
TablesOption = Annotated[
    str | None,
    typer.Option(
        "--tables",
        metavar="FOLDER",
        help="Read the canonical tables from FOLDER/<table>.parquet (a file or a folder of "
        "part files) instead of the store: a local folder, or an address every Spark "
        "worker reads (hdfs://..., s3a://...). Without it, spark reads a Parquet copy of "
        "the store made in a temporary folder (local masters only).",
        show_default=False,
    ),
]


@dataclass(frozen=True)
class EngineChoice:
    """The engine options of one command line."""

    engine: str = "duckdb"
    tables: str | None = None
    spark_master: str = DEFAULT_SPARK_MASTER
    spark_conf: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        engine: EngineName,
        tables: str | None,
        spark_master: str,
        spark_conf: list[str] | None,
    ) -> EngineChoice:
        return cls(engine.value, tables, spark_master, parse_spark_conf(spark_conf or []))

    @property
    def on_store(self) -> bool:
        """DuckDB over the store itself: the path every command took before engines."""
        return self.engine == "duckdb" and self.tables is None


@contextmanager
def engine_over(choice: EngineChoice, store: Store | None) -> Iterator[Engine]:
    """An engine reading `--tables`, or the store (DuckDB: in place; Spark: a Parquet copy)."""
    if choice.tables is not None:
        with _open(choice, choice.tables) as engine:
            yield engine
        return
    if store is None:
        raise SellindexError("give --tables, or a store with --db")
    if choice.engine == "duckdb":
        yield Engine.on_store(store)
        return
    if not choice.spark_master.startswith("local"):
        raise SellindexError(
            f"Spark on {choice.spark_master} reads the tables where its workers can: give "
            "--tables on storage they share (hdfs://, s3a://, a shared mount)"
        )
    with tempfile.TemporaryDirectory(prefix="sellindex-tables-") as folder:
        export_tables(store, Path(folder), LOAD_ORDER)
        with _open(choice, folder) as engine:
            yield engine


@contextmanager
def metrics_source(choice: EngineChoice, db: Path | None) -> Iterator[TableSource]:
    """What a reading command computes on: the store opened read-only, or an engine."""
    if choice.tables is not None:
        with engine_over(choice, None) as engine:
            yield engine
        return
    with open_store(db, read_only=True) as store:
        if choice.on_store:
            yield store
            return
        with engine_over(choice, store) as engine:
            yield engine


def _open(choice: EngineChoice, tables: str) -> Engine:
    return open_engine(
        choice.engine, tables, spark_master=choice.spark_master, spark_conf=choice.spark_conf
    )
