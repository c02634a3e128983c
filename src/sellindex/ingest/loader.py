"""Load canonical files into the store: validate set-wise, quarantine, dedupe, one transaction.

Per file, inside the run's single transaction:

1. the file is scanned once into a temporary table of typed values with each row's reasons
   (types, required values, vocabularies, non-negative numbers, row checks);
2. references are checked with anti-joins against the store, which already holds the rows of
   files loaded earlier in this run (files go in `schema.LOAD_ORDER`);
3. keys are compared with the store and within the file: an identical row is a duplicate and is
   skipped; a row whose key matches but whose values differ is rejected as a conflict;
4. the remaining rows are appended;
5. the rejected rows are read again from the file, by position, so `rejects` keeps their
   original text without carrying it through the whole load; the counts go to `loads`.

If anything fails, or the process dies, the transaction never commits and the store is as it
was. DuckDB spills to a temporary folder next to the store, so files larger than memory load.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb

from sellindex.errors import SellindexError
from sellindex.ingest.files import IngestPlan, SkippedFile, SourceFile, plan_ingest
from sellindex.ingest.readers import (
    CSV_REJECTS_SCAN,
    CSV_REJECTS_TABLE,
    file_columns,
    first_line,
    row_source,
)
from sellindex.ingest.validate import KEY_CONFLICT, checked_rows_sql
from sellindex.schema import Table
from sellindex.schema import table as schema_table
from sellindex.store import Store

PAUSE_HOOK_ENV = "SELLINDEX_INGEST_PAUSE_FILE"
"""Test hook: when set to a path, the loader creates that file after loading the first file of
a run (inside the open transaction) and waits until it is deleted, so a test can kill the
process at a known point. Not meant for normal use."""
PAUSE_HOOK_MAX_WAIT_S = 120.0
FUTURE_MARGIN = timedelta(days=1)
"""Dates and timestamps later than this after the load starts are refused."""

_CHECKED = "ingest_checked"
_VERDICTS = "ingest_verdicts"
_MALFORMED = "ingest_malformed"
_REJECTED = "ingest_rejected"
_SCRATCH = (_CHECKED, _VERDICTS, _MALFORMED, _REJECTED, CSV_REJECTS_TABLE, CSV_REJECTS_SCAN)


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
    columns = {f.path: file_columns(con, f.path, f.format) for f in plan.files}
    for source in plan.files:
        _require_columns(source, columns[source.path])
    latest = _now() + FUTURE_MARGIN
    con.execute("BEGIN TRANSACTION")
    try:
        load_id = _next_load_id(con)
        results = []
        for index, source in enumerate(plan.files):
            progress.start_file(source)
            started = _now()
            result = _load_file(con, load_id, source, columns[source.path], progress, latest)
            _record_load(con, load_id, result, started)
            results.append(result)
            progress.finish_file(result)
            if index == 0:
                _pause_for_tests()
        con.execute("COMMIT")
    except BaseException as exc:
        with suppress(duckdb.Error):
            con.execute("ROLLBACK")
        if isinstance(exc, duckdb.Error):
            raise SellindexError(f"ingest failed, nothing was loaded: {first_line(exc)}") from None
        raise
    return IngestResult(load_id, results, list(plan.skipped))


def _configure(con: duckdb.DuckDBPyConnection, db_path: Path, memory_limit: str | None) -> None:
    spill = db_path.parent / f"{db_path.name}.tmp"
    con.execute("SET temp_directory = ?", [str(spill)])
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


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _next_load_id(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT coalesce(max(load_id), 0) + 1 FROM loads").fetchone()
    return int(row[0]) if row else 1


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
    rows = row_source(source.path, source.format, table, present)
    # Share of the file's work each statement takes, for the progress bar: the scan dominates.
    weights = [6.0, *([1.0] * len(table.references)), 1.0, 2.0, 1.0]
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

    _drop_scratch(con)
    try:
        checked = checked_rows_sql(table, rows.sql, latest)
        run(0, f"CREATE TEMP TABLE {_CHECKED} AS {checked}", rows.params)
    except duckdb.Error as exc:
        raise SellindexError(
            f"cannot read {source.path}, nothing was loaded: {first_line(exc)}"
        ) from None
    if rows.structural_rejects:
        con.execute(f"CREATE TEMP TABLE {_MALFORMED} AS {rows.structural_rejects}")
    else:
        con.execute(f"CREATE TEMP TABLE {_MALFORMED} (line BIGINT, reason VARCHAR, raw VARCHAR)")
    for index in range(len(table.references)):
        run(1 + index, _reference_update_sql(table, index))
    run(steps - 3, _verdicts_sql(table))
    skips = _scalar(con, f"SELECT count(*) FROM {_VERDICTS}") > 0
    loaded_before = _scalar(con, f'SELECT count(*) FROM "{table.name}"')
    run(steps - 2, _insert_sql(table, skips=skips))
    result.rows_loaded = _scalar(con, f'SELECT count(*) FROM "{table.name}"') - loaded_before

    run(steps - 1, _rejected_rows_sql(table, rows.sql, rows.raw_json), rows.params)
    rejects_before = _scalar(con, "SELECT count(*) FROM rejects")
    con.execute(_rejects_sql(source.format), [load_id, table.name, str(source.path), table.name])
    result.new_rejects = _scalar(con, "SELECT count(*) FROM rejects") - rejects_before

    malformed = _scalar(con, f"SELECT count(*) FROM {_MALFORMED}")
    result.rows_read = malformed + _scalar(con, f"SELECT count(*) FROM {_CHECKED}")
    result.rows_duplicate = _scalar(con, f"SELECT count(*) FROM {_VERDICTS} WHERE _same")
    result.rows_rejected = malformed + _scalar(con, f"SELECT count(*) FROM {_REJECTED}")
    _drop_scratch(con)
    return result


def _keys_match(table: Table, left: str, right: str) -> str:
    return " AND ".join(f'{left}."{k}" = {right}."{k}"' for k in table.key)


def _same_values(table: Table, left: str, right: str) -> str:
    return " AND ".join(
        f'{left}."{c}" IS NOT DISTINCT FROM {right}."{c}"' for c in table.column_names
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


def _verdicts_sql(table: Table) -> str:
    """Rows that are not new: `_same` is true for a duplicate, false for a key conflict."""
    keys = ", ".join(f'"{k}"' for k in table.key)
    return f"""
        CREATE TEMP TABLE {_VERDICTS} AS
        WITH in_store AS (
            SELECT c._ordinal, {_same_values(table, "c", "t")} AS _same
            FROM {_CHECKED} c JOIN "{table.name}" t ON {_keys_match(table, "c", "t")}
            WHERE c._reasons IS NULL
        ),
        repeated AS (
            SELECT {keys}, min(_ordinal) AS _first FROM {_CHECKED}
            WHERE _reasons IS NULL GROUP BY {keys} HAVING count(*) > 1
        ),
        in_file AS (
            SELECT c._ordinal, {_same_values(table, "c", "f")} AS _same
            FROM {_CHECKED} c
            JOIN repeated r ON {_keys_match(table, "c", "r")} AND c._ordinal > r._first
            JOIN {_CHECKED} f ON f._ordinal = r._first
            WHERE c._reasons IS NULL
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


def _rejects_sql(fmt: str) -> str:
    """Insert this file's rejects, except those a previous load already recorded identically.

    CSV lines are record numbers (the header is line 1). DuckDB numbers the records it could not
    parse itself; a parsed row's number is its ordinal plus the header plus the unparsable
    records before it, found with an ASOF join on the gaps they leave.
    """
    if fmt == "csv":
        numbered = f"""
            WITH gaps AS (
                SELECT line - 1 - row_number() OVER (ORDER BY line) AS parsed_before,
                       row_number() OVER (ORDER BY line) AS skipped
                FROM {_MALFORMED}
            ),
            steps AS (SELECT parsed_before, max(skipped) AS skipped FROM gaps GROUP BY 1)
            SELECT r._ordinal + 1 + coalesce(s.skipped, 0) AS line, r.reason, r.raw
            FROM {_REJECTED} r ASOF LEFT JOIN steps s ON r._ordinal > s.parsed_before
            UNION ALL
            SELECT line, reason, raw FROM {_MALFORMED}
        """
    else:
        numbered = f"SELECT _ordinal AS line, reason, raw FROM {_REJECTED}"
    return f"""
        INSERT INTO rejects (load_id, table_name, source_file, line, reason, raw)
        SELECT ?, ?, ?, n.line, n.reason, n.raw FROM ({numbered}) n
        WHERE NOT EXISTS (
            SELECT 1 FROM rejects p
            WHERE p.table_name = ? AND p.reason = n.reason AND p.raw = n.raw
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


def _record_load(
    con: duckdb.DuckDBPyConnection, load_id: int, result: FileResult, started: datetime
) -> None:
    con.execute(
        "INSERT INTO loads VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            load_id,
            started,
            _now(),
            result.table,
            str(result.path),
            result.rows_read,
            result.rows_loaded,
            result.rows_rejected,
            result.rows_duplicate,
        ],
    )


def _pause_for_tests() -> None:
    marker = os.environ.get(PAUSE_HOOK_ENV)
    if not marker:
        return
    marker_path = Path(marker)
    marker_path.touch()
    deadline = time.monotonic() + PAUSE_HOOK_MAX_WAIT_S
    while marker_path.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
