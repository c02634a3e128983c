"""Where the metric definitions run: DuckDB on one machine, or Apache Spark on a cluster.

Metrics only ever call `table(name)` on what they are given (`TableSource`), so one definition
runs on a store, on a DuckDB engine or on a Spark engine. An engine is an Ibis connection whose
canonical tables are read from Parquet: `<tables>/<name>.parquet`, a file or a folder of part
files, in a local folder or at any address the engine can read (`hdfs://`, `s3a://`, ...), which
is how a cluster reads them. Columns are cast to the canonical types on the way in, so a file
written by another tool (Spark writes zoned timestamps, pandas may write int32) reads the same.

pyspark is an optional extra and starting its JVM takes seconds: it is imported only when the
Spark engine is asked for.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol

from sellindex.errors import SellindexError
from sellindex.schema import ColumnType
from sellindex.schema import table as schema_table

if TYPE_CHECKING:
    import ibis
    import ibis.expr.types as ir
    import pyarrow as pa
    from ibis.backends import BaseBackend

    from sellindex.store.connection import Store

ENGINES = ("duckdb", "spark")
DEFAULT_SPARK_MASTER = "local[*]"
SPARK_SETTINGS: dict[str, str] = {
    "spark.sql.session.timeZone": "UTC",
    "spark.sql.execution.arrow.pyspark.enabled": "true",
    "spark.ui.showConsoleProgress": "false",
}
"""Settings every sellindex Spark session gets (`--spark-conf` may override them): UTC like the
store, Arrow for collecting results, no progress bars in the terminal. ANSI mode stays as Spark
sets it (on in Spark 4): the definitions are written to be valid under it."""
SPARK_LOCAL_SETTINGS: dict[str, str] = {
    "spark.driver.memory": "4g",
    "spark.sql.shuffle.partitions": str(2 * (os.cpu_count() or 1)),
}
"""Defaults for a local master, which runs the executors inside the driver's JVM: Spark's own
1g is too small for a million members, and its 200 shuffle partitions (sized for a cluster)
make every aggregation on one machine pay for 200 tiny tasks."""
SPARK_EXTRA = "pip install 'sellindex[spark]'"

_IBIS_TYPES = {
    ColumnType.ID: "int64",
    ColumnType.TEXT: "string",
    ColumnType.INT: "int64",
    ColumnType.FLOAT: "float64",
    ColumnType.BOOL: "boolean",
    ColumnType.TIMESTAMP: "timestamp",
    ColumnType.DATE: "date",
}


class TableSource(Protocol):
    """Anything metrics read canonical tables from: a `Store` or an `Engine`."""

    def table(self, name: str) -> ir.Table: ...


def canonical_schema(name: str) -> ibis.Schema:
    """The Ibis schema of a canonical table, from `sellindex.schema`."""
    import ibis

    return ibis.schema({c.name: _IBIS_TYPES[c.type] for c in schema_table(name).columns})


class SchemaTables:
    """Canonical tables with no data behind them: expressions over them compile for any SQL
    dialect without a connection (the SQL snapshots are made this way)."""

    def table(self, name: str) -> ir.Table:
        import ibis

        return ibis.table(canonical_schema(name), name=name)


_serial = itertools.count(1)


class Engine:
    """An Ibis connection on DuckDB or Spark with the canonical tables read from Parquet."""

    def __init__(
        self,
        name: str,
        backend: BaseBackend,
        tables: str,
        *,
        owns_backend: bool = True,
        reader: Callable[[str], ir.Table] | None = None,
    ) -> None:
        self.name = name
        self.backend = backend
        self.location = tables
        self._owns_backend = owns_backend
        self._reader = reader or self._read_parquet
        self._tables: dict[str, ir.Table] = {}
        self._tag = f"sellindex_{next(_serial)}"

    @classmethod
    def on_store(cls, store: Store) -> Engine:
        """The DuckDB engine of an open store: its tables, its connection (left open)."""
        return cls("duckdb", store.backend, str(store.path), owns_backend=False, reader=store.table)

    def table(self, name: str) -> ir.Table:
        """The canonical table `name`, read on first use."""
        if name not in self._tables:
            self._tables[name] = self._reader(name)
        return self._tables[name]

    def _read_parquet(self, name: str) -> ir.Table:
        path = parquet_path(self.location, name)
        if self.name == "duckdb" and _is_dir(path):
            path = f"{path.rstrip('/')}/*.parquet"
        raw = self.backend.read_parquet(path, table_name=f"{self._tag}_{name}")
        return as_canonical(raw, name)

    @contextmanager
    def materialized(self, expr: ir.Table) -> Iterator[ir.Table]:
        """`expr` computed once and held while the block reads it several times.

        DuckDB shares a common subquery by itself; Spark recomputes it for every reader, so
        the scores that three rank groups and the snapshot row all read are cached here.
        """
        cached = expr.cache()
        try:
            yield cached
        finally:
            cached.release()

    def to_arrow(self, expr: ir.Table) -> pa.Table:
        """The rows of `expr` on this machine, with the expression's types on every engine."""
        if self.name == "spark":
            frame = self.backend._session.sql(str(self.backend.compile(expr)))
            if hasattr(frame, "toArrow"):
                return frame.toArrow().cast(expr.schema().to_pyarrow())
        return expr.to_pyarrow()

    def write_parquet(self, expr: ir.Table, path: str) -> None:
        """Write the rows of `expr` as a folder of Parquet files at `path`, replacing it.

        Spark writes from its executors, so `path` may be anywhere the cluster writes to.
        """
        if self.name == "spark":
            self.backend.to_parquet(expr, path, mode="overwrite")
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        if "://" in path:
            raise SellindexError("the duckdb engine writes Parquet to a local folder only")
        shutil.rmtree(path, ignore_errors=True)
        Path(path).mkdir(parents=True)
        # Cast to the expression's types: DuckDB's own writer would store its 128-bit sums as
        # doubles where Spark writes the BIGINT that the expression says.
        schema = expr.schema().to_pyarrow()
        self.backend._run_pre_execute_hooks(expr)  # registers in-memory tables (ibis pinned)
        cursor = self.backend.raw_sql(str(self.backend.compile(expr)))
        with pq.ParquetWriter(f"{path}/part-0.parquet", schema) as writer:
            # DuckDB 1.5 renamed fetch_record_batch to to_arrow_reader
            batches = getattr(cursor, "to_arrow_reader", None) or cursor.fetch_record_batch
            for batch in batches(500_000):
                writer.write_table(pa.Table.from_batches([batch]).cast(schema))

    def close(self) -> None:
        if self._owns_backend:
            self.backend.disconnect()

    def __enter__(self) -> Engine:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def parquet_path(tables: str, name: str) -> str:
    """Where table `name` is read from: `<tables>/<name>.parquet`, or the folder `<tables>/<name>`
    of part files (what Spark writes). A local table that is missing is refused by name."""
    if "://" in tables:
        return f"{tables.rstrip('/')}/{name}.parquet"
    folder = Path(tables)
    for candidate in (folder / f"{name}.parquet", folder / name):
        if candidate.exists():
            return str(candidate)
    raise SellindexError(
        f"no {name}.parquet in {folder}; the engines read the canonical tables as Parquet "
        "(write them with `sellindex synth`, or leave out --tables to read the store)"
    )


def _is_dir(path: str) -> bool:
    return "://" not in path and os.path.isdir(path)


def as_canonical(raw: ir.Table, name: str) -> ir.Table:
    """`raw` with the canonical columns of `name` in their canonical types; an optional column
    the file lacks is empty, a required one is an error."""
    import ibis

    schema = canonical_schema(name)
    columns: dict[str, ir.Value] = {}
    for column in schema_table(name).columns:
        wanted = schema[column.name]
        if column.name not in raw.columns:
            if column.required:
                raise SellindexError(f"{name}.parquet has no column {column.name!r}")
            columns[column.name] = ibis.null(wanted)
        elif raw[column.name].type().copy(nullable=True) != wanted:
            columns[column.name] = raw[column.name].cast(wanted)
        else:
            columns[column.name] = raw[column.name]
    unchanged = list(raw.columns) == list(columns) and all(
        columns[c].op() is raw[c].op() for c in columns
    )
    return raw if unchanged else raw.select(**columns)


def open_engine(
    name: str,
    tables: str | Path,
    *,
    spark_master: str = DEFAULT_SPARK_MASTER,
    spark_conf: Mapping[str, str] | None = None,
    session: Any = None,
) -> Engine:
    """An engine reading the canonical tables under `tables`.

    For Spark, `session` (or the session already active in this process, as under
    spark-submit or in a notebook) is used and left running on close; otherwise one is started
    on `spark_master` with `SPARK_SETTINGS` and `spark_conf`, and stopped on close.
    """
    location = str(tables)
    if "://" not in location and not Path(location).is_dir():
        raise SellindexError(f"--tables {location} is not a folder")
    if name == "duckdb":
        import ibis

        backend = ibis.duckdb.connect()
        backend.raw_sql("SET TimeZone = 'UTC'")
        return Engine("duckdb", backend, location)
    if name == "spark":
        import ibis

        session = session or active_spark_session()
        owns = session is None
        session = session or spark_session(spark_master, spark_conf)
        return Engine("spark", ibis.pyspark.connect(session), location, owns_backend=owns)
    raise SellindexError(f"unknown engine {name!r}; choose one of: {', '.join(ENGINES)}")


def spark_session(master: str = DEFAULT_SPARK_MASTER, conf: Mapping[str, str] | None = None) -> Any:
    """Start (or join) the SparkSession of this process on `master`."""
    require_spark()
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.master(master).appName("sellindex")
    local = SPARK_LOCAL_SETTINGS if master.startswith("local") else {}
    for key, value in {**SPARK_SETTINGS, **local, **(conf or {})}.items():
        builder = builder.config(key, value)
    try:
        session = builder.getOrCreate()
    except Exception as error:
        raise SellindexError(
            f"cannot start Spark on {master}: {_first_line(error)} (the spark engine needs "
            "Java 17 on the PATH or in JAVA_HOME)"
        ) from error
    session.sparkContext.setLogLevel("ERROR")
    return session


def active_spark_session() -> Any:
    """The SparkSession already running in this process, if any."""
    require_spark()
    from pyspark.sql import SparkSession

    return SparkSession.getActiveSession()


def require_spark() -> None:
    """Refuse the Spark engine in one line when its extra is not installed."""
    if not spark_available():
        raise SellindexError(f"the spark engine needs pyspark: {SPARK_EXTRA}")


@cache
def spark_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("pyspark") is not None


def parse_spark_conf(items: Sequence[str]) -> dict[str, str]:
    """`--spark-conf key=value` options as a mapping; a malformed one is refused."""
    conf = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise SellindexError(f"--spark-conf takes key=value, not {item!r}")
        conf[key.strip()] = value.strip()
    return conf


def export_tables(store: Store, folder: Path, names: Sequence[str]) -> Path:
    """Write the store's tables `names` as `<folder>/<name>.parquet`, for an engine to read."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        store.con.table(schema_table(name).name).write_parquet(str(folder / f"{name}.parquet"))
    return folder


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
