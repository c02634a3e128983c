"""Turn a CSV, Parquet or JSON Lines file into rows of text, read and numbered by DuckDB.

Every reader yields the same shape, so validation does not care where a row came from:
`_ordinal` (the row's position in the file), `_malformed` (why the row could not be parsed at
all, or null), `_row` (the row as read, turned into JSON only for rejected rows) and one VARCHAR
column per canonical column of the target table (null when the file lacks that column).
Nothing is read into Python; DuckDB streams the file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import duckdb

from sellindex.errors import SellindexError
from sellindex.schema import Table

CSV_REJECTS_TABLE = "ingest_reject_errors"
CSV_REJECTS_SCAN = "ingest_reject_scans"

# Small read buffers (DuckDB's default is 32 MB per thread) keep a low --memory-limit workable.
_BUFFER = "buffer_size = 4194304"
_CSV_OPTIONS = (
    "all_varchar = true, header = true, delim = ',', quote = '\"', escape = '\"', " + _BUFFER
)
_JSONL_OPTIONS = (
    "columns = {'_line': 'VARCHAR'}, header = false, delim = '\\0', quote = '', escape = '', "
    "auto_detect = false, strict_mode = false, " + _BUFFER
)
JSONL_SAMPLE_LINES = 10_000
"""A JSON Lines file's columns are the keys found in its first lines (objects may vary)."""


@dataclass(frozen=True)
class RowSource:
    """A SELECT over one file, in the shape described in the module docstring."""

    sql: str
    params: list[object]
    raw_json: str
    """SQL turning `_row` into the JSON stored with a rejected row."""
    structural_rejects: str | None = None
    """SQL listing records the reader skipped as malformed: (line, reason, raw)."""


def file_columns(con: duckdb.DuckDBPyConnection, path: Path, fmt: str) -> list[str]:
    """The column names a file provides, found without reading the whole file."""
    if fmt == "csv":
        sql = f"SELECT * FROM read_csv(?, {_CSV_OPTIONS}, ignore_errors = true) LIMIT 0"
    elif fmt == "parquet":
        sql = "SELECT * FROM read_parquet(?) LIMIT 0"
    else:
        sql = (
            "SELECT DISTINCT unnest(json_keys(_line)) FROM ("
            f"  SELECT _line FROM read_csv(?, {_JSONL_OPTIONS})"
            f"  WHERE _line IS NOT NULL LIMIT {JSONL_SAMPLE_LINES}"
            ") WHERE json_valid(_line) AND json_type(_line) = 'OBJECT'"
        )
    try:
        cursor = con.execute(sql, [str(path)])
        if fmt == "jsonl":
            return sorted(row[0] for row in cursor.fetchall())
        return [d[0] for d in cursor.description]
    except duckdb.Error as exc:
        raise SellindexError(f"cannot read {path} as {fmt}: {first_line(exc)}") from None


def row_source(path: Path, fmt: str, table: Table, present: set[str]) -> RowSource:
    if fmt == "csv":
        return _csv_rows(path, table, present)
    if fmt == "parquet":
        return _parquet_rows(path, table, present)
    return _jsonl_rows(path, table, present)


def _text_columns(table: Table, present: set[str], value: str) -> str:
    return ", ".join(
        (value.format(name=c.name) if c.name in present else "NULL::VARCHAR") + f' AS "{c.name}"'
        for c in table.columns
    )


def _csv_rows(path: Path, table: Table, present: set[str]) -> RowSource:
    # Rows DuckDB cannot parse (too many or too few fields, bad quoting) go to the rejects
    # table named here instead of failing the scan; the loader quarantines them as well.
    columns = _text_columns(table, present, '_ingest_row."{name}"')
    sql = (
        f"SELECT row_number() OVER () AS _ordinal, NULL::VARCHAR AS _malformed, "
        f"_ingest_row AS _row, {columns} "
        f"FROM read_csv(?, {_CSV_OPTIONS}, store_rejects = true, "
        f"rejects_table = '{CSV_REJECTS_TABLE}', rejects_scan = '{CSV_REJECTS_SCAN}') "
        "AS _ingest_row"
    )
    structural = (
        "SELECT line, 'malformed CSV record: ' || string_agg(DISTINCT lower(error_type), ', "
        "' ORDER BY lower(error_type)) AS reason, to_json(any_value(csv_line)) AS raw "
        f"FROM {CSV_REJECTS_TABLE} GROUP BY line"
    )
    return RowSource(sql, [str(path)], "to_json(_row)", structural)


def _parquet_rows(path: Path, table: Table, present: set[str]) -> RowSource:
    columns = _text_columns(table, present, 'CAST(_ingest_row."{name}" AS VARCHAR)')
    sql = (
        "SELECT file_row_number + 1 AS _ordinal, NULL::VARCHAR AS _malformed, "
        f"_ingest_row AS _row, {columns} FROM read_parquet(?) AS _ingest_row"
    )
    return RowSource(sql, [str(path)], "to_json(_row)")


def _jsonl_rows(path: Path, table: Table, present: set[str]) -> RowSource:
    # Each physical line is read as one text value, so line numbers are exact and a line that
    # is not JSON is quarantined on its own instead of failing the file.
    spec = json.dumps({c.name: "VARCHAR" for c in table.columns})
    columns = _text_columns(table, present, '_parsed."{name}"')
    sql = (
        "SELECT _ordinal, "
        "CASE WHEN NOT json_valid(_line) THEN 'not valid JSON' "
        "WHEN json_type(_line) <> 'OBJECT' THEN 'not a JSON object' END AS _malformed, "
        f"_line AS _row, {columns} FROM ("
        "  SELECT _ordinal, _line, CASE WHEN json_valid(_line) AND json_type(_line) = 'OBJECT' "
        f"  THEN json_transform(_line, '{spec}') END AS _parsed FROM ("
        f"    SELECT row_number() OVER () AS _ordinal, _line FROM read_csv(?, {_JSONL_OPTIONS})"
        "  ) WHERE trim(_line, ' \t\r') <> ''"
        ")"
    )
    raw = "CASE WHEN json_valid(_row) THEN _row ELSE to_json(_row) END"
    return RowSource(sql, [str(path)], raw)


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
