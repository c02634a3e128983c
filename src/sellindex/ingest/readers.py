"""Turn a CSV, Parquet or JSON Lines file into rows of text, read and numbered by DuckDB.

Every reader yields the same shape, so validation does not care where a row came from:
`_ordinal` (the row's position among the records read, or its line), `_malformed` (why the
row could not be parsed at all, or null), `_row` (the row as read, turned into JSON only for
rejected rows) and one VARCHAR column per canonical column of the target table (null when the
file lacks that column), or, for a Parquet column of the canonical type, that column as it is
(`RowSource.native`). Rows are not read into Python: DuckDB streams the file, with a fixed
dialect, never guessing, after the line check (`layout`) has looked at the few lines that need
it. Only a CSV file DuckDB cannot follow is parsed in Python, into a Parquet file DuckDB reads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import duckdb

from sellindex.errors import SellindexError
from sellindex.ingest.layout import read_csv_header, read_jsonl_keys
from sellindex.ingest.validate import is_native
from sellindex.schema import ColumnType, Table

CSV_REJECTS_TABLE = "ingest_reject_errors"
CSV_REJECTS_SCAN = "ingest_reject_scans"

# Small read buffers (DuckDB's default is 32 MB per thread) keep a low --memory-limit workable;
# the line check keeps every record well under them.
_BUFFER = "buffer_size = 4194304"
_REJECTS = (
    f"store_rejects = true, rejects_table = '{CSV_REJECTS_TABLE}', "
    f"rejects_scan = '{CSV_REJECTS_SCAN}'"
)
_CSV_OPTIONS = (
    "header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"', "
    f"{_BUFFER}, {_REJECTS}"
)
_JSONL_OPTIONS = (
    "columns = {'_line': 'VARCHAR'}, header = false, delim = '\\0', quote = '', escape = '', "
    f"auto_detect = false, strict_mode = false, {_BUFFER}, {_REJECTS}"
)
_INTEGER_TYPES = {
    "TINYINT",
    "SMALLINT",
    "INTEGER",
    "BIGINT",
    "HUGEINT",
    "UTINYINT",
    "USMALLINT",
    "UINTEGER",
    "UBIGINT",
    "UHUGEINT",
}
_UNIX_SECONDS = (-62135596800, 253402300799)
"""Unix times of 0001-01-01 and 9999-12-31 23:59:59: what an ISO 8601 text can show."""
_ERROR_REASONS = {
    "TOO MANY COLUMNS": "too many columns",
    "MISSING COLUMNS": "missing columns",
    "UNQUOTED VALUE": "text after a closing quote",
    "INVALID ENCODING": "not valid UTF-8",
}


@dataclass(frozen=True)
class RowSource:
    """A SELECT over one file, in the shape described in the module docstring."""

    sql: str
    params: list[object]
    raw_json: str
    """SQL turning `_row` into the JSON stored with a rejected row."""
    structural_rejects: str | None = None
    """SQL listing records DuckDB could not parse: (line, reason, raw), `line` as DuckDB counts
    (physical lines, less those continuing a quoted field)."""
    header_lines: int = 0
    """Lines before the first record: 1 for CSV's header."""
    native: frozenset[str] = frozenset()
    """Columns given in their own type rather than as text (`validate.is_native`)."""


def file_columns(con: duckdb.DuckDBPyConnection, path: Path, fmt: str) -> list[str]:
    """The column names a file provides, found without reading the whole file."""
    try:
        if fmt == "csv":
            return read_csv_header(path)
        if fmt == "jsonl":
            return read_jsonl_keys(path)
        cursor = con.execute("SELECT * FROM read_parquet(?) LIMIT 0", [str(path)])
        return [d[0] for d in cursor.description]
    except duckdb.Error as exc:
        raise SellindexError(f"cannot read {path} as {fmt}: {first_line(exc)}") from None


def row_source(
    con: duckdb.DuckDBPyConnection, path: Path, fmt: str, table: Table, header: list[str]
) -> RowSource:
    """Rows of `path` (which may be a cleaned copy); `header` lists the original file's columns."""
    if fmt == "csv":
        return _csv_rows(path, table, header)
    if fmt == "parquet":
        return _parquet_rows(con, path, table, set(header))
    return _jsonl_rows(path, table, set(header))


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _text_columns(table: Table, source: dict[str, str]) -> str:
    return ", ".join(f'{source.get(c.name, "NULL::VARCHAR")} AS "{c.name}"' for c in table.columns)


def _structural(prefix: str) -> str:
    reasons = " ".join(
        f"WHEN {_literal(kind)} THEN {_literal(why)}" for kind, why in _ERROR_REASONS.items()
    )
    return (
        f"SELECT line, {_literal(prefix)} || string_agg(DISTINCT CASE error_type {reasons} "
        "ELSE lower(error_type) END, ', ' ORDER BY 1) AS reason, "
        "to_json(ltrim(any_value(csv_line), chr(13) || chr(10))) AS raw "
        f"FROM {CSV_REJECTS_TABLE} GROUP BY line"
    )


def _by_position(table: Table, header: list[str]) -> tuple[str, str]:
    """The canonical columns taken from `_ingest_row.c0`, `c1`, ... by the header's names (the
    first of a repeated name), and the SQL turning `_row` back into an object of every column."""
    position: dict[str, int] = {}
    for index, name in enumerate(header):
        position.setdefault(name, index)
    columns = _text_columns(table, {n: f"_ingest_row.c{i}" for n, i in position.items()})
    fields = ", ".join(f"{_literal(n)}, _row.c{i}" for i, n in enumerate(header))
    return columns, f"json_object({fields})"


def _csv_rows(path: Path, table: Table, header: list[str]) -> RowSource:
    # Columns are read by position, so any header (repeated or odd names) reads the same way;
    # records DuckDB cannot parse go to its rejects table instead of failing the scan.
    spec = ", ".join(f"'c{i}': 'VARCHAR'" for i in range(len(header)))
    columns, raw = _by_position(table, header)
    sql = (
        f"SELECT row_number() OVER () AS _ordinal, NULL::VARCHAR AS _malformed, "
        f"_ingest_row AS _row, {columns} "
        f"FROM read_csv(?, columns = {{{spec}}}, {_CSV_OPTIONS}) AS _ingest_row"
    )
    return RowSource(sql, [str(path)], raw, _structural("malformed CSV record: "), header_lines=1)


def parsed_csv_rows(path: Path, table: Table, header: list[str]) -> RowSource:
    """Rows of a CSV file parsed in Python (`layout.parsed_copy`): `_ordinal` is the line."""
    columns, raw = _by_position(table, header)
    sql = (
        "SELECT _line AS _ordinal, _malformed, _ingest_row AS _row, "
        f"{columns} FROM read_parquet(?) AS _ingest_row"
    )
    return RowSource(
        sql, [str(path)], f"CASE WHEN _row._malformed IS NULL THEN {raw} ELSE _row._raw END"
    )


def _parquet_rows(
    con: duckdb.DuckDBPyConnection, path: Path, table: Table, present: set[str]
) -> RowSource:
    types = dict(
        con.execute(
            "SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(?))",
            [str(path)],
        ).fetchall()
    )
    source = {}
    native = set()
    for column in table.columns:
        if column.name not in present:
            continue
        value = f'_ingest_row."{column.name}"'
        if is_native(column, types.get(column.name, "")):
            source[column.name] = value
            native.add(column.name)
        elif column.type == ColumnType.TIMESTAMP and types.get(column.name) in _INTEGER_TYPES:
            # An integer timestamp is Unix time in seconds (documented); beyond what ISO 8601
            # text can show, it stays a number and is rejected as not a timestamp.
            low, high = _UNIX_SECONDS
            source[column.name] = (
                f"CASE WHEN {value} BETWEEN {low} AND {high} THEN "
                f"strftime(to_timestamp({value}), '%Y-%m-%dT%H:%M:%SZ') "
                f"ELSE CAST({value} AS VARCHAR) END"
            )
        else:
            source[column.name] = f"CAST({value} AS VARCHAR)"
    sql = (
        "SELECT file_row_number + 1 AS _ordinal, NULL::VARCHAR AS _malformed, "
        f"_ingest_row AS _row, {_text_columns(table, source)} FROM read_parquet(?) AS _ingest_row"
    )
    return RowSource(sql, [str(path)], "to_json(_row)", native=frozenset(native))


def _jsonl_rows(path: Path, table: Table, present: set[str]) -> RowSource:
    # Each physical line is read as one text value, so line numbers are exact and a line that
    # is not JSON is quarantined on its own instead of failing the file.
    spec = json.dumps({c.name: "VARCHAR" for c in table.columns})
    columns = _text_columns(table, {n: f'_parsed."{n}"' for n in present})
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
    return RowSource(sql, [str(path)], raw, _structural(""))


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
