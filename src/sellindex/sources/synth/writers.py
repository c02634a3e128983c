"""Streaming writers for canonical files: one file per table, appended chunk by chunk."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from sellindex.schema import ColumnType, Table
from sellindex.sources.synth.config import NULL_ID, NULL_TS

ARROW_TYPES: dict[ColumnType, pa.DataType] = {
    ColumnType.ID: pa.int64(),
    ColumnType.TEXT: pa.string(),
    ColumnType.INT: pa.int64(),
    ColumnType.FLOAT: pa.float64(),
    ColumnType.BOOL: pa.bool_(),
    ColumnType.TIMESTAMP: pa.timestamp("us"),
    ColumnType.DATE: pa.date32(),
}
EXTENSIONS = {"parquet": "parquet", "csv": "csv", "jsonl": "jsonl"}
ISO_SECONDS = "%Y-%m-%dT%H:%M:%S"


def arrow_schema(table: Table) -> pa.Schema:
    """The Parquet schema of a canonical table: same names, same order, matching types."""
    return pa.schema(
        [pa.field(c.name, ARROW_TYPES[c.type], nullable=not c.required) for c in table.columns]
    )


def to_arrow_column(kind: ColumnType, values: Any, size: int) -> pa.Array:
    """Turn a generator array into an Arrow column; sentinels (0 id, NULL_TS, NaN) become null."""
    if values is None:
        return pa.nulls(size, type=ARROW_TYPES[kind])
    if isinstance(values, pa.Array | pa.ChunkedArray):
        return values.cast(ARROW_TYPES[kind])
    arr = np.asarray(values)
    if kind is ColumnType.ID:
        return pa.array(arr.astype(np.int64), type=pa.int64(), mask=arr == NULL_ID)
    if kind is ColumnType.INT:
        return pa.array(arr.astype(np.int64), type=pa.int64())
    if kind is ColumnType.FLOAT:
        return pa.array(arr.astype(np.float64), type=pa.float64(), from_pandas=True)
    if kind is ColumnType.BOOL:
        return pa.array(arr.astype(bool), type=pa.bool_())
    if kind is ColumnType.TIMESTAMP:
        missing = arr == NULL_TS
        micros = np.where(missing, 0, arr).astype(np.int64) * 1_000_000
        return pa.array(micros, type=pa.timestamp("us"), mask=missing)
    if kind is ColumnType.DATE:
        return pa.array(arr.astype(np.int32), type=pa.date32())
    return pa.array(arr, type=pa.string())


class TableWriter:
    """Appends batches of one canonical table to `<dir>/<table>.<ext>`; counts rows written."""

    def __init__(self, table: Table, directory: Path, fmt: str) -> None:
        self.table = table
        self.schema = arrow_schema(table)
        self.path = directory / f"{table.name}.{EXTENSIONS[fmt]}"
        self.fmt = fmt
        self.rows = 0
        self._parquet: pq.ParquetWriter | None = None
        self._csv: pacsv.CSVWriter | None = None
        self._json: Any = None
        self._duck: duckdb.DuckDBPyConnection | None = None
        if fmt == "parquet":
            self._parquet = pq.ParquetWriter(self.path, self.schema, compression="zstd")
        elif fmt == "csv":
            self._csv = pacsv.CSVWriter(self.path, _text_timestamps(self.schema))
        else:
            self._json = self.path.open("wb")
            self._duck = duckdb.connect(config={"threads": 1})

    def write(self, columns: dict[str, Any]) -> None:
        """Write one batch; `columns` maps column names to arrays (absent columns are null)."""
        unknown = set(columns) - set(self.table.column_names)
        if unknown:
            raise ValueError(f"{self.table.name} has no columns {sorted(unknown)}")
        size = next(len(v) for v in columns.values() if v is not None)
        if size == 0:
            return
        arrays = [to_arrow_column(c.type, columns.get(c.name), size) for c in self.table.columns]
        batch = pa.Table.from_arrays(arrays, schema=self.schema)
        self.rows += batch.num_rows
        if self._parquet is not None:
            self._parquet.write_table(batch)
        elif self._csv is not None:
            self._csv.write_table(_stringify_timestamps(batch))
        else:
            self._write_jsonl(_stringify_timestamps(batch))

    def _write_jsonl(self, batch: pa.Table) -> None:
        assert self._duck is not None
        self._duck.register("batch", batch)
        lines = self._duck.sql(
            "SELECT to_json(b)::VARCHAR AS line FROM batch AS b"
        ).to_arrow_table()
        self._duck.unregister("batch")
        text = pc.binary_join_element_wise(
            lines.column("line").combine_chunks(), pa.scalar("\n"), ""
        )
        offsets = np.frombuffer(text.buffers()[1], dtype=np.int32)[text.offset :]
        data = text.buffers()[2]
        self._json.write(memoryview(data)[offsets[0] : offsets[len(text)]])

    def close(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
        if self._csv is not None:
            self._csv.close()
        if self._json is not None:
            self._json.close()
        if self._duck is not None:
            self._duck.close()


def _text_timestamps(schema: pa.Schema) -> pa.Schema:
    return pa.schema(
        [
            pa.field(f.name, pa.string(), f.nullable) if pa.types.is_timestamp(f.type) else f
            for f in schema
        ]
    )


def _stringify_timestamps(batch: pa.Table) -> pa.Table:
    """CSV and JSON Lines carry timestamps as ISO 8601 text (whole seconds, naive UTC)."""
    columns = [
        pc.strftime(col.cast(pa.timestamp("s")), format=ISO_SECONDS)
        if pa.types.is_timestamp(col.type)
        else col
        for col in batch.columns
    ]
    return pa.Table.from_arrays(columns, schema=_text_timestamps(batch.schema))
