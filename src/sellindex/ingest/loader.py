"""Load canonical files into the store: validate set-wise, quarantine, dedupe, one transaction.

Per file, inside the run's single transaction:

1. a text file's lines are checked first (`layout`): over-long records and quotes never closed
   are quarantined there and blanked in a copy DuckDB reads instead;
2. the file is scanned once into a temporary table of typed values with each row's reasons
   (types, required values, vocabularies, ranges, row checks, and references to other tables,
   each a hash join against the store, which already holds the rows of files loaded earlier in
   this run: files go in `schema.LOAD_ORDER`). A typed Parquet column is checked as it is;
3. a reference to the table itself is checked next, against the store and the file's rows
   that pass their own checks;
4. keys are compared with the store (unless the table is empty) and within the file (unless
   its keys increase row by row, seen in one streaming pass): an identical row is a duplicate
   and is skipped; a row whose key matches but whose values differ is rejected as a conflict;
5. the remaining rows are appended;
6. the rejected rows, if any, are read again from the file, by position, so `rejects` keeps
   their original text without carrying it through the whole load; the counts go to `loads`.

If anything fails, or the process dies, the transaction never commits and the store is as it
was. DuckDB spills to a temporary folder next to the store, so files larger than memory load.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa

from sellindex.errors import SellindexError, was_interrupted
from sellindex.ingest.files import IngestPlan, SkippedFile, SourceFile, plan_ingest
from sellindex.ingest.layout import (
    Layout,
    csv_layout,
    jsonl_layout,
    parsed_copy,
    readable_copy,
)
from sellindex.ingest.readers import (
    CSV_REJECTS_SCAN,
    CSV_REJECTS_TABLE,
    RowSource,
    file_columns,
    first_line,
    parsed_csv_rows,
    row_source,
)
from sellindex.ingest.validate import KEY_CONFLICT, checked_rows_sql, reasons_sql
from sellindex.schema import Table
from sellindex.schema import table as schema_table
from sellindex.store import Store
from sellindex.store.connection import transaction
from sellindex.store.loads import LoadRecord, next_load_id, record_load, utc_now

PAUSE_HOOK_ENV = "SELLINDEX_INGEST_PAUSE_FILE"
"""Test hook: when set to a path, the loader creates that file after loading the first file of
a run (inside the open transaction) and waits until it is deleted, so a test can kill the
process at a known point. Not meant for normal use."""
PAUSE_HOOK_MAX_WAIT_S = 120.0
INTERRUPTED = "interrupted; nothing was loaded"
FUTURE_MARGIN = timedelta(days=1)
"""Dates and timestamps later than this after the load starts are refused."""

_CHECKED = "ingest_checked"
_VERDICTS = "ingest_verdicts"
_SKIPPED = "ingest_skipped_lines"
_MALFORMED = "ingest_malformed"
_REJECTED = "ingest_rejected"
_REPEATED = "ingest_repeated"
_NO_REJECTED_ROWS = f"CREATE TEMP TABLE {_REJECTED} (_ordinal BIGINT, reason VARCHAR, raw VARCHAR)"
_SCRATCH = (
    _CHECKED,
    _VERDICTS,
    _SKIPPED,
    _MALFORMED,
    _REJECTED,
    _REPEATED,
    CSV_REJECTS_TABLE,
    CSV_REJECTS_SCAN,
)


@dataclass
class FileResult:
    path: Path
    table: str
    format: str
    rows_read: int = 0
    rows_loaded: int = 0
    rows_rejected: int = 0
    rows_duplicate: int = 0
    new_rejects: int = 0
    """Rejected rows recorded in `rejects` now; the others were already recorded by a prior load."""
    extra_columns: list[str] = field(default_factory=list)
    missing_columns: list[str] = field(default_factory=list)
    """Optional canonical columns the file lacks; they load as null."""


@dataclass
class IngestResult:
    load_id: int
    files: list[FileResult]
    skipped: list[SkippedFile]

    @property
    def totals(self) -> dict[str, int]:
        return {
            name: sum(getattr(f, name) for f in self.files)
            for name in ("rows_read", "rows_loaded", "rows_rejected", "rows_duplicate")
        }


class Progress:
    """What the loader reports while it works; the CLI draws it, tests ignore it."""

    def start_file(self, source: SourceFile) -> None: ...

    def update(self, source: SourceFile, fraction: float) -> None: ...

    def finish_file(self, result: FileResult) -> None: ...


def ingest(
    store: Store,
    path: Path,
    *,
    table: str | None = None,
    memory_limit: str | None = None,
    progress: Progress | None = None,
) -> IngestResult:
    """Load the file or folder at `path` in one transaction and report what happened to each row."""
    plan = plan_ingest(path, table)
    return load_plan(store, plan, memory_limit=memory_limit, progress=progress)


def load_plan(
    store: Store,
    plan: IngestPlan,
    *,
    memory_limit: str | None = None,
    progress: Progress | None = None,
) -> IngestResult:
    """Load planned files; every file's header is checked before the transaction starts, so a
    file missing a required column fails fast and loads nothing."""
    con = store.con
    progress = progress or Progress()
    _configure(con, store.path, memory_limit)
    try:
        columns = {f.path: file_columns(con, f.path, f.format) for f in plan.files}
        for source in plan.files:
            _require_columns(source, columns[source.path])
        latest = utc_now() + FUTURE_MARGIN
        in_python: set[Path] = set()
        while True:
            try:
                load_id, results = _load_files(
                    con, plan, columns, progress, latest, _spill(store.path), in_python
                )
                break
            except _ReadInPython as retry:
                in_python.add(retry.path)
    except BaseException as exc:
        if was_interrupted(exc):
            raise KeyboardInterrupt(INTERRUPTED) from None
        if isinstance(exc, duckdb.Error):
            raise SellindexError(f"ingest failed, nothing was loaded: {first_line(exc)}") from None
        raise
    return IngestResult(load_id, results, list(plan.skipped))


def _load_files(
    con: duckdb.DuckDBPyConnection,
    plan: IngestPlan,
    columns: dict[Path, list[str]],
    progress: Progress,
    latest: datetime,
    spill: Path,
    in_python: set[Path],
) -> tuple[int, list[FileResult]]:
    """The run's one transaction; any failure rolls it back. A CSV file in `in_python` is parsed
    in Python from the start, after DuckDB failed on it in an earlier try of the run."""
    with transaction(con):
        load_id = next_load_id(con)
        results = []
        for index, source in enumerate(plan.files):
            progress.start_file(source)
            started = utc_now()
            result = _load_file(
                con,
                load_id,
                source,
                columns[source.path],
                progress,
                latest,
                spill,
                in_python=source.path in in_python,
            )
            record_load(
                con,
                LoadRecord(
                    load_id,
                    result.table,
                    str(result.path),
                    result.rows_read,
                    result.rows_loaded,
                    result.rows_rejected,
                    result.rows_duplicate,
                    started_at=started,
                ),
            )
            results.append(result)
            progress.finish_file(result)
            if index == 0:
                _pause_for_tests()
    return load_id, results


def _spill(db_path: Path) -> Path:
    return db_path.parent / f"{db_path.name}.tmp"


def _configure(con: duckdb.DuckDBPyConnection, db_path: Path, memory_limit: str | None) -> None:
    con.execute("SET temp_directory = ?", [str(_spill(db_path))])
    con.execute("SET preserve_insertion_order = true")
    con.execute("SET enable_progress_bar = true")
    con.execute("SET enable_progress_bar_print = false")
    if memory_limit:
        try:
            con.execute("SET memory_limit = ?", [memory_limit])
        except duckdb.Error:
            raise SellindexError(
                f"invalid memory limit {memory_limit!r}; use a size such as 2GB or 512MB"
            ) from None


@contextmanager
def _any_order(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Let DuckDB write rows in any order for a statement whose result does not depend on it;
    keeping the order costs time."""
    con.execute("SET preserve_insertion_order = false")
    try:
        yield
    finally:
        con.execute("SET preserve_insertion_order = true")


def _require_columns(source: SourceFile, present: list[str]) -> None:
    if source.format == "jsonl" and not present:
        return  # no object among the first lines: each line is rejected on its own
    table = schema_table(source.table)
    missing = [c.name for c in table.columns if c.required and c.name not in present]
    if missing:
        raise SellindexError(
            f"{source.path} lacks required column{'s' if len(missing) > 1 else ''} "
            f"{', '.join(missing)} of table {table.name}; nothing was loaded"
        )


def _scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list[object] | None = None) -> int:
    row = con.execute(sql, params or []).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def _drop_scratch(con: duckdb.DuckDBPyConnection) -> None:
    for name in _SCRATCH:
        con.execute(f"DROP TABLE IF EXISTS temp.{name}")


def _load_file(
    con: duckdb.DuckDBPyConnection,
    load_id: int,
    source: SourceFile,
    present_columns: list[str],
    progress: Progress,
    latest: datetime,
    spill: Path,
    *,
    in_python: bool = False,
) -> FileResult:
    table = schema_table(source.table)
    present = set(present_columns)
    result = FileResult(
        source.path,
        table.name,
        source.format,
        extra_columns=[c for c in present_columns if c not in table.column_names],
        missing_columns=[c for c in table.column_names if c not in present],
    )
    # Share of the file's work each statement takes, for the progress bar: the scan dominates.
    later = _later_references(table)
    weights = [6.0, *([1.0] * len(later)), 1.0, 2.0, 1.0]
    starts = [sum(weights[:i]) / sum(weights) for i in range(len(weights))]
    steps = len(weights)

    done = [0.0]

    def advance(fraction: float) -> None:
        # DuckDB's estimate can step back when a new pipeline starts; the bar never does.
        done[0] = max(done[0], fraction)
        progress.update(source, done[0])

    def run(step: int, sql: str, params: list[object] | None = None) -> None:
        share = weights[step] / sum(weights)
        with watch_progress(con, lambda f: advance(starts[step] + share * f)):
            con.execute(sql, params or [])

    with ExitStack() as open_files:
        rows = _scan_file(
            con,
            source,
            table,
            present_columns,
            latest,
            spill,
            open_files,
            run,
            in_python=in_python,
        )
        for step, index in enumerate(later, start=1):
            run(step, _reference_update_sql(table, index))
        loaded_before = _scalar(con, f'SELECT count(*) FROM "{table.name}"')
        repeated = False
        if source.format == "parquet":
            # Read again, only the key columns: the checked rows' order is not the file's.
            keys_in_order = checked_rows_sql(table, rows.sql, latest, rows.native)
            out_of_order = _scalar(con, _out_of_order_sql(table, keys_in_order), rows.params)
        else:
            out_of_order = _scalar(con, _out_of_order_sql(table, _CHECKED))
        if out_of_order > 1:
            run(steps - 3, _repeated_sql(table))
            repeated = _scalar(con, f"SELECT count(*) FROM {_REPEATED}") > 0
        con.execute(_verdicts_sql(table, in_store=loaded_before > 0, in_file=repeated))
        skips = _scalar(con, f"SELECT count(*) FROM {_VERDICTS}") > 0
        with _any_order(con):  # rows are stored in any order, as each thread ends
            run(steps - 2, _insert_sql(table, skips=skips))
        result.rows_loaded = _scalar(con, f'SELECT count(*) FROM "{table.name}"') - loaded_before

        rejected = _scalar(con, f"SELECT count(*) FROM {_CHECKED} WHERE _reasons IS NOT NULL")
        conflicts = _scalar(con, f"SELECT count(*) FROM {_VERDICTS} WHERE NOT _same")
        if rejected or conflicts:
            run(steps - 1, _rejected_rows_sql(table, rows.sql, rows.raw_json), rows.params)
        else:  # a clean file is not read again
            con.execute(_NO_REJECTED_ROWS)
            advance(1.0)
    rejects_before = _scalar(con, "SELECT count(*) FROM rejects")
    con.execute(
        _rejects_sql(rows.header_lines),
        [load_id, table.name, str(source.path), table.name, str(source.path)],
    )
    result.new_rejects = _scalar(con, "SELECT count(*) FROM rejects") - rejects_before

    malformed = _scalar(con, f"SELECT count(*) FROM {_MALFORMED}")
    result.rows_read = malformed + _scalar(con, f"SELECT count(*) FROM {_CHECKED}")
    result.rows_duplicate = _scalar(con, f"SELECT count(*) FROM {_VERDICTS} WHERE _same")
    result.rows_rejected = malformed + _scalar(con, f"SELECT count(*) FROM {_REJECTED}")
    _drop_scratch(con)
    return result


def _scan_file(
    con: duckdb.DuckDBPyConnection,
    source: SourceFile,
    table: Table,
    header: list[str],
    latest: datetime,
    spill: Path,
    open_files: ExitStack,
    run: Callable[[int, str, list[object]], None],
    *,
    in_python: bool,
) -> RowSource:
    """Scan the file into `_CHECKED` and its unparsable records into `_MALFORMED`.

    A CSV file's records are found twice, by the line check and by DuckDB. When they differ, or
    the file has a carriage return DuckDB cannot parse, it is parsed in Python instead, as it is
    from the start with `in_python`. When DuckDB fails on it, the transaction is lost: the run
    starts again (`_ReadInPython`).
    """
    layout = _layout(source, len(header))
    if layout is not None and source.format == "csv" and not in_python and not layout.lone_returns:
        with ExitStack() as attempt:
            path = attempt.enter_context(readable_copy(source.path, layout, spill))
            rows = row_source(con, path, source.format, table, header)
            try:
                _check(con, source, table, rows, layout, latest, run)
            except SellindexError:
                raise _ReadInPython(source.path) from None
            if _agrees(con, layout):
                open_files.enter_context(attempt.pop_all())
                return rows
        _drop_scratch(con)
    if source.format == "csv":
        path = open_files.enter_context(parsed_copy(source.path, len(header), spill))
        rows, layout = parsed_csv_rows(path, table, header), None
    else:
        path = source.path
        if layout is not None:
            path = open_files.enter_context(readable_copy(source.path, layout, spill))
        rows = row_source(con, path, source.format, table, header)
    _check(con, source, table, rows, layout, latest, run)
    return rows


class _ReadInPython(Exception):
    """DuckDB failed on a CSV file in a way that aborts the transaction; read it in Python."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


def _check(
    con: duckdb.DuckDBPyConnection,
    source: SourceFile,
    table: Table,
    rows: RowSource,
    layout: Layout | None,
    latest: datetime,
    run: Callable[[int, str, list[object]], None],
) -> None:
    """Scan `rows` into `_CHECKED` and `_MALFORMED`; a file DuckDB cannot read is a
    `SellindexError` (an interruption stays one)."""
    checked = _with_references(table, checked_rows_sql(table, rows.sql, latest, rows.native))
    try:
        # In the file's order: a file sorted by its key is then seen to be (`_out_of_order_sql`).
        run(0, f"CREATE TEMP TABLE {_CHECKED} AS {checked}", rows.params)
    except duckdb.Error as exc:
        if was_interrupted(exc):
            raise
        raise SellindexError(
            f"cannot read {source.path}, nothing was loaded: {first_line(exc)}"
        ) from None
    _store_malformed(con, layout, rows)


def _layout(source: SourceFile, columns: int) -> Layout | None:
    if source.format == "csv":
        return csv_layout(source.path, columns)
    if source.format == "jsonl":
        return jsonl_layout(source.path)
    return None


def _agrees(con: duckdb.DuckDBPyConnection, layout: Layout) -> bool:
    """DuckDB met the records the line check expects: as many (parsed, or reported as
    unparsable), and each unparsable one on a line where a record starts."""
    read = _scalar(con, f"SELECT count(*) FROM {_CHECKED}")
    unparsed = _scalar(con, f"SELECT count(*) FROM {_MALFORMED} WHERE in_scan")
    misplaced = _scalar(
        con,
        f"SELECT count(*) FROM {_MALFORMED} WHERE in_scan AND (line NOT BETWEEN 2 AND ? "
        f"OR line IN (SELECT line FROM {_SKIPPED}))",
        [layout.lines],
    )
    return read + unparsed == layout.records and misplaced == 0


def _store_malformed(
    con: duckdb.DuckDBPyConnection, layout: Layout | None, rows: RowSource
) -> None:
    """`_SKIPPED`: lines DuckDB passed over silently; `_MALFORMED`: records DuckDB could not
    parse (`in_scan`) and bad lines the line check cut out, both with physical line numbers."""
    skipped = layout.skipped if layout is not None else np.empty(0, np.int64)
    continued = np.isin(skipped, layout.continued) if layout is not None else np.empty(0, bool)
    bad = layout.bad if layout is not None else []
    lines_view = pa.table({"line": pa.array(skipped, pa.int64()), "continued": continued})
    bad_view = pa.table(
        {
            "line": pa.array([b.line for b in bad], pa.int64()),
            "reason": pa.array([b.reason for b in bad], pa.string()),
            "raw": pa.array([b.raw for b in bad], pa.string()),
        }
    )
    con.register("ingest_lines_view", lines_view)
    con.register("ingest_bad_view", bad_view)
    try:
        con.execute(f"CREATE TEMP TABLE {_SKIPPED} AS SELECT * FROM ingest_lines_view")
        # DuckDB numbers its errors without the lines that continue a quoted field.
        errors = (
            rows.structural_rejects
            or "SELECT NULL::BIGINT AS line, NULL AS reason, NULL AS raw WHERE false"
        )
        con.execute(
            f"""
            CREATE TEMP TABLE {_MALFORMED} AS
            WITH continued AS (
                SELECT line - row_number() OVER (ORDER BY line) AS key,
                       row_number() OVER (ORDER BY line) AS n
                FROM {_SKIPPED} WHERE continued
            ),
            steps AS (SELECT key, max(n) AS n FROM continued GROUP BY key),
            errors AS ({errors})
            SELECT e.line + coalesce(s.n, 0) AS line, e.reason, e.raw, true AS in_scan
            FROM errors e ASOF LEFT JOIN steps s ON e.line > s.key
            UNION ALL
            SELECT line, reason, raw, false FROM ingest_bad_view
            """
        )
    finally:
        con.unregister("ingest_lines_view")
        con.unregister("ingest_bad_view")


def _keys_match(table: Table, left: str, right: str) -> str:
    return " AND ".join(f'{left}."{k}" = {right}."{k}"' for k in table.key)


def _same_values(table: Table, left: str, right: str) -> str:
    return " AND ".join(
        f'{left}."{c}" IS NOT DISTINCT FROM {right}."{c}"' for c in table.column_names
    )


def _later_references(table: Table) -> list[int]:
    """The references checked after the scan, by index: from the first one to the table itself
    on (it needs the file's own rows checked first), so reasons keep the references' order."""
    own = [i for i, ref in enumerate(table.references) if ref.target == table.name]
    return list(range(own[0], len(table.references))) if own else []


def _missing_reference(table: Table, index: int) -> tuple[str, str]:
    """When a row of `c` refers to no row in the store, and the reason it then gets. `IN` is
    a mark join against the target's keys (a correlated `NOT EXISTS` would be a slower
    delimiter join); keys are never null, and nulls are left out so none can turn it null."""
    ref = table.references[index]
    column = f'c."{ref.column}"'
    keys = (
        f'SELECT t."{ref.target_column}" FROM "{ref.target}" t '
        f'WHERE t."{ref.target_column}" IS NOT NULL'
    )
    return (
        f"{column} IS NOT NULL AND NOT ({column} IN ({keys}))",
        f"'{ref.column} ' || {column} || ' not found in {ref.target}.{ref.target_column}'",
    )


def _with_references(table: Table, checked: str) -> str:
    """The checked rows with the references to other tables checked in the same pass: each is
    one hash join against the store, with no second pass over the rows."""
    later = set(_later_references(table))
    indices = [i for i in range(len(table.references)) if i not in later]
    if not indices:
        return checked
    rules = [_missing_reference(table, i) for i in indices]
    # Each join's outcome is computed once, as a column, and read by both uses in the rules.
    flags = ", ".join(
        f"{condition} AS _missing_{i}" for i, (condition, _) in zip(indices, rules, strict=True)
    )
    rules = [("c._reasons IS NOT NULL", "c._reasons")] + [
        (f"c._missing_{i}", reason) for i, (_, reason) in zip(indices, rules, strict=True)
    ]
    dropped = ", ".join(f"_missing_{i}" for i in indices)
    return (
        f"SELECT c.* EXCLUDE ({dropped}) REPLACE ({reasons_sql(rules)} AS _reasons) "
        f"FROM (SELECT c.*, {flags} FROM ({checked}) c) c"
    )


def _reference_update_sql(table: Table, index: int) -> str:
    """Give a reason to rows whose reference matches no row in the store; for a table that
    refers to itself, a row of this file that passes its own checks also counts."""
    ref = table.references[index]
    reason = (
        f"'{ref.column} ' || c.\"{ref.column}\" || ' not found in {ref.target}.{ref.target_column}'"
    )
    same_file = ""
    if ref.target == table.name:
        same_file = (
            f"AND NOT EXISTS (SELECT 1 FROM {_CHECKED} s WHERE s._reasons IS NULL "
            f'AND s."{ref.target_column}" = c."{ref.column}")'
        )
    return (
        f"UPDATE {_CHECKED} AS c SET _reasons = concat_ws('; ', c._reasons, {reason}) "
        f'WHERE c."{ref.column}" IS NOT NULL AND NOT EXISTS '
        f'(SELECT 1 FROM "{ref.target}" t WHERE t."{ref.target_column}" = c."{ref.column}") '
        f"{same_file}"
    )


def _out_of_order_sql(table: Table, rows: str) -> str:
    """How many of `rows` (a table, or a query in parentheses' stead) do not hold a key greater
    than the row before them; the first row always counts. At most one means every key
    differs: a file sorted by its key, as most exports are, proves it in one streaming pass
    instead of an aggregation of every key. Keys are compared column by column; a null key
    counts, so it is never taken as unique. Rows that are rejected are compared too, which
    can only make the answer "not sure", never a wrong "unique"."""
    increasing = "false"
    for name in reversed(table.key):
        column, previous = f'"{name}"', f'"_previous_{name}"'
        increasing = f"({column} > {previous} OR ({column} = {previous} AND {increasing}))"
    previous_keys = ", ".join(f'lag("{k}") OVER () AS "_previous_{k}"' for k in table.key)
    keys = ", ".join(f'"{k}"' for k in table.key)
    source = rows if rows == _CHECKED else f"({rows})"
    return (
        f"SELECT count(*) FILTER (WHERE NOT coalesce({increasing}, false)) "
        f"FROM (SELECT {keys}, {previous_keys} FROM {source})"
    )


def _repeated_sql(table: Table) -> str:
    """Keys that more than one passing row of the file holds, with the first such row: one
    aggregation, after which a file without repeated keys needs no join at all."""
    keys = ", ".join(f'"{k}"' for k in table.key)
    return f"""
        CREATE TEMP TABLE {_REPEATED} AS
        SELECT {keys}, min(_ordinal) AS _first FROM {_CHECKED}
        WHERE _reasons IS NULL GROUP BY {keys} HAVING count(*) > 1
    """


def _verdicts_sql(table: Table, *, in_store: bool, in_file: bool) -> str:
    """Rows that are not new: `_same` is true for a duplicate, false for a key conflict.
    Only the store's rows (unless the table is empty) and the file's repeated keys (if any)
    are compared."""
    nothing = "SELECT NULL::BIGINT AS _ordinal, NULL::BOOLEAN AS _same WHERE false"
    store_rows = (
        f"""
            SELECT c._ordinal, {_same_values(table, "c", "t")} AS _same
            FROM {_CHECKED} c JOIN "{table.name}" t ON {_keys_match(table, "c", "t")}
            WHERE c._reasons IS NULL"""
        if in_store
        else nothing
    )
    file_rows = (
        f"""
            SELECT c._ordinal, {_same_values(table, "c", "f")} AS _same
            FROM {_CHECKED} c
            JOIN {_REPEATED} r ON {_keys_match(table, "c", "r")} AND c._ordinal > r._first
            JOIN {_CHECKED} f ON f._ordinal = r._first
            WHERE c._reasons IS NULL"""
        if in_file
        else nothing
    )
    return f"""
        CREATE TEMP TABLE {_VERDICTS} AS
        WITH in_store AS ({store_rows}
        ),
        in_file AS ({file_rows}
        )
        SELECT * FROM in_store
        UNION ALL
        SELECT * FROM in_file WHERE _ordinal NOT IN (SELECT _ordinal FROM in_store)
    """


def _insert_sql(table: Table, *, skips: bool) -> str:
    columns = ", ".join(f'"{c}"' for c in table.column_names)
    sql = (
        f'INSERT INTO "{table.name}" ({columns}) SELECT {columns} FROM {_CHECKED} c '
        "WHERE c._reasons IS NULL"
    )
    if skips:
        sql += f" AND NOT EXISTS (SELECT 1 FROM {_VERDICTS} v WHERE v._ordinal = c._ordinal)"
    return sql


def _rejected_rows_sql(table: Table, rows_sql: str, raw_json: str) -> str:
    """Every rejected parsed row with its reasons and its raw text, read again from the file.

    Only the rejected ordinals are turned into JSON, so a clean file costs one cheap extra
    scan and no more.
    """
    return f"""
        CREATE TEMP TABLE {_REJECTED} AS
        WITH reasons AS (
            SELECT _ordinal, _reasons AS reason FROM {_CHECKED} WHERE _reasons IS NOT NULL
            UNION ALL
            SELECT _ordinal, '{KEY_CONFLICT}' FROM {_VERDICTS} WHERE NOT _same
        )
        SELECT r._ordinal, r.reason, {raw_json} AS raw
        FROM reasons r JOIN (
            SELECT _ordinal, _row FROM ({rows_sql})
            WHERE _ordinal IN (SELECT _ordinal FROM reasons)
        ) f USING (_ordinal)
    """


def _rejects_sql(header_lines: int) -> str:
    """Number this file's rejects by physical line and insert those not already recorded.

    A parsed row's line follows from its ordinal: first the records DuckDB could not parse that
    come before it, then the lines it never saw as records (blank, continuing a quoted field, or
    cut out), each found with an ASOF join on the steps they leave in the numbering. A reject is
    recorded once per file, line, reason and raw text, so loading a file again adds none, while
    the same bad row on two lines is recorded twice.
    """
    base = header_lines
    return f"""
        INSERT INTO rejects (load_id, table_name, source_file, line, reason, raw)
        WITH skipped AS (
            SELECT line, row_number() OVER (ORDER BY line) AS k FROM {_SKIPPED}
        ),
        skip_steps AS (SELECT line - {base} - k AS key, max(k) AS k FROM skipped GROUP BY 1),
        unparsed AS (
            SELECT m.line - {base} - coalesce(s.k, 0) AS record
            FROM {_MALFORMED} m ASOF LEFT JOIN skipped s ON m.line > s.line
            WHERE m.in_scan
        ),
        gaps AS (
            SELECT record - row_number() OVER (ORDER BY record) AS key,
                   row_number() OVER (ORDER BY record) AS n
            FROM unparsed
        ),
        gap_steps AS (SELECT key, max(n) AS n FROM gaps GROUP BY key),
        records AS (
            SELECT r._ordinal + coalesce(g.n, 0) AS record, r.reason, r.raw
            FROM {_REJECTED} r ASOF LEFT JOIN gap_steps g ON r._ordinal > g.key
        ),
        numbered AS (
            SELECT c.record + {base} + coalesce(s.k, 0) AS line, c.reason, c.raw
            FROM records c ASOF LEFT JOIN skip_steps s ON c.record > s.key
            UNION ALL
            SELECT line, reason, raw FROM {_MALFORMED}
        )
        SELECT ?, ?, ?, n.line, n.reason, n.raw FROM numbered n
        WHERE NOT EXISTS (
            SELECT 1 FROM rejects p
            WHERE p.table_name = ? AND p.source_file = ? AND p.line = n.line
              AND p.reason = n.reason AND p.raw = n.raw
        )
        ORDER BY n.line
    """


@contextmanager
def watch_progress(
    con: duckdb.DuckDBPyConnection, report: Callable[[float], None]
) -> Iterator[None]:
    """Report a long statement's progress from a thread, as DuckDB estimates it."""
    done = threading.Event()

    def poll() -> None:
        while not done.wait(0.2):
            percent = con.query_progress()
            if percent >= 0:
                report(min(percent, 100.0) / 100.0)

    thread = threading.Thread(target=poll, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
        report(1.0)


def _pause_for_tests() -> None:
    marker = os.environ.get(PAUSE_HOOK_ENV)
    if not marker:
        return
    marker_path = Path(marker)
    marker_path.touch()
    deadline = time.monotonic() + PAUSE_HOOK_MAX_WAIT_S
    while marker_path.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
